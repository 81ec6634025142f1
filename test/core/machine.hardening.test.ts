import { describe, expect, it } from 'vitest'
import { VerifyPhoneError } from '../../src/core/errors.js'
import { transition } from '../../src/core/machine.js'
import type { AwaitingCodeState, EditingState, LockedState, VerifyEvent, VerifyState, VerifyingState } from '../../src/core/machineTypes.js'
import { resolvePolicy } from '../../src/core/policy.js'
import { lockRemainingMs, resendRemainingMs } from '../../src/core/time.js'

// Extreme server times, a clock that jumps, a validate answer after "Change
// number", and cooldowns remembered for more than the last number.

const POLICY = resolvePolicy({ expiresInSeconds: 300, maxFailures: 3, lockoutSeconds: 900, resendCooldownSeconds: 30 })
const A = '+33612345678'
const B = '+14155550123'
const T = 1_700_000_000_000
const DAY = 86_400_000

const run = (state: VerifyState, event: VerifyEvent): VerifyState => transition(state, event, POLICY)

function awaiting(requestId = 1): AwaitingCodeState {
  return {
    status: 'awaitingCode', requestId, phoneNumber: A, sentAt: T, expiresAt: T + 300_000, resendAvailableAt: T + 30_000, attemptsLeft: 3,
    lastSend: 'sent', memory: { phoneNumber: A, failures: 0, resendAvailableAt: T + 30_000 },
  }
}
const verifying = (requestId = 2): VerifyingState => ({ ...awaiting(requestId), status: 'verifying' })

describe('times from a server or a custom client are held to the policy', () => {
  it('locks for the policy lockout when lockedUntil is 1e300', () => {
    const next = run(verifying(), { type: 'codeRejected', requestId: 2, error: new VerifyPhoneError('locked', { lockedUntil: 1e300 }), now: T })
    expect(next.status).toBe('locked')
    expect((next as LockedState).lockedUntil).toBe(T + 900_000)
    // The date of the end is a real date: it can be shown.
    expect(new Date((next as LockedState).lockedUntil).toISOString()).toBe(new Date(T + 900_000).toISOString())
  })

  it('keeps a shorter server lock as the server said', () => {
    const next = run(verifying(), { type: 'codeRejected', requestId: 2, error: new VerifyPhoneError('locked', { lockedUntil: T + 60_000 }), now: T })
    expect((next as LockedState).lockedUntil).toBe(T + 60_000)
  })

  it('holds a Retry-After of years to the longer of the cooldown and the lockout', () => {
    const sending: VerifyState = { status: 'sending', requestId: 1, memory: undefined, phoneNumber: A, isResend: false }
    const next = run(sending, { type: 'sendFailed', requestId: 1, error: new VerifyPhoneError('rateLimited', { retryAfterMs: 1e15 }), now: T })
    expect(next.memory?.resendAvailableAt).toBe(T + 900_000)
    expect(resendRemainingMs(next, T)).toBe(900_000)
  })
})

describe('clockChanged', () => {
  it('keeps what was left of every wait when the clock is set back a day', () => {
    const back = T - DAY + 5_000 // five seconds really passed, then the clock went back a day
    const next = run(awaiting(), { type: 'clockChanged', shiftMs: -DAY, now: back })
    expect(resendRemainingMs(next, back)).toBe(25_000)
    expect(next.status === 'awaitingCode' && next.expiresAt - back).toBe(295_000)
  })

  it('keeps what was left of a lock when the clock is set back a day', () => {
    const lock: LockedState = {
      status: 'locked', requestId: 2, phoneNumber: A, lockedUntil: T + 900_000,
      memory: { phoneNumber: A, failures: 3, resendAvailableAt: T + 900_000, lockedUntil: T + 900_000 },
    }
    const next = run(lock, { type: 'clockChanged', shiftMs: -DAY, now: T - DAY })
    expect(lockRemainingMs(next, T - DAY)).toBe(900_000)
    expect(next.memory?.lockedUntil).toBe((next as LockedState).lockedUntil)
  })

  it("holds waits further ahead than the policy allows to the policy's longest", () => {
    const next = run(awaiting(), { type: 'clockChanged', shiftMs: 0, now: T - DAY })
    expect(resendRemainingMs(next, T - DAY)).toBe(900_000)
    expect(next.status === 'awaitingCode' && next.expiresAt).toBe(T - DAY + 300_000)
  })

  it('is the very same state when nothing moves', () => {
    const state = awaiting()
    expect(run(state, { type: 'clockChanged', shiftMs: 0, now: T + 1_000 })).toBe(state)
  })
})

describe('a validate answer after "Change number"', () => {
  const changed = run(verifying(2), { type: 'changeNumberRequested' }) as EditingState

  it('still counts: the server verified the number, so the flow is verified with it', () => {
    const next = run(changed, { type: 'codeAccepted', requestId: 2, now: T + 1_000 })
    expect(next).toMatchObject({ status: 'verified', phoneNumber: A, verifiedAt: T + 1_000 })
  })

  it('is dropped when it is a failure', () => {
    expect(run(changed, { type: 'codeRejected', requestId: 2, error: new VerifyPhoneError('invalidCode'), now: T })).toBe(changed)
  })

  it('is dropped once the user has sent a code to another number', () => {
    const sending = run(changed, { type: 'sendRequested', phoneNumber: B, now: T + 1_000 })
    expect(sending.status).toBe('sending')
    expect(run(sending, { type: 'codeAccepted', requestId: 2, now: T + 2_000 })).toBe(sending)
  })

  it('is dropped after a reset', () => {
    const reset = run(changed, { type: 'resetRequested' })
    expect(run(reset, { type: 'codeAccepted', requestId: 2, now: T + 2_000 })).toBe(reset)
  })
})

describe('a number remembered from earlier in the page', () => {
  it('keeps its cooldown when the user goes A → B → A', () => {
    // The machine's own memory is of B; the caller remembers A's cooldown.
    const onB: EditingState = { status: 'editing', requestId: 4, phoneNumber: B, memory: { phoneNumber: B, failures: 0, resendAvailableAt: T + 30_000 } }
    const memoryOfA = { phoneNumber: A, failures: 1, resendAvailableAt: T + 20_000 }
    const next = run(onB, { type: 'sendRequested', phoneNumber: A, now: T + 5_000, memory: memoryOfA })
    expect(next).toMatchObject({ status: 'editing', phoneNumber: A, memory: memoryOfA, error: { kind: 'rateLimited', retryAfterMs: 15_000 } })
    expect(resendRemainingMs(next, T + 5_000)).toBe(15_000)
  })

  it("keeps its failures once its cooldown is over", () => {
    const onB: EditingState = { status: 'editing', requestId: 4, phoneNumber: B, memory: { phoneNumber: B, failures: 0, resendAvailableAt: T } }
    const next = run(onB, { type: 'sendRequested', phoneNumber: A, now: T + 60_000, memory: { phoneNumber: A, failures: 2, resendAvailableAt: T } })
    const sent = run(next, { type: 'sendSucceeded', requestId: 5, now: T + 61_000 })
    expect(sent.status === 'awaitingCode' && sent.attemptsLeft).toBe(1)
  })

  it('ignores a remembered memory of another number', () => {
    const fresh: EditingState = { status: 'editing', requestId: 0, memory: undefined }
    const next = run(fresh, { type: 'sendRequested', phoneNumber: A, now: T, memory: { phoneNumber: B, failures: 0, resendAvailableAt: T + 30_000 } })
    expect(next).toMatchObject({ status: 'sending', phoneNumber: A, memory: undefined })
  })
})
