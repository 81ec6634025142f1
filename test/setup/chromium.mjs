// How every browser run here launches Chromium: Vitest's browser projects,
// the strict-CSP page test and the benchmark. The first that exists of:
// CHROMIUM_PATH, the Chromium Playwright installed (`npx playwright install
// chromium`, on macOS or Windows), Debian's /usr/bin/chromium.
// The background-networking flags matter: without them Chromium keeps
// trying hosts that a closed network refuses.

import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

const candidates = [process.env.CHROMIUM_PATH, chromium.executablePath(), '/usr/bin/chromium', '/usr/bin/chromium-browser']

/** The Chromium found; the Debian path when none is, so the launch error names it. */
export const CHROMIUM_PATH = candidates.find((file) => file && existsSync(file)) ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** How to get a Chromium, for the error when none is found. */
export const CHROMIUM_HOW_TO = 'Debian/Ubuntu: apt-get install chromium; macOS or Windows: npx playwright install chromium; or set CHROMIUM_PATH'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
