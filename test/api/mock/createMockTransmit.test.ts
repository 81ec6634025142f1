import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_SMS_TEMPLATE } from '../../../src/core/message.js'
import { createMockTransmit, DEFAULT_MOCK_EPOCH } from '../../../src/api/mock/createMockTransmit.js'
import type { MockTransmitOptions } from '../../../src/api/mock/createMockTransmit.js'
import { failure } from '../failure.js'

const PHONE = '+33612345678'
const OTHER = '+14155550123'
const SECOND = 1000

/** A mock whose codes are 100000, 100001, … so that a wrong code is known in advance. */
function counting(options: MockTransmitOptions = {}) {
  let next = 100_000
  const mock = createMockTransmit({ generateCode: () => String(next++), ...options })
  const send = (phoneNumber = PHONE) => mock.client.sendCode({ phoneNumber })
  const validate = (passcode: string, phoneNumber = PHONE) => mock.client.validateCode({ phoneNumber, passcode })
  const wrong = () => failure(validate('999999'))
  return { mock, send, validate, wrong }
}

describe('createMockTransmit codes', () => {
  it.each([4, 6, 8])('sends random codes of %i ASCII digits', async (codeLength) => {
    const mock = createMockTransmit({ policy: { codeLength } })
    for (let index = 0; index < 5; index++) await mock.client.sendCode({ phoneNumber: PHONE })
    expect(mock.outbox.messages).toHaveLength(5)
    for (const message of mock.outbox.messages) expect(message.code).toMatch(new RegExp(`^[0-9]{${codeLength}}$`))
  })

  it('renders the default template with the app name, ACME by default', async () => {
    const named = createMockTransmit({ appName: 'Bank', generateCode: () => '424242' })
    const unnamed = createMockTransmit({ generateCode: () => '424242' })
    await named.client.sendCode({ phoneNumber: PHONE })
    await unnamed.client.sendCode({ phoneNumber: PHONE })
    expect(named.outbox.latest()?.text).toBe(DEFAULT_SMS_TEMPLATE.replace('{otp}', '424242').replace('{app}', 'Bank'))
    expect(unnamed.outbox.latest()?.text).toBe(DEFAULT_SMS_TEMPLATE.replace('{otp}', '424242').replace('{app}', 'ACME'))
  })

  it('renders the custom message when one is given', async () => {
    const mock = createMockTransmit({ appName: 'Bank', generateCode: () => '424242' })
    await mock.client.sendCode({ phoneNumber: PHONE, customMessage: '{app}: your code is {otp}' })
    expect(mock.outbox.latest()).toEqual({ to: PHONE, text: 'Bank: your code is 424242', code: '424242', sentAt: DEFAULT_MOCK_EPOCH })
  })

  it('accepts a code until the very end of its lifetime and refuses it as expired then', async () => {
    const { mock, send, validate } = counting({ policy: { expiresInSeconds: 60 } })
    await send()
    mock.clock.advance(60 * SECOND)
    expect((await failure(validate('100000'))).kind).toBe('codeExpired')
    await send()
    mock.clock.advance(60 * SECOND - 1)
    await expect(validate('100001')).resolves.toBeUndefined()
  })

  it('counts no failure for an expired code', async () => {
    const { mock, send, validate } = counting({ policy: { expiresInSeconds: 60 } })
    await send()
    mock.clock.advance(60 * SECOND)
    await failure(validate('100000'))
    await failure(validate('123123'))
    expect(mock.inspect(PHONE).failures).toBe(0)
  })

  it('makes the previous code invalid when a new one is sent, by default', async () => {
    const { send, validate } = counting()
    await send()
    await send()
    expect((await failure(validate('100000'))).kind).toBe('invalidCode')
    await expect(validate('100001')).resolves.toBeUndefined()
  })

  it('keeps every code valid when newCodeReplacesOld is false', async () => {
    const { send, validate } = counting({ newCodeReplacesOld: false })
    await send()
    await send()
    await expect(validate('100000')).resolves.toBeUndefined()
  })
})

describe('createMockTransmit failures and lockout', () => {
  it('counts wrong codes per number', async () => {
    const { mock, send, wrong } = counting()
    await send()
    await send(OTHER)
    await wrong()
    await wrong()
    expect(mock.inspect(PHONE).failures).toBe(2)
    expect(mock.inspect(OTHER).failures).toBe(0)
  })

  it('keeps counting failures across a resend', async () => {
    const { mock, send, wrong } = counting({ policy: { maxFailures: 5 } })
    await send()
    await wrong()
    await send()
    await wrong()
    expect(mock.inspect(PHONE).failures).toBe(2)
  })

  it('locks after maxFailures wrong codes, refuses even the right code, and lets go after lockoutSeconds', async () => {
    const { mock, send, validate, wrong } = counting({ policy: { maxFailures: 3, lockoutSeconds: 600 } })
    await send()
    expect((await wrong()).kind).toBe('invalidCode')
    expect((await wrong()).kind).toBe('invalidCode')
    expect((await wrong()).kind).toBe('locked')
    expect(mock.inspect(PHONE).lockedUntil).toBe(DEFAULT_MOCK_EPOCH + 600 * SECOND)

    expect((await failure(send())).kind).toBe('locked')
    mock.clock.advance(600 * SECOND - 1)
    expect((await failure(validate('100000'))).kind).toBe('locked')

    mock.clock.advance(1)
    expect(mock.inspect(PHONE).failures).toBe(0)
    expect(mock.inspect(PHONE).lockedUntil).toBeUndefined()
    await send()
    await expect(validate('100001')).resolves.toBeUndefined()
  })

  it('drops the codes sent before a lockout', async () => {
    const { mock, send, validate, wrong } = counting({ policy: { maxFailures: 2, lockoutSeconds: 60 } })
    await send()
    await wrong()
    await wrong()
    mock.clock.advance(60 * SECOND)
    expect((await failure(validate('100000'))).kind).toBe('invalidCode')
  })

  it('answers a lockout with a plain invalid_otp, and still sends, when lockAnswer is invalid_otp', async () => {
    const { mock, send, validate, wrong } = counting({ lockAnswer: 'invalid_otp', policy: { maxFailures: 2, lockoutSeconds: 60 } })
    await send()
    await wrong()
    expect(await wrong()).toMatchObject({ kind: 'invalidCode', status: 400 })
    await send()
    expect(mock.outbox.messages).toHaveLength(2)
    expect(await failure(validate('100001'))).toMatchObject({ kind: 'invalidCode', status: 400 })
    mock.clock.advance(60 * SECOND)
    await expect(validate('100001')).resolves.toBeUndefined()
  })
})

describe('createMockTransmit verified numbers', () => {
  it('answers 409 to sends and validates once a number is verified', async () => {
    const { send, validate } = counting()
    await send()
    await validate('100000')
    expect(await failure(send())).toMatchObject({ kind: 'alreadyVerified', status: 409 })
    expect(await failure(validate('100000'))).toMatchObject({ kind: 'alreadyVerified', status: 409 })
  })

  it('makes the first verified number primary, and a later one only with updatePrimary', async () => {
    const { mock, send } = counting()
    await send(PHONE)
    await mock.client.validateCode({ phoneNumber: PHONE, passcode: '100000' })
    await send(OTHER)
    await mock.client.validateCode({ phoneNumber: OTHER, passcode: '100001', updatePrimary: false })
    expect([mock.inspect(PHONE).primary, mock.inspect(OTHER).primary]).toEqual([true, false])
    mock.reset()
    mock.markVerified(PHONE, { primary: true })
    await send(OTHER)
    await mock.client.validateCode({ phoneNumber: OTHER, passcode: '100002', updatePrimary: true })
    expect([mock.inspect(PHONE).primary, mock.inspect(OTHER).primary]).toEqual([false, true])
  })
})

describe('createMockTransmit outbox', () => {
  it('tells subscribers about every message until they unsubscribe', async () => {
    const { mock, send } = counting()
    const listener = vi.fn()
    const unsubscribe = mock.outbox.subscribe(listener)
    await send()
    await send(OTHER)
    unsubscribe()
    await send()
    expect(listener).toHaveBeenCalledTimes(2)
    expect(listener).toHaveBeenLastCalledWith([
      expect.objectContaining({ to: PHONE, code: '100000' }),
      expect.objectContaining({ to: OTHER, code: '100001' }),
    ])
  })

  it('gives the newest message, overall or for one number', async () => {
    const { mock, send } = counting()
    await send(PHONE)
    await send(OTHER)
    expect(mock.outbox.latest()?.code).toBe('100001')
    expect(mock.outbox.latest(PHONE)?.code).toBe('100000')
    expect(mock.outbox.latest('+4915112345678')).toBeUndefined()
  })

  it('keeps the previous snapshot unchanged when a message arrives', async () => {
    const { mock, send } = counting()
    const before = mock.outbox.messages
    await send()
    expect(before).toHaveLength(0)
    expect(mock.outbox.messages).not.toBe(before)
  })

  it('empties on clear and tells subscribers', async () => {
    const { mock, send } = counting()
    await send()
    const listener = vi.fn()
    mock.outbox.subscribe(listener)
    mock.outbox.clear()
    expect(mock.outbox.messages).toEqual([])
    expect(listener).toHaveBeenCalledWith([])
  })
})

describe('createMockTransmit latency, faults and reset', () => {
  it('waits latencyMs before answering', async () => {
    const mock = createMockTransmit({ latencyMs: 60 })
    const started = performance.now()
    await mock.client.sendCode({ phoneNumber: PHONE })
    expect(performance.now() - started).toBeGreaterThanOrEqual(55)
  })

  it('stops waiting when the request is aborted during the latency', async () => {
    const mock = createMockTransmit({ latencyMs: 10_000 })
    const controller = new AbortController()
    const pending = mock.client.sendCode({ phoneNumber: PHONE }, { signal: controller.signal })
    controller.abort()
    expect((await failure(pending)).kind).toBe('aborted')
    expect(mock.outbox.messages).toHaveLength(0)
  })

  it('hangs on a hang fault until aborted', async () => {
    const mock = createMockTransmit({ faults: { validate: { kind: 'hang' } } })
    const controller = new AbortController()
    const pending = mock.client.validateCode({ phoneNumber: PHONE, passcode: '123456' }, { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    expect((await failure(pending)).kind).toBe('aborted')
  })

  it('adds a latency fault to the latency', async () => {
    const mock = createMockTransmit({ faults: { send: { kind: 'latency', ms: 60 } } })
    const started = performance.now()
    await mock.client.sendCode({ phoneNumber: PHONE })
    expect(performance.now() - started).toBeGreaterThanOrEqual(55)
    expect(mock.outbox.messages).toHaveLength(1)
  })

  it('applies a fault with times to that many requests, then answers normally', async () => {
    const mock = createMockTransmit({ faults: { send: { kind: 'status', status: 503, times: 2 } } })
    expect((await failure(mock.client.sendCode({ phoneNumber: PHONE }))).kind).toBe('server')
    expect(mock.faults().send?.times).toBe(1)
    expect((await failure(mock.client.sendCode({ phoneNumber: PHONE }))).kind).toBe('server')
    await mock.client.sendCode({ phoneNumber: PHONE })
    expect(mock.faults()).toEqual({})
    expect(mock.outbox.messages).toHaveLength(1)
  })

  it('applies a fault without times to every request of its endpoint only', async () => {
    const mock = createMockTransmit()
    mock.setFaults({ send: { kind: 'network' } })
    for (let index = 0; index < 3; index++) expect((await failure(mock.client.sendCode({ phoneNumber: PHONE }))).kind).toBe('network')
    expect((await failure(mock.client.validateCode({ phoneNumber: PHONE, passcode: '123456' }))).kind).toBe('invalidCode')
  })

  it('refuses a fault it does not know', () => {
    const mock = createMockTransmit()
    expect(() => mock.setFaults({ send: { kind: 'explode' } as never })).toThrow(TypeError)
    expect(() => mock.setFaults({ send: { kind: 'status', status: 42 } })).toThrow(TypeError)
  })

  it('logs every request with its outcome and no body', async () => {
    const mock = createMockTransmit({ faults: { send: { kind: 'status', status: 429, times: 1 } } })
    await failure(mock.client.sendCode({ phoneNumber: PHONE }))
    await mock.client.sendCode({ phoneNumber: PHONE })
    await failure(mock.client.validateCode({ phoneNumber: PHONE, passcode: '1' }))
    expect(mock.requests()).toEqual([
      { endpoint: 'send', at: DEFAULT_MOCK_EPOCH, outcome: 429 },
      { endpoint: 'send', at: DEFAULT_MOCK_EPOCH, outcome: 200 },
      { endpoint: 'validate', at: DEFAULT_MOCK_EPOCH, outcome: 400 },
    ])
    expect(mock.requests('validate')).toHaveLength(1)
  })

  it('forgets numbers, messages, requests and changed faults on reset, and keeps the clock', async () => {
    const { mock, send, wrong } = counting({ faults: { validate: { kind: 'latency', ms: 0 } } })
    await send()
    await wrong()
    mock.setFaults({ send: { kind: 'network' } })
    mock.clock.advance(SECOND)
    mock.reset()
    expect(mock.inspect(PHONE)).toEqual({ verified: false, primary: false, failures: 0, codes: [] })
    expect(mock.outbox.messages).toEqual([])
    expect(mock.requests()).toEqual([])
    expect(mock.faults()).toEqual({ validate: { kind: 'latency', ms: 0 } })
    expect(mock.clock.now()).toBe(DEFAULT_MOCK_EPOCH + SECOND)
  })
})
