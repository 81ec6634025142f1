import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../setup/chromium.mjs'

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'"
const STYLESHEETS = ['theme.css', 'otp-input.css', 'phone-entry.css', 'verify-phone.css']

let server: Server
let browser: Browser
let origin = ''

beforeAll(async () => {
  // Split as an app's bundler splits it: the phone metadata zones are chunks the page loads itself.
  const bundle = await build({
    entryPoints: { app: fileURLToPath(new URL('./cspApp.tsx', import.meta.url)) },
    bundle: true,
    splitting: true,
    outdir: fileURLToPath(new URL('./.out', import.meta.url)),
    format: 'esm',
    minify: true,
    write: false,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  const scripts = bundle.outputFiles.map((file): [string, [string, string]] => [`/${basename(file.path)}`, ['text/javascript', file.text]])
  const files: Record<string, [string, string]> = {
    '/': ['text/html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title><link rel="stylesheet" href="/styles.css"></head><body><div id="root"></div><script type="module" src="/app.js"></script></body></html>'],
    ...Object.fromEntries(scripts),
    '/styles.css': ['text/css', STYLESHEETS.map((name) => readFileSync(new URL(`../../src/styles/${name}`, import.meta.url), 'utf8')).join('\n')],
  }
  server = createServer((request, response) => {
    if (request.url === '/favicon.ico') {
      response.writeHead(204, { 'Content-Security-Policy': CSP }).end()
      return
    }
    const file = files[request.url ?? '/']
    if (!file) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'Content-Type': file[0], 'Content-Security-Policy': CSP }).end(file[1])
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  })
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
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
