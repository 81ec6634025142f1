import type { TransmitEndpoint } from '../transmitTypes.js'
import { jsonAnswer, UNAUTHORIZED_BODY } from './mockAnswer.js'
import type { MockAnswer } from './mockAnswer.js'

/**
 * Something going wrong on the way to the mock Transmit, before its own logic
 * runs. Except `latency`, a fault answers in the server's place: no code is
 * sent and no attempt is counted.
 *
 * - `latency`: `ms` more milliseconds of delay, then the normal answer.
 * - `hang`: no answer until the request is aborted (pair it with a short
 *   client `timeoutMs` to show a timeout).
 * - `network`: the connection fails (`fetch` rejects; kind `network`).
 * - `status`: an HTTP error. The body is the contract's for 401
 *   (`Invalid token`), 403 (`auth_locked`), 404 and 409, a validation error
 *   for 400, and empty for 429 and 5xx, unless `body` is given (a string is
 *   sent as it is, anything else as JSON). `retryAfter` adds a `Retry-After`
 *   header: a number of seconds, or a string sent as it is (an HTTP date).
 * - `nonJson`: a 200 whose body is an HTML page (kind `badResponse`).
 */
export type MockFaultEffect =
  | { kind: 'latency'; ms: number }
  | { kind: 'hang' }
  | { kind: 'network' }
  | { kind: 'status'; status: number; retryAfter?: number | string; body?: unknown }
  | { kind: 'nonJson' }

/**
 * A fault with how often it applies: to the next `times` requests of its
 * endpoint, or to every one while it is set (`times` absent).
 */
export type MockFault = MockFaultEffect & {
  /** Requests it applies to before it clears itself; default: all of them. */
  times?: number
}

/**
 * Faults by endpoint.
 *
 * @example { send: { kind: 'status', status: 503, times: 1 }, validate: { kind: 'hang' } }
 */
export type MockFaults = Partial<Record<TransmitEndpoint, MockFault>>

const FAULT_KINDS = new Set<MockFaultEffect['kind']>(['latency', 'hang', 'network', 'status', 'nonJson'])

const ERROR_BODIES: Readonly<Record<number, unknown>> = {
  400: { message: ['phone_number must be a valid phone number'], error_code: 400 },
  401: UNAUTHORIZED_BODY,
  403: { error_code: 'auth_locked', message: 'User is locked' },
  404: { message: 'Not found', error_code: 404 },
  409: { message: 'Phone number is already verified in the tenant', error_code: 409 },
}

const HTML_PAGE = '<!doctype html><html><head><title>Bad gateway</title></head><body><h1>Bad gateway</h1></body></html>'

function checkFault(endpoint: string, fault: MockFault): void {
  if (!FAULT_KINDS.has(fault.kind)) throw new TypeError(`Unknown fault kind for ${endpoint}: ${String(fault.kind)}`)
  if (fault.times !== undefined && !(Number.isInteger(fault.times) && fault.times >= 0)) {
    throw new TypeError(`Fault times for ${endpoint} must be a whole number`)
  }
  if (fault.kind === 'latency' && !(fault.ms >= 0)) throw new TypeError(`Fault latency for ${endpoint} must be 0 or more ms`)
  if (fault.kind === 'status' && !(Number.isInteger(fault.status) && fault.status >= 100 && fault.status <= 599)) {
    throw new TypeError(`Fault status for ${endpoint} must be an HTTP status`)
  }
}

/** The answer a `status` or `nonJson` fault gives in the server's place. */
export function faultAnswer(fault: Extract<MockFaultEffect, { kind: 'status' | 'nonJson' }>): MockAnswer {
  if (fault.kind === 'nonJson') {
    return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8' }, bodyText: HTML_PAGE }
  }
  const headers: Record<string, string> = {}
  if (fault.retryAfter !== undefined) headers['Retry-After'] = String(fault.retryAfter)
  const body = fault.body !== undefined ? fault.body : ERROR_BODIES[fault.status]
  if (typeof body === 'string') return { status: fault.status, headers, bodyText: body }
  if (body === undefined) return { status: fault.status, headers, bodyText: '' }
  return jsonAnswer(fault.status, body, headers)
}

/** The faults in force, each counting down the requests it still applies to. */
export interface FaultBook {
  /** Replaces every fault (`{}` clears them). */
  set(faults: MockFaults): void
  /** The faults still in force, with what is left of their `times`. */
  current(): MockFaults
  /** The fault for this request, counting it against `times`. */
  take(endpoint: TransmitEndpoint): MockFaultEffect | undefined
}

/** Creates a {@link FaultBook}, checking each fault so that a typo fails loudly. */
export function createFaultBook(initial: MockFaults = {}): FaultBook {
  let faults: MockFaults = {}
  const book: FaultBook = {
    set(next) {
      const checked: MockFaults = {}
      for (const endpoint of ['send', 'validate'] as const) {
        const fault = next[endpoint]
        if (fault === undefined) continue
        checkFault(endpoint, fault)
        if (fault.times !== 0) checked[endpoint] = { ...fault }
      }
      faults = checked
    },
    current: () => ({ ...faults }),
    take(endpoint) {
      const fault = faults[endpoint]
      if (fault === undefined) return undefined
      if (fault.times !== undefined) {
        const next = { ...faults }
        if (fault.times > 1) next[endpoint] = { ...fault, times: fault.times - 1 }
        else delete next[endpoint]
        faults = next
      }
      const { times: _times, ...effect } = fault
      return effect as MockFaultEffect
    },
  }
  book.set(initial)
  return book
}
