import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createMockTransmit } from '../../../src/api/mock/createMockTransmit.js'
import type { MockTransmit, MockTransmitOptions } from '../../../src/api/mock/createMockTransmit.js'
import { createMockHandlers } from '../../../src/api/mock/mockHandlers.js'
import { createTransmitClient } from '../../../src/api/transmitClient.js'
import type { VerifyPhoneClient } from '../../../src/api/types.js'

const BASE_URL = 'http://localhost/api/transmit'
const PHONE = '+33612345678'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

type Step = (client: VerifyPhoneClient, mock: MockTransmit) => Promise<unknown>

interface Scenario {
  name: string
  options?: MockTransmitOptions
  steps: Step[]
}

const send: Step = (client) => client.sendCode({ phoneNumber: PHONE })
const right: Step = (client, mock) => client.validateCode({ phoneNumber: PHONE, passcode: mock.outbox.latest()?.code ?? '' })
const wrong: Step = (client) => client.validateCode({ phoneNumber: PHONE, passcode: '999999' })

const scenarios: Scenario[] = [
  { name: 'a send and the right code', steps: [send, right] },
  { name: 'a wrong code', steps: [send, wrong] },
  { name: 'an expired code', steps: [send, async (_, mock) => mock.clock.advance(mock.policy.expiresInSeconds * 1000), right] },
  { name: 'a lockout', options: { policy: { maxFailures: 2 } }, steps: [send, wrong, wrong, right, send] },
  { name: 'a lockout answered as invalid_otp', options: { lockAnswer: 'invalid_otp', policy: { maxFailures: 1 } }, steps: [send, wrong, send, right] },
  { name: 'a verified number', steps: [send, right, send, right] },
  { name: 'a 429 with Retry-After', options: { faults: { send: { kind: 'status', status: 429, retryAfter: 9 } } }, steps: [send] },
  { name: 'a 503', options: { faults: { validate: { kind: 'status', status: 503 } } }, steps: [send, right] },
  { name: 'a 404', options: { faults: { send: { kind: 'status', status: 404 } } }, steps: [send] },
  { name: 'a 409 fault', options: { faults: { send: { kind: 'status', status: 409 } } }, steps: [send] },
  { name: 'a 401 fault', options: { faults: { send: { kind: 'status', status: 401 } } }, steps: [send] },
  { name: 'a 400 fault', options: { faults: { send: { kind: 'status', status: 400 } } }, steps: [send] },
  { name: 'a non-JSON answer', options: { faults: { send: { kind: 'nonJson' } } }, steps: [send] },
  { name: 'a failed connection', options: { faults: { validate: { kind: 'network' } } }, steps: [send, right] },
  { name: 'an invalid number', steps: [(client) => client.sendCode({ phoneNumber: '612345678' })] },
  { name: 'a passcode with letters', steps: [send, (client) => client.validateCode({ phoneNumber: PHONE, passcode: 'abc' })] },
  { name: 'a sender ID with a space', steps: [(client) => client.sendCode({ phoneNumber: PHONE, senderId: 'AC ME' })] },
]

async function outcomes(client: VerifyPhoneClient, mock: MockTransmit, steps: Step[]) {
  const results: unknown[] = []
  for (const step of steps) {
    results.push(
      await step(client, mock).then(
        () => 'ok',
        (error: Record<string, unknown>) => {
          const { kind, status, serverMessages, retryAfterMs, field, reason, message } = error
          return { kind, status, serverMessages, retryAfterMs, field, reason, message }
        },
      ),
    )
  }
  return { results, messages: mock.outbox.messages.length, state: mock.inspect(PHONE) }
}

describe('the in-process client and the HTTP client over the handlers', () => {
  it.each(scenarios)('end alike after $name', async ({ options = {}, steps }) => {
    const inProcess = createMockTransmit({ generateCode: () => '123456', ...options })
    const overHttp = createMockTransmit({ generateCode: () => '123456', ...options })
    server.resetHandlers(...createMockHandlers(overHttp, { baseUrl: BASE_URL }))
    const httpClient = createTransmitClient({ baseUrl: BASE_URL, getAccessToken: () => 'token' })

    const expected = await outcomes(inProcess.client, inProcess, steps)
    const actual = await outcomes(httpClient, overHttp, steps)
    expect(actual).toEqual(expected)
    expect(expected.results.length).toBe(steps.length)
  })
})
