import type { VerifyPhoneError } from '../../core/errors.js'
import type { VerifyPhoneResult } from '../../hooks/verifyPhoneResult.js'

const ignore = () => {}

/**
 * The phone step's flow while the flow itself (its hook, machine and later
 * steps: see FlowBody.tsx) is still on its way: nothing sent, nothing to wait
 * for. Send hands the number to `sendCode`, which shows it as being sent until
 * the flow arrives and sends it; `error` is a flow that could not be fetched.
 */
export function restingFlow(pending: string | undefined, error: VerifyPhoneError | undefined, sendCode: (phoneNumber: string) => void): VerifyPhoneResult {
  const base = {
    step: 'phone',
    error,
    code: '',
    resendRemainingMs: 0,
    canResend: false,
    expiryRemainingMs: 0,
    isExpired: false,
    lockRemainingMs: 0,
    announcement: '',
    lastSend: undefined,
    lockedUntil: undefined,
    sendCode,
    resendCode: ignore,
    submitCode: ignore,
    setCode: ignore,
    changeNumber: ignore,
    reset: ignore,
  } as const
  if (pending !== undefined && error === undefined) {
    return { ...base, status: 'sending', isBusy: true, phoneNumber: pending, isResend: false, attemptsLeft: undefined, expiresAt: undefined, sentAt: undefined }
  }
  return { ...base, status: 'editing', isBusy: false, phoneNumber: undefined, attemptsLeft: undefined, expiresAt: undefined, sentAt: undefined }
}
