import { describe, expect, it } from 'vitest'
import { createMockTransmit } from '../../../src/api/mock/createMockTransmit.js'

const PHONE = '+33612345678'

function request(body: unknown, authorization = 'Bearer token', signal?: AbortSignal): Request {
  return new Request('http://localhost/any/path', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: authorization },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...(signal ? { signal } : {}),
  })
}

describe('createMockTransmit().answer: the mock over HTTP with web-standard Request and Response only', () => {
  it('answers send and validate as the contract says, sharing state with the in-process client', async () => {
    const mock = createMockTransmit({ generateCode: () => '246810' })
    const sent = await mock.answer('send', request({ phone_number: PHONE }))
    expect([sent.status, sent.headers.get('content-type'), await sent.text()]).toEqual([200, 'application/json', '{"message":"SMS sent"}'])
    await expect(mock.client.validateCode({ phoneNumber: PHONE, passcode: '000000' })).rejects.toMatchObject({ kind: 'invalidCode' })
    const validated = await mock.answer('validate', request({ phone_number: PHONE, passcode: '246810' }))
    expect([validated.status, await validated.text()]).toEqual([200, '{"result":true}'])
    expect(mock.inspect(PHONE).verified).toBe(true)
  })

  it('refuses a request without a bearer token, or with another token than the one set', async () => {
    expect((await createMockTransmit().answer('send', request({ phone_number: PHONE }, ''))).status).toBe(401)
    const strict = createMockTransmit({ accessToken: 'right' })
    expect((await strict.answer('send', request({ phone_number: PHONE }, 'Bearer wrong'))).status).toBe(401)
    expect((await strict.answer('send', request({ phone_number: PHONE }, 'Bearer right'))).status).toBe(200)
  })

  it('gives a 400 for a body that is not JSON, and a network error for a network fault', async () => {
    const mock = createMockTransmit({ faults: { validate: { kind: 'network' } } })
    expect((await mock.answer('send', request('{not json'))).status).toBe(400)
    expect((await mock.answer('validate', request({ phone_number: PHONE, passcode: '123456' }))).type).toBe('error')
  })
})
