// WebKit for Vitest's browser projects: Playwright's WebKit where it is installed
// (`npx playwright install webkit`, macOS and Windows), otherwise Debian's
// WebKitGTK driven over classic WebDriver (`apt-get install webkit2gtk-driver xvfb`).

import { existsSync } from 'node:fs'
import { webkit as playwrightWebKit } from 'playwright-core'
import { playwright } from '@vitest/browser-playwright'
import { webdriverio } from '@vitest/browser-webdriverio'
import { findWebKitGtk, startWebKitGtk, webKitGtkCapabilities } from './webkitgtk.mjs'

/** How to get a WebKit, for the line printed when none is found. */
export const WEBKIT_HOW_TO =
  'Debian/Ubuntu: apt-get install webkit2gtk-driver xvfb; macOS or Windows: npx playwright install webkit'

/** Which WebKit this machine has, or `undefined`. */
export function findWebKit() {
  const bundled = playwrightWebKit.executablePath()
  if (bundled && existsSync(bundled)) return { kind: 'playwright', label: 'Playwright WebKit' }
  const gtk = findWebKitGtk()
  if (gtk) return { kind: 'webkitgtk', label: 'WebKitGTK', ...gtk }
  return undefined
}

/**
 * WebKitWebDriver refuses a session that asks for `browserName` ("safari", which
 * the Vitest provider always adds): drop it from the new-session request.
 */
function dropBrowserName(request) {
  if (request.method !== 'POST' || typeof request.body !== 'string' || !request.body.includes('"browserName"')) return request
  const body = JSON.parse(request.body)
  if (!body.capabilities) return request
  delete body.capabilities.alwaysMatch?.browserName
  for (const match of body.capabilities.firstMatch ?? []) delete match.browserName
  return { ...request, body: JSON.stringify(body) }
}

/** WebKitGTK through `@vitest/browser-webdriverio`; the driver starts with the browser and stops with it. */
function webKitGtkProvider(gtk) {
  const options = {
    hostname: '127.0.0.1',
    port: 0,
    path: '/',
    capabilities: webKitGtkCapabilities(gtk.miniBrowser),
    transformRequest: dropBrowserName,
    // A loaded machine starts MiniBrowser slowly.
    connectionRetryTimeout: 120_000,
    connectionRetryCount: 1,
  }
  const base = webdriverio(options)
  return {
    ...base,
    providerFactory(project) {
      const provider = base.providerFactory(project)
      let driver
      const openBrowser = provider.openBrowser.bind(provider)
      const close = provider.close.bind(provider)
      provider.openBrowser = async () => {
        driver ??= await startWebKitGtk(gtk)
        options.port = driver.port
        return openBrowser()
      }
      provider.close = async () => {
        try {
          await close()
        } finally {
          driver?.stop()
          driver = undefined
        }
      }
      return provider
    },
  }
}

/** The `browser` options of a Vitest project that runs in the WebKit found by `findWebKit()`. */
export function webkitBrowser(found) {
  if (found.kind === 'playwright') {
    return {
      enabled: true,
      headless: true,
      provider: playwright(),
      instances: [{ browser: 'webkit' }],
      screenshotFailures: false,
    }
  }
  return {
    enabled: true,
    // MiniBrowser draws on the Xvfb display started for it; the provider refuses `headless` for WebKit.
    headless: false,
    provider: webKitGtkProvider(found),
    instances: [{ browser: 'safari' }],
    screenshotFailures: false,
  }
}
