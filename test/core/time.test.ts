import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AwaitingCodeState, CodeFields, EditingState, LockedState, VerifyState } from '../../src/core/machineTypes.js'
import {
  canResend,
  expiryRemainingMs,
  isExpired,
  isInFlight,
  lockRemainingMs,
  resendRemainingMs,
  splitDuration,
} from '../../src/core/time.js'

const NUMBER = '+33612345678'
const OTHER = '+14155550123'
const T = 1_700_000_000_000

const code: CodeFields = { phoneNumber: NUMBER, sentAt: T, expiresAt: T + 300_000, resendAvailableAt: T + 30_000, attemptsLeft: 3, lastSend: 'sent' }
const memory = { phoneNumber: NUMBER, failures: 0, resendAvailableAt: T + 30_000 }
const awaiting: AwaitingCodeState = { status: 'awaitingCode', requestId: 1, memory, ...code }
const verifying: VerifyState = { ...awaiting, status: 'verifying', requestId: 2 }
const resending: VerifyState = { status: 'sending', requestId: 2, memory, phoneNumber: NUMBER, isResend: true, code }
const firstSend: VerifyState = { status: 'sending', requestId: 1, memory: undefined, phoneNumber: NUMBER, isResend: false }
const locked: LockedState = {
  status: 'locked', requestId: 2, phoneNumber: NUMBER, lockedUntil: T + 900_000,
  memory: { phoneNumber: NUMBER, failures: 3, resendAvailableAt: T + 900_000, lockedUntil: T + 900_000 },
}
const verified: VerifyState = { status: 'verified', requestId: 2, memory, phoneNumber: NUMBER, verifiedAt: T }
const editing = (phoneNumber?: string): EditingState => ({ status: 'editing', requestId: 0, memory, phoneNumber })

describe('resendRemainingMs', () => {
  it.each<[string, VerifyState, number, number]>([
    ['counts down the cooldown on the code step', awaiting, T + 10_000, 20_000],
    ['is 0 when the cooldown ends', awaiting, T + 30_000, 0],
    ['never goes negative', awaiting, T + 90_000, 0],
    ['counts down while a code is checked', verifying, T + 29_000, 1_000],
    ['counts down the remembered cooldown on the phone step', editing(NUMBER), T + 5_000, 25_000],
    ['ignores the cooldown of another number', editing(OTHER), T + 5_000, 0],
    ['is 0 on a phone step without a number', editing(), T + 5_000, 0],
    ['is 0 during a resend', resending, T + 5_000, 0],
    ['is 0 during a first send', firstSend, T + 5_000, 0],
    ['is 0 while locked', locked, T + 5_000, 0],
    ['is 0 once verified', verified, T + 5_000, 0],
  ])('%s', (_name, state, now, expected) => {
    expect(resendRemainingMs(state, now)).toBe(expected)
  })
})

describe('expiryRemainingMs', () => {
  it.each<[string, VerifyState, number, number]>([
    ['counts down to the expiry on the code step', awaiting, T + 60_000, 240_000],
    ['is 0 at the expiry', awaiting, T + 300_000, 0],
    ['is 0 after the expiry', awaiting, T + 400_000, 0],
    ['keeps counting during a resend', resending, T + 100_000, 200_000],
    ['keeps counting while a code is checked', verifying, T + 1, 299_999],
    ['is 0 without a code', firstSend, T, 0],
    ['is 0 while locked', locked, T, 0],
  ])('%s', (_name, state, now, expected) => {
    expect(expiryRemainingMs(state, now)).toBe(expected)
  })
})

describe('lockRemainingMs', () => {
  it.each<[string, VerifyState, number, number]>([
    ['counts down the lock', locked, T + 800_000, 100_000],
    ['is 0 when the lock ends', locked, T + 900_000, 0],
    ['is 0 after the lock', locked, T + 1_000_000, 0],
    ['is 0 when not locked', awaiting, T, 0],
    ['is 0 after a change of number from a lock', { ...editing(NUMBER), memory: locked.memory }, T, 0],
  ])('%s', (_name, state, now, expected) => {
    expect(lockRemainingMs(state, now)).toBe(expected)
  })
})

describe('isExpired', () => {
  it.each<[string, VerifyState, number, boolean]>([
    ['is false just before the expiry', awaiting, T + 299_999, false],
    ['is true at the expiry', awaiting, T + 300_000, true],
    ['applies to the code shown during a resend', resending, T + 300_000, true],
    ['applies while a code is checked', verifying, T + 300_000, true],
    ['is false without a code', firstSend, T + 10_000_000, false],
    ['is false once verified', verified, T + 10_000_000, false],
  ])('%s', (_name, state, now, expected) => {
    expect(isExpired(state, now)).toBe(expected)
  })
})

describe('canResend', () => {
  it.each<[string, VerifyState, number, boolean]>([
    ['is false during the cooldown', awaiting, T + 29_999, false],
    ['is true when the cooldown ends', awaiting, T + 30_000, true],
    ['is false while a code is checked', verifying, T + 60_000, false],
    ['is false while a resend runs', resending, T + 60_000, false],
    ['is false on the phone step', editing(NUMBER), T + 60_000, false],
    ['is false while locked', locked, T + 10_000_000, false],
  ])('%s', (_name, state, now, expected) => {
    expect(canResend(state, now)).toBe(expected)
  })
})

describe('isInFlight', () => {
  it.each<[string, VerifyState, boolean]>([
    ['editing', editing(NUMBER), false],
    ['a first send', firstSend, true],
    ['a resend', resending, true],
    ['awaitingCode', awaiting, false],
    ['verifying', verifying, true],
    ['verified', verified, false],
    ['locked', locked, false],
  ])('tells whether a request runs in %s', (_name, state, expected) => {
    expect(isInFlight(state)).toBe(expected)
  })
})

describe('splitDuration', () => {
  it.each<[number, number, number]>([
    [0, 0, 0],
    [1, 0, 1],
    [999, 0, 1],
    [1_000, 0, 1],
    [1_001, 0, 2],
    [25_001, 0, 26],
    [59_001, 1, 0],
    [60_000, 1, 0],
    [90_000, 1, 30],
    [3_600_000, 60, 0],
    [-5, 0, 0],
    [Number.NaN, 0, 0],
    [Number.POSITIVE_INFINITY, 0, 0],
  ])('shows %s ms as %s:%s, rounding up to the second', (ms, minutes, seconds) => {
    expect(splitDuration(ms)).toStrictEqual({ minutes, seconds })
  })

  it('shows 0:00 only when the time is really over, and never counts up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000 }), (ms, less) => {
        const { minutes, seconds } = splitDuration(ms)
        const later = splitDuration(Math.max(0, ms - less))
        expect(seconds).toBeGreaterThanOrEqual(0)
        expect(seconds).toBeLessThan(60)
        expect(minutes * 60 + seconds === 0).toBe(ms === 0)
        expect((minutes * 60 + seconds) * 1000).toBeGreaterThanOrEqual(ms)
        expect((minutes * 60 + seconds - 1) * 1000).toBeLessThan(ms === 0 ? 1 : ms)
        expect(later.minutes * 60 + later.seconds).toBeLessThanOrEqual(minutes * 60 + seconds)
      }),
    )
  })
})
