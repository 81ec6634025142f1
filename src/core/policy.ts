import { VerifyPhoneError } from './errors.js'
import { DEFAULT_POLICY, type OtpPolicy } from './defaultPolicy.js'

export { DEFAULT_POLICY, type OtpPolicy }

interface Range {
  min: number
  max: number
  integer: boolean
}

const RANGES: Record<keyof OtpPolicy, Range> = {
  codeLength: { min: 4, max: 8, integer: true },
  expiresInSeconds: { min: Number.MIN_VALUE, max: Number.MAX_SAFE_INTEGER, integer: false },
  maxFailures: { min: 1, max: 20, integer: true },
  lockoutSeconds: { min: Number.MIN_VALUE, max: Number.MAX_SAFE_INTEGER, integer: false },
  resendCooldownSeconds: { min: 0, max: Number.MAX_SAFE_INTEGER, integer: false },
}

function rangeText(field: keyof OtpPolicy, range: Range): string {
  if (range.max !== Number.MAX_SAFE_INTEGER) return `an integer from ${range.min} to ${range.max}`
  return field === 'resendCooldownSeconds' ? 'zero or more seconds' : 'a positive number of seconds'
}

/**
 * Fills a partial policy with the defaults and checks every value.
 *
 * @throws {VerifyPhoneError} `invalidRequest` with `field` set to the first
 *   field out of range (`reason: 'OUT_OF_RANGE'`) or of an unknown name
 *   (`reason: 'UNKNOWN_FIELD'`).
 */
export function resolvePolicy(partial: Partial<OtpPolicy> = {}): OtpPolicy {
  for (const key of Object.keys(partial)) {
    if (!(key in RANGES)) throw new VerifyPhoneError('invalidRequest', { field: key, reason: 'UNKNOWN_FIELD' })
  }
  const policy: OtpPolicy = { ...DEFAULT_POLICY }
  for (const key of Object.keys(RANGES) as (keyof OtpPolicy)[]) {
    const value = partial[key]
    if (value === undefined) continue
    const range = RANGES[key]
    const ok =
      typeof value === 'number' &&
      Number.isFinite(value) &&
      value >= range.min &&
      value <= range.max &&
      (!range.integer || Number.isInteger(value))
    if (!ok) {
      const error = new VerifyPhoneError('invalidRequest', { field: key, reason: 'OUT_OF_RANGE' })
      error.message = `Policy field ${key} must be ${rangeText(key, range)}; got ${String(value)}`
      throw error
    }
    policy[key] = value
  }
  return policy
}
