import type { Clock } from '../core/clock.js'

// Epoch milliseconds as `Date.now()` gave them when the page loaded, carried on
// by the monotonic `performance.now()`: a wall clock set back a day (or forward)
// while the page is open moves no countdown. Where there is no `performance`,
// the wall clock is all there is.
const monotonic = typeof performance !== 'undefined' && typeof performance.now === 'function'
const origin = monotonic ? Date.now() - performance.now() : 0

/**
 * The real clock, the default everywhere a clock is optional: epoch
 * milliseconds that only move forward within a page's life, at the pace of
 * `performance.now()`, whatever happens to the device's wall clock meanwhile.
 */
export const systemClock: Clock = { now: () => (monotonic ? origin + performance.now() : Date.now()) }

/**
 * The time of `clock`, checked: a clock that gives `NaN`, `Infinity` or
 * anything but a number is a bug in the app, and saying so beats a flow that
 * silently stops moving.
 *
 * @throws {TypeError} naming `clock.now()` and what it returned.
 */
export function readClock(clock: Clock): number {
  const now: unknown = clock.now()
  if (typeof now !== 'number' || !Number.isFinite(now)) {
    throw new TypeError(`verify-phone-kit: clock.now() must return finite epoch milliseconds; got ${typeof now === 'number' ? String(now) : typeof now}`)
  }
  return now
}
