import { parsePhoneNumber } from 'libphonenumber-js'
import type { Page } from 'puppeteer-core'
import { afterEach, describe, expect, it } from 'vitest'
import { copy, field, paste, press, reported, journeyPage } from './firefox.js'

// The phone field in Firefox, typed, pasted and edited through real key events.

const PHONE = 'input[type="tel"]'
const COUNTRY = '[data-part="country-button"]'
const openPage = journeyPage()
let page: Page

async function open(query: string) {
  page = await openPage(query, PHONE)
  await page.focus(PHONE)
}

afterEach(async () => {
  await page?.close()
})

describe.each([
  // country, national digits, as shown, E.164, presses of ArrowLeft, shown after Backspace there, then after typing 9
  ['FR', '0612345678', '06 12 34 56 78', '+33612345678', 9, '06 13 45 67 8', '06 19 34 56 78'],
  ['GB', '07400123456', '07400 123456', '+447400123456', 4, '07400 13456', '07400 193456'],
  ['US', '2015550123', '(201) 555-0123', '+12015550123', 5, '(201) 550-123', '(201) 559-0123'],
])('in %s', (country, digits, shown, e164, left, afterDelete, afterTyping) => {
  it('formats as typed and reports E.164', async () => {
    await open(`part=phone&country=${country}`)
    await page.keyboard.type(digits)
    expect(await field(page, PHONE)).toEqual({ value: shown, caret: [shown.length, shown.length] })
    expect((await reported(page)).at(-1)).toBe(e164)
  })

  it('deletes and types in the middle, the caret staying with its digit', async () => {
    await open(`part=phone&country=${country}`)
    await page.keyboard.type(digits)
    await press(page, 'ArrowLeft', left)
    const before = await field(page, PHONE)
    const caret = before.caret[0]!
    await page.keyboard.press('Backspace')
    const edited = await field(page, PHONE)
    expect(edited.value).toBe(afterDelete)
    // As many digits before the caret as before, less the one deleted.
    const digitsBefore = (text: string, at: number) => text.slice(0, at).replace(/\D/g, '').length
    expect(digitsBefore(edited.value, edited.caret[0]!)).toBe(digitsBefore(shown, caret) - 1)
    await page.keyboard.type('9')
    const typed = await field(page, PHONE)
    expect(typed.value).toBe(afterTyping)
    expect(digitsBefore(typed.value, typed.caret[0]!)).toBe(digitsBefore(shown, caret))
  })

  it('takes a pasted international number and shows its country', async () => {
    await open(`part=phone&country=${country === 'FR' ? 'US' : 'FR'}`)
    await copy(page, `${e164.slice(0, 3)} ${e164.slice(3)}`, PHONE)
    await paste(page)
    // A number pasted with its calling code stays international.
    expect((await field(page, PHONE)).value).toBe(parsePhoneNumber(e164).formatInternational())
    expect(await page.$eval(COUNTRY, (button) => button.getAttribute('aria-label'))).toMatch(new RegExp(`\\(\\+${e164.slice(1, country === 'US' ? 2 : 3)}\\)$`))
    expect((await reported(page)).at(-1)).toBe(e164)
  })
})

describe('digits pasted in the middle', () => {
  it('land at the caret, which stays after them', async () => {
    await open('part=phone&country=FR')
    await page.keyboard.type('06785')
    await press(page, 'ArrowLeft', 4)
    await copy(page, '1234', PHONE)
    // Focus came back with the caret where it was.
    await paste(page)
    const after = await field(page, PHONE)
    expect(after.value).toBe('06 12 34 78 5')
    expect(after.value.slice(0, after.caret[0]!)).toBe('06 12 34')
  })
})

describe('the country picker by keyboard', () => {
  it('opens with Enter, searches, picks with Enter and moves on to the number', async () => {
    await open('part=phone&country=FR')
    await page.focus(COUNTRY)
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-part="country-search"]')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-part'))).toBe('country-search')
    await page.keyboard.type('kingdom')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => !document.querySelector('[data-part="country-search"]'))
    expect(await page.$eval(COUNTRY, (button) => button.getAttribute('aria-label'))).toMatch(/United Kingdom.*\(\+44\)$/)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('tel')
    await page.keyboard.type('07400123456')
    expect((await field(page, PHONE)).value).toBe('07400 123456')
  })

  it('moves with the arrows, and Escape closes without a change', async () => {
    await open('part=phone&country=FR')
    await page.focus(COUNTRY)
    await page.keyboard.press('ArrowDown')
    await page.waitForSelector('[data-part="country-search"]')
    const active = () => page.$eval('[data-part="country-search"]', (search) => search.getAttribute('aria-activedescendant'))
    const first = await active()
    await page.keyboard.press('ArrowDown')
    expect(await active()).not.toBe(first)
    await page.keyboard.press('Escape')
    await page.waitForFunction(() => !document.querySelector('[data-part="country-search"]'))
    expect(await page.$eval(COUNTRY, (button) => button.getAttribute('aria-label'))).toMatch(/France.*\(\+33\)$/)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-part'))).toBe('country-button')
  })
})
