import { VerifyPhoneError } from './errors.js'
import type {
  AwaitingCodeState,
  CodeFields,
  EditingState,
  LockedState,
  NumberMemory,
  VerifyEvent,
  VerifyState,
  VerifyingState,
} from './machineTypes.js'
import type { OtpPolicy } from './policy.js'
import { cooldownLimitMs, followClock, lockLimitMs } from './waits.js'

// The verification machine. Types live in machineTypes.ts; time maths over the
// states in time.ts; persistence in snapshot.ts.

/** The state a flow starts in: the phone step, optionally prefilled, no request made yet. */
export function initialState(phoneNumber?: string): EditingState {
  const state: EditingState = { status: 'editing', requestId: 0, memory: undefined }
  return phoneNumber === undefined ? state : { ...state, phoneNumber }
}

/**
 * The code-step fields of a state: those of `awaitingCode` and `verifying`,
 * and those kept by a resend in flight; `undefined` elsewhere. `error` is left out.
 */
export function codeFieldsOf(state: VerifyState): CodeFields | undefined {
  if (state.status === 'sending') return state.code
  return state.status === 'awaitingCode' || state.status === 'verifying' ? pickCode(state) : undefined
}

function pickCode({ phoneNumber, sentAt, expiresAt, resendAvailableAt, attemptsLeft, lastSend }: CodeFields): CodeFields {
  return { phoneNumber, sentAt, expiresAt, resendAvailableAt, attemptsLeft, lastSend }
}

/** The memory that matches a code on screen: it always agrees with the code's fields. */
export function memoryOfCode(code: CodeFields, policy: OtpPolicy): NumberMemory {
  return { phoneNumber: code.phoneNumber, failures: policy.maxFailures - code.attemptsLeft, resendAvailableAt: code.resendAvailableAt }
}

/**
 * The next state after `event`, under `policy`. Pure and total: it performs no
 * request, reads no clock and never throws.
 *
 * An event that does not apply returns the very same `state` object, so callers
 * can compare by identity: a second send, resend or submit while a request
 * runs; a resend before `resendAvailableAt`; an answer whose `requestId` is not
 * the state's or that finds no request of its kind in flight; anything but
 * `resetRequested` once `verified`; an event whose `now` is not finite.
 *
 * - `sendRequested`: from `editing` (or `locked` once the lock is over) to
 *   `sending`. To the remembered number during its cooldown: stays `editing`
 *   with a `rateLimited` error (`retryAfterMs` = time left); while its lock is
 *   on: back to `locked`.
 * - `resendRequested`: from `awaitingCode` once the cooldown is over, to
 *   `sending` with `isResend` and the code fields kept.
 * - `sendSucceeded`: to `awaitingCode` with fresh timings; a resend keeps the
 *   attempts left. `sendFailed`: `locked` on a lock answer; else back where the
 *   send started (`editing` with the number, or the code step) with the error;
 *   a `rateLimited` `retryAfterMs` pushes the cooldown out (the server wins).
 * - `codeSubmitted`: from `awaitingCode` to `verifying`, even for a code that
 *   looks expired (the server decides). The passcode is not stored.
 * - `codeAccepted`: to `verified`. `codeRejected`: `invalidCode` costs one
 *   attempt (or takes the server's count), and the last one locks for
 *   `lockoutSeconds`; `codeExpired` ends the code now; `locked` locks; any
 *   other error returns to the code step without costing an attempt.
 * - `changeNumberRequested`: from any state but `editing` and `verified`, back
 *   to `editing` with the number; cancels any request.
 * - `resetRequested`: from any state to an empty `editing`; cancels any
 *   request. The memory is kept, so a reset cannot skip a cooldown or a lock.
 * - `lockEnded`: from `locked` once `lockedUntil` has passed, to `editing`
 *   with the number, its failures forgotten and no cooldown.
 * - `clockChanged`: every timestamp moves by `shiftMs`, every wait is held to
 *   the policy's longest (see `followClock`).
 * - A `codeAccepted` for the validate request that "Change number" left
 *   running (`lateValidation`) still counts: the server has verified the
 *   number, so the flow goes to `verified` with it.
 *
 * Server details (`attemptsLeft`, `lockedUntil`, `retryAfterMs`) win over the
 * policy when they are finite numbers, held to the policy's longest waits
 * (`retryAfterMs` to the longer of the cooldown and the lockout, `lockedUntil`
 * to `now` plus the lockout). A state is read under the policy it was built with.
 *
 * @example
 * // In the hook: compute the next state; when a request has just started, run it
 * // and answer with its requestId. Late answers to abandoned requests are dropped.
 * const next = transition(state, { type: 'sendRequested', phoneNumber, now: clock.now() }, policy)
 * if (next.status === 'sending' && next.requestId !== state.requestId) {
 *   client.sendCode({ phoneNumber: next.phoneNumber }, { signal }).then(
 *     () => dispatch({ type: 'sendSucceeded', requestId: next.requestId, now: clock.now() }),
 *     (error) => dispatch({ type: 'sendFailed', requestId: next.requestId, error, now: clock.now() }),
 *   )
 * }
 */
export function transition(state: VerifyState, event: VerifyEvent, policy: OtpPolicy): VerifyState {
  if (typeof event !== 'object' || event === null) return state
  if ('now' in event && !Number.isFinite(event.now)) return state
  switch (event.type) {
    case 'sendRequested':
      return requestSend(state, event.phoneNumber, event.now, event.memory)
    case 'resendRequested':
      if (state.status !== 'awaitingCode' || event.now < state.resendAvailableAt) return state
      return {
        status: 'sending', requestId: state.requestId + 1, memory: state.memory,
        phoneNumber: state.phoneNumber, isResend: true, code: pickCode(state),
      }
    case 'sendSucceeded':
      if (state.status !== 'sending' || event.requestId !== state.requestId) return state
      return sent(state.code, state, state.phoneNumber, event.now, policy)
    case 'sendFailed':
      if (state.status !== 'sending' || event.requestId !== state.requestId) return state
      return sendFailed(state.code, state, state.phoneNumber, event.error, event.now, policy)
    case 'codeAccepted':
      if (state.status === 'editing' && state.lateValidation?.requestId === event.requestId) {
        // The user had pressed "Change number", but the server has verified the number: that is what the user must see.
        const { phoneNumber } = state.lateValidation
        return { status: 'verified', requestId: state.requestId, memory: state.memory, phoneNumber, verifiedAt: event.now }
      }
      if (state.status !== 'verifying' || event.requestId !== state.requestId) return state
      return { status: 'verified', requestId: state.requestId, memory: state.memory, phoneNumber: state.phoneNumber, verifiedAt: event.now }
    case 'codeSubmitted':
      if (state.status !== 'awaitingCode') return state
      return { status: 'verifying', requestId: state.requestId + 1, memory: state.memory, ...pickCode(state) }
    case 'codeRejected':
      if (state.status !== 'verifying' || event.requestId !== state.requestId) return state
      return codeRejected(state, event.error, event.now, policy)
    case 'changeNumberRequested': {
      if (state.status === 'editing' || state.status === 'verified') return state
      const next: EditingState = { status: 'editing', requestId: state.requestId + 1, memory: state.memory, phoneNumber: state.phoneNumber }
      return state.status === 'verifying' ? { ...next, lateValidation: { requestId: state.requestId, phoneNumber: state.phoneNumber } } : next
    }
    case 'resetRequested':
      // The memory survives a reset: starting over must not skip the cooldown or a known lock.
      return { status: 'editing', requestId: state.requestId + 1, memory: state.memory }
    case 'lockEnded':
      return state.status === 'locked' && event.now >= state.lockedUntil ? endLock(state, event.now) : state
    case 'clockChanged':
      return Number.isFinite(event.shiftMs) ? followClock(state, event.shiftMs, event.now, policy) : state
    default:
      event satisfies never
      return state
  }
}

function requestSend(state: VerifyState, phoneNumber: string, now: number, remembered: NumberMemory | undefined): VerifyState {
  let from = state
  if (from.status === 'locked') {
    if (now < from.lockedUntil) return state
    from = endLock(from, now)
  } else if (from.status !== 'editing') {
    return state
  }
  // The state's memory is of the last number; the caller may remember this one from earlier.
  const known = from.memory?.phoneNumber === phoneNumber ? from.memory : remembered?.phoneNumber === phoneNumber ? remembered : undefined
  let memory = known ?? from.memory
  if (known?.lockedUntil !== undefined) {
    if (now < known.lockedUntil) {
      return { status: 'locked', requestId: from.requestId, memory, phoneNumber, lockedUntil: known.lockedUntil }
    }
    memory = lockOver(phoneNumber, now)
  } else if (known !== undefined && now < known.resendAvailableAt) {
    const error = new VerifyPhoneError('rateLimited', { retryAfterMs: known.resendAvailableAt - now })
    const refused: EditingState = { status: 'editing', requestId: from.requestId, memory, phoneNumber, error }
    return from.status === 'editing' && from.lateValidation !== undefined ? { ...refused, lateValidation: from.lateValidation } : refused
  }
  return { status: 'sending', requestId: from.requestId + 1, memory, phoneNumber, isResend: false }
}

function sent(
  previous: CodeFields | undefined,
  state: VerifyState,
  phoneNumber: string,
  now: number,
  policy: OtpPolicy,
): AwaitingCodeState {
  const failures = state.memory?.phoneNumber === phoneNumber ? state.memory.failures : 0
  return awaiting(state, {
    phoneNumber,
    sentAt: now,
    expiresAt: now + policy.expiresInSeconds * 1000,
    resendAvailableAt: now + policy.resendCooldownSeconds * 1000,
    // A resend keeps the count: a new code is not a new set of attempts. A first
    // send gets at least one attempt, since the server has just accepted it.
    attemptsLeft: previous?.attemptsLeft ?? clamp(policy.maxFailures - failures, 1, policy.maxFailures),
    lastSend: previous === undefined ? 'sent' : 'resent',
  }, policy)
}

function sendFailed(
  previous: CodeFields | undefined,
  state: VerifyState,
  phoneNumber: string,
  error: VerifyPhoneError,
  now: number,
  policy: OtpPolicy,
): VerifyState {
  if (error.kind === 'locked') return lock(state, phoneNumber, error, now, policy)
  const retryAt = retryAtOf(error, now, policy)
  if (previous !== undefined) {
    return awaiting(state, { ...previous, resendAvailableAt: Math.max(previous.resendAvailableAt, retryAt ?? -Infinity) }, policy, error)
  }
  const memory = retryAt === undefined ? state.memory : extendCooldown(state.memory, phoneNumber, retryAt)
  return { status: 'editing', requestId: state.requestId, memory, phoneNumber, error }
}

function codeRejected(state: VerifyingState, error: VerifyPhoneError, now: number, policy: OtpPolicy): VerifyState {
  const code = pickCode(state)
  switch (error.kind) {
    case 'invalidCode': {
      const server = finite(error.attemptsLeft)
      const attemptsLeft = clamp(Math.floor(server ?? state.attemptsLeft - 1), 0, policy.maxFailures)
      if (attemptsLeft === 0) return lock(state, state.phoneNumber, error, now, policy)
      return awaiting(state, { ...code, attemptsLeft }, policy, error)
    }
    case 'codeExpired':
      return awaiting(state, { ...code, expiresAt: Math.min(code.expiresAt, now) }, policy, error)
    case 'locked':
      return lock(state, state.phoneNumber, error, now, policy)
    default: {
      const resendAvailableAt = Math.max(code.resendAvailableAt, retryAtOf(error, now, policy) ?? -Infinity)
      return awaiting(state, { ...code, resendAvailableAt }, policy, error)
    }
  }
}

/** Back to the code step with `code`, an error, and the memory that matches. */
function awaiting(state: VerifyState, code: CodeFields, policy: OtpPolicy, error?: VerifyPhoneError): AwaitingCodeState {
  const next: AwaitingCodeState = { status: 'awaitingCode', requestId: state.requestId, memory: memoryOfCode(code, policy), ...code }
  return error === undefined ? next : { ...next, error }
}

function lock(state: VerifyState, phoneNumber: string, error: VerifyPhoneError, now: number, policy: OtpPolicy): LockedState {
  // A server's or a custom client's time is held to the policy's lockout:
  // `lockedUntil: 1e300` is no date at all, and a lock longer than the one
  // the server is configured with is a fault; the server says it again if it means it.
  const lockedUntil = Math.min(finite(error.lockedUntil) ?? Number.POSITIVE_INFINITY, now + lockLimitMs(policy))
  const memory: NumberMemory = { phoneNumber, failures: policy.maxFailures, resendAvailableAt: lockedUntil, lockedUntil }
  return { status: 'locked', requestId: state.requestId, memory, phoneNumber, lockedUntil, error }
}

/** Once a lock is over the server starts counting afresh, and there is no cooldown to wait for. */
function endLock(state: LockedState, now: number): EditingState {
  return { status: 'editing', requestId: state.requestId, memory: lockOver(state.phoneNumber, now), phoneNumber: state.phoneNumber }
}

function lockOver(phoneNumber: string, now: number): NumberMemory {
  return { phoneNumber, failures: 0, resendAvailableAt: now }
}

function extendCooldown(memory: NumberMemory | undefined, phoneNumber: string, until: number): NumberMemory {
  if (memory?.phoneNumber !== phoneNumber) return { phoneNumber, failures: 0, resendAvailableAt: until }
  return { ...memory, resendAvailableAt: Math.max(memory.resendAvailableAt, until) }
}

/** When the server's `Retry-After` ends, for a `rateLimited` error that carries one; held to the policy's longest wait. */
function retryAtOf(error: VerifyPhoneError, now: number, policy: OtpPolicy): number | undefined {
  const ms = error.kind === 'rateLimited' ? finite(error.retryAfterMs) : undefined
  return ms === undefined ? undefined : now + clamp(ms, 0, cooldownLimitMs(policy))
}

/** Server details are taken only when they are finite numbers: a malformed one must not poison timestamps. */
function finite(value: number | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}
