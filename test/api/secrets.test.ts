import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { VerifyPhoneError } from '../../src/core/errors.js'
import { createMockTransmit } from '../../src/api/mock/createMockTransmit.js'
import type { MockFaults } from '../../src/api/mock/createMockTransmit.js'
import { createMockHandlers } from '../../src/api/mock/mockHandlers.js'
import { createTransmitClient } from '../../src/api/transmitClient.js'

const BASE_URL = 'http://localhost/api/transmit'
const PHONE = '+33612345678'
const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXVzZXI.U0VDUkVULVNJR05BVFVSRQ'
const PASSCODE = '731942'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  server.resetHandlers()
  vi.restoreAllMocks()
})
afterAll(() => server.close())

interface Case {
  name: string
  faults?: MockFaults
  accessToken?: string
  getAccessToken?: () => unknown
  passcode?: string
  timeoutMs?: number
  signal?: AbortSignal
}

const cases: Case[] = [
  { name: 'a wrong code' },
  { name: 'a refused token', accessToken: 'another-token' },
  { name: 'a token source that fails with the token in its message', getAccessToken: () => { throw new Error(`expired: ${TOKEN}`) } },
  { name: 'a token with a line break', getAccessToken: () => `${TOKEN}\n` + 'x: y' },
  { name: 'a passcode that is not digits', passcode: `${PASSCODE}x` },
  { name: 'a failed connection', faults: { validate: { kind: 'network' } } },
  { name: 'a timeout', faults: { validate: { kind: 'hang' } }, timeoutMs: 20 },
  { name: 'an abort', signal: AbortSignal.abort() },
  { name: 'a server error', faults: { validate: { kind: 'status', status: 500 } } },
  { name: 'a non-JSON answer', faults: { validate: { kind: 'nonJson' } } },
  { name: 'a lockout', faults: { validate: { kind: 'status', status: 403 } } },
]

describe('errors never carry the token or the passcode', () => {
  it.each(cases)('after $name', async ({ faults, accessToken, getAccessToken, passcode = PASSCODE, timeoutMs, signal }) => {
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) => vi.spyOn(console, method))
    const mock = createMockTransmit({ generateCode: () => '000000', ...(faults ? { faults } : {}), ...(accessToken ? { accessToken } : {}) })
    server.resetHandlers(...createMockHandlers(mock, { baseUrl: BASE_URL }))
    const client = createTransmitClient({
      baseUrl: BASE_URL,
      getAccessToken: (getAccessToken ?? (() => TOKEN)) as () => string,
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
    })
    await mock.client.sendCode({ phoneNumber: PHONE })

    const error: unknown = await client.validateCode({ phoneNumber: PHONE, passcode }, signal ? { signal } : {}).catch((reason: unknown) => reason)
    expect(error).toBeInstanceOf(VerifyPhoneError)
    const verifyError = error as VerifyPhoneError
    for (const text of [verifyError.message, String(verifyError), JSON.stringify(verifyError), verifyError.stack ?? '']) {
      expect(text).not.toContain(TOKEN)
      expect(text).not.toContain(PASSCODE)
    }
    // The only thing the client may log is a development warning about its configuration, never a secret.
    for (const spy of consoleSpies) {
      for (const args of spy.mock.calls) {
        expect(spy === consoleSpies[2]).toBe(true)
        expect(args.map(String).join(' ')).not.toContain(TOKEN)
        expect(args.map(String).join(' ')).not.toContain(PASSCODE)
      }
    }
  })
})
