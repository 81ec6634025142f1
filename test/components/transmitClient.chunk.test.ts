// In a real browser the Transmit client's request code is a module of its own, fetched once the
// page is idle after a client is made, so that the first Send finds it here.
import { describe, expect, it, vi } from 'vitest'
import { createTransmitClient } from '../../src/api/transmitClient.js'

const requestChunkFetches = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\/transmitRequests\.(ts|js)$/.test(path))

describe('createTransmitClient in a browser', () => {
  it('fetches its request code once the page is idle after the client is made, once, before any request', async () => {
    expect(requestChunkFetches()).toEqual([])
    const answers: string[] = []
    const fetchImpl = (async (url: RequestInfo | URL) => {
      answers.push(String(url))
      return new Response('{"message":"SMS sent"}', { status: 200 })
    }) as typeof fetch
    const client = createTransmitClient({ baseUrl: '/api/transmit', getAccessToken: () => 'header.payload.signature', fetch: fetchImpl })
    createTransmitClient({ baseUrl: '/api/other', getAccessToken: () => 'header.payload.signature', fetch: fetchImpl })
    await vi.waitFor(() => expect(requestChunkFetches()).toHaveLength(1), { timeout: 10_000, interval: 50 })
    await client.sendCode({ phoneNumber: '+33612345678' })
    expect(answers).toEqual(['/api/transmit/v1/verification/otp/sms/send'])
    expect(requestChunkFetches()).toHaveLength(1)
  })
})
