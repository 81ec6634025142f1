// Which engines this machine has. Locally a missing WebKit or Firefox skips
// that engine's tests with one line saying how to get it; under CI=true a
// missing engine fails the run.

import { existsSync } from 'node:fs'

export const IN_CI = process.env.CI === 'true' || process.env.CI === '1'

/** Prints why an engine is left out, or throws under CI. */
export function engineMissing(engine, howTo) {
  if (IN_CI) throw new Error(`${engine} not found, and CI=true needs every engine. Install it: ${howTo}.`)
  console.warn(`\u26a0 ${engine} not found, so its tests are skipped. To run them: ${howTo}.`)
}

/** How to get a Firefox, for the line printed when none is found. */
export const FIREFOX_HOW_TO =
  'Debian/Ubuntu: apt-get install firefox-esr; macOS or Windows: install Firefox, or set FIREFOX_PATH'

const FIREFOXES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
]

/** The first that exists of FIREFOX_PATH, Debian's Firefox ESR, a system Firefox; or `undefined`. */
export function findFirefox() {
  return [process.env.FIREFOX_PATH, ...FIREFOXES].find((file) => file && existsSync(file))
}
