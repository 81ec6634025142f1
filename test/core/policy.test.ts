import { describe, expect, it } from 'vitest'
import { DEFAULT_POLICY, resolvePolicy } from '../../src/core/policy.js'
import { VerifyPhoneError } from '../../src/core/errors.js'

describe('DEFAULT_POLICY', () => {
  it("mirrors Transmit's defaults plus a 30 s resend cooldown", () => {
    expect(DEFAULT_POLICY).toEqual({
      codeLength: 6,
      expiresInSeconds: 5 * 60,
      maxFailures: 3,
      lockoutSeconds: 15 * 60,
      resendCooldownSeconds: 30,
    })
  })

  it('cannot be mutated by an app', () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true)
  })
})

describe('resolvePolicy', () => {
  it('fills missing fields with the defaults', () => {
    expect(resolvePolicy({ codeLength: 8 })).toEqual({ ...DEFAULT_POLICY, codeLength: 8 })
    expect(resolvePolicy()).toEqual(DEFAULT_POLICY)
  })

  it('returns a fresh object each time', () => {
    expect(resolvePolicy()).not.toBe(DEFAULT_POLICY)
  })

  it.each([
    ['codeLength', 4],
    ['codeLength', 8],
    ['maxFailures', 1],
    ['maxFailures', 20],
    ['expiresInSeconds', 0.5],
    ['lockoutSeconds', 60],
    ['resendCooldownSeconds', 0],
  ] as const)('accepts %s = %s at the edge of its range', (field, value) => {
    expect(resolvePolicy({ [field]: value })[field]).toBe(value)
  })

  it.each([
    ['codeLength', 3],
    ['codeLength', 9],
    ['codeLength', 6.5],
    ['maxFailures', 0],
    ['maxFailures', 21],
    ['expiresInSeconds', 0],
    ['expiresInSeconds', -1],
    ['lockoutSeconds', Number.POSITIVE_INFINITY],
    ['lockoutSeconds', Number.NaN],
    ['resendCooldownSeconds', -5],
    ['codeLength', '6'],
  ] as const)('rejects %s = %s with an invalidRequest error naming the field', (field, value) => {
    let caught: unknown
    try {
      resolvePolicy({ [field]: value } as never)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(VerifyPhoneError)
    const error = caught as VerifyPhoneError
    expect(error.kind).toBe('invalidRequest')
    expect(error.field).toBe(field)
    expect(error.reason).toBe('OUT_OF_RANGE')
    expect(error.message).toContain(field)
  })

  it('rejects a field it does not know, so a typo is not silently ignored', () => {
    expect(() => resolvePolicy({ codeLenght: 6 } as never)).toThrow(
      expect.objectContaining({ kind: 'invalidRequest', field: 'codeLenght', reason: 'UNKNOWN_FIELD' }),
    )
  })
})
