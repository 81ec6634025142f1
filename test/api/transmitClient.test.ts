import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VerifyPhoneErrorKind } from '../../src/core/errors.js'
import { createMockTransmit } from '../../src/api/mock/createMockTransmit.js'
import type { MockFault, MockTransmit, MockTransmitOptions } from '../../src/api/mock/createMockTransmit.js'
import { createMockHandlers } from '../../src/api/mock/mockHandlers.js'
import { createTransmitClient } from '../../src/api/transmitClient.js'
import type { TransmitClientOptions } from '../../src/api/transmitClient.js'
import { TRANSMIT_BASE_URLS } from '../../src/api/transmitTypes.js'
import { failure } from './failure.js'

const BASE_URL = 'http://localhost/api/transmit'
const PHONE = '+33612345678'
const TOKEN = 'header.payload.signature'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  vi.unstubAllGlobals()
  vi.useRealTimers()
})
afterAll(() => server.close())

let mock: MockTransmit
function useMock({ baseUrl = BASE_URL, ...options }: MockTransmitOptions & { baseUrl?: string } = {}): MockTransmit {
  mock = createMockTransmit(options)
  server.resetHandlers(...createMockHandlers(mock, { baseUrl }))
  return mock
}
beforeEach(() => {
  useMock()
})

function client(options: Partial<TransmitClientOptions> = {}) {
  return createTransmitClient({ baseUrl: BASE_URL, getAccessToken: () => TOKEN, ...options })
}

/** Records what the client hands to fetch, then lets the request through to MSW. */
function recordingFetch() {
  const calls: { url: string; init: RequestInit }[] = []
  const fetchImpl = vi.fn((url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} })
    return globalThis.fetch(url, init)
  })
  return { calls, fetch: fetchImpl as unknown as typeof fetch }
}

describe('createTransmitClient against the mock over HTTP', () => {
  it('sends a code that arrives in the outbox', async () => {
    await client().sendCode({ phoneNumber: PHONE })
    expect(mock.outbox.latest(PHONE)?.to).toBe(PHONE)
  })

  it('validates the code that was sent and marks the number verified', async () => {
    const api = client()
    await api.sendCode({ phoneNumber: PHONE })
    await api.validateCode({ phoneNumber: PHONE, passcode: mock.outbox.latest(PHONE)?.code ?? '' })
    expect(mock.inspect(PHONE).verified).toBe(true)
  })

  it('rejects a wrong code as invalidCode with the server message', async () => {
    const api = client()
    await api.sendCode({ phoneNumber: PHONE })
    const wrong = mock.outbox.latest(PHONE)?.code === '000000' ? '111111' : '000000'
    const error = await failure(api.validateCode({ phoneNumber: PHONE, passcode: wrong }))
    expect(error).toMatchObject({ kind: 'invalidCode', status: 400, serverMessages: ['Invalid phone number or passcode'] })
  })

  it('rejects a code past its expiry as codeExpired', async () => {
    const api = client()
    await api.sendCode({ phoneNumber: PHONE })
    mock.clock.advance(mock.policy.expiresInSeconds * 1000)
    const error = await failure(api.validateCode({ phoneNumber: PHONE, passcode: mock.outbox.latest(PHONE)?.code ?? '' }))
    expect(error).toMatchObject({ kind: 'codeExpired', status: 400 })
  })

  it.each([
    { lockAnswer: 'auth_locked' as const, kind: 'locked', status: 403 },
    { lockAnswer: 'invalid_otp' as const, kind: 'invalidCode', status: 400 },
  ])('answers the attempt that reaches maxFailures with $kind when the lock answer is $lockAnswer', async ({ lockAnswer, kind, status }) => {
    useMock({ lockAnswer, policy: { maxFailures: 2 }, generateCode: () => '123456' })
    const api = client()
    await api.sendCode({ phoneNumber: PHONE })
    await failure(api.validateCode({ phoneNumber: PHONE, passcode: '000000' }))
    const error = await failure(api.validateCode({ phoneNumber: PHONE, passcode: '000000' }))
    expect(error).toMatchObject({ kind, status })
    expect(error.lockedUntil).toBeUndefined()
  })

  it('rejects sends and validates for a verified number as alreadyVerified', async () => {
    mock.markVerified(PHONE)
    const api = client()
    expect(await failure(api.sendCode({ phoneNumber: PHONE }))).toMatchObject({ kind: 'alreadyVerified', status: 409 })
    expect(await failure(api.validateCode({ phoneNumber: PHONE, passcode: '123456' }))).toMatchObject({ kind: 'alreadyVerified', status: 409 })
  })

  it('rejects a token the server refuses as unauthorized', async () => {
    useMock({ accessToken: 'the-right-token' })
    const error = await failure(client().sendCode({ phoneNumber: PHONE }))
    expect(error).toMatchObject({ kind: 'unauthorized', status: 401, serverMessages: ['Invalid token'] })
  })

  const inTwoMinutes = () => new Date(Date.now() + 120_000).toUTCString()
  const faultCases: { name: string; fault: () => MockFault; kind: VerifyPhoneErrorKind; status?: number; retryAfterMs?: number }[] = [
    { name: '404 as notFound', fault: () => ({ kind: 'status', status: 404 }), kind: 'notFound', status: 404 },
    { name: '401 as unauthorized', fault: () => ({ kind: 'status', status: 401 }), kind: 'unauthorized', status: 401 },
    { name: '400 validation error as invalidRequest', fault: () => ({ kind: 'status', status: 400 }), kind: 'invalidRequest', status: 400 },
    { name: '429 with Retry-After seconds as rateLimited with the wait', fault: () => ({ kind: 'status', status: 429, retryAfter: 30 }), kind: 'rateLimited', status: 429, retryAfterMs: 30_000 },
    { name: '429 without Retry-After as rateLimited with no wait', fault: () => ({ kind: 'status', status: 429 }), kind: 'rateLimited', status: 429 },
    { name: '503 as server', fault: () => ({ kind: 'status', status: 503 }), kind: 'server', status: 503 },
    { name: 'a 200 HTML page as badResponse', fault: () => ({ kind: 'nonJson' }), kind: 'badResponse', status: 200 },
    { name: 'a failed connection as network', fault: () => ({ kind: 'network' }), kind: 'network' },
  ]
  it.each(faultCases)('reports $name', async ({ fault, kind, status, retryAfterMs }) => {
    mock.setFaults({ send: fault() })
    const error = await failure(client().sendCode({ phoneNumber: PHONE }))
    expect(error.kind).toBe(kind)
    expect(error.status).toBe(status)
    expect(error.retryAfterMs).toBe(retryAfterMs)
  })

  it('reports 429 with a Retry-After date as the wait until that date', async () => {
    mock.setFaults({ send: { kind: 'status', status: 429, retryAfter: inTwoMinutes() } })
    const error = await failure(client().sendCode({ phoneNumber: PHONE }))
    expect(error.kind).toBe('rateLimited')
    // The date has whole seconds, and a little time passes between writing and reading it.
    expect(error.retryAfterMs).toBeGreaterThan(118_000)
    expect(error.retryAfterMs).toBeLessThanOrEqual(120_000)
  })

  it('keeps the fetch TypeError as the cause of a network failure', async () => {
    mock.setFaults({ validate: { kind: 'network' } })
    const error = await failure(client().validateCode({ phoneNumber: PHONE, passcode: '123456' }))
    expect(error.cause).toBeInstanceOf(TypeError)
  })

  it('reports validate answering result false as invalidCode', async () => {
    mock.setFaults({ validate: { kind: 'status', status: 200, body: { result: false } } })
    const error = await failure(client().validateCode({ phoneNumber: PHONE, passcode: '123456' }))
    expect(error).toMatchObject({ kind: 'invalidCode', status: 200 })
  })

  it('never retries a failed request', async () => {
    mock.setFaults({ send: { kind: 'status', status: 503 } })
    await failure(client().sendCode({ phoneNumber: PHONE }))
    expect(mock.requests('send')).toHaveLength(1)
  })
})

describe('createTransmitClient aborts and timeouts', () => {
  it('rejects as aborted without asking for a token when the signal is already aborted', async () => {
    const getAccessToken = vi.fn(() => TOKEN)
    const error = await failure(client({ getAccessToken }).sendCode({ phoneNumber: PHONE }, { signal: AbortSignal.abort() }))
    expect(error.kind).toBe('aborted')
    expect(getAccessToken).not.toHaveBeenCalled()
    expect(mock.requests()).toHaveLength(0)
  })

  it('rejects as aborted without a request when aborted while the token is awaited', async () => {
    const controller = new AbortController()
    const getAccessToken = () => new Promise<string>(() => controller.abort())
    const error = await failure(client({ getAccessToken }).sendCode({ phoneNumber: PHONE }, { signal: controller.signal }))
    expect(error.kind).toBe('aborted')
    expect(mock.requests()).toHaveLength(0)
  })

  it('rejects as aborted when aborted while the server has not answered', async () => {
    mock.setFaults({ send: { kind: 'hang' } })
    const controller = new AbortController()
    const pending = client().sendCode({ phoneNumber: PHONE }, { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    expect((await failure(pending)).kind).toBe('aborted')
  })

  it('rejects as timeout when the server does not answer within timeoutMs', async () => {
    mock.setFaults({ validate: { kind: 'hang' } })
    const error = await failure(client({ timeoutMs: 30 }).validateCode({ phoneNumber: PHONE, passcode: '123456' }))
    expect(error.kind).toBe('timeout')
  })

  it('rejects as timeout on a fetch that ignores its signal', async () => {
    const fetchImpl = (() => new Promise<Response>(() => {})) as typeof fetch
    const error = await failure(client({ timeoutMs: 30, fetch: fetchImpl }).sendCode({ phoneNumber: PHONE }))
    expect(error.kind).toBe('timeout')
  })

  it('leaves no timer behind once a request has ended', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const fetchImpl = (async () => new Response(JSON.stringify({ message: 'SMS sent' }), { status: 200 })) as typeof fetch
    await client({ fetch: fetchImpl }).sendCode({ phoneNumber: PHONE })
    expect(vi.getTimerCount()).toBe(0)
  })
})

describe('createTransmitClient tokens', () => {
  it('asks for the token on every request', async () => {
    const getAccessToken = vi.fn(() => TOKEN)
    const api = client({ getAccessToken })
    await api.sendCode({ phoneNumber: PHONE })
    await api.sendCode({ phoneNumber: PHONE })
    expect(getAccessToken).toHaveBeenCalledTimes(2)
  })

  it('sends the token an async getAccessToken resolves to', async () => {
    useMock({ accessToken: 'async-token' })
    await client({ getAccessToken: async () => 'async-token' }).sendCode({ phoneNumber: PHONE })
    expect(mock.outbox.messages).toHaveLength(1)
  })

  it.each([
    { name: 'throws', getAccessToken: () => { throw new Error('signed out') } },
    { name: 'rejects', getAccessToken: () => Promise.reject(new Error('refresh failed')) },
    { name: 'returns an empty string', getAccessToken: () => '' },
    { name: 'returns blanks', getAccessToken: () => '   ' },
    { name: 'returns null', getAccessToken: () => null },
    { name: 'returns undefined', getAccessToken: () => undefined },
    { name: 'returns a value with a line break', getAccessToken: () => 'abc\r\nX-Injected: 1' },
  ])('rejects as unauthorized without a request when the token source $name', async ({ getAccessToken }) => {
    const error = await failure(client({ getAccessToken }).sendCode({ phoneNumber: PHONE }))
    expect(error.kind).toBe('unauthorized')
    expect(error.status).toBeUndefined()
    expect(mock.requests()).toHaveLength(0)
  })
})

describe('createTransmitClient requests', () => {
  it('posts the send body in snake_case with no undefined keys', async () => {
    const recorder = recordingFetch()
    const api = client({ fetch: recorder.fetch })
    await api.sendCode({ phoneNumber: PHONE })
    await api.sendCode({ phoneNumber: PHONE, customMessage: 'Code {otp} for {app}', senderId: 'ACME' })
    expect(recorder.calls.map((call) => call.url)).toEqual([
      `${BASE_URL}/v1/verification/otp/sms/send`,
      `${BASE_URL}/v1/verification/otp/sms/send`,
    ])
    expect(recorder.calls.map((call) => call.init.method)).toEqual(['POST', 'POST'])
    expect(recorder.calls.map((call) => call.init.body)).toEqual([
      '{"phone_number":"+33612345678"}',
      '{"phone_number":"+33612345678","custom_message":"Code {otp} for {app}","sender_id":"ACME"}',
    ])
  })

  it('posts the validate body in snake_case with update_primary only when given', async () => {
    const recorder = recordingFetch()
    const api = client({ fetch: recorder.fetch })
    mock.setFaults({ validate: { kind: 'status', status: 200, body: { result: true } } })
    await api.validateCode({ phoneNumber: PHONE, passcode: '012345' })
    await api.validateCode({ phoneNumber: PHONE, passcode: '012345', updatePrimary: false })
    await api.validateCode({ phoneNumber: PHONE, passcode: '012345', updatePrimary: true })
    expect(recorder.calls.map((call) => call.url)).toEqual(Array(3).fill(`${BASE_URL}/v1/verification/otp/sms/validate`))
    expect(recorder.calls.map((call) => call.init.body)).toEqual([
      '{"phone_number":"+33612345678","passcode":"012345"}',
      '{"phone_number":"+33612345678","passcode":"012345","update_primary":false}',
      '{"phone_number":"+33612345678","passcode":"012345","update_primary":true}',
    ])
  })

  it('sends the JSON and bearer headers, plus extra headers that cannot replace them', async () => {
    const recorder = recordingFetch()
    const headers = { 'X-Request-Source': 'kit', Authorization: 'Bearer other', Accept: 'text/html' }
    await client({ fetch: recorder.fetch, headers }).sendCode({ phoneNumber: PHONE })
    const sent = new Headers(recorder.calls[0]?.init.headers)
    expect(sent.get('accept')).toBe('application/json')
    expect(sent.get('content-type')).toBe('application/json')
    expect(sent.get('authorization')).toBe(`Bearer ${TOKEN}`)
    expect(sent.get('x-request-source')).toBe('kit')
  })

  it('uses the fetch of globalThis at the time of the call', async () => {
    const api = client()
    const stub = vi.fn(async () => new Response('{"message":"SMS sent"}', { status: 200 }))
    vi.stubGlobal('fetch', stub)
    await api.sendCode({ phoneNumber: PHONE })
    expect(stub).toHaveBeenCalledTimes(1)
  })

  it('calls a given fetch as a plain function, never as a method of the options', async () => {
    const fetchImpl = vi.fn(async () => new Response('{"message":"SMS sent"}', { status: 200 }))
    await client({ fetch: fetchImpl as unknown as typeof fetch }).sendCode({ phoneNumber: PHONE })
    expect(fetchImpl.mock.contexts).toEqual([undefined])
  })

  it('ignores trailing slashes of the base URL', async () => {
    await client({ baseUrl: `${BASE_URL}///` }).sendCode({ phoneNumber: PHONE })
    expect(mock.outbox.messages).toHaveLength(1)
  })

  it('calls Transmit US host by default', async () => {
    const recorder = recordingFetch()
    await createTransmitClient({ getAccessToken: () => TOKEN, fetch: recorder.fetch }).sendCode({ phoneNumber: PHONE })
    expect(recorder.calls[0]?.url).toBe('https://api.transmitsecurity.io/cis/v1/verification/otp/sms/send')
    expect(mock.outbox.messages).toHaveLength(1)
  })

  it('reaches a region host given as base URL', async () => {
    useMock({ baseUrl: TRANSMIT_BASE_URLS.eu })
    await client({ baseUrl: TRANSMIT_BASE_URLS.eu }).sendCode({ phoneNumber: PHONE })
    expect(mock.outbox.messages).toHaveLength(1)
  })

  it('keeps a relative proxy base URL relative, for the browser to resolve', async () => {
    const urls: string[] = []
    const fetchImpl = (async (url: RequestInfo | URL) => {
      urls.push(String(url))
      return new Response('{"message":"SMS sent"}', { status: 200 })
    }) as typeof fetch
    await client({ baseUrl: '/api/transmit/', fetch: fetchImpl }).sendCode({ phoneNumber: PHONE })
    expect(urls).toEqual(['/api/transmit/v1/verification/otp/sms/send'])
  })

  it('is answered by handlers set up for a relative proxy path', async () => {
    useMock({ baseUrl: '/api/transmit' })
    await client({ baseUrl: 'http://localhost:5173/api/transmit' }).sendCode({ phoneNumber: PHONE })
    expect(mock.outbox.messages).toHaveLength(1)
  })
})

describe('createTransmitClient input checks', () => {
  const getAccessToken = vi.fn(() => TOKEN)
  beforeEach(() => getAccessToken.mockClear())

  it.each([
    { name: 'a national number', run: () => client({ getAccessToken }).sendCode({ phoneNumber: '0612345678' }), kind: 'invalidPhone', field: 'phoneNumber' },
    { name: 'a formatted number', run: () => client({ getAccessToken }).validateCode({ phoneNumber: '+33 6 12 34 56 78', passcode: '123456' }), kind: 'invalidPhone', field: 'phoneNumber' },
    { name: 'a passcode with a letter', run: () => client({ getAccessToken }).validateCode({ phoneNumber: PHONE, passcode: '12345a' }), kind: 'invalidRequest', field: 'passcode' },
    { name: 'a passcode in Arabic-Indic digits', run: () => client({ getAccessToken }).validateCode({ phoneNumber: PHONE, passcode: '١٢٣٤٥٦' }), kind: 'invalidRequest', field: 'passcode' },
    { name: 'an empty passcode', run: () => client({ getAccessToken }).validateCode({ phoneNumber: PHONE, passcode: '' }), kind: 'invalidRequest', field: 'passcode' },
    { name: 'a custom message without {otp}', run: () => client({ getAccessToken }).sendCode({ phoneNumber: PHONE, customMessage: 'Welcome to {app}' }), kind: 'invalidRequest', field: 'customMessage' },
    { name: 'a sender ID of 12 characters', run: () => client({ getAccessToken }).sendCode({ phoneNumber: PHONE, senderId: 'ABCDEFGHIJKL' }), kind: 'invalidRequest', field: 'senderId' },
  ])('refuses $name before any request', async ({ run, kind, field }) => {
    const error = await failure(run())
    expect(error).toMatchObject({ kind, field })
    expect(getAccessToken).not.toHaveBeenCalled()
    expect(mock.requests()).toHaveLength(0)
  })
})
