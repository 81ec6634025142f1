import type { VerifyPhoneError } from '../core/errors.js'
import type { VerifyState, VerifyStatus } from '../core/machineTypes.js'
import { codeFieldsOf } from '../core/machine.js'
import { canResend, expiryRemainingMs, isExpired, isInFlight, lockRemainingMs, resendRemainingMs } from '../core/time.js'

/** The actions of `useVerifyPhone`. None throws: bad input ends in `error`, with `onError` called. */
export interface VerifyPhoneActions {
  /** Sends a code to an E.164 number. Ignored while a request runs. */
  sendCode(phoneNumber: string): void
  /** Sends a new code to the same number once the cooldown is over (`canResend`). */
  resendCode(): void
  /** Validates `code` (default: the current `code`). Ignored unless a code is awaited. */
  submitCode(code?: string): void
  /** Sets the code being typed (normalised to digits); submits it when complete if `autoSubmit` is on. */
  setCode(code: string): void
  /** Back to the phone step with the number kept, cancelling whatever runs. */
  changeNumber(): void
  /** Starts over, cancelling whatever runs. */
  reset(): void
}

/** Fields every status has. */
export interface VerifyPhoneResultBase extends VerifyPhoneActions {
  status: VerifyStatus
  /** Which screen the flow is on: a resend keeps the code step on screen. */
  step: 'phone' | 'code' | 'locked' | 'verified'
  /** The last error: a refused send, a wrong or expired code, a failed request, or bad input. */
  error: VerifyPhoneError | undefined
  /** The code being typed (digits only). Kept after a wrong code; cleared on a new code, change of number and reset. Never stored. */
  code: string
  /** True while a request runs. */
  isBusy: boolean
  /** Milliseconds until a new code can be requested (0 when it can, or on no code). */
  resendRemainingMs: number
  /** True when `resendCode()` would send now. */
  canResend: boolean
  /** Milliseconds until the code on screen expires by the policy (0 once expired). */
  expiryRemainingMs: number
  /** True once the code on screen is past its expiry by the policy. */
  isExpired: boolean
  /** Milliseconds until a lock ends (0 when not locked). */
  lockRemainingMs: number
  /** Text for one polite live region; changes only at milestones, never every second. */
  announcement: string
  /** Where the code on screen came from: the first send or a resend ("New code sent"); `undefined` with no code. */
  lastSend: 'sent' | 'resent' | undefined
}

interface NoCode {
  attemptsLeft: undefined
  expiresAt: undefined
  sentAt: undefined
  lockedUntil: undefined
}

/** The result of `useVerifyPhone`; narrowing on `status` gives the fields that state has. */
export type VerifyPhoneResult =
  | (VerifyPhoneResultBase & NoCode & { status: 'editing'; phoneNumber: string | undefined })
  | (VerifyPhoneResultBase & Omit<NoCode, 'attemptsLeft' | 'expiresAt' | 'sentAt'> & {
      status: 'sending'
      phoneNumber: string
      /** True for a resend: the code step stays on screen. */
      isResend: boolean
      attemptsLeft: number | undefined
      expiresAt: number | undefined
      sentAt: number | undefined
    })
  | (VerifyPhoneResultBase & Omit<NoCode, 'attemptsLeft' | 'expiresAt' | 'sentAt'> & {
      status: 'awaitingCode' | 'verifying'
      phoneNumber: string
      /** Wrong codes still accepted before lockout. */
      attemptsLeft: number
      /** When the code expires by the policy (epoch ms). */
      expiresAt: number
      /** When the code was sent (epoch ms). */
      sentAt: number
    })
  | (VerifyPhoneResultBase & NoCode & { status: 'verified'; phoneNumber: string })
  | (VerifyPhoneResultBase & Omit<NoCode, 'lockedUntil'> & {
      status: 'locked'
      phoneNumber: string
      /** When the lock ends (epoch ms). */
      lockedUntil: number
    })

export interface ResultInputs {
  state: VerifyState
  now: number
  localError: VerifyPhoneError | undefined
  code: string
  announcement: string
  actions: VerifyPhoneActions
}

/** The screen of each status; a resend in flight keeps the code step on screen. */
const STEPS = {
  editing: 'phone',
  sending: 'phone',
  awaitingCode: 'code',
  verifying: 'code',
  locked: 'locked',
  verified: 'verified',
} as const satisfies Record<VerifyStatus, VerifyPhoneResultBase['step']>

/** Derives what the UI shows from the machine's state, the clock and the hook's own state. */
export function deriveResult({ state, now, localError, code, announcement, actions }: ResultInputs): VerifyPhoneResult {
  // The code step's fields: the code on screen's, kept by a resend in flight; none elsewhere.
  const fields = codeFieldsOf(state)
  const result = {
    ...actions,
    status: state.status,
    step: state.status === 'sending' && state.isResend ? 'code' : STEPS[state.status],
    error: localError ?? ('error' in state ? state.error : undefined),
    code,
    isBusy: isInFlight(state),
    resendRemainingMs: resendRemainingMs(state, now),
    canResend: canResend(state, now),
    expiryRemainingMs: expiryRemainingMs(state, now),
    isExpired: isExpired(state, now),
    lockRemainingMs: lockRemainingMs(state, now),
    announcement,
    lastSend: fields?.lastSend,
    phoneNumber: state.phoneNumber,
    attemptsLeft: fields?.attemptsLeft,
    expiresAt: fields?.expiresAt,
    sentAt: fields?.sentAt,
    lockedUntil: state.status === 'locked' ? state.lockedUntil : undefined,
  }
  // Each status's fields are set above from the state of that status; the union cannot see it.
  return (state.status === 'sending' ? { ...result, isResend: state.isResend } : result) as VerifyPhoneResult
}
