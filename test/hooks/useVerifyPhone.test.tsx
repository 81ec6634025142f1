import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from '@testing-library/react'
import { OTHER_PHONE, PHONE, renderFlow, settle } from './flowHarness.js'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('useVerifyPhone: the happy path', () => {
  it('sends a code, takes the right code and ends verified, calling back at each step', async () => {
    const onCodeSent = vi.fn()
    const onVerified = vi.fn()
    const flow = renderFlow({ onCodeSent, onVerified })
    expect(flow.result.current.status).toBe('editing')

    act(() => flow.result.current.sendCode(PHONE))
    expect(flow.result.current.status).toBe('sending')
    expect(flow.result.current.isBusy).toBe(true)
    await settle()

    const sent = flow.result.current
    expect(sent.status).toBe('awaitingCode')
    if (sent.status !== 'awaitingCode') throw new Error('narrowing')
    expect(sent.phoneNumber).toBe(PHONE)
    expect(sent.attemptsLeft).toBe(3)
    expect(sent.sentAt).toBe(flow.mock.clock.now())
    expect(sent.expiresAt).toBe(flow.mock.clock.now() + 300_000)
    expect(sent.announcement).toBe(`Code sent to ${PHONE}.`)
    expect(onCodeSent).toHaveBeenCalledWith(PHONE)
    expect(flow.mock.outbox.messages).toHaveLength(1)

    await flow.submitAndWait(flow.latestCode())
    expect(flow.result.current.status).toBe('verified')
    expect(flow.result.current.announcement).toBe('Phone number verified.')
    expect(onVerified).toHaveBeenCalledTimes(1)
    expect(onVerified).toHaveBeenCalledWith(PHONE)
    expect(flow.mock.inspect(PHONE).verified).toBe(true)
  })

  it('accepts a code typed with separators or in another script', async () => {
    const flow = renderFlow()
    await flow.sendAndWait()
    const spaced = flow.latestCode().replace(/(\d{3})(\d{3})/, '$1 $2')
    await flow.submitAndWait(spaced)
    expect(flow.result.current.status).toBe('verified')
  })
})

describe('useVerifyPhone: one request per action', () => {
  it('sends one SMS for a double sendCode in the same tick', async () => {
    const flow = renderFlow()
    act(() => {
      flow.result.current.sendCode(PHONE)
      flow.result.current.sendCode(PHONE)
    })
    await settle()
    expect(flow.mock.requests('send')).toHaveLength(1)
    expect(flow.mock.outbox.messages).toHaveLength(1)
  })

  it('validates once for a double submit', async () => {
    const flow = renderFlow()
    await flow.sendAndWait()
    const code = flow.latestCode()
    act(() => {
      flow.result.current.submitCode(code)
      flow.result.current.submitCode(code)
    })
    await settle()
    expect(flow.mock.requests('validate')).toHaveLength(1)
    expect(flow.result.current.status).toBe('verified')
  })
})

describe('useVerifyPhone: resend cooldown', () => {
  it('counts the cooldown from the send time and allows a resend only after it', async () => {
    const flow = renderFlow()
    await flow.sendAndWait()
    expect(flow.result.current.resendRemainingMs).toBe(30_000)
    expect(flow.result.current.canResend).toBe(false)

    act(() => flow.result.current.resendCode())
    await settle()
    expect(flow.mock.outbox.messages).toHaveLength(1)

    flow.advance(25_000)
    expect(flow.result.current.resendRemainingMs).toBe(5_000)
    flow.advance(5_000)
    expect(flow.result.current.canResend).toBe(true)
    expect(flow.result.current.announcement).toBe('You can now request a new code.')

    act(() => flow.result.current.resendCode())
    await settle()
    expect(flow.mock.outbox.messages).toHaveLength(2)
    expect(flow.result.current.announcement).toBe(`New code sent to ${PHONE}.`)
    expect(flow.result.current.resendRemainingMs).toBe(30_000)
  })

  it('keeps the failure count across a resend', async () => {
    const flow = renderFlow()
    await flow.sendAndWait()
    await flow.submitAndWait(flow.wrongCode())
    expect(flow.result.current.attemptsLeft).toBe(2)
    flow.advance(30_000)
    act(() => flow.result.current.resendCode())
    await settle()
    expect(flow.result.current.status).toBe('awaitingCode')
    expect(flow.result.current.attemptsLeft).toBe(2)
  })

  it('lets the server extend the cooldown with Retry-After', async () => {
    const flow = renderFlow({}, { faults: { send: { kind: 'status', status: 429, retryAfter: 120, times: 1 } } })
    await flow.sendAndWait()
    expect(flow.result.current.status).toBe('editing')
    expect(flow.result.current.error?.kind).toBe('rateLimited')
    expect(flow.result.current.error?.retryAfterMs).toBe(120_000)
    expect(flow.result.current.resendRemainingMs).toBe(120_000)
  })
})

describe('useVerifyPhone: wrong codes and lockout', () => {
  it('counts attempts down, announcing each, and locks after the third until now + lockout', async () => {
    const onLocked = vi.fn()
    const onError = vi.fn()
    const flow = renderFlow({ onLocked, onError })
    await flow.sendAndWait()

    await flow.submitAndWait(flow.wrongCode())
    expect(flow.result.current.status).toBe('awaitingCode')
    expect(flow.result.current.error?.kind).toBe('invalidCode')
    expect(flow.result.current.attemptsLeft).toBe(2)
    expect(flow.result.current.announcement).toBe('Wrong code. 2 attempts left.')

    await flow.submitAndWait(flow.wrongCode())
    expect(flow.result.current.announcement).toBe('Wrong code. 1 attempt left.')

    const lockStart = flow.mock.clock.now()
    await flow.submitAndWait(flow.wrongCode())
    const locked = flow.result.current
    expect(locked.status).toBe('locked')
    if (locked.status !== 'locked') throw new Error('narrowing')
    expect(locked.lockedUntil).toBe(lockStart + 900_000)
    expect(locked.lockRemainingMs).toBe(900_000)
    expect(locked.announcement).toMatch(/^Too many attempts\. You can try again at /)
    expect(onLocked).toHaveBeenCalledWith(lockStart + 900_000)
    expect(onError).toHaveBeenCalledTimes(3)
  })

  it('ends the lock at lockedUntil, after which a new code can be sent', async () => {
    const flow = renderFlow({}, { policy: { maxFailures: 1, lockoutSeconds: 60 } })
    await flow.sendAndWait()
    await flow.submitAndWait(flow.wrongCode())
    expect(flow.result.current.status).toBe('locked')

    flow.advance(59_000)
    expect(flow.result.current.status).toBe('locked')
    expect(flow.result.current.lockRemainingMs).toBe(1_000)
    flow.advance(1_000)
    await settle()
    expect(flow.result.current.status).toBe('editing')
    expect(flow.result.current.phoneNumber).toBe(PHONE)

    await flow.sendAndWait()
    expect(flow.result.current.status).toBe('awaitingCode')
    expect(flow.result.current.attemptsLeft).toBe(1)
  })

  it('locks when the server answers with its lock, even before the policy count', async () => {
    const flow = renderFlow({}, { faults: { validate: { kind: 'status', status: 403 } } })
    await flow.sendAndWait()
    await flow.submitAndWait(flow.latestCode())
    expect(flow.result.current.status).toBe('locked')
    expect(flow.result.current.error?.kind).toBe('locked')
  })
})

describe('useVerifyPhone: expiry', () => {
  it('shows the code as expired once its time has passed, and the server confirms it', async () => {
    const flow = renderFlow()
    await flow.sendAndWait()
    const code = flow.latestCode()
    flow.advance(299_000)
    expect(flow.result.current.isExpired).toBe(false)
    expect(flow.result.current.expiryRemainingMs).toBe(1_000)
    flow.advance(1_000)
    expect(flow.result.current.isExpired).toBe(true)
    expect(flow.result.current.announcement).toBe('The code has expired. Request a new code.')

    await flow.submitAndWait(code)
    expect(flow.result.current.status).toBe('awaitingCode')
    expect(flow.result.current.error?.kind).toBe('codeExpired')
    expect(flow.result.current.canResend).toBe(true)

    act(() => flow.result.current.resendCode())
    await settle()
    expect(flow.result.current.isExpired).toBe(false)
    await flow.submitAndWait(flow.latestCode())
    expect(flow.result.current.status).toBe('verified')
  })
})

describe('useVerifyPhone: change of number and reset', () => {
  it('returns to the phone step with the number kept, and a validate success that arrives afterwards still counts', async () => {
    // The server has verified the number: showing the phone step would hide that.
    const onVerified = vi.fn()
    const flow = renderFlow({ onVerified }, { faults: { validate: { kind: 'latency', ms: 50 } } })
    await flow.sendAndWait()
    act(() => flow.result.current.submitCode(flow.latestCode()))
    expect(flow.result.current.status).toBe('verifying')
    act(() => flow.result.current.changeNumber())
    expect(flow.result.current.status).toBe('editing')
    expect(flow.result.current.phoneNumber).toBe(PHONE)
    // The answer comes 50 ms later, or later still on a busy machine: wait for it rather than for a time.
    await vi.waitFor(() => expect(flow.result.current.status).toBe('verified'), { timeout: 5000 })
    expect(flow.mock.inspect(PHONE).verified).toBe(true)
    expect(flow.result.current.phoneNumber).toBe(PHONE)
    expect(onVerified).toHaveBeenCalledWith(PHONE)
  })

  it('drops a wrong-code answer that arrives after "Change number"', async () => {
    const flow = renderFlow({}, { faults: { validate: { kind: 'latency', ms: 50 } } })
    await flow.sendAndWait()
    act(() => flow.result.current.submitCode(flow.wrongCode()))
    act(() => flow.result.current.changeNumber())
    await act(() => new Promise((resolve) => setTimeout(resolve, 80)))
    expect(flow.result.current.status).toBe('editing')
    expect(flow.result.current.error).toBeUndefined()
  })

  it('cancels the validate left running once a code is sent to another number', async () => {
    const flow = renderFlow({}, { faults: { validate: { kind: 'latency', ms: 50 } } })
    await flow.sendAndWait()
    act(() => flow.result.current.submitCode(flow.latestCode()))
    act(() => flow.result.current.changeNumber())
    await flow.sendAndWait(OTHER_PHONE)
    await act(() => new Promise((resolve) => setTimeout(resolve, 80)))
    expect(flow.result.current.status).toBe('awaitingCode')
    expect(flow.result.current.phoneNumber).toBe(OTHER_PHONE)
    expect(flow.mock.inspect(PHONE).verified).toBe(false)
  })

  it('sends to a new number once the number is changed', async () => {
    const flow = renderFlow()
    await flow.sendAndWait()
    act(() => flow.result.current.changeNumber())
    await flow.sendAndWait(OTHER_PHONE)
    expect(flow.result.current.status).toBe('awaitingCode')
    expect(flow.result.current.phoneNumber).toBe(OTHER_PHONE)
    expect(flow.mock.outbox.latest()?.to).toBe(OTHER_PHONE)
  })

  it('keeps the cooldown of a number the user goes back to', async () => {
    const flow = renderFlow()
    await flow.sendAndWait()
    act(() => flow.result.current.changeNumber())
    await flow.sendAndWait(PHONE)
    expect(flow.result.current.status).toBe('editing')
    expect(flow.result.current.error?.kind).toBe('rateLimited')
    expect(flow.mock.outbox.messages).toHaveLength(1)
  })

  it('reset starts over and clears the typed code', async () => {
    const flow = renderFlow()
    await flow.sendAndWait()
    act(() => flow.result.current.setCode('12'))
    expect(flow.result.current.code).toBe('12')
    act(() => flow.result.current.reset())
    expect(flow.result.current.status).toBe('editing')
    expect(flow.result.current.phoneNumber).toBeUndefined()
    expect(flow.result.current.code).toBe('')
  })
})

describe('useVerifyPhone: bad input is refused before any request', () => {
  it.each([
    ['a national number', {}, '0612345678', 'invalidPhone'],
    ['a custom message without {otp}', { customMessage: 'Hello from {app}' }, PHONE, 'invalidRequest'],
    ['a sender id with a space', { senderId: 'AC ME' }, PHONE, 'invalidRequest'],
  ] as const)('refuses %s', async (_label, options, phone, kind) => {
    const onError = vi.fn()
    const flow = renderFlow({ ...options, onError })
    act(() => flow.result.current.sendCode(phone))
    await settle()
    expect(flow.result.current.error?.kind).toBe(kind)
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind }))
    expect(flow.result.current.status).toBe('editing')
    expect(flow.mock.requests()).toHaveLength(0)
  })

  it.each([
    ['too short', '12345', 'WRONG_LENGTH'],
    ['too long', '1234567', 'WRONG_LENGTH'],
    ['with letters', '12a456', 'NOT_DIGITS'],
  ])('refuses a code %s without spending an attempt', async (_label, code, reason) => {
    const flow = renderFlow()
    await flow.sendAndWait()
    await flow.submitAndWait(code)
    expect(flow.result.current.error).toMatchObject({ kind: 'invalidRequest', field: 'passcode', reason })
    expect(flow.result.current.attemptsLeft).toBe(3)
    expect(flow.mock.requests('validate')).toHaveLength(0)
  })
})

describe('useVerifyPhone: faults from the server', () => {
  it.each([
    ['send', { kind: 'network' }, 'editing', 'network'],
    ['send', { kind: 'status', status: 503 }, 'editing', 'server'],
    ['send', { kind: 'nonJson' }, 'editing', 'badResponse'],
    ['send', { kind: 'status', status: 401 }, 'editing', 'unauthorized'],
    ['send', { kind: 'status', status: 404 }, 'editing', 'notFound'],
    ['send', { kind: 'status', status: 409 }, 'editing', 'alreadyVerified'],
    ['send', { kind: 'status', status: 429 }, 'editing', 'rateLimited'],
    ['validate', { kind: 'network' }, 'awaitingCode', 'network'],
    ['validate', { kind: 'status', status: 500 }, 'awaitingCode', 'server'],
    ['validate', { kind: 'status', status: 401 }, 'awaitingCode', 'unauthorized'],
    ['validate', { kind: 'status', status: 409 }, 'awaitingCode', 'alreadyVerified'],
    ['validate', { kind: 'nonJson' }, 'awaitingCode', 'badResponse'],
  ] as const)('a %s fault %j ends in %s with kind %s', async (endpoint, fault, status, kind) => {
    const flow = renderFlow({}, { faults: { [endpoint]: fault } })
    await flow.sendAndWait()
    if (endpoint === 'validate') await flow.submitAndWait(flow.latestCode())
    expect(flow.result.current.status).toBe(status)
    expect(flow.result.current.error?.kind).toBe(kind)
    if (endpoint === 'validate') expect(flow.result.current.attemptsLeft).toBe(3)
  })

  it('can retry after a network failure', async () => {
    const flow = renderFlow({}, { faults: { send: { kind: 'network', times: 1 } } })
    await flow.sendAndWait()
    expect(flow.result.current.error?.kind).toBe('network')
    await flow.sendAndWait()
    expect(flow.result.current.status).toBe('awaitingCode')
    expect(flow.result.current.error).toBeUndefined()
  })
})

describe('useVerifyPhone: unmount', () => {
  it('aborts the request in flight and updates nothing afterwards', async () => {
    const errors = vi.spyOn(console, 'error')
    const onCodeSent = vi.fn()
    const onError = vi.fn()
    const flow = renderFlow({ onCodeSent, onError }, { faults: { send: { kind: 'hang' } } })
    act(() => flow.result.current.sendCode(PHONE))
    flow.unmount()
    await settle()
    expect(onCodeSent).not.toHaveBeenCalled()
    expect(onError).not.toHaveBeenCalled()
    expect(errors).not.toHaveBeenCalled()
  })
})

describe('useVerifyPhone: configuration', () => {
  it('throws an error that says what to do when there is no client', async () => {
    const { renderHook } = await import('@testing-library/react')
    const { useVerifyPhone } = await import('../../src/hooks/useVerifyPhone.js')
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() => renderHook(() => useVerifyPhone())).toThrow(/VerifyPhoneProvider client=/)
  })
})
