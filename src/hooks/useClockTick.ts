'use client'
import { useEffect, useReducer } from 'react'
import type { Clock } from '../core/clock.js'
import { nextTickAt } from '../core/ticks.js'
import { readClock } from './systemClock.js'

/**
 * Re-renders the caller when a countdown on screen changes its whole second or
 * a moment passes, and whenever a manual clock jumps. Nothing runs while no
 * countdown is running, and nothing while the page is hidden: remaining times
 * are derived from timestamps, so a background tab picks up the right value the
 * moment it is shown again instead of drifting.
 *
 * @returns the clock's current time for this render.
 *
 * @example
 * const now = useClockTick(clock, [resendAvailableAt, lockedUntil], [expiresAt])
 */
export function useClockTick(
  clock: Clock,
  countdowns: ReadonlyArray<number | undefined>,
  moments: ReadonlyArray<number | undefined> = [],
): number {
  const [, redraw] = useReducer((n: number) => n + 1, 0)
  useEffect(() => clock.subscribe?.(redraw), [clock])

  const now = readClock(clock)
  const next = nextTickAt(now, countdowns, moments)

  useEffect(() => {
    if (next === undefined) return undefined
    let timer: ReturnType<typeof setTimeout> | undefined
    const hidden = () => typeof document !== 'undefined' && document.visibilityState === 'hidden'
    const schedule = () => {
      clearTimeout(timer)
      timer = undefined
      // A small margin so the redraw lands after the boundary, not a hair before it.
      if (!hidden()) timer = setTimeout(redraw, Math.max(0, next - readClock(clock)) + 15)
    }
    const onVisibility = () => (hidden() ? schedule() : redraw())
    schedule()
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      clearTimeout(timer)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [next, clock])

  return now
}
