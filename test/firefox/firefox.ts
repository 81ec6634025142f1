import { launch, type Browser, type Page } from 'puppeteer-core'
import { afterAll, beforeAll } from 'vitest'
import { servePage } from '../pages/servePage.js'

/** Firefox through WebDriver BiDi, from FIREFOX_PATH (the config sets it to the Firefox it found). */
export function launchFirefox(): Promise<Browser> {
  const executablePath = process.env.FIREFOX_PATH
  if (!executablePath) throw new Error('FIREFOX_PATH is not set: run the journeys through the `firefox` Vitest project')
  return launch({ browser: 'firefox', executablePath, headless: true, protocolTimeout: 120_000 })
}

/** The field's value and caret (its selection's start and end). */
export const field = (page: Page, selector: string) =>
  page.$eval(selector, (input) => {
    const element = input as HTMLInputElement
    return { value: element.value, caret: [element.selectionStart, element.selectionEnd] }
  })

/** Puts `text` on Firefox's clipboard with a real Ctrl+C, then focuses `selector` again. */
export async function copy(page: Page, text: string, selector: string) {
  await page.evaluate((value) => {
    const source = document.createElement('textarea')
    source.id = 'clipboard-source'
    source.value = value
    document.body.append(source)
    source.focus()
    source.select()
  }, text)
  await page.keyboard.down('Control')
  await page.keyboard.press('c')
  await page.keyboard.up('Control')
  await page.evaluate(() => document.getElementById('clipboard-source')?.remove())
  await page.focus(selector)
}

/** A real Ctrl+V into the focused field. */
export async function paste(page: Page) {
  await page.keyboard.down('Control')
  await page.keyboard.press('v')
  await page.keyboard.up('Control')
}

/** Presses `key` `times` times. */
export async function press(page: Page, key: Parameters<Page['keyboard']['press']>[0], times = 1) {
  for (let index = 0; index < times; index += 1) await page.keyboard.press(key)
}

/** What the kit reported to the page (`onValueChange`, `onComplete`). */
export const reported = (page: Page) => page.evaluate(() => (window as unknown as { reported: unknown[] }).reported)

/**
 * Builds and serves the journeys' page and starts Firefox for the file;
 * `open(query)` gives a new tab on the page, closed after its test by the caller.
 */
export function journeyPage() {
  let browser: Browser | undefined
  let site: Awaited<ReturnType<typeof servePage>> | undefined
  beforeAll(async () => {
    site = await servePage(new URL('./journeyApp.tsx', import.meta.url))
    browser = await launchFirefox()
  })
  afterAll(async () => {
    await browser?.close()
    await site?.close()
  })
  return async (query: string, ready: string) => {
    if (!browser || !site) throw new Error('The page is not ready: call journeyPage() at the top of the file')
    const page = await browser.newPage()
    await page.goto(`${site.origin}/?${query}`)
    await page.waitForSelector(ready)
    return page
  }
}
