import { gzipSync } from 'node:zlib'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTransmitClient } from '../../src/api/transmitClient.js'
import { MAX_BODY_BYTES } from '../../src/api/readBody.js'
import { MAX_SERVER_MESSAGE_LENGTH } from '../../src/api/mapResponse.js'
import { failure } from './failure.js'
import { startLoopback, type Loopback } from './loopback.js'

// The real fetch of Node against real HTTP servers on the loopback interface:
// two ports are two origins.

const PHONE = '+33612345678'
const TOKEN = 'hostile.token.value'
const PASSCODE = '482913'

let api: Loopback
let elsewhere: Loopback
beforeAll(async () => {
  api = await startLoopback()
  elsewhere = await startLoopback()
})
afterEach(() => {
  api.seen.length = 0
  elsewhere.seen.length = 0
})
afterAll(async () => {
  await api.close()
  await elsewhere.close()
})

const client = () => createTransmitClient({ baseUrl: `${api.origin}/cis`, getAccessToken: () => TOKEN, timeoutMs: 5000 })

describe('a redirect from the configured endpoint', () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`is refused as a bad response for ${status}, and nothing reaches the other origin`, async () => {
      elsewhere.answer((_request, response) => {
        response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"result": true}')
      })
      api.answer((_request, response) => {
        response.writeHead(status, { Location: `${elsewhere.origin}/steal` }).end()
      })
      const error = await failure(client().validateCode({ phoneNumber: PHONE, passcode: PASSCODE }))
      expect(error.kind).toBe('badResponse')
      expect(error.reason).toBe('REDIRECTED')
      expect(api.seen).toHaveLength(1)
      expect(elsewhere.seen).toHaveLength(0)
    })
  }

  it('is refused when a custom fetch follows it anyway', async () => {
    elsewhere.answer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"result": true}')
    })
    api.answer((_request, response) => {
      response.writeHead(307, { Location: `${elsewhere.origin}/steal` }).end()
    })
    // An app's wrapper that drops the redirect mode: the answer is still not Transmit's.
    const following: typeof fetch = (input, init) => fetch(input, { ...init, redirect: 'follow' })
    const custom = createTransmitClient({ baseUrl: `${api.origin}/cis`, getAccessToken: () => TOKEN, fetch: following })
    const error = await failure(custom.validateCode({ phoneNumber: PHONE, passcode: PASSCODE }))
    expect(error.kind).toBe('badResponse')
    expect(error.reason).toBe('REDIRECTED')
  })
})

describe('the size of what is read', () => {
  it('stops reading a body past the limit and ends in a bad response', async () => {
    api.answer((_request, response) => {
      // Chunked, with no Content-Length: the client must stop on its own count.
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.write(`{"result": true, "pad": "${'x'.repeat(MAX_BODY_BYTES)}`)
      response.end('"}')
    })
    const error = await failure(client().validateCode({ phoneNumber: PHONE, passcode: PASSCODE }))
    expect(error.kind).toBe('badResponse')
    expect(error.reason).toBe('BODY_TOO_LARGE')
  })

  it('refuses a small gzip body that inflates past the limit', async () => {
    const inflated = JSON.stringify({ message: 'x'.repeat(2_000_000), error_code: 400, error_type: 'invalid_otp' })
    api.answer((_request, response) => {
      response.writeHead(400, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' }).end(gzipSync(inflated))
    })
    const error = await failure(client().validateCode({ phoneNumber: PHONE, passcode: PASSCODE }))
    expect(error.kind).toBe('badResponse')
    expect(error.reason).toBe('BODY_TOO_LARGE')
    expect(error.serverMessages).toBeUndefined()
  })

  it('keeps a long server message cut to a few hundred characters', async () => {
    api.answer((_request, response) => {
      const body = JSON.stringify({ message: 'y'.repeat(10_000), error_code: 400, error_type: 'invalid_otp' })
      response.writeHead(400, { 'Content-Type': 'application/json' }).end(body)
    })
    const error = await failure(client().validateCode({ phoneNumber: PHONE, passcode: PASSCODE }))
    expect(error.kind).toBe('invalidCode')
    expect(error.serverMessages?.[0]?.length).toBe(MAX_SERVER_MESSAGE_LENGTH)
    expect(error.serverMessages?.[0]?.endsWith('…')).toBe(true)
  })
})

describe('a server that sends the passcode back', () => {
  it('leaves it out of the error and its cause, even when the body is not JSON', async () => {
    api.answer((request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end(`sent ${JSON.parse(request.body).passcode as string}`)
    })
    const error = await failure(client().validateCode({ phoneNumber: PHONE, passcode: PASSCODE }))
    expect(error.kind).toBe('badResponse')
    const cause = error.cause as Error
    for (const text of [error.message, JSON.stringify(error), String(cause), cause.message]) expect(text).not.toContain(PASSCODE)
  })
})

describe("an HTTP-date Retry-After", () => {
  it("is measured from the server's Date header, not from a wrong device clock", async () => {
    const serverNow = Date.UTC(2026, 0, 1, 12, 0, 0)
    api.answer((_request, response) => {
      response
        .writeHead(429, { Date: new Date(serverNow).toUTCString(), 'Retry-After': new Date(serverNow + 60_000).toUTCString() })
        .end()
    })
    // The device's clock is years away from the server's.
    const error = await failure(client().sendCode({ phoneNumber: PHONE }))
    expect(error.kind).toBe('rateLimited')
    expect(error.retryAfterMs).toBe(60_000)
  })
})
