import { resolvePolicy } from '../../core/policy.js'
import type { OtpPolicy } from '../../core/policy.js'
import type { TransmitEndpoint } from '../transmitTypes.js'
import type { VerifyPhoneClient } from '../types.js'
import { resolveClock } from './clock.js'
import type { MockClock, MockClockOption } from './clock.js'
import { createFaultBook } from './faults.js'
import type { MockFaults } from './faults.js'
import { createMockClient } from './mockClient.js'
import { createMockExchange } from './mockExchange.js'
import type { MockRequestRecord } from './mockExchange.js'
import { createMockHttpAnswer } from './mockHttp.js'
import { createMockServer } from './mockServer.js'
import type { MockLockAnswer, MockNumberState } from './mockServer.js'
import { createOutbox } from './outbox.js'
import type { Outbox } from './outbox.js'
import { randomCode } from './randomCode.js'

export { createManualClock, DEFAULT_MOCK_EPOCH } from './clock.js'
export type { ClockSource, MockClock, MockClockOption } from './clock.js'
export type { MockFault, MockFaultEffect, MockFaults } from './faults.js'
export type { MockRequestRecord } from './mockExchange.js'
export type { MockCode, MockLockAnswer, MockNumberState } from './mockServer.js'
export type { Outbox, SmsMessage } from './outbox.js'

/** The app name in the mock's SMS when none is given. */
export const DEFAULT_MOCK_APP_NAME = 'ACME'

export interface MockTransmitOptions {
  /** The OTP policy the mock enforces; missing fields take Transmit's defaults. */
  policy?: Partial<OtpPolicy> | undefined
  /** Replaces `{app}` in the SMS text. Default: `'ACME'`. */
  appName?: string | undefined
  /**
   * The mock's time: `'manual'` (default, a clock standing at 1 January 2026
   * 09:00 UTC until moved), `'real'` (the real time, which `advance` can still
   * shift), a `MockClock`, or any `{ now() }`.
   */
  clock?: MockClockOption | undefined
  /** Delay of every answer, in real milliseconds. Default: `0` (answers on the next microtask). */
  latencyMs?: number | undefined
  /** Faults in force from the start (see `MockFault`). Default: none. */
  faults?: MockFaults | undefined
  /** How a lockout is answered. Default: `'auth_locked'` (a 403). */
  lockAnswer?: MockLockAnswer | undefined
  /** Whether a new code makes the previous ones invalid. Default: `true`; `false` keeps all valid. */
  newCodeReplacesOld?: boolean | undefined
  /** The only bearer token `answer` (and so the MSW handlers) accepts. Default: any non-empty token. */
  accessToken?: string | undefined
  /** Makes the codes. Default: uniformly random digits from `crypto.getRandomValues`. */
  generateCode?: ((length: number) => string) | undefined
}

/** A mock Transmit, as {@link createMockTransmit} returns it. */
export interface MockTransmit {
  /** A client talking to the mock in-process (no HTTP), failing with the same errors as the HTTP client. */
  client: VerifyPhoneClient
  /**
   * Answers one HTTP request to the `send` or `validate` operation as the
   * contract says, with a standard `Response` (a network fault or an aborted
   * request gives `Response.error()`), sharing state with `client`. The MSW
   * handlers of `verify-phone-kit/testing/msw` route here; so can a small
   * server or a `fetch` stand-in, with no MSW.
   */
  answer(endpoint: TransmitEndpoint, request: Request): Promise<Response>
  /** The simulated phone: every SMS sent. */
  outbox: Outbox
  /** The mock's clock: move it to reach expiry or the end of a lockout. */
  clock: MockClock
  /** The policy in force, defaults filled in. */
  policy: Readonly<OtpPolicy>
  /** Replaces the faults in force (`{}` clears them). */
  setFaults(faults: MockFaults): void
  /** The faults still in force. */
  faults(): MockFaults
  /** Changes the delay of every answer. */
  setLatency(ms: number): void
  /** What the mock knows about a number: verified, failures, lockout, live codes. */
  inspect(phoneNumber: string): MockNumberState
  /** Marks a number verified (sends and validates then answer 409). */
  markVerified(phoneNumber: string, options?: { primary?: boolean }): void
  /** Every request answered so far (endpoint, time, status); no bodies. */
  requests(endpoint?: TransmitEndpoint): readonly MockRequestRecord[]
  /** Back to the start: numbers, outbox, request log and faults as first given. The clock is left as it is. */
  reset(): void
}

function checkLatency(ms: number): number {
  if (typeof ms !== 'number' || !(ms >= 0) || !Number.isFinite(ms)) throw new TypeError('latencyMs must be 0 or more')
  return ms
}

/**
 * An in-memory Transmit for tests, stories and demos: it sends (into
 * `outbox`) random codes of the policy's length, expires them, counts wrong
 * codes, locks a number out and lets it go again on its own clock, and
 * answers 409 for a verified number, through an in-process `client` and an
 * HTTP `answer` that share one state. It needs no MSW; the MSW handlers are
 * `createMockHandlers(mock)` from `verify-phone-kit/testing/msw`.
 *
 * @example
 * const mock = createMockTransmit({ policy: { codeLength: 6 } })
 * await mock.client.sendCode({ phoneNumber: '+33612345678' })
 * const code = mock.outbox.latest()!.code
 * mock.clock.advance(5 * 60_000) // the code has now expired
 */
export function createMockTransmit(options: MockTransmitOptions = {}): MockTransmit {
  const policy = Object.freeze(resolvePolicy(options.policy))
  const clock = resolveClock(options.clock)
  const outbox = createOutbox()
  const faults = createFaultBook(options.faults)
  let latencyMs = checkLatency(options.latencyMs ?? 0)
  let log: MockRequestRecord[] = []

  const server = createMockServer({
    policy,
    clock,
    outbox,
    appName: options.appName ?? DEFAULT_MOCK_APP_NAME,
    lockAnswer: options.lockAnswer ?? 'auth_locked',
    newCodeReplacesOld: options.newCodeReplacesOld ?? true,
    generateCode: options.generateCode ?? randomCode,
  })
  const exchange = createMockExchange({
    latencyMs: () => latencyMs,
    faults,
    now: () => clock.now(),
    record: (entry) => {
      log = [...log, entry]
    },
  })

  return {
    client: createMockClient(server, exchange),
    answer: createMockHttpAnswer({ server, exchange, accessToken: options.accessToken }),
    outbox,
    clock,
    policy,
    setFaults: (next) => faults.set(next),
    faults: () => faults.current(),
    setLatency(ms) {
      latencyMs = checkLatency(ms)
    },
    inspect: (phoneNumber) => server.inspect(phoneNumber),
    markVerified: (phoneNumber, markOptions) => server.markVerified(phoneNumber, markOptions),
    requests: (endpoint) => (endpoint === undefined ? log : log.filter((entry) => entry.endpoint === endpoint)),
    reset() {
      server.reset()
      outbox.clear()
      log = []
      faults.set(options.faults ?? {})
    },
  }
}
