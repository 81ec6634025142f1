import { describe, expect, it } from 'vitest'
import { VerifyPhoneError } from '../../src/core/errors.js'
import type { VerifyPhoneErrorKind } from '../../src/core/errors.js'
import { mapRequestFailure, mapResponse } from '../../src/api/mapResponse.js'
import type { TransmitEndpoint } from '../../src/api/transmitTypes.js'

const NOW = Date.UTC(2026, 0, 1, 9, 0)
const json = (body: unknown) => JSON.stringify(body)
const HTML = '<html><body><h1>502 Bad Gateway</h1></body></html>'

interface Case {
  name: string
  endpoint: TransmitEndpoint
  status: number
  body: string
  headers?: Record<string, string>
  /** `undefined` for a success. */
  kind?: VerifyPhoneErrorKind
  serverMessages?: readonly string[]
  retryAfterMs?: number
}

const cases: Case[] = [
  { name: 'send 200 SMS sent succeeds', endpoint: 'send', status: 200, body: json({ message: 'SMS sent' }) },
  { name: 'validate 200 result true succeeds', endpoint: 'validate', status: 200, body: json({ result: true }) },
  { name: 'validate 200 result false is a wrong code', endpoint: 'validate', status: 200, body: json({ result: false }), kind: 'invalidCode' },
  { name: 'send 200 with an HTML body is a bad response', endpoint: 'send', status: 200, body: HTML, kind: 'badResponse' },
  { name: 'validate 200 with an empty body is a bad response', endpoint: 'validate', status: 200, body: '', kind: 'badResponse' },
  { name: 'validate 200 without result is a bad response', endpoint: 'validate', status: 200, body: json({ message: 'ok' }), kind: 'badResponse' },
  { name: 'validate 200 with a string result is a bad response', endpoint: 'validate', status: 200, body: json({ result: 'true' }), kind: 'badResponse' },
  { name: 'send 200 with a JSON array is a bad response', endpoint: 'send', status: 200, body: json(['SMS sent']), kind: 'badResponse' },
  { name: 'send 200 with JSON null is a bad response', endpoint: 'send', status: 200, body: 'null', kind: 'badResponse' },
  {
    name: '400 invalid_otp is a wrong code',
    endpoint: 'validate',
    status: 400,
    body: json({ message: 'Invalid phone number or passcode', error_code: 400, error_type: 'invalid_otp' }),
    kind: 'invalidCode',
    serverMessages: ['Invalid phone number or passcode'],
  },
  {
    name: '400 expired_otp is an expired code',
    endpoint: 'validate',
    status: 400,
    body: json({ message: 'Passcode expired', error_code: 400, error_type: 'expired_otp' }),
    kind: 'codeExpired',
    serverMessages: ['Passcode expired'],
  },
  {
    name: 'send 400 with an array message is an invalid request that keeps every message',
    endpoint: 'send',
    status: 400,
    body: json({ message: ['phone_number must be a valid phone number', 'sender_id is too long'], error_code: 400 }),
    kind: 'invalidRequest',
    serverMessages: ['phone_number must be a valid phone number', 'sender_id is too long'],
  },
  {
    name: 'validate 400 without error_type is an invalid request',
    endpoint: 'validate',
    status: 400,
    body: json({ message: 'Bad request', error_code: 400 }),
    kind: 'invalidRequest',
    serverMessages: ['Bad request'],
  },
  { name: '400 with an HTML body is an invalid request without server messages', endpoint: 'send', status: 400, body: HTML, kind: 'invalidRequest' },
  {
    name: '401 Invalid token with a numeric error_code is unauthorized',
    endpoint: 'send',
    status: 401,
    body: json({ message: 'Invalid token', error_code: 401 }),
    kind: 'unauthorized',
    serverMessages: ['Invalid token'],
  },
  {
    name: '401 unauthorized_request with a string error_code is unauthorized',
    endpoint: 'validate',
    status: 401,
    body: json({ error_code: 'unauthorized_request', message: 'Access token expired' }),
    kind: 'unauthorized',
    serverMessages: ['Access token expired'],
  },
  { name: '401 with an empty body is unauthorized', endpoint: 'send', status: 401, body: '', kind: 'unauthorized' },
  {
    name: '403 auth_locked is locked',
    endpoint: 'validate',
    status: 403,
    body: json({ error_code: 'auth_locked', message: 'User is locked' }),
    kind: 'locked',
    serverMessages: ['User is locked'],
  },
  {
    name: '403 without auth_locked is unauthorized',
    endpoint: 'send',
    status: 403,
    body: json({ message: 'Forbidden', error_code: 403 }),
    kind: 'unauthorized',
    serverMessages: ['Forbidden'],
  },
  { name: '404 is not found', endpoint: 'send', status: 404, body: json({ message: 'User not found', error_code: 404 }), kind: 'notFound', serverMessages: ['User not found'] },
  {
    name: '409 is already verified',
    endpoint: 'validate',
    status: 409,
    body: json({ message: 'Phone number is already verified in the tenant', error_code: 409 }),
    kind: 'alreadyVerified',
    serverMessages: ['Phone number is already verified in the tenant'],
  },
  { name: '429 with Retry-After seconds is rate limited with the wait', endpoint: 'send', status: 429, body: '', headers: { 'Retry-After': '42' }, kind: 'rateLimited', retryAfterMs: 42_000 },
  {
    name: '429 with a Retry-After date is rate limited with the wait until that date',
    endpoint: 'send',
    status: 429,
    body: '',
    headers: { 'retry-after': 'Thu, 01 Jan 2026 09:02:00 GMT' },
    kind: 'rateLimited',
    retryAfterMs: 120_000,
  },
  { name: '429 without Retry-After is rate limited with no wait known', endpoint: 'validate', status: 429, body: json({ message: 'Too many requests' }), kind: 'rateLimited', serverMessages: ['Too many requests'] },
  { name: '500 with an empty body is a server error', endpoint: 'send', status: 500, body: '', kind: 'server' },
  { name: '502 with an HTML body is a server error', endpoint: 'validate', status: 502, body: HTML, kind: 'server' },
  { name: '503 with Retry-After is a server error with the wait', endpoint: 'send', status: 503, body: '', headers: { 'Retry-After': '5' }, kind: 'server', retryAfterMs: 5_000 },
  { name: '302 is a bad response', endpoint: 'send', status: 302, body: '', kind: 'badResponse' },
  { name: '418 is a bad response', endpoint: 'validate', status: 418, body: json({ message: 'teapot' }), kind: 'badResponse', serverMessages: ['teapot'] },
]

describe('mapResponse', () => {
  it.each(cases)('$name', ({ endpoint, status, body, headers = {}, kind, serverMessages, retryAfterMs }) => {
    const error = mapResponse(endpoint, { status, headers, bodyText: body }, NOW)
    if (kind === undefined) {
      expect(error).toBeUndefined()
      return
    }
    expect(error).toBeInstanceOf(VerifyPhoneError)
    expect(error?.kind).toBe(kind)
    expect(error?.status).toBe(status)
    expect(error?.serverMessages).toEqual(serverMessages)
    expect(error?.retryAfterMs).toBe(retryAfterMs)
  })

  it('reads Retry-After from a fetch Headers object', () => {
    const error = mapResponse('send', { status: 429, headers: new Headers({ 'Retry-After': '7' }), bodyText: '' }, NOW)
    expect(error?.retryAfterMs).toBe(7_000)
  })

  it('never decides by the message text', () => {
    const body = json({ message: 'Passcode expired', error_code: 400, error_type: 'invalid_otp' })
    expect(mapResponse('validate', { status: 400, headers: {}, bodyText: body }, NOW)?.kind).toBe('invalidCode')
  })

  it('keeps only the strings of an array message', () => {
    const body = json({ message: ['phone_number must be a string', 3, null], error_code: 400 })
    expect(mapResponse('send', { status: 400, headers: {}, bodyText: body }, NOW)?.serverMessages).toEqual([
      'phone_number must be a string',
    ])
  })

  it('gives the JSON parse error as the cause of a non-JSON success', () => {
    const error = mapResponse('send', { status: 200, headers: {}, bodyText: HTML }, NOW)
    expect(error?.cause).toBeInstanceOf(SyntaxError)
  })
})

describe('mapRequestFailure', () => {
  const typeError = new TypeError('Failed to fetch')
  const abortError = Object.assign(new Error('aborted'), { name: 'AbortError' })
  const table: { name: string; error: unknown; timedOut: boolean; aborted: boolean; kind: VerifyPhoneErrorKind }[] = [
    { name: 'a fetch TypeError is a network failure', error: typeError, timedOut: false, aborted: false, kind: 'network' },
    { name: 'the client timer firing is a timeout', error: abortError, timedOut: true, aborted: false, kind: 'timeout' },
    { name: 'the caller aborting is an abort', error: abortError, timedOut: false, aborted: true, kind: 'aborted' },
    { name: 'an AbortError alone is an abort', error: abortError, timedOut: false, aborted: false, kind: 'aborted' },
  ]
  it.each(table)('$name', ({ error, timedOut, aborted, kind }) => {
    expect(mapRequestFailure(error, { timedOut, aborted }).kind).toBe(kind)
  })

  it('keeps the fetch error as the cause of a network failure', () => {
    expect(mapRequestFailure(typeError, { timedOut: false, aborted: false }).cause).toBe(typeError)
  })

  it('passes a VerifyPhoneError through unchanged', () => {
    const error = new VerifyPhoneError('unauthorized', { reason: 'NO_TOKEN' })
    expect(mapRequestFailure(error, { timedOut: false, aborted: false })).toBe(error)
  })
})
