import { server } from 'vitest/browser'

// Every file in test/components runs in Chromium (Playwright) and in WebKit
// (WebDriver). What differs for a test author:
// - `userEvent.fill` and `userEvent.clear` write the value from script under
//   WebDriver, which React does not see: type, or copy and paste (clipboard.ts);
// - `cdp()` exists only in Chromium: guard with `canDriveIme` and say why in the name;
// - the Meta key is `META`.

/** The engine the component tests run in: the `browser` and `react18` projects use Chromium, `webkit` WebKit. */
export const engine: 'chromium' | 'webkit' = server.browser === 'chromium' ? 'chromium' : 'webkit'

/** Whether the test can drive an IME: only Chromium's DevTools protocol can, WebDriver has no composition command. */
export const canDriveIme = server.provider === 'playwright' && server.browser === 'chromium'

/** Suffix of a suite that drives a real IME, which only Chromium's DevTools protocol can. */
export const IME_BY_CDP = "(a real IME, driven through Chromium's DevTools protocol: WebDriver has none, so not in WebKit)"

/** The Meta key as `userEvent.keyboard` names it: WebDriver calls it Command. */
export const META = server.provider === 'webdriverio' ? 'Command' : 'Meta'
