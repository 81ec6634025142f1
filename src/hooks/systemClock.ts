import type { Clock } from '../core/clock.js'

/** The real clock, the default everywhere a clock is optional. */
export const systemClock: Clock = { now: () => Date.now() }
