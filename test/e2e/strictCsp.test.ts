import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../setup/chromium.mjs'
import { servePage } from '../pages/servePage.js'

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'"

let site: Awaited<ReturnType<typeof servePage>> | undefined
let browser: Browser
let origin = ''

beforeAll(async () => {
  // Split as an app's bundler splits it: the phone metadata zones are chunks the page loads itself.
  site = await servePage(new URL('./cspApp.tsx', import.meta.url), { 'Content-Security-Policy': CSP })
  origin = site.origin
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

describe('a page built from the kit under a strict Content-Security-Policy', () => {
  it('walks the happy path with no violation reported', async () => {
    const page = await browser.newPage()
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    page.on('pageerror', (error) => problems.push(error.message))
    const zones: string[] = []
    page.on('request', (request) => {
      const zone = /\/(zone\d)-\w+\.js$/.exec(request.url())?.[1]
      if (zone) zones.push(zone)
    })
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        ;(window as unknown as { violations: string[] }).violations ??= []
        ;(window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`)
      })
    })
    const response = await page.goto(origin)
    expect(response?.headers()['content-security-policy']).toBe(CSP)

    await page.getByLabel('Mobile number').fill('612345678')
    await page.getByRole('button', { name: 'Send code' }).click()
    await page.getByRole('heading', { name: 'Enter the code' }).waitFor()
    const code = await page.evaluate(() => (window as unknown as { latestCode: () => string }).latestCode())
    await page.getByLabel(/Verification code/).pressSequentially(code)
    await page.getByRole('button', { name: 'Verify' }).click()
    await page.getByRole('heading', { name: 'Phone number verified' }).waitFor()

    const violations = await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])
    expect(violations, JSON.stringify(violations)).toEqual([])
    expect(problems).toEqual([])
    // A French number needs Europe's zone and nothing else.
    expect(zones).toEqual(['zone3'])
    await page.close()
  }, 60_000)
})
