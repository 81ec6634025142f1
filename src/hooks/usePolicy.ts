'use client'
import { useMemo } from 'react'
import { resolvePolicy, type OtpPolicy } from '../core/policy.js'
import { useVerifyPhoneConfig } from './verifyPhoneConfig.js'

/**
 * The OTP policy in force: the hook's own over the provider's over Transmit's
 * defaults. Throws `VerifyPhoneError` (`invalidRequest`, naming the field) for a
 * value out of range, so a misconfiguration shows at once in development.
 *
 * @example
 * const { codeLength } = usePolicy()
 */
export function usePolicy(policy?: Partial<OtpPolicy>): OtpPolicy {
  const config = useVerifyPhoneConfig()
  const outer = config.policy
  // Compare by value: apps often pass an inline object literal.
  const key = JSON.stringify([outer, policy])
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => resolvePolicy({ ...outer, ...policy }), [key])
}
