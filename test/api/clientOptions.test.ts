import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createTransmitClient } from '../../src/api/transmitClient.js'
import { resetDevWarnings } from '../../src/api/devWarning.js'
import { failure } from './failure.js'
import { startLoopback, type Loopback } from './loopback.js'

const getAccessToken = () => 'secret.token.value'

describe('createTransmitClient checks its options at once', () => {
  it.each([-1, Number.NaN, -Infinity, 2 ** 31, '5000', null])('refuses timeoutMs %s with a RangeError naming the field', (timeoutMs) => {
    expect(() => createTransmitClient({ getAccessToken, timeoutMs: timeoutMs as number })).toThrow(RangeError)
    expect(() => createTransmitClient({ getAccessToken, timeoutMs: timeoutMs as number })).toThrow(/timeoutMs/)
  })

  it.each([0, Infinity, 1, 15_000, 2 ** 31 - 1])('accepts timeoutMs %s', (timeoutMs) => {
    expect(() => createTransmitClient({ getAccessToken, timeoutMs })).not.toThrow()
  })

  it.each(['not a url', 'api/transmit', 'ftp://example.com/cis', 'https://user:pw@example.com/cis', 'https://example.com/cis?x=1', '//evil.example/cis', ''])(
    'refuses baseUrl %j with a RangeError naming the field',
    (baseUrl) => {
      expect(() => createTransmitClient({ getAccessToken, baseUrl })).toThrow(RangeError)
      expect(() => createTransmitClient({ getAccessToken, baseUrl })).toThrow(/baseUrl/)
    },
  )

  it.each(['https://api.eu.transmitsecurity.io/cis', 'http://localhost:8080/cis/', '/api/transmit', '/'])('accepts baseUrl %j', (baseUrl) => {
    expect(() => createTransmitClient({ getAccessToken, baseUrl })).not.toThrow()
  })
})

describe('warnings for the developer', () => {
  let api: Loopback
  beforeAll(async () => {
    api = await startLoopback()
  })
  afterAll(() => api.close())
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllEnvs()
    resetDevWarnings()
  })

  it('warns once, naming baseUrl, when the configured endpoint answers 404, and never shows the token or the code', async () => {
    api.answer((_request, response) => {
      response.writeHead(404).end()
    })
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const client = createTransmitClient({ baseUrl: `${api.origin}/wrong`, getAccessToken })
    for (let i = 0; i < 2; i++) expect((await failure(client.validateCode({ phoneNumber: '+33612345678', passcode: '482913' }))).kind).toBe('notFound')
    expect(warn).toHaveBeenCalledTimes(1)
    const text = String(warn.mock.calls[0]?.[0])
    expect(text).toMatch(/404/)
    expect(text).toMatch(/baseUrl/)
    expect(text).not.toMatch(/secret\.token|482913/)
  })

  it('warns once about a host that cannot be reached', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const client = createTransmitClient({ baseUrl: 'http://host.invalid/cis', getAccessToken })
    for (let i = 0; i < 2; i++) expect((await failure(client.sendCode({ phoneNumber: '+33612345678' }))).kind).toBe('network')
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/could not be resolved or reached.*baseUrl/s)
  })

  it('says nothing in a production build', async () => {
    vi.stubEnv('NODE_ENV', 'production')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const client = createTransmitClient({ baseUrl: 'http://host.invalid/cis', getAccessToken })
    expect((await failure(client.sendCode({ phoneNumber: '+33612345678' }))).kind).toBe('network')
    expect(warn).not.toHaveBeenCalled()
  })
})
