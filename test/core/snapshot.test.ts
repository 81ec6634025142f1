import { describe, expect, it } from 'vitest'
import { VerifyPhoneError } from '../../src/core/errors.js'
import { transition } from '../../src/core/machine.js'
import type { AwaitingCodeState, CodeFields, LockedState, VerifyState } from '../../src/core/machineTypes.js'
import { resolvePolicy } from '../../src/core/policy.js'
import { SNAPSHOT_VERSION, fromSnapshot, toSnapshot } from '../../src/core/snapshot.js'
import type { VerifySnapshot } from '../../src/core/snapshot.js'

const POLICY = resolvePolicy({ expiresInSeconds: 300, maxFailures: 3, lockoutSeconds: 900, resendCooldownSeconds: 30 })
const NUMBER = '+33612345678'
const T = 1_700_000_000_000

const code: CodeFields = { phoneNumber: NUMBER, sentAt: T, expiresAt: T + 300_000, resendAvailableAt: T + 30_000, attemptsLeft: 2, lastSend: 'resent' }
const codeMemory = { phoneNumber: NUMBER, failures: 1, resendAvailableAt: T + 30_000 }
const awaiting: AwaitingCodeState = { status: 'awaitingCode', requestId: 7, memory: codeMemory, ...code, error: new VerifyPhoneError('invalidCode') }
const lockMemory = { phoneNumber: NUMBER, failures: 3, resendAvailableAt: T + 900_000, lockedUntil: T + 900_000 }
const locked: LockedState = { status: 'locked', requestId: 4, memory: lockMemory, phoneNumber: NUMBER, lockedUntil: T + 900_000, error: new VerifyPhoneError('locked') }

const codeSnapshot = {
  version: 1, status: 'awaitingCode', phoneNumber: NUMBER, sentAt: T, expiresAt: T + 300_000, resendAvailableAt: T + 30_000, attemptsLeft: 2, lastSend: 'resent',
}
const lockSnapshot = { version: 1, status: 'locked', phoneNumber: NUMBER, lockedUntil: T + 900_000 }
const editingSnapshot = { version: 1, status: 'editing', memory: { phoneNumber: NUMBER, failures: 1, resendAvailableAt: T + 30_000 } }

describe('toSnapshot', () => {
  it.each<[string, VerifyState, unknown]>([
    ['keeps the code step without its error', awaiting, codeSnapshot],
    ['saves a check in flight as the code step it started from', { ...awaiting, status: 'verifying', error: undefined }, codeSnapshot],
    ['saves a resend in flight as the code step it started from', { status: 'sending', requestId: 8, memory: codeMemory, phoneNumber: NUMBER, isResend: true, code }, codeSnapshot],
    ['keeps a lock without its error', locked, lockSnapshot],
    [
      'keeps only the memory of the phone step, not its error',
      { status: 'editing', requestId: 3, memory: codeMemory, phoneNumber: '+14155550123', error: new VerifyPhoneError('server') },
      editingSnapshot,
    ],
    ['keeps the memory during a first send', { status: 'sending', requestId: 3, memory: codeMemory, phoneNumber: '+14155550123', isResend: false }, editingSnapshot],
    [
      'keeps a remembered lock',
      { status: 'editing', requestId: 5, memory: lockMemory, phoneNumber: NUMBER },
      { version: 1, status: 'editing', memory: lockMemory },
    ],
    ['has nothing to keep on a fresh phone step', { status: 'editing', requestId: 0, memory: undefined, phoneNumber: NUMBER }, undefined],
    ['has nothing to keep during a first send without memory', { status: 'sending', requestId: 1, memory: undefined, phoneNumber: NUMBER, isResend: false }, undefined],
    ['keeps nothing once verified', { status: 'verified', requestId: 9, memory: codeMemory, phoneNumber: NUMBER, verifiedAt: T }, undefined],
  ])('%s', (_name, state, expected) => {
    expect(toSnapshot(state)).toStrictEqual(expected)
  })

  it('survives JSON unchanged', () => {
    const snapshot = toSnapshot(awaiting)
    expect(JSON.parse(JSON.stringify(snapshot))).toStrictEqual(snapshot)
  })

  it('never holds the passcode being checked', () => {
    const checking = transition({ ...awaiting, error: undefined }, { type: 'codeSubmitted', passcode: '907153', now: T + 1_000 }, POLICY)
    expect(checking.status).toBe('verifying')
    expect(JSON.stringify(toSnapshot(checking))).not.toContain('907153')
  })

  it('writes the current version', () => {
    expect(toSnapshot(locked)?.version).toBe(SNAPSHOT_VERSION)
  })
})

describe('fromSnapshot', () => {
  const now = T + 60_000

  it('restores the code step with its memory and no request', () => {
    expect(fromSnapshot(codeSnapshot, POLICY, now)).toStrictEqual({ status: 'awaitingCode', requestId: 0, memory: codeMemory, ...code })
  })

  it('restores a lock that is still on', () => {
    expect(fromSnapshot(lockSnapshot, POLICY, now)).toStrictEqual({
      status: 'locked', requestId: 0, memory: lockMemory, phoneNumber: NUMBER, lockedUntil: T + 900_000,
    })
  })

  it('restores a lock that has ended as the phone step with the number and a clean slate', () => {
    expect(fromSnapshot(lockSnapshot, POLICY, T + 900_000)).toStrictEqual({
      status: 'editing', requestId: 0, phoneNumber: NUMBER, memory: { phoneNumber: NUMBER, failures: 0, resendAvailableAt: T + 900_000 },
    })
  })

  it('restores the phone step with the remembered number and memory', () => {
    expect(fromSnapshot(editingSnapshot, POLICY, now)).toStrictEqual({
      status: 'editing', requestId: 0, phoneNumber: NUMBER, memory: editingSnapshot.memory,
    })
  })

  it('restores a remembered lock', () => {
    const restored = fromSnapshot({ version: 1, status: 'editing', memory: lockMemory }, POLICY, now)
    expect(restored?.memory).toStrictEqual(lockMemory)
  })

  it('reads what toSnapshot wrote, after JSON', () => {
    const snapshot = toSnapshot(awaiting) as VerifySnapshot
    expect(fromSnapshot(JSON.parse(JSON.stringify(snapshot)), POLICY, now)).toStrictEqual({ status: 'awaitingCode', requestId: 0, memory: codeMemory, ...code })
  })

  const tampered = (changes: Record<string, unknown>, base: Record<string, unknown> = codeSnapshot) => ({ ...base, ...changes })
  const withoutKey = (key: string, base: Record<string, unknown> = codeSnapshot) => Object.fromEntries(Object.entries(base).filter(([k]) => k !== key))
  const memoryTampered = (changes: Record<string, unknown>) => ({ ...editingSnapshot, memory: { ...editingSnapshot.memory, ...changes } })

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['null', null],
    ['a string', JSON.stringify(codeSnapshot)],
    ['an array', [codeSnapshot]],
    ['an instance of a class', Object.assign(new (class Saved {})(), codeSnapshot)],
    ['another version', tampered({ version: 2 })],
    ['a version as a string', tampered({ version: '1' })],
    ['no version', withoutKey('version')],
    ['an unknown status', tampered({ status: 'verified' })],
    ['a missing field', withoutKey('attemptsLeft')],
    ['an extra field', tampered({ passcode: '123456' })],
    ['a prototype key from JSON', JSON.parse(`{"__proto__":{"x":1},${JSON.stringify(codeSnapshot).slice(1)}`)],
    ['a national number', tampered({ phoneNumber: '0612345678' })],
    ['a number with a leading zero country code', tampered({ phoneNumber: '+0612345678' })],
    ['a number too short', tampered({ phoneNumber: '+123456' })],
    ['a number too long', tampered({ phoneNumber: '+1234567890123456' })],
    ['a number with spaces', tampered({ phoneNumber: '+33 6 12 34 56 78' })],
    ['a time as a string', tampered({ sentAt: String(T) })],
    ['a time that is not a number', tampered({ sentAt: Number.NaN })],
    ['an infinite time', tampered({ expiresAt: Number.POSITIVE_INFINITY })],
    ['a negative time', tampered({ sentAt: -1 })],
    ['a code sent in the future', tampered({ sentAt: now + 1, expiresAt: now + 2, resendAvailableAt: now + 2 })],
    ['an expiry beyond the policy', tampered({ expiresAt: now + 300_001 })],
    ['an expiry before the send', tampered({ expiresAt: T - 1 })],
    ['a cooldown beyond the policy', tampered({ resendAvailableAt: now + 900_001 })],
    ['no attempt left', tampered({ attemptsLeft: 0 })],
    ['more attempts than the policy', tampered({ attemptsLeft: 4 })],
    ['a fractional attempt count', tampered({ attemptsLeft: 1.5 })],
    ['an unknown last send', tampered({ lastSend: 'again' })],
    ['a lock beyond the policy', tampered({ lockedUntil: now + 900_001 }, lockSnapshot)],
    ['a lock with an extra field', tampered({ error: 'locked' }, lockSnapshot)],
    ['a lock without a time', withoutKey('lockedUntil', lockSnapshot)],
    ['a memory that is not an object', tampered({ memory: 'x' }, editingSnapshot)],
    ['a phone step without memory', withoutKey('memory', editingSnapshot)],
    ['a phone step with an extra field', tampered({ phoneNumber: NUMBER }, editingSnapshot)],
    ['a memory with more failures than the policy', memoryTampered({ failures: 4 })],
    ['a memory with negative failures', memoryTampered({ failures: -1 })],
    ['a memory with an extra field', memoryTampered({ passcode: '123456' })],
    ['a memory with a bad number', memoryTampered({ phoneNumber: 'me' })],
    ['a memory cooldown beyond the policy', memoryTampered({ resendAvailableAt: now + 900_001 })],
    ['a memory lock beyond the policy', memoryTampered({ lockedUntil: now + 900_001 })],
    ['a memory lock as a string', memoryTampered({ lockedUntil: 'later' })],
  ])('refuses %s', (_name, value) => {
    expect(fromSnapshot(value, POLICY, now)).toBeUndefined()
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('refuses to restore at a now of %s', (badNow) => {
    expect(fromSnapshot(codeSnapshot, POLICY, badNow)).toBeUndefined()
  })

  it('refuses a snapshot saved under a policy with more attempts', () => {
    expect(fromSnapshot(tampered({ attemptsLeft: 3 }), resolvePolicy({ maxFailures: 2 }), now)).toBeUndefined()
  })

  it('accepts a cooldown as long as the lockout, since a lock also holds sends back', () => {
    expect(fromSnapshot(memoryTampered({ resendAvailableAt: now + 900_000 }), POLICY, now)?.status).toBe('editing')
  })
})
