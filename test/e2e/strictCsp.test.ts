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

/** Opens the page, recording errors, CSP violations and every URL it requests. */
async function open(query = '') {
  const page = await browser.newPage()
  const problems: string[] = []
  const requests: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text())
  })
  page.on('pageerror', (error) => problems.push(error.message))
  page.on('request', (request) => requests.push(request.url()))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { violations: string[] }).violations ??= []
      ;(window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  const response = await page.goto(origin + query)
  expect(response?.headers()['content-security-policy']).toBe(CSP)
  const violations = () => page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])
  const chunks = (name: string) => requests.map((url) => new RegExp(`/(${name}\\d)-\\w+\\.js$`).exec(url)?.[1]).filter(Boolean)
  return { page, problems, requests, violations, chunks }
}

/** A user's whole journey: a French number, the code the mock sent, then verified. */
async function verifyFrenchNumber(page: Awaited<ReturnType<typeof open>>['page']) {
    await page.getByLabel('Mobile number').fill('612345678')
    await page.getByRole('button', { name: 'Send code' }).click()
    await page.getByRole('heading', { name: 'Enter the code' }).waitFor()
    const code = await page.evaluate(() => (window as unknown as { latestCode: () => string }).latestCode())
    await page.getByLabel(/Verification code/).pressSequentially(code)
    await page.getByRole('button', { name: 'Verify' }).click()
    await page.getByRole('heading', { name: 'Phone number verified' }).waitFor()
}

describe('a page built from the kit under a strict Content-Security-Policy', () => {
  it('walks the happy path with no violation reported', async () => {
    const { page, problems, requests, violations, chunks } = await open()
    await verifyFrenchNumber(page)

    expect(await violations(), JSON.stringify(await violations())).toEqual([])
    expect(problems).toEqual([])
    // A French number needs Europe's zone and nothing else.
    expect(chunks('zone')).toEqual(['zone3'])
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([])
    await page.close()
  }, 60_000)

  it('sends and verifies with the HTTP client, whose request code is a chunk of its own origin, loaded once before Send', async () => {
    const { page, problems, requests, violations } = await open('/?client=http')
    const requestChunks = () => requests.filter((url) => /\/transmitRequests-\w+\.js$/.test(new URL(url).pathname))
    await expect.poll(requestChunks, { timeout: 10_000 }).toHaveLength(1)
    await verifyFrenchNumber(page)

    expect(requestChunks().map((url) => new URL(url).origin)).toEqual([origin])
    expect(await violations(), JSON.stringify(await violations())).toEqual([])
    expect(problems).toEqual([])
    await page.close()
  }, 60_000)

  it('draws SVG flags (a platform without flag emoji) from chunks of its own origin, each loaded once', async () => {
    const { page, problems, requests, violations, chunks } = await open('/?flags=svg')
    const button = page.getByRole('button', { name: /\(\+33\)$/ })
    await button.locator('[data-part="flag"] svg[data-loaded] path').first().waitFor()
    expect(chunks('flags')).toEqual(['flags3'])
    await button.click()
    const options = page.getByRole('option')
    await page.waitForFunction(() => [...document.querySelectorAll('[role="option"] [data-part="flag"]')].every((flag) => flag.querySelector('svg[data-loaded] path, svg[data-loaded] g')))
    expect(await options.count()).toBeGreaterThan(200)
    await page.getByRole('option', { name: 'Germany +49' }).click()
    await page.getByRole('button', { name: /\(\+49\)$/ }).locator('svg[data-loaded]').waitFor()

    expect([...chunks('flags')].sort()).toEqual(['flags1', 'flags2', 'flags3', 'flags4', 'flags5', 'flags6', 'flags7', 'flags8', 'flags9'])
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([])
    expect(await violations(), JSON.stringify(await violations())).toEqual([])
    expect(problems).toEqual([])
    await page.close()
  }, 60_000)
})
