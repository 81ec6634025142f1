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
    // Accepted once, these later overflowed the date of a lock's end and crashed the tree.
    ['lockoutSeconds', Number.MAX_SAFE_INTEGER],
    ['lockoutSeconds', 86_401],
    ['expiresInSeconds', 1e12],
    ['resendCooldownSeconds', 1e12],
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

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('rejects the inherited name %s as an unknown field', (key) => {
    // JSON.parse makes `__proto__` an own key, as a policy read from configuration would have it.
    const partial = JSON.parse(`{${JSON.stringify(key)}: 6}`) as never
    expect(() => resolvePolicy(partial)).toThrow(expect.objectContaining({ kind: 'invalidRequest', field: key, reason: 'UNKNOWN_FIELD' }))
  })

  it.each([null, 'codeLength=6', 6, [6]])('rejects %j in place of a policy object with an error naming the policy', (value) => {
    expect(() => resolvePolicy(value as never)).toThrow(expect.objectContaining({ kind: 'invalidRequest', field: 'policy', reason: 'NOT_AN_OBJECT' }))
  })

  it('accepts a day, the longest time a policy may hold', () => {
    expect(resolvePolicy({ lockoutSeconds: 86_400 }).lockoutSeconds).toBe(86_400)
  })
})
