import { codeFieldsOf, memoryOfCode, transition } from './machine.js'
import type { CodeFields, NumberMemory, VerifyState } from './machineTypes.js'
import type { OtpPolicy } from './policy.js'

// Persistence of the flow across a reload: a small, versioned, plain-JSON
// snapshot of the last resting state, and its strict restoration.
//
// Only what a reload must not lose is kept: the code step's timing and
// attempts, a lock, and the memory of the last number (its cooldown and lock).
// Never a passcode, never an error, never `verified` (the flow is over: clear
// the storage). Storage is the caller's business; this module only converts.

/** The snapshot format version; a snapshot of any other version is dropped. */
export const SNAPSHOT_VERSION = 1

/** The code step, saved also while a validate or a resend runs (its last resting fields). */
export interface AwaitingCodeSnapshot extends Omit<CodeFields, 'error'> {
  readonly version: typeof SNAPSHOT_VERSION
  readonly status: 'awaitingCode'
}

/** A lock. */
export interface LockedSnapshot {
  readonly version: typeof SNAPSHOT_VERSION
  readonly status: 'locked'
  readonly phoneNumber: string
  readonly lockedUntil: number
}

/** The phone step, saved only for its memory (cooldown, lock); restored with the remembered number. */
export interface EditingSnapshot {
  readonly version: typeof SNAPSHOT_VERSION
  readonly status: 'editing'
  readonly memory: NumberMemory
}

/** What `toSnapshot` returns and `fromSnapshot` accepts (after `JSON.parse`). */
export type VerifySnapshot = AwaitingCodeSnapshot | LockedSnapshot | EditingSnapshot

/**
 * The snapshot to save for `state`, or `undefined` when there is nothing to
 * keep (a fresh phone step, or `verified`: the caller should then clear what it
 * saved). A plain object, safe for `JSON.stringify`.
 */
export function toSnapshot(state: VerifyState): VerifySnapshot | undefined {
  if (state.status === 'verified') return undefined
  if (state.status === 'locked') {
    return { version: SNAPSHOT_VERSION, status: 'locked', phoneNumber: state.phoneNumber, lockedUntil: state.lockedUntil }
  }
  const code = codeFieldsOf(state)
  if (code !== undefined) return { version: SNAPSHOT_VERSION, status: 'awaitingCode', ...code }
  if (state.memory === undefined) return undefined
  const { phoneNumber, failures, resendAvailableAt, lockedUntil } = state.memory
  const memory: NumberMemory =
    lockedUntil === undefined ? { phoneNumber, failures, resendAvailableAt } : { phoneNumber, failures, resendAvailableAt, lockedUntil }
  return { version: SNAPSHOT_VERSION, status: 'editing', memory }
}

const E164 = /^\+[1-9]\d{6,14}$/

type Fields = Record<string, unknown>

function isRecord(value: unknown): value is Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const prototype: unknown = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}

/** Exactly these own keys (the optional ones may be missing); anything else is tampering. */
function hasKeys(value: Fields, required: readonly string[], optional: readonly string[] = []): boolean {
  const keys = Object.keys(value)
  return required.every((key) => Object.hasOwn(value, key)) && keys.every((key) => required.includes(key) || optional.includes(key))
}

function isPhone(value: unknown): value is string {
  return typeof value === 'string' && E164.test(value)
}

function isTime(value: unknown, max: number, min = 0): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max
}

function isCount(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}

/**
 * The state saved in `value` (for example `JSON.parse` of what `toSnapshot`
 * gave), checked field by field against `policy` and `now`, with `requestId` 0.
 * Returns `undefined` for anything else: another version, a missing, extra or
 * ill-typed field, a number not in E.164, attempts outside `1..maxFailures`,
 * a time before 0, a code sent in the future, or a time further ahead of `now`
 * than the policy allows (`expiresAt` by `expiresInSeconds`, `lockedUntil` by
 * `lockoutSeconds`, a cooldown by the longer of `resendCooldownSeconds` and
 * `lockoutSeconds`). So a server lock or `Retry-After` longer than the policy
 * does not survive a reload; the server will say it again.
 *
 * A lock that has ended by `now` comes back as the phone step with the number
 * (as after `lockEnded`).
 */
export function fromSnapshot(value: unknown, policy: OtpPolicy, now: number): VerifyState | undefined {
  if (!Number.isFinite(now) || !isRecord(value) || value.version !== SNAPSHOT_VERSION) return undefined
  const lockLimit = now + policy.lockoutSeconds * 1000
  const cooldownLimit = now + Math.max(policy.resendCooldownSeconds, policy.lockoutSeconds) * 1000
  switch (value.status) {
    case 'awaitingCode': {
      const keys = ['version', 'status', 'phoneNumber', 'sentAt', 'expiresAt', 'resendAvailableAt', 'attemptsLeft', 'lastSend']
      const { phoneNumber, sentAt, expiresAt, resendAvailableAt, attemptsLeft, lastSend } = value
      const valid =
        hasKeys(value, keys) &&
        isPhone(phoneNumber) &&
        isTime(sentAt, now) &&
        isTime(expiresAt, now + policy.expiresInSeconds * 1000, sentAt) &&
        isTime(resendAvailableAt, cooldownLimit, sentAt) &&
        isCount(attemptsLeft, 1, policy.maxFailures) &&
        (lastSend === 'sent' || lastSend === 'resent')
      if (!valid) return undefined
      const code: CodeFields = { phoneNumber, sentAt, expiresAt, resendAvailableAt, attemptsLeft, lastSend }
      return { status: 'awaitingCode', requestId: 0, memory: memoryOfCode(code, policy), ...code }
    }
    case 'locked': {
      const { phoneNumber, lockedUntil } = value
      if (!hasKeys(value, ['version', 'status', 'phoneNumber', 'lockedUntil'])) return undefined
      if (!isPhone(phoneNumber) || !isTime(lockedUntil, lockLimit)) return undefined
      const memory: NumberMemory = { phoneNumber, failures: policy.maxFailures, resendAvailableAt: lockedUntil, lockedUntil }
      return transition({ status: 'locked', requestId: 0, memory, phoneNumber, lockedUntil }, { type: 'lockEnded', now }, policy)
    }
    case 'editing': {
      const memory = value.memory
      if (!hasKeys(value, ['version', 'status', 'memory']) || !isRecord(memory)) return undefined
      const { phoneNumber, failures, resendAvailableAt, lockedUntil } = memory
      const valid =
        hasKeys(memory, ['phoneNumber', 'failures', 'resendAvailableAt'], ['lockedUntil']) &&
        isPhone(phoneNumber) &&
        isCount(failures, 0, policy.maxFailures) &&
        isTime(resendAvailableAt, cooldownLimit) &&
        (lockedUntil === undefined || isTime(lockedUntil, lockLimit))
      if (!valid) return undefined
      const restored: NumberMemory =
        lockedUntil === undefined ? { phoneNumber, failures, resendAvailableAt } : { phoneNumber, failures, resendAvailableAt, lockedUntil }
      return { status: 'editing', requestId: 0, memory: restored, phoneNumber }
    }
    default:
      return undefined
  }
}
