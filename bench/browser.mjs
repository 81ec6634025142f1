// Chromium through playwright-core: Debian's by default, CHROMIUM_PATH to use another.
import { execFileSync } from 'node:child_process'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS as ARGS, CHROMIUM_PATH } from '../test/setup/chromium.mjs'

export { CHROMIUM_PATH }

/** The browser's version line (`Chromium 1xx…`), without the launcher's noise. */
export function chromiumVersion() {
  try {
    const out = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 })
    return out.trim().split('\n').pop() ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/**
 * Launches Chromium and opens a context whose requests may go to the bench
 * server only: anything else is aborted (react-phone-number-input's default
 * flags are images on a CDN), and its origin noted in `blocked`.
 */
export async function launch({ exposeGc = false, origin }) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: exposeGc ? [...ARGS, '--js-flags=--expose-gc'] : ARGS,
    timeout: 60_000,
  })
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } })
  const blocked = new Set()
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(`${origin}/`)) return route.continue()
    blocked.add(new URL(url).origin)
    return route.abort()
  })
  const pageErrors = []
  context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`)))
  return { browser, context, blocked, pageErrors }
}
