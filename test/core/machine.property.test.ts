import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ERROR_KINDS, VerifyPhoneError } from '../../src/core/errors.js'
import type { VerifyPhoneErrorDetails, VerifyPhoneErrorKind } from '../../src/core/errors.js'
import { codeFieldsOf, initialState, transition } from '../../src/core/machine.js'
import type { VerifyEvent, VerifyState } from '../../src/core/machineTypes.js'
import { resolvePolicy } from '../../src/core/policy.js'
import type { OtpPolicy } from '../../src/core/policy.js'
import { fromSnapshot, toSnapshot } from '../../src/core/snapshot.js'
import { canResend, expiryRemainingMs, isInFlight, lockRemainingMs, resendRemainingMs } from '../../src/core/time.js'

const RUNS = 10_000
const NUMBERS = ['+33612345678', '+14155550123', '+447700900123'] as const
const STATUSES = new Set(['editing', 'sending', 'awaitingCode', 'verifying', 'verified', 'locked'])

/** Error details as generated; `lockedUntil` is relative to the event's `now`. */
interface ErrorSpec {
  kind: VerifyPhoneErrorKind
  retryAfterMs?: number
  attemptsLeft?: number
  lockedUntilIn?: number
}

/**
 * One generated step: how far the clock moves, then what happens. Answers name
 * their request relative to the current one (mostly the current one, sometimes
 * an old or unknown one). A `likely` step becomes what a user or the server
 * would most plausibly do next in the state reached, so that sequences go deep
 * into the flow; the other steps are raw events, often ignored.
 */
type Step = { advance: number } & (
  | { type: 'likely'; roll: number; number: number; passcode: string; request: Request; error: ErrorSpec }
  | { type: 'sendRequested'; number: number }
  | { type: 'resendRequested' | 'changeNumberRequested' | 'resetRequested' | 'lockEnded' }
  | { type: 'codeSubmitted'; passcode: string }
  | { type: AnswerType; request: Request; error: ErrorSpec }
)
type AnswerType = 'sendSucceeded' | 'sendFailed' | 'codeAccepted' | 'codeRejected'
type Request = { offset: number } | { absolute: number }

// Arabic-Indic digits: a code the machine would have to store verbatim to leak, and
// that can never turn up by chance inside a timestamp or an error message.
const passcodeArb = fc
  .array(fc.constantFrom(...'٠١٢٣٤٥٦٧٨٩'), { minLength: 4, maxLength: 8 })
  .map((digits) => digits.join(''))

const numberArb = fc.integer({ min: 0, max: NUMBERS.length - 1 })

const requestArb: fc.Arbitrary<Request> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ offset: 0 }) },
  { weight: 2, arbitrary: fc.constantFrom({ offset: -1 }, { offset: -2 }, { offset: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: -3, max: 200 }).map((absolute) => ({ absolute })) },
)

const oddNumber = fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1_000)

function errorArb(serverTimes: boolean): fc.Arbitrary<ErrorSpec> {
  // Every kind, with the ones that drive the flow (wrong code, expiry, lock, rate limit) more often.
  const kind = fc.oneof(
    fc.constantFrom(...ERROR_KINDS),
    fc.constantFrom<VerifyPhoneErrorKind>('invalidCode', 'invalidCode', 'codeExpired', 'locked', 'rateLimited'),
  )
  const attemptsLeft = fc.option(fc.oneof(fc.integer({ min: -3, max: 25 }), fc.constant(Number.NaN)), { nil: undefined })
  const retryAfterMs = fc.option(fc.oneof(fc.integer({ min: 0, max: 3_600_000 }), oddNumber), { nil: undefined })
  const lockedUntilIn = fc.option(fc.oneof(fc.integer({ min: -60_000, max: 3_600_000 }), fc.constant(Number.NaN)), { nil: undefined })
  return fc
    .tuple(kind, attemptsLeft, serverTimes ? retryAfterMs : fc.constant(undefined), serverTimes ? lockedUntilIn : fc.constant(undefined))
    .map(([k, attempts, retry, lockIn]) => ({ kind: k, attemptsLeft: attempts, retryAfterMs: retry, lockedUntilIn: lockIn }))
}

function stepArb(serverTimes: boolean): fc.Arbitrary<Step> {
  const advance = fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 3_000 }),
    fc.integer({ min: 0, max: 120_000 }),
    fc.integer({ min: 0, max: 2_000_000 }),
  )
  const error = errorArb(serverTimes)
  const action = fc.oneof(
    {
      weight: 12,
      arbitrary: fc.record({
        type: fc.constant('likely' as const),
        roll: fc.integer({ min: 0, max: 99 }),
        number: numberArb,
        passcode: passcodeArb,
        request: requestArb,
        error,
      }),
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('sendRequested' as const), number: numberArb }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('codeSubmitted' as const), passcode: passcodeArb }) },
    {
      weight: 2,
      arbitrary: fc.record({ type: fc.constantFrom<AnswerType>('sendSucceeded', 'sendFailed', 'codeAccepted', 'codeRejected'), request: requestArb, error }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ type: fc.constantFrom('resendRequested' as const, 'changeNumberRequested' as const, 'resetRequested' as const, 'lockEnded' as const) }),
    },
  )
  return fc.tuple(advance, action).map(([ms, a]) => ({ advance: ms, ...a }) as Step)
}

const seconds = (small: fc.Arbitrary<number>) => fc.oneof({ weight: 6, arbitrary: small }, { weight: 1, arbitrary: fc.constantFrom(1e-3, 3_600, 86_400) })
const policyArb: fc.Arbitrary<OtpPolicy> = fc
  .record({
    codeLength: fc.integer({ min: 4, max: 8 }),
    expiresInSeconds: seconds(fc.double({ min: 0.5, max: 600, noNaN: true })),
    maxFailures: fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 20 }) }),
    lockoutSeconds: seconds(fc.double({ min: 0.5, max: 1_800, noNaN: true })),
    resendCooldownSeconds: fc.oneof(fc.constant(0), seconds(fc.double({ min: 0, max: 120, noNaN: true }))),
  })
  .map((partial) => resolvePolicy(partial))

function buildError(spec: ErrorSpec, now: number): VerifyPhoneError {
  const details: VerifyPhoneErrorDetails = {}
  if (spec.retryAfterMs !== undefined) details.retryAfterMs = spec.retryAfterMs
  if (spec.attemptsLeft !== undefined) details.attemptsLeft = spec.attemptsLeft
  if (spec.lockedUntilIn !== undefined) details.lockedUntil = now + spec.lockedUntilIn
  return new VerifyPhoneError(spec.kind, details)
}

function answer(type: AnswerType, requestId: number, spec: ErrorSpec, now: number): VerifyEvent {
  if (type === 'sendSucceeded' || type === 'codeAccepted') return { type, requestId, now }
  return { type, requestId, error: buildError(spec, now), now }
}

/** The most plausible next event: sends mostly succeed, codes are mostly wrong (so that lockouts happen). */
function likelyEvent(step: Extract<Step, { type: 'likely' }>, state: VerifyState, now: number, requestId: number): VerifyEvent {
  const phoneNumber = NUMBERS[step.number] ?? NUMBERS[0]
  switch (state.status) {
    case 'editing':
      return { type: 'sendRequested', phoneNumber, now }
    case 'sending':
      return answer(step.roll < 70 ? 'sendSucceeded' : 'sendFailed', requestId, step.error, now)
    case 'awaitingCode':
      return step.roll < 75 ? { type: 'codeSubmitted', passcode: step.passcode, now } : { type: 'resendRequested', now }
    case 'verifying':
      return answer(step.roll < 20 ? 'codeAccepted' : 'codeRejected', requestId, step.error, now)
    case 'locked':
      return step.roll < 50 ? { type: 'lockEnded', now } : { type: 'sendRequested', phoneNumber, now }
    case 'verified':
      return { type: 'resetRequested' }
  }
}

function toEvent(step: Step, state: VerifyState, now: number): VerifyEvent {
  const requestId = (request: Request) => ('offset' in request ? state.requestId + request.offset : request.absolute)
  switch (step.type) {
    case 'likely':
      return likelyEvent(step, state, now, requestId(step.request))
    case 'sendRequested':
      return { type: step.type, phoneNumber: NUMBERS[step.number] ?? NUMBERS[0], now }
    case 'resendRequested':
    case 'lockEnded':
      return { type: step.type, now }
    case 'changeNumberRequested':
    case 'resetRequested':
      return { type: step.type }
    case 'codeSubmitted':
      return { type: step.type, passcode: step.passcode, now }
    default:
      return answer(step.type, requestId(step.request), step.error, now)
  }
}

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

const ANSWER_STATUS: Partial<Record<VerifyEvent['type'], VerifyState['status']>> = {
  sendSucceeded: 'sending',
  sendFailed: 'sending',
  codeAccepted: 'verifying',
  codeRejected: 'verifying',
}

/** Every invariant of the design, checked after one event. */
function checkStep(prev: VerifyState, event: VerifyEvent, next: VerifyState, policy: OtpPolicy, now: number): void {
  const max = policy.maxFailures
  assert(STATUSES.has(next.status), `unknown status ${next.status}`)

  // Request ids only grow, by one, exactly when a request starts or the flow is cancelled.
  if (next.requestId !== prev.requestId) {
    assert(next.requestId === prev.requestId + 1, 'requestId jumps by one')
    assert(isInFlight(next) || event.type === 'changeNumberRequested' || event.type === 'resetRequested', 'requestId bumped without cause')
  }
  if (isInFlight(next) && next !== prev) assert(next.requestId === prev.requestId + 1 || isInFlight(prev), 'a request started without a new id')

  // At most one request in flight.
  if (isInFlight(prev) && (event.type === 'sendRequested' || event.type === 'resendRequested' || event.type === 'codeSubmitted')) {
    assert(next === prev, `${event.type} while ${prev.status} must be ignored`)
  }

  // No resend before resendAvailableAt, and canResend tells the truth.
  if (event.type === 'resendRequested') {
    const allowed = prev.status === 'awaitingCode' && event.now >= prev.resendAvailableAt
    assert((next !== prev) === allowed, 'resend gating')
    assert(canResend(prev, event.now) === allowed, 'canResend agrees with the machine')
  }
  if (next.status === 'sending' && next.isResend && next !== prev) assert(event.type === 'resendRequested', 'a resend starts only from resendRequested')

  // A resend never resets the failures.
  if (prev.status === 'sending' && prev.isResend && next !== prev && next.status === 'awaitingCode') {
    assert(next.attemptsLeft === prev.code.attemptsLeft, 'a resend keeps attemptsLeft')
    assert(next.memory?.failures === prev.memory?.failures, 'a resend keeps the failures')
  }

  // attemptsLeft within 1..maxFailures on the code step (0 is locked), memory in step with it.
  const code = codeFieldsOf(next)
  if (code !== undefined) {
    assert(Number.isInteger(code.attemptsLeft) && code.attemptsLeft >= 1 && code.attemptsLeft <= max, `attemptsLeft ${code.attemptsLeft}`)
    const memory = next.memory
    assert(memory !== undefined && memory.phoneNumber === code.phoneNumber, 'memory belongs to the code')
    assert(memory.failures === max - code.attemptsLeft && memory.resendAvailableAt === code.resendAvailableAt, 'memory agrees with the code')
    assert([code.sentAt, code.expiresAt, code.resendAvailableAt].every(Number.isFinite), 'code timestamps are finite')
    assert(code.sentAt <= code.expiresAt && code.sentAt <= code.resendAvailableAt, 'code timestamps in order')
  }
  if (next.status === 'locked') {
    assert(Number.isFinite(next.lockedUntil), 'lockedUntil is finite')
    assert(next.memory?.lockedUntil === next.lockedUntil && next.memory.failures === max, 'memory holds the lock')
  }

  // Reaching zero attempts means locked.
  if (prev.status === 'verifying' && event.type === 'codeRejected' && next !== prev && event.error.kind === 'invalidCode' && event.error.attemptsLeft === undefined) {
    if (prev.attemptsLeft === 1) assert(next.status === 'locked', 'the last wrong code locks')
    else assert(next.status === 'awaitingCode' && next.attemptsLeft === prev.attemptsLeft - 1, 'a wrong code costs one attempt')
  }

  // A lock holds until lockedUntil; only a change of number or a reset leaves it earlier.
  if (prev.status === 'locked' && next !== prev && 'now' in event) assert(event.now >= prev.lockedUntil, 'left a lock early')

  // verified ends the flow until a reset.
  if (prev.status === 'verified' && event.type !== 'resetRequested') assert(next === prev, 'verified is terminal')

  // Change of number returns to editing with the number kept.
  if (event.type === 'changeNumberRequested') {
    if (prev.status === 'editing' || prev.status === 'verified') assert(next === prev, 'nothing to change')
    else {
      assert(next.status === 'editing' && next.phoneNumber === prev.phoneNumber && next.error === undefined, 'back to editing with the number')
      assert(next.memory === prev.memory, 'change of number keeps the memory')
      assert(next.requestId === prev.requestId + 1, 'change of number cancels the request')
    }
  }
  if (event.type === 'resetRequested') assert(next.status === 'editing' && next.requestId === prev.requestId + 1, 'reset cancels the request')

  // An answer for another request, or in another state, never changes anything.
  // The one exception: a success for the validate request that "Change number" left running, as the server has acted.
  const answerFor = ANSWER_STATUS[event.type]
  const lateSuccess = event.type === 'codeAccepted' && prev.status === 'editing' && prev.lateValidation?.requestId === event.requestId
  if (answerFor !== undefined && 'requestId' in event && !lateSuccess && (event.requestId !== prev.requestId || prev.status !== answerFor)) {
    assert(next === prev, `stale ${event.type} applied`)
  }
  if (lateSuccess) assert(next.status === 'verified' && next.phoneNumber === prev.lateValidation?.phoneNumber, 'a late success verifies its number')

  for (const ms of [resendRemainingMs(next, now), expiryRemainingMs(next, now), lockRemainingMs(next, now)]) {
    assert(ms >= 0 && !Number.isNaN(ms), 'remaining times are never negative')
  }
}

/** What the snapshot keeps, after a trip through JSON, comes back as the same resting state. */
function checkSnapshot(state: VerifyState, policy: OtpPolicy, now: number, mustRestore: boolean): string | undefined {
  const snapshot = toSnapshot(state)
  if (snapshot === undefined) {
    assert(state.status === 'verified' || (state.status !== 'locked' && codeFieldsOf(state) === undefined && state.memory === undefined), 'nothing lost')
    return undefined
  }
  const json = JSON.stringify(snapshot)
  const restored = fromSnapshot(JSON.parse(json), policy, now)
  if (restored === undefined) {
    assert(!mustRestore, `a snapshot within the policy was refused: ${json}`)
    return json
  }
  assert(restored.requestId === 0 && !isInFlight(restored), 'restored at rest')
  const lockOver = snapshot.status === 'locked' && snapshot.lockedUntil <= now
  if (lockOver) assert(restored.status === 'editing' && restored.phoneNumber === state.phoneNumber, 'an ended lock restores as editing')
  else assert(JSON.stringify(toSnapshot(restored)) === json, `round trip of ${json}`)
  const code = codeFieldsOf(state)
  if (code !== undefined) assert(JSON.stringify(restored) === JSON.stringify({ status: 'awaitingCode', requestId: 0, memory: state.memory, ...code }), 'code step restored')
  return json
}

function runSequence(policy: OtpPolicy, start: number, steps: readonly Step[], mustRestore: boolean): void {
  let state: VerifyState = initialState()
  let now = start
  const passcodes: string[] = []
  for (const step of steps) {
    now += step.advance
    const event = toEvent(step, state, now)
    if (event.type === 'codeSubmitted') passcodes.push(event.passcode)
    const next = transition(state, event, policy)
    checkStep(state, event, next, policy, now)
    const json = JSON.stringify(next)
    const snapshotJson = checkSnapshot(next, policy, now, mustRestore) ?? ''
    for (const passcode of passcodes) assert(!json.includes(passcode) && !snapshotJson.includes(passcode), 'the passcode leaked')
    state = next
  }
}

describe('the verification machine on random event sequences', () => {
  const start = fc.integer({ min: 1_000_000_000_000, max: 2_000_000_000_000 })

  it(`keeps every invariant over ${RUNS} sequences with server answers of every kind`, { timeout: 60_000 }, () => {
    let runs = 0
    fc.assert(
      fc.property(policyArb, start, fc.array(stepArb(true), { minLength: 1, maxLength: 40 }), (policy, t0, steps) => {
        runs++
        runSequence(policy, t0, steps, false)
      }),
      { numRuns: RUNS },
    )
    expect(runs).toBe(RUNS)
  })

  it('restores every snapshot when the server gives no times beyond the policy', { timeout: 60_000 }, () => {
    let runs = 0
    fc.assert(
      fc.property(policyArb, start, fc.array(stepArb(false), { minLength: 1, maxLength: 40 }), (policy, t0, steps) => {
        runs++
        runSequence(policy, t0, steps, true)
      }),
      { numRuns: 2_000 },
    )
    expect(runs).toBe(2_000)
  })
})
