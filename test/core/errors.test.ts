import { describe, expect, it } from 'vitest'
import { ERROR_KINDS, VerifyPhoneError, isVerifyPhoneError } from '../../src/core/errors.js'

describe('VerifyPhoneError', () => {
  it('is an Error whose kind the UI can switch on', () => {
    const error = new VerifyPhoneError('invalidCode', { status: 400, attemptsLeft: 2 })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('VerifyPhoneError')
    expect(error.kind).toBe('invalidCode')
    expect(error.status).toBe(400)
    expect(error.attemptsLeft).toBe(2)
  })

  it.each(ERROR_KINDS.map((kind) => [kind]))('has a readable message for %s', (kind) => {
    const error = new VerifyPhoneError(kind)
    expect(error.message.length).toBeGreaterThan(5)
    expect(String(error)).toBe(`VerifyPhoneError: ${error.message}`)
  })

  it('puts the status, attempts and retry-after into the message', () => {
    const error = new VerifyPhoneError('rateLimited', { status: 429, retryAfterMs: 12_300 })
    expect(error.message).toBe('Too many requests (HTTP 429, retry after 13 s)')
  })

  it('keeps the cause for debugging without copying it into the message', () => {
    const cause = new TypeError('Failed to fetch https://example.test/?token=secret-token')
    const error = new VerifyPhoneError('network', { cause })
    expect(error.cause).toBe(cause)
    expect(error.message).not.toContain('secret-token')
  })

  it('serialises to JSON without server messages or the cause, which may echo secrets', () => {
    const error = new VerifyPhoneError('invalidCode', {
      status: 400,
      serverMessages: ['passcode 482913 is invalid for Bearer eyJ.secret'],
      cause: new Error('Bearer eyJ.secret'),
    })
    const json = JSON.stringify(error)
    expect(JSON.parse(json)).toEqual({
      name: 'VerifyPhoneError',
      kind: 'invalidCode',
      message: 'The code is not correct (HTTP 400)',
      status: 400,
    })
    expect(json).not.toContain('482913')
    expect(json).not.toContain('eyJ.secret')
    expect(String(error)).not.toContain('482913')
  })

  it('leaves absent details undefined rather than present-but-undefined', () => {
    const error = new VerifyPhoneError('server')
    expect(Object.keys(error)).not.toContain('status')
    expect('retryAfterMs' in error).toBe(false)
  })
})

describe('isVerifyPhoneError', () => {
  it('narrows by kind', () => {
    const error = new VerifyPhoneError('locked')
    expect(isVerifyPhoneError(error)).toBe(true)
    expect(isVerifyPhoneError(error, 'locked')).toBe(true)
    expect(isVerifyPhoneError(error, 'network')).toBe(false)
    expect(isVerifyPhoneError(new Error('x'))).toBe(false)
    expect(isVerifyPhoneError(undefined)).toBe(false)
  })
})
