import { describe, expect, it } from 'vitest'
import { VerifyPhoneError } from '../../src/core/errors.js'
import { codeFieldsOf, initialState, transition } from '../../src/core/machine.js'
import type {
  AwaitingCodeState,
  CodeFields,
  EditingState,
  LockedState,
  SendingState,
  VerifiedState,
  VerifyEvent,
  VerifyState,
  VerifyingState,
} from '../../src/core/machineTypes.js'
import { resolvePolicy } from '../../src/core/policy.js'

// Written out rather than taken from DEFAULT_POLICY, so the expected timestamps below stand on their own.
const POLICY = resolvePolicy({ expiresInSeconds: 300, maxFailures: 3, lockoutSeconds: 900, resendCooldownSeconds: 30 })
const NUMBER = '+33612345678'
const OTHER = '+14155550123'
const T = 1_700_000_000_000

const run = (state: VerifyState, event: VerifyEvent): VerifyState => transition(state, event, POLICY)

const code = (fields: Partial<CodeFields> = {}): CodeFields => ({
  phoneNumber: NUMBER,
  sentAt: T,
  expiresAt: T + 300_000,
  resendAvailableAt: T + 30_000,
  attemptsLeft: 3,
  lastSend: 'sent',
  ...fields,
})

function awaiting(fields: Partial<CodeFields> = {}, requestId = 1): AwaitingCodeState {
  const c = code(fields)
  const memory = { phoneNumber: c.phoneNumber, failures: 3 - c.attemptsLeft, resendAvailableAt: c.resendAvailableAt }
  return { status: 'awaitingCode', requestId, memory, ...c }
}
const verifying = (fields: Partial<CodeFields> = {}, requestId = 2): VerifyingState => ({ ...awaiting(fields, requestId), status: 'verifying' })
const firstSend = (phoneNumber = NUMBER, requestId = 1, memory: EditingState['memory'] = undefined): SendingState => ({
  status: 'sending', requestId, memory, phoneNumber, isResend: false,
})
const resend = (fields: Partial<CodeFields> = {}, requestId = 2): SendingState => {
  const { memory } = awaiting(fields)
  return { status: 'sending', requestId, memory, phoneNumber: NUMBER, isResend: true, code: code(fields) }
}
const locked = (lockedUntil = T + 900_000, requestId = 2): LockedState => ({
  status: 'locked', requestId, phoneNumber: NUMBER, lockedUntil,
  memory: { phoneNumber: NUMBER, failures: 3, resendAvailableAt: lockedUntil, lockedUntil },
})
const verified = (): VerifiedState => ({ status: 'verified', requestId: 2, memory: undefined, phoneNumber: NUMBER, verifiedAt: T + 10_000 })
const editing = (fields: Partial<EditingState> = {}): EditingState => ({ status: 'editing', requestId: 0, memory: undefined, ...fields })

type Case = [name: string, state: VerifyState, event: VerifyEvent, expected: VerifyState | 'same']

function check(state: VerifyState, event: VerifyEvent, expected: VerifyState | 'same'): void {
  const next = run(state, event)
  if (expected === 'same') expect(next).toBe(state)
  else expect(next).toStrictEqual(expected)
}

describe('initialState', () => {
  it('starts on the phone step with no request and no memory', () => {
    expect(initialState()).toStrictEqual({ status: 'editing', requestId: 0, memory: undefined })
  })

  it('prefills the number it is given', () => {
    expect(initialState(NUMBER)).toStrictEqual({ status: 'editing', requestId: 0, memory: undefined, phoneNumber: NUMBER })
  })
})

describe('sendRequested', () => {
  const send = (now: number, phoneNumber = NUMBER): VerifyEvent => ({ type: 'sendRequested', phoneNumber, now })
  const cases: Case[] = [
    ['starts a first send from a fresh phone step', editing(), send(T), firstSend(NUMBER, 1)],
    ['clears the last send error when it starts', editing({ phoneNumber: NUMBER, error: new VerifyPhoneError('network') }), send(T), firstSend(NUMBER, 1)],
    [
      'sends again to the remembered number once its cooldown is over, keeping its failures',
      editing({ requestId: 4, memory: { phoneNumber: NUMBER, failures: 2, resendAvailableAt: T } }),
      send(T),
      firstSend(NUMBER, 5, { phoneNumber: NUMBER, failures: 2, resendAvailableAt: T }),
    ],
    [
      'sends to another number whatever the cooldown of the remembered one',
      editing({ memory: { phoneNumber: OTHER, failures: 1, resendAvailableAt: T + 20_000 } }),
      send(T),
      firstSend(NUMBER, 1, { phoneNumber: OTHER, failures: 1, resendAvailableAt: T + 20_000 }),
    ],
    [
      'goes straight back to locked for a remembered number whose lock is still on',
      editing({ requestId: 3, memory: { phoneNumber: NUMBER, failures: 3, resendAvailableAt: T + 60_000, lockedUntil: T + 60_000 } }),
      send(T),
      {
        status: 'locked', requestId: 3, phoneNumber: NUMBER, lockedUntil: T + 60_000,
        memory: { phoneNumber: NUMBER, failures: 3, resendAvailableAt: T + 60_000, lockedUntil: T + 60_000 },
      },
    ],
    [
      'forgets the failures of a remembered number whose lock is over',
      editing({ requestId: 3, memory: { phoneNumber: NUMBER, failures: 3, resendAvailableAt: T, lockedUntil: T } }),
      send(T + 5),
      firstSend(NUMBER, 4, { phoneNumber: NUMBER, failures: 0, resendAvailableAt: T + 5 }),
    ],
    ['is ignored while the lock is on', locked(T + 900_000), send(T + 899_999), 'same'],
    [
      'sends from locked once the lock is over, with the failures forgotten',
      locked(T + 900_000, 7),
      send(T + 900_000),
      firstSend(NUMBER, 8, { phoneNumber: NUMBER, failures: 0, resendAvailableAt: T + 900_000 }),
    ],
    ['is ignored while a send runs', firstSend(), send(T), 'same'],
    ['is ignored on the code step', awaiting(), send(T + 60_000, OTHER), 'same'],
    ['is ignored while a code is checked', verifying(), send(T), 'same'],
    ['is ignored once verified', verified(), send(T), 'same'],
  ]
  it.each(cases)('%s', (_name, state, event, expected) => check(state, event, expected))

  it('refuses a send during the cooldown with a rateLimited error and the time left', () => {
    const state = editing({ requestId: 2, memory: { phoneNumber: NUMBER, failures: 1, resendAvailableAt: T + 20_000 } })
    const next = run(state, send(T + 5_000))
    expect(next).toMatchObject({ status: 'editing', requestId: 2, phoneNumber: NUMBER, memory: state.memory })
    const error = next.status === 'editing' ? next.error : undefined
    expect(error).toBeInstanceOf(VerifyPhoneError)
    expect(error?.kind).toBe('rateLimited')
    expect(error?.retryAfterMs).toBe(15_000)
  })
})

describe('resendRequested', () => {
  const resendAt = (now: number): VerifyEvent => ({ type: 'resendRequested', now })
  const cases: Case[] = [
    ['is ignored during the cooldown', awaiting(), resendAt(T + 29_999), 'same'],
    ['starts a resend once the cooldown is over, keeping the code fields', awaiting(), resendAt(T + 30_000), resend({}, 2)],
    [
      'leaves the code error behind when the resend starts',
      { ...awaiting({ attemptsLeft: 2 }), error: new VerifyPhoneError('invalidCode') },
      resendAt(T + 40_000),
      resend({ attemptsLeft: 2 }, 2),
    ],
    ['is ignored on the phone step', editing(), resendAt(T), 'same'],
    ['is ignored while a send runs', resend(), resendAt(T + 60_000), 'same'],
    ['is ignored while a code is checked', verifying(), resendAt(T + 60_000), 'same'],
    ['is ignored while locked', locked(), resendAt(T + 60_000), 'same'],
    ['is ignored once verified', verified(), resendAt(T + 60_000), 'same'],
  ]
  it.each(cases)('%s', (_name, state, event, expected) => check(state, event, expected))
})

describe('sendSucceeded', () => {
  const ok = (requestId: number, now: number): VerifyEvent => ({ type: 'sendSucceeded', requestId, now })
  const cases: Case[] = [
    ['shows the code step with the policy timings after a first send', firstSend(NUMBER, 1), ok(1, T), awaiting({}, 1)],
    [
      'counts the failures already made on the same number',
      firstSend(NUMBER, 3, { phoneNumber: NUMBER, failures: 2, resendAvailableAt: T - 1 }),
      ok(3, T),
      awaiting({ attemptsLeft: 1 }, 3),
    ],
    [
      'starts a different number with every attempt',
      firstSend(NUMBER, 3, { phoneNumber: OTHER, failures: 2, resendAvailableAt: T - 1 }),
      ok(3, T),
      awaiting({}, 3),
    ],
    [
      'keeps the attempts left after a resend and marks the code as resent',
      resend({ attemptsLeft: 1 }, 4),
      ok(4, T + 50_000),
      awaiting({ sentAt: T + 50_000, expiresAt: T + 350_000, resendAvailableAt: T + 80_000, attemptsLeft: 1, lastSend: 'resent' }, 4),
    ],
    ['drops an answer to an earlier request', firstSend(NUMBER, 3), ok(2, T), 'same'],
    ['drops an answer that arrives after the flow moved on', awaiting({}, 1), ok(1, T), 'same'],
  ]
  it.each(cases)('%s', (_name, state, event, expected) => check(state, event, expected))
})

describe('sendFailed', () => {
  const network = new VerifyPhoneError('network')
  const lockedNoTime = new VerifyPhoneError('locked')
  const lockedWithTime = new VerifyPhoneError('locked', { lockedUntil: T + 123_000 })
  const slowDown = new VerifyPhoneError('rateLimited', { retryAfterMs: 60_000 })
  const noRetryAfter = new VerifyPhoneError('rateLimited')
  const fail = (requestId: number, error: VerifyPhoneError, now = T): VerifyEvent => ({ type: 'sendFailed', requestId, error, now })
  const cases: Case[] = [
    [
      'returns a failed first send to the phone step with the number and the error',
      firstSend(NUMBER, 1, { phoneNumber: OTHER, failures: 1, resendAvailableAt: T }),
      fail(1, network),
      editing({ requestId: 1, phoneNumber: NUMBER, error: network, memory: { phoneNumber: OTHER, failures: 1, resendAvailableAt: T } }),
    ],
    [
      'remembers the server wait of a rate-limited first send',
      firstSend(NUMBER, 1),
      fail(1, slowDown),
      editing({ requestId: 1, phoneNumber: NUMBER, error: slowDown, memory: { phoneNumber: NUMBER, failures: 0, resendAvailableAt: T + 60_000 } }),
    ],
    [
      'keeps the longer of the cooldown and the server wait',
      firstSend(NUMBER, 1, { phoneNumber: NUMBER, failures: 2, resendAvailableAt: T + 90_000 }),
      fail(1, slowDown),
      editing({ requestId: 1, phoneNumber: NUMBER, error: slowDown, memory: { phoneNumber: NUMBER, failures: 2, resendAvailableAt: T + 90_000 } }),
    ],
    ['leaves the memory alone for a rate limit without a wait', firstSend(NUMBER, 1), fail(1, noRetryAfter), editing({ requestId: 1, phoneNumber: NUMBER, error: noRetryAfter })],
    [
      'locks until the server time when the server says locked',
      firstSend(NUMBER, 1),
      fail(1, lockedWithTime),
      {
        status: 'locked', requestId: 1, phoneNumber: NUMBER, lockedUntil: T + 123_000, error: lockedWithTime,
        memory: { phoneNumber: NUMBER, failures: 3, resendAvailableAt: T + 123_000, lockedUntil: T + 123_000 },
      },
    ],
    [
      'locks for the policy lockout when the server gives no time',
      resend({}, 2),
      fail(2, lockedNoTime, T + 40_000),
      {
        status: 'locked', requestId: 2, phoneNumber: NUMBER, lockedUntil: T + 940_000, error: lockedNoTime,
        memory: { phoneNumber: NUMBER, failures: 3, resendAvailableAt: T + 940_000, lockedUntil: T + 940_000 },
      },
    ],
    [
      'returns a failed resend to the code step it came from, with the error',
      resend({ attemptsLeft: 2 }, 5),
      fail(5, network, T + 40_000),
      { ...awaiting({ attemptsLeft: 2 }, 5), error: network },
    ],
    [
      'pushes the resend cooldown out to the server wait',
      resend({ attemptsLeft: 2 }, 5),
      fail(5, slowDown, T + 40_000),
      { ...awaiting({ attemptsLeft: 2, resendAvailableAt: T + 100_000 }, 5), error: slowDown },
    ],
    ['drops a failure of an earlier request', firstSend(NUMBER, 3), fail(2, network), 'same'],
    ['drops a failure that arrives on the code step', awaiting(), fail(1, network), 'same'],
  ]
  it.each(cases)('%s', (_name, state, event, expected) => check(state, event, expected))
})

describe('codeSubmitted', () => {
  const submit = (now = T + 1_000): VerifyEvent => ({ type: 'codeSubmitted', passcode: '482913', now })
  const cases: Case[] = [
    ['starts a check and clears the code error', { ...awaiting({}, 1), error: new VerifyPhoneError('invalidCode') }, submit(), verifying({}, 2)],
    ['lets the server judge a code that looks expired', awaiting({}, 1), submit(T + 400_000), verifying({}, 2)],
    ['is ignored while a code is checked', verifying(), submit(), 'same'],
    ['is ignored while a resend runs', resend(), submit(), 'same'],
    ['is ignored on the phone step', editing(), submit(), 'same'],
    ['is ignored while locked', locked(), submit(), 'same'],
    ['is ignored once verified', verified(), submit(), 'same'],
  ]
  it.each(cases)('%s', (_name, state, event, expected) => check(state, event, expected))

  it('never stores the passcode', () => {
    const next = run(awaiting(), submit())
    expect(JSON.stringify(next)).not.toContain('482913')
  })
})

describe('codeAccepted', () => {
  const accept = (requestId: number): VerifyEvent => ({ type: 'codeAccepted', requestId, now: T + 5_000 })
  const cases: Case[] = [
    ['ends the flow as verified', verifying({}, 2), accept(2), { ...verified(), verifiedAt: T + 5_000, memory: verifying().memory }],
    ['drops an answer to an earlier request', verifying({}, 3), accept(2), 'same'],
    ['drops an answer that arrives on the code step', awaiting({}, 2), accept(2), 'same'],
  ]
  it.each(cases)('%s', (_name, state, event, expected) => check(state, event, expected))
})

describe('codeRejected', () => {
  const reject = (error: VerifyPhoneError, requestId = 2, now = T + 60_000): VerifyEvent => ({ type: 'codeRejected', requestId, error, now })
  const wrong = new VerifyPhoneError('invalidCode')
  const wrongOneLeft = new VerifyPhoneError('invalidCode', { attemptsLeft: 1 })
  const wrongTooMany = new VerifyPhoneError('invalidCode', { attemptsLeft: 99 })
  const wrongNegative = new VerifyPhoneError('invalidCode', { attemptsLeft: -5 })
  const wrongNaN = new VerifyPhoneError('invalidCode', { attemptsLeft: Number.NaN })
  const expired = new VerifyPhoneError('codeExpired')
  const lockedError = new VerifyPhoneError('locked', { lockedUntil: T + 500_000 })
  const timeout = new VerifyPhoneError('timeout')
  const slowDown = new VerifyPhoneError('rateLimited', { retryAfterMs: 120_000 })
  const lockedAt = (lockedUntil: number, error: VerifyPhoneError): LockedState => ({ ...locked(lockedUntil, 2), error })
  const cases: Case[] = [
    ['counts a wrong code against the attempts', verifying(), reject(wrong), { ...awaiting({ attemptsLeft: 2 }, 2), error: wrong }],
    ['takes the attempts left from the server when it says', verifying(), reject(wrongOneLeft), { ...awaiting({ attemptsLeft: 1 }, 2), error: wrongOneLeft }],
    ['caps server attempts at the policy maximum', verifying({ attemptsLeft: 1 }), reject(wrongTooMany), { ...awaiting({ attemptsLeft: 3 }, 2), error: wrongTooMany }],
    ['ignores a server attempt count that is not a number', verifying(), reject(wrongNaN), { ...awaiting({ attemptsLeft: 2 }, 2), error: wrongNaN }],
    ['locks for the lockout on the last wrong code', verifying({ attemptsLeft: 1 }), reject(wrong), lockedAt(T + 960_000, wrong)],
    ['locks when the server counts no attempt left', verifying(), reject(wrongNegative), lockedAt(T + 960_000, wrongNegative)],
    ['marks the code expired now when the server says so early', verifying(), reject(expired), { ...awaiting({ expiresAt: T + 60_000 }, 2), error: expired }],
    [
      'keeps an expiry already past',
      verifying(),
      reject(expired, 2, T + 400_000),
      { ...awaiting({ expiresAt: T + 300_000 }, 2), error: expired },
    ],
    ['locks until the server time on a locked answer', verifying(), reject(lockedError), lockedAt(T + 500_000, lockedError)],
    ['returns to the code step without counting an attempt on a timeout', verifying({ attemptsLeft: 2 }), reject(timeout), { ...awaiting({ attemptsLeft: 2 }, 2), error: timeout }],
    [
      'pushes the resend cooldown out on a rate limit',
      verifying(),
      reject(slowDown),
      { ...awaiting({ resendAvailableAt: T + 180_000 }, 2), error: slowDown },
    ],
    ['drops a rejection of an earlier request', verifying({}, 3), reject(wrong, 2), 'same'],
    ['drops a rejection that arrives after a change of number', editing({ requestId: 3 }), reject(wrong, 3), 'same'],
  ]
  it.each(cases)('%s', (_name, state, event, expected) => check(state, event, expected))
})

describe('changeNumberRequested', () => {
  const change: VerifyEvent = { type: 'changeNumberRequested' }
  const backTo = (requestId: number, memory: VerifyState['memory']): EditingState => editing({ requestId, phoneNumber: NUMBER, memory })
  const cases: Case[] = [
    ['cancels a first send', firstSend(NUMBER, 1), change, backTo(2, undefined)],
    ['cancels a resend', resend({}, 2), change, backTo(3, awaiting().memory)],
    ['leaves the code step', awaiting({}, 1), change, backTo(2, awaiting().memory)],
    [
      'leaves a check running, whose success still counts',
      verifying({}, 2),
      change,
      { ...backTo(3, awaiting().memory), lateValidation: { requestId: 2, phoneNumber: NUMBER } } as EditingState,
    ],
    ['leaves a lock, remembering it for this number', locked(T + 900_000, 2), change, backTo(3, locked().memory)],
    ['is ignored on the phone step', editing({ phoneNumber: NUMBER }), change, 'same'],
    ['is ignored once verified', verified(), change, 'same'],
  ]
  it.each(cases)('%s', (_name, state, event, expected) => check(state, event, expected))
})

describe('resetRequested', () => {
  const states: [string, VerifyState][] = [
    ['editing', editing({ requestId: 4, phoneNumber: NUMBER, error: new VerifyPhoneError('network') })],
    ['sending', resend({}, 4)],
    ['awaitingCode', awaiting({}, 4)],
    ['verifying', verifying({}, 4)],
    ['verified', { ...verified(), requestId: 4 }],
    ['locked', locked(T + 900_000, 4)],
  ]
  it.each(states)('starts over from %s, cancelling any request and keeping the memory', (_status, state) => {
    expect(run(state, { type: 'resetRequested' })).toStrictEqual({ status: 'editing', requestId: 5, memory: state.memory })
  })
})

describe('lockEnded', () => {
  const ended = (now: number): VerifyEvent => ({ type: 'lockEnded', now })
  const cases: Case[] = [
    ['is ignored before the lock ends', locked(T + 900_000), ended(T + 899_999), 'same'],
    [
      'returns to the phone step with the number, no failures and no cooldown',
      locked(T + 900_000, 6),
      ended(T + 900_000),
      editing({ requestId: 6, phoneNumber: NUMBER, memory: { phoneNumber: NUMBER, failures: 0, resendAvailableAt: T + 900_000 } }),
    ],
    ['is ignored on the code step', awaiting(), ended(T + 10_000_000), 'same'],
    ['is ignored once verified', verified(), ended(T + 10_000_000), 'same'],
  ]
  it.each(cases)('%s', (_name, state, event, expected) => check(state, event, expected))
})

describe('robustness', () => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('ignores an event whose now is %s', (now) => {
    const state = editing()
    expect(run(state, { type: 'sendRequested', phoneNumber: NUMBER, now })).toBe(state)
  })

  it('ignores an event of an unknown type from untyped callers', () => {
    const state = awaiting()
    expect(run(state, { type: 'somethingElse', now: T } as unknown as VerifyEvent)).toBe(state)
    expect(run(state, null as unknown as VerifyEvent)).toBe(state)
  })
})

describe('codeFieldsOf', () => {
  it.each<[string, VerifyState, CodeFields | undefined]>([
    ['the code step', { ...awaiting(), error: new VerifyPhoneError('invalidCode') }, code()],
    ['a check', verifying(), code()],
    ['a resend', resend({ attemptsLeft: 2 }), code({ attemptsLeft: 2 })],
    ['a first send', firstSend(), undefined],
    ['the phone step', editing(), undefined],
    ['a lock', locked(), undefined],
  ])('gives the code fields without the error for %s', (_name, state, expected) => {
    expect(codeFieldsOf(state)).toStrictEqual(expected)
  })
})

describe('a whole flow', () => {
  it('drops the late answer of a send cancelled by a change of number', () => {
    let state: VerifyState = initialState()
    state = run(state, { type: 'sendRequested', phoneNumber: NUMBER, now: T })
    const firstRequest = state.requestId
    state = run(state, { type: 'changeNumberRequested' })
    state = run(state, { type: 'sendRequested', phoneNumber: OTHER, now: T + 1_000 })
    const afterLateAnswer = run(state, { type: 'sendSucceeded', requestId: firstRequest, now: T + 2_000 })
    expect(afterLateAnswer).toBe(state)
    state = run(state, { type: 'sendSucceeded', requestId: state.requestId, now: T + 3_000 })
    expect(state).toMatchObject({ status: 'awaitingCode', phoneNumber: OTHER, sentAt: T + 3_000 })
  })

  it('keeps the failures of a number across a change of number and back', () => {
    let state: VerifyState = awaiting({}, 1)
    state = run(state, { type: 'codeSubmitted', passcode: '111111', now: T + 1_000 })
    state = run(state, { type: 'codeRejected', requestId: state.requestId, error: new VerifyPhoneError('invalidCode'), now: T + 2_000 })
    state = run(state, { type: 'changeNumberRequested' })
    state = run(state, { type: 'sendRequested', phoneNumber: NUMBER, now: T + 40_000 })
    state = run(state, { type: 'sendSucceeded', requestId: state.requestId, now: T + 41_000 })
    expect(state).toMatchObject({ status: 'awaitingCode', attemptsLeft: 2, lastSend: 'sent' })
  })
})
