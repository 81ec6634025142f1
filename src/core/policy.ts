import { VerifyPhoneError } from './errors.js'
import { DEFAULT_POLICY, type OtpPolicy } from './defaultPolicy.js'

export { DEFAULT_POLICY, type OtpPolicy }

interface Range {
  min: number
  max: number
  integer: boolean
}

/**
 * The longest any time of the policy may be: one day (86,400 s). Transmit's
 * own expiry and lockout are counted in minutes (5 and 15 by default); a wait
 * of more than a day in a verification flow is a typo, and much larger values
 * overflow the dates shown on screen.
 */
export const MAX_POLICY_SECONDS = 86_400

const RANGES: Record<keyof OtpPolicy, Range> = {
  codeLength: { min: 4, max: 8, integer: true },
  expiresInSeconds: { min: Number.MIN_VALUE, max: MAX_POLICY_SECONDS, integer: false },
  maxFailures: { min: 1, max: 20, integer: true },
  lockoutSeconds: { min: Number.MIN_VALUE, max: MAX_POLICY_SECONDS, integer: false },
  resendCooldownSeconds: { min: 0, max: MAX_POLICY_SECONDS, integer: false },
}

function rangeText(field: keyof OtpPolicy, range: Range): string {
  if (range.integer) return `an integer from ${range.min} to ${range.max}`
  const lowest = field === 'resendCooldownSeconds' ? 'from 0' : 'more than 0'
  return `a number of seconds ${lowest} and at most ${MAX_POLICY_SECONDS} (one day)`
}

/**
 * Fills a partial policy with the defaults and checks every value.
 *
 * @throws {VerifyPhoneError} `invalidRequest` with `field` set to the first
 *   field out of range (`reason: 'OUT_OF_RANGE'`) or of an unknown name
 *   (`reason: 'UNKNOWN_FIELD'`, also for inherited names such as
 *   `constructor` or `__proto__`), or with `field: 'policy'` and
 *   `reason: 'NOT_AN_OBJECT'` when the policy is not a plain object.
 */
export function resolvePolicy(partial: Partial<OtpPolicy> = {}): OtpPolicy {
  if (typeof partial !== 'object' || partial === null || Array.isArray(partial)) {
    const error = new VerifyPhoneError('invalidRequest', { field: 'policy', reason: 'NOT_AN_OBJECT' })
    error.message = `The policy must be an object such as { codeLength: 6 }; got ${partial === null ? 'null' : typeof partial}`
    throw error
  }
  for (const key of Object.keys(partial)) {
    // Own keys only: `constructor`, `toString` or `__proto__` must not pass for policy fields.
    if (!Object.hasOwn(RANGES, key)) {
      const error = new VerifyPhoneError('invalidRequest', { field: key, reason: 'UNKNOWN_FIELD' })
      error.message = `Policy field ${JSON.stringify(key.slice(0, 40))} is unknown; the fields are ${Object.keys(RANGES).join(', ')}`
      throw error
    }
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
