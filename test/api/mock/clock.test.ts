import { describe, expect, it, vi } from 'vitest'
import { createManualClock, DEFAULT_MOCK_EPOCH, resolveClock } from '../../../src/api/mock/clock.js'

describe('createManualClock', () => {
  it('starts on 1 January 2026 at 09:00 UTC by default and stands still', () => {
    const clock = createManualClock()
    expect(new Date(clock.now()).toISOString()).toBe('2026-01-01T09:00:00.000Z')
    expect(clock.now()).toBe(DEFAULT_MOCK_EPOCH)
  })

  it('moves by advance and jumps by set', () => {
    const clock = createManualClock(1_000)
    clock.advance(500)
    expect(clock.now()).toBe(1_500)
    clock.set(10_000)
    expect(clock.now()).toBe(10_000)
  })

  it('tells subscribers about every move until they unsubscribe', () => {
    const clock = createManualClock()
    const listener = vi.fn()
    const unsubscribe = clock.subscribe(listener)
    clock.advance(1)
    clock.set(5)
    unsubscribe()
    clock.advance(1)
    expect(listener).toHaveBeenCalledTimes(2)
  })

  it('refuses a time that is not a finite number', () => {
    expect(() => createManualClock(Number.NaN)).toThrow(TypeError)
    expect(() => createManualClock().advance(Number.POSITIVE_INFINITY)).toThrow(TypeError)
  })
})

describe('resolveClock', () => {
  it('follows the real time for real, shifted by advance', () => {
    const clock = resolveClock('real')
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(1_000)
    clock.advance(3_600_000)
    expect(Math.abs(clock.now() - Date.now() - 3_600_000)).toBeLessThan(1_000)
  })

  it('follows an app clock, shifted by advance and set', () => {
    let time = 50
    const clock = resolveClock({ now: () => time })
    time = 70
    expect(clock.now()).toBe(70)
    clock.advance(5)
    expect(clock.now()).toBe(75)
    clock.set(1_000)
    time = 80
    expect(clock.now()).toBe(1_010)
  })

  it('uses a given mock clock as it is', () => {
    const clock = createManualClock()
    expect(resolveClock(clock)).toBe(clock)
  })
})
