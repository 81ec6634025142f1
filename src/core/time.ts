import { codeFieldsOf } from './machine.js'
import type { VerifyState } from './machineTypes.js'

// Time maths over the machine's timestamps. Every countdown is derived from a
// stored timestamp and the `now` passed in (epoch ms), never decremented per
// tick, so a background tab or a sleeping laptop cannot drift.

/** Milliseconds from `now` to `until`, never negative (0 once it is past or when it is not a number). */
function remaining(until: number | undefined, now: number): number {
  const ms = until === undefined ? 0 : until - now
  return ms > 0 ? ms : 0
}

/**
 * Milliseconds until a send to the state's number is allowed again; 0 when it
 * is allowed or not applicable.
 *
 * On the code step this is the resend cooldown. On the phone step it is the
 * cooldown left on `state.phoneNumber` when that is the remembered number (a
 * send was refused as `rateLimited`, or the user came back after "Change
 * number"). During a resend, while sending, verified and locked: 0 (see
 * `lockRemainingMs` for the lock).
 */
export function resendRemainingMs(state: VerifyState, now: number): number {
  if (state.status === 'awaitingCode' || state.status === 'verifying') return remaining(state.resendAvailableAt, now)
  if (state.status === 'editing' && state.phoneNumber !== undefined && state.memory?.phoneNumber === state.phoneNumber) {
    return remaining(state.memory.resendAvailableAt, now)
  }
  return 0
}

/**
 * Milliseconds until the code on screen expires by the policy; 0 once expired
 * and when no code is on screen. Also counts during a resend (the old code is
 * still shown). The server has the last word on expiry.
 */
export function expiryRemainingMs(state: VerifyState, now: number): number {
  return remaining(codeFieldsOf(state)?.expiresAt, now)
}

/** Milliseconds until a lock ends; 0 when not `locked` or once the lock is over. */
export function lockRemainingMs(state: VerifyState, now: number): number {
  return state.status === 'locked' ? remaining(state.lockedUntil, now) : 0
}

/**
 * True when a code is on screen (also during a resend) and `now` has reached
 * its `expiresAt`. False without a code. The machine still lets an apparently
 * expired code be submitted: the server confirms with `codeExpired`.
 */
export function isExpired(state: VerifyState, now: number): boolean {
  const code = codeFieldsOf(state)
  return code !== undefined && now >= code.expiresAt
}

/**
 * True exactly when `resendRequested` at `now` would start a resend: on the
 * code step, with no request in flight, once the cooldown is over.
 */
export function canResend(state: VerifyState, now: number): boolean {
  return state.status === 'awaitingCode' && now >= state.resendAvailableAt
}

/** True while a request runs (`sending` or `verifying`); new sends and submits are then ignored. */
export function isInFlight(state: VerifyState): boolean {
  return state.status === 'sending' || state.status === 'verifying'
}

/** A duration as shown on a countdown. */
export interface SplitDuration {
  /** Whole minutes (not capped at 59: 90 minutes is `{ minutes: 90, seconds: 0 }`). */
  minutes: number
  /** 0–59. */
  seconds: number
}

/**
 * Splits milliseconds into minutes and seconds, rounding UP to whole seconds,
 * so a countdown shows 0:01 until it is really over and 0:00 only at the end.
 * Negative, `NaN` and infinite durations give `{ minutes: 0, seconds: 0 }`.
 *
 * @example
 * splitDuration(25_001) // { minutes: 0, seconds: 26 }
 * splitDuration(90_000) // { minutes: 1, seconds: 30 }
 */
export function splitDuration(ms: number): SplitDuration {
  const total = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0
  return { minutes: Math.floor(total / 60), seconds: total % 60 }
}
