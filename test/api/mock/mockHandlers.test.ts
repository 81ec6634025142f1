import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMockTransmit } from '../../../src/api/mock/createMockTransmit.js'
import type { MockTransmit, MockTransmitOptions } from '../../../src/api/mock/createMockTransmit.js'
import { createMockHandlers } from '../../../src/api/mock/mockHandlers.js'
import type { MockHandlersOptions } from '../../../src/api/mock/mockHandlers.js'

const HOST = 'https://api.transmitsecurity.io/cis'
const SEND = `${HOST}/v1/verification/otp/sms/send`
const VALIDATE = `${HOST}/v1/verification/otp/sms/validate`
const PHONE = '+33612345678'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

function useMock({ baseUrl, ...options }: MockTransmitOptions & MockHandlersOptions = {}): MockTransmit {
  const mock = createMockTransmit({ generateCode: () => '246810', ...options })
  server.resetHandlers(...createMockHandlers(mock, { baseUrl }))
  return mock
}

async function post(url: string, body: unknown, authorization: string | null = 'Bearer token') {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' }
  if (authorization !== null) headers.Authorization = authorization
  const response = await fetch(url, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) })
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}

describe('createMockHandlers', () => {
  it('answers a send with the contract body', async () => {
    const mock = useMock()
    expect(await post(SEND, { phone_number: PHONE })).toEqual({ status: 200, type: 'application/json', text: '{"message":"SMS sent"}' })
    expect(mock.outbox.latest()?.code).toBe('246810')
  })

  it('answers the contract bodies of validate: success, wrong, expired and already verified', async () => {
    const mock = useMock()
    await post(SEND, { phone_number: PHONE })
    expect(await post(VALIDATE, { phone_number: PHONE, passcode: '000000' })).toMatchObject({
      status: 400,
      text: '{"message":"Invalid phone number or passcode","error_code":400,"error_type":"invalid_otp"}',
    })
    mock.clock.advance(mock.policy.expiresInSeconds * 1000)
    expect(await post(VALIDATE, { phone_number: PHONE, passcode: '246810' })).toMatchObject({
      status: 400,
      text: '{"message":"Passcode expired","error_code":400,"error_type":"expired_otp"}',
    })
    await post(SEND, { phone_number: PHONE })
    expect(await post(VALIDATE, { phone_number: PHONE, passcode: '246810', update_primary: true })).toMatchObject({
      status: 200,
      text: '{"result":true}',
    })
    expect(await post(SEND, { phone_number: PHONE })).toMatchObject({
      status: 409,
      text: '{"message":"Phone number is already verified in the tenant","error_code":409}',
    })
  })

  it('answers a lockout with 403 auth_locked', async () => {
    useMock({ policy: { maxFailures: 1 } })
    await post(SEND, { phone_number: PHONE })
    const answer = await post(VALIDATE, { phone_number: PHONE, passcode: '000000' })
    expect(answer.status).toBe(403)
    expect(JSON.parse(answer.text)).toMatchObject({ error_code: 'auth_locked' })
  })

  it.each([
    { name: 'no Authorization header', authorization: null },
    { name: 'an empty bearer token', authorization: 'Bearer ' },
    { name: 'another scheme', authorization: 'Basic dXNlcjpwYXNz' },
  ])('refuses $name with 401 Invalid token', async ({ authorization }) => {
    const mock = useMock()
    expect(await post(SEND, { phone_number: PHONE }, authorization)).toMatchObject({
      status: 401,
      text: '{"message":"Invalid token","error_code":401}',
    })
    expect(mock.outbox.messages).toHaveLength(0)
  })

  it('refuses a token other than the configured one', async () => {
    useMock({ accessToken: 'right' })
    expect((await post(SEND, { phone_number: PHONE }, 'Bearer wrong')).status).toBe(401)
    expect((await post(SEND, { phone_number: PHONE }, 'Bearer right')).status).toBe(200)
  })

  it.each([
    { name: 'a body that is not JSON', body: 'phone_number=+33612345678' },
    { name: 'a camelCase key', body: { phoneNumber: PHONE } },
    { name: 'an unknown key beside the number', body: { phone_number: PHONE, channel: 'sms' } },
    { name: 'a national number', body: { phone_number: '0612345678' } },
    { name: 'a custom message without placeholders', body: { phone_number: PHONE, custom_message: 'Hello' } },
  ])('answers a send with $name as a 400 validation error', async ({ body }) => {
    const mock = useMock()
    const answer = await post(SEND, body)
    expect(answer.status).toBe(400)
    const parsed = JSON.parse(answer.text) as { message: unknown; error_code: unknown }
    expect(parsed.error_code).toBe(400)
    expect(Array.isArray(parsed.message)).toBe(true)
    expect(mock.outbox.messages).toHaveLength(0)
  })

  it('answers at each configured base URL besides the default host', async () => {
    const mock = useMock({ baseUrl: ['https://auth.example.com/cis/', '/api/transmit'] })
    await post('https://auth.example.com/cis/v1/verification/otp/sms/send', { phone_number: PHONE })
    await post('http://localhost:3000/api/transmit/v1/verification/otp/sms/send', { phone_number: PHONE })
    await post(SEND, { phone_number: PHONE })
    expect(mock.outbox.messages).toHaveLength(3)
  })

  it('fails the connection on a network fault', async () => {
    useMock({ faults: { send: { kind: 'network' } } })
    await expect(post(SEND, { phone_number: PHONE })).rejects.toThrow(TypeError)
  })

  it('answers a nonJson fault with a 200 HTML page', async () => {
    useMock({ faults: { send: { kind: 'nonJson' } } })
    const answer = await post(SEND, { phone_number: PHONE })
    expect(answer.status).toBe(200)
    expect(answer.type).toContain('text/html')
    expect(answer.text).toMatch(/^<!doctype html>/i)
  })

  it('answers a 429 fault with its Retry-After header and no body', async () => {
    useMock({ faults: { validate: { kind: 'status', status: 429, retryAfter: 17 } } })
    const response = await fetch(VALIDATE, { method: 'POST', headers: { Authorization: 'Bearer t' }, body: '{}' })
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('17')
    expect(await response.text()).toBe('')
  })
})
