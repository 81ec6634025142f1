import type { Page } from 'puppeteer-core'
import { afterEach, describe, expect, it } from 'vitest'
import { copy, field, paste, press, reported, journeyPage } from './firefox.js'

// The code field and the whole flow in Firefox, on the in-memory Transmit.

const CODE = 'input[autocomplete="one-time-code"]'
const PHONE = 'input[type="tel"]'
const openPage = journeyPage()
let page: Page

afterEach(async () => {
  await page?.close()
})

const clickButton = async (name: string) => {
  const button = await page.waitForSelector(`::-p-text(${name})`)
  await button?.click()
}
const heading = (text: string) =>
  page.waitForFunction((wanted) => [...document.querySelectorAll('h2')].some((h) => h.textContent === wanted), {}, text)
const latestCode = () => page.evaluate(() => (window as unknown as { latestCode: () => string }).latestCode())

describe('the code field', () => {
  it('keeps digits typed, deletes and replaces one in the middle, and clears with Ctrl+Backspace', async () => {
    page = await openPage('part=code', CODE)
    await page.focus(CODE)
    await page.keyboard.type('12a3-45')
    expect(await field(page, CODE)).toEqual({ value: '12345', caret: [5, 5] })
    await press(page, 'ArrowLeft', 2)
    await page.keyboard.press('Backspace')
    // Backspace on a filled slot deletes its digit, as in the other engines.
    expect(await field(page, CODE)).toEqual({ value: '1235', caret: [3, 3] })
    // A digit typed on a filled slot replaces it.
    await page.keyboard.type('9')
    expect(await field(page, CODE)).toEqual({ value: '1239', caret: [4, 4] })
    await page.keyboard.type('78')
    expect((await field(page, CODE)).value).toBe('123978')
    expect(await reported(page)).toEqual(['123978'])
    await page.keyboard.down('Control')
    await page.keyboard.press('Backspace')
    await page.keyboard.up('Control')
    expect((await field(page, CODE)).value).toBe('')
  })

  it('takes the code out of a pasted SMS', async () => {
    page = await openPage('part=code', CODE)
    await copy(page, 'Your code is 482 913', CODE)
    await paste(page)
    expect((await field(page, CODE)).value).toBe('482913')
    expect(await reported(page)).toEqual(['482913'])
  })

  it('normalises a code that autofill writes whole', async () => {
    page = await openPage('part=code', CODE)
    await page.$eval(CODE, (input) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, '４８２ ９１３')
      input.dispatchEvent(new Event('input', { bubbles: true }))
    })
    await page.waitForFunction((selector) => (document.querySelector(selector) as HTMLInputElement).value === '482913', {}, CODE)
    expect(await reported(page)).toEqual(['482913'])
  })

  it('puts the caret on the first empty slot when focused with Tab', async () => {
    page = await openPage('part=code', CODE)
    await page.focus(CODE)
    await page.keyboard.type('12')
    await page.evaluate(() => {
      const before = document.createElement('button')
      before.textContent = 'before'
      document.body.prepend(before)
      before.focus()
    })
    await page.keyboard.press('Tab')
    expect(await field(page, CODE)).toEqual({ value: '12', caret: [2, 2] })
    await page.keyboard.type('3')
    expect((await field(page, CODE)).value).toBe('123')
  })
})

describe('the flow', () => {
  async function sendCodeTo(number: string) {
    await page.focus(PHONE)
    await page.keyboard.type(number)
    await clickButton('Send code')
    await heading('Enter the code')
    // Focus starts the code step in its field, so the code is typed without a click.
    expect(await page.$eval(CODE, (input) => document.activeElement === input)).toBe(true)
  }

  it('goes from the number to verified', async () => {
    page = await openPage('', PHONE)
    await sendCodeTo('0612345678')
    await page.keyboard.type(await latestCode())
    await clickButton('Verify')
    await heading('Phone number verified')
  })

  it('locks after three wrong codes', async () => {
    page = await openPage('', PHONE)
    await sendCodeTo('0612345678')
    const code = await latestCode()
    const wrong = code.slice(0, -1) + ((Number(code.at(-1)) + 1) % 10)
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      await page.keyboard.type(wrong)
      await clickButton('Verify')
      // The wrong code stays selected in the focused field, so the next one replaces it.
      await page.waitForFunction((selector) => {
        const input = document.querySelector(selector) as HTMLInputElement
        return input.getAttribute('aria-invalid') === 'true' && document.activeElement === input && input.selectionEnd! - input.selectionStart! === input.value.length
      }, {}, CODE)
    }
    await page.keyboard.type(wrong)
    await clickButton('Verify')
    await heading('Too many attempts')
  })

  it('changes the number, keeping the one typed to edit it, and verifies the new one', async () => {
    page = await openPage('', PHONE)
    await sendCodeTo('0612345678')
    await clickButton('Change number')
    await heading('Verify your phone number')
    expect((await field(page, PHONE)).value).toBe('06 12 34 56 78')
    await page.focus(PHONE)
    await page.keyboard.press('End')
    await press(page, 'Backspace', 2)
    await sendCodeTo('99')
    expect(await page.evaluate(() => document.body.textContent)).toContain('We sent a code to +33 6 12 34 56 99.')
    await page.keyboard.type(await latestCode())
    await clickButton('Verify')
    await heading('Phone number verified')
  })
})
