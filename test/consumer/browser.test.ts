// The built app in Chromium: the host page keeps its own look on a dark-mode
// device, the flow fits 320 CSS px in English and Arabic, and a user goes
// from phone number to verified with the in-process mock.
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../setup/chromium.mjs'
import './consumer.js'

const apps = inject('consumerApps')
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }

let server: Server
let browser: Browser
let origin = ''

beforeAll(async () => {
  const root = join(apps.withoutMsw, 'dist')
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname
    const file = normalize(join(root, path === '/' ? 'index.html' : path))
    if (!file.startsWith(root)) return void response.writeHead(403).end()
    readFile(file).then(
      (body) => response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

/** Opens the app in a new context and waits for the phone field; a page error fails the test with its message. */
async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC', ...options })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto(`${origin}${path}`)
  await page
    .locator('input[type="tel"]')
    .waitFor()
    .catch((error: unknown) => {
      throw new Error(`the app did not show the phone field: ${String(error)}\n${errors.join('\n')}`)
    })
  return page
}

const FLOW = '[data-state][data-step]'

/** Sends a code for a French mobile number, by keyboard (in any language), and waits for the code field. */
async function toCodeStep(page: Page): Promise<void> {
  await page.locator('input[type="tel"]').fill('612345678')
  // Enter only once the number's zone has arrived and formatted it, as a person would see it.
  await expect.poll(() => page.locator('input[type="tel"]').inputValue(), { timeout: 30_000 }).toContain(' ')
  await page.locator('input[type="tel"]').press('Enter')
  await page.locator('input[autocomplete="one-time-code"]').waitFor()
}

/** How the page's own elements and the kit's look: colours as computed. */
function looks(page: Page) {
  return page.evaluate(() => {
    const style = (selector: string) => {
      const element = document.querySelector(selector)
      if (!element) throw new Error(`no ${selector}`)
      const computed = getComputedStyle(element)
      return `${computed.color} on ${computed.backgroundColor}`
    }
    return {
      rootColorScheme: getComputedStyle(document.documentElement).colorScheme,
      heading: style('h1'),
      text: style('main > p'),
      hostButton: style('#host-button'),
      phoneInput: style('input[type="tel"]'),
      phoneControl: style('[data-vp-phone-entry] [data-part="control"]'),
      countryButton: style('[data-vp-country-select] button'),
    }
  })
}

/** The kit's visible controls that stick out of the viewport, and whether the page scrolls sideways. */
function overflow(page: Page) {
  return page.evaluate((flow) => {
    const width = document.documentElement.clientWidth
    const outside = [...document.querySelectorAll(`${flow} input, ${flow} button, ${flow} label, ${flow} [data-part]`)]
      .map((element) => ({ element, rect: element.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width > 1 && rect.height > 1 && (rect.left < -0.5 || rect.right > width + 0.5))
      .map(({ element, rect }) => `${element.tagName.toLowerCase()}${element.getAttribute('data-part') ? `[${element.getAttribute('data-part')}]` : ''} ${Math.round(rect.left)}..${Math.round(rect.right)}`)
    return { scrollsSideways: document.documentElement.scrollWidth > width, outside }
  }, FLOW)
}

describe('the built app in Chromium', () => {
  it('keeps the host page and the kit in the page\'s light look on a device in dark mode (the page sets no theme)', async () => {
    const light = await open('/', { colorScheme: 'light' })
    const dark = await open('/', { colorScheme: 'dark' })
    expect(await dark.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true)
    const darkLooks = await looks(dark)
    expect(darkLooks.rootColorScheme).toBe('normal')
    expect(darkLooks).toEqual(await looks(light))
    await Promise.all([light.context().close(), dark.context().close()])
  })

  it.each([
    ['English', '/'],
    ['Arabic', '/?lang=ar'],
  ])('fits 320 CSS px in %s, on the phone step and the code step', async (_, path) => {
    const page = await open(path, { viewport: { width: 320, height: 640 } })
    expect(await overflow(page)).toEqual({ scrollsSideways: false, outside: [] })
    await toCodeStep(page)
    expect(await overflow(page)).toEqual({ scrollsSideways: false, outside: [] })
    await page.context().close()
  })

  it('draws the kit\'s own colours from the packed stylesheet, as a Vite build with the README\'s CSS target keeps them', async () => {
    const light = await open('/', { colorScheme: 'light' })
    const colours = await light.evaluate((flow) => {
      const send = document.querySelector(`${flow} button[type="submit"]`)
      const control = document.querySelector('[data-vp-phone-entry] [data-part="control"]')
      if (!send || !control) throw new Error('no Send button or phone control')
      return { send: getComputedStyle(send).backgroundColor, border: getComputedStyle(control).borderTopColor }
    }, FLOW)
    // theme.css's light defaults: --_accent #1d4ed8, --_border #8a90a0. A CSS minifier that lowers
    // light-dark() leaves both unset (transparent, or the inherited text colour).
    expect(colours).toEqual({ send: 'rgb(29, 78, 216)', border: 'rgb(138, 144, 160)' })
    await light.context().close()
  })

  it('goes from a phone number to verified, loading only the metadata zone of the number shown', async () => {
    const page = await open('/')
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    // The field loads the zone of the country it shows as it mounts; a user types later than a test.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /\/zone3-[\w-]+\.js$/.test(entry.name)), null, { timeout: 30_000 })
    const phone = page.getByRole('textbox', { name: /Mobile number/ })
    await phone.pressSequentially('0612345678')
    await expect.poll(() => phone.inputValue(), { timeout: 30_000 }).toBe('06 12 34 56 78')
    await page.getByRole('button', { name: 'Send code' }).click()
    const sms = page.getByRole('status', { name: 'Last SMS' })
    await expect.poll(() => sms.textContent(), { timeout: 30_000 }).toMatch(/\d{6}/)
    const code = /\d{6}/.exec((await sms.textContent()) ?? '')![0]
    await page.locator('input[autocomplete="one-time-code"]').fill(code)
    await page.getByRole('button', { name: 'Verify' }).click()
    await expect.poll(() => page.locator(FLOW).getAttribute('data-state'), { timeout: 30_000 }).toBe('verified')
    // France's +33 is in ITU world zone 3.
    const zones = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => /\/zone(\d)-[\w-]+\.js$/.exec(entry.name)?.[1]).filter(Boolean))
    expect([...new Set(zones)]).toEqual(['3'])
    expect(errors).toEqual([])
    await page.context().close()
  })
})
