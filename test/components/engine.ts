import { server } from 'vitest/browser'

// Every file in test/components runs in Chromium (Playwright) and in WebKit
// (WebDriver). What differs for a test author:
// - `userEvent.fill` and `userEvent.clear` write the value from script under
//   WebDriver, which React does not see: type, or copy and paste (clipboard.ts);
// - `cdp()` exists only in Chromium: guard with `canDriveCdp` (or `canDriveIme`) and say why in the name;
// - the Meta key is `META`.

/** The engine the component tests run in: the `browser` and `react18` projects use Chromium, `webkit` WebKit. */
export const engine: 'chromium' | 'webkit' = server.browser === 'chromium' ? 'chromium' : 'webkit'

/** Whether `cdp()` works: only Playwright's Chromium has Chromium's DevTools protocol, WebDriver has none. */
export const canDriveCdp = server.provider === 'playwright' && server.browser === 'chromium'

/** Whether the test can drive an IME: only Chromium's DevTools protocol can, WebDriver has no composition command. */
export const canDriveIme = canDriveCdp

/** Suffix of a suite that drives a real IME, which only Chromium's DevTools protocol can. */
export const IME_BY_CDP = "(a real IME, driven through Chromium's DevTools protocol: WebDriver has none, so not in WebKit)"

/** Suffix of a test that emulates forced colours, which only Chromium's DevTools protocol can. */
export const FORCED_COLOURS_BY_CDP =
  "(forced colours emulated through Chromium's DevTools protocol: WebDriver has no media emulation and WebKit no forced colours mode, so not in WebKit)"

/** Suffix of a test that emulates the device's colour scheme, which only Chromium's DevTools protocol can. */
export const COLOR_SCHEME_BY_CDP =
  "(prefers-color-scheme emulated through Chromium's DevTools protocol: WebDriver has no media emulation, so not in WebKit)"

/** The Meta key as `userEvent.keyboard` names it: WebDriver calls it Command. */
export const META = server.provider === 'webdriverio' ? 'Command' : 'Meta'
