import type { VerifyPhoneError } from './errors.js'

// The types of the verification machine (see `machine.ts` for `transition`).
//
// All times are epoch milliseconds. Countdowns are never stored: they are
// derived from these timestamps and a clock (see `time.ts`).

/** The six statuses of the flow, also used as `data-state` values. */
export type VerifyStatus = 'editing' | 'sending' | 'awaitingCode' | 'verifying' | 'verified' | 'locked'

/**
 * What the machine knows about the last number it dealt with, kept across a
 * change of number or a reset so that going back to the same number keeps its
 * failure count, cooldown and lock; a different number starts fresh.
 */
export interface NumberMemory {
  /** E.164 number this memory belongs to. */
  readonly phoneNumber: string
  /** Wrong codes counted for this number since its last lockout (`maxFailures - attemptsLeft`). */
  readonly failures: number
  /** No send to this number before this time (the cooldown, or the server's `Retry-After`). */
  readonly resendAvailableAt: number
  /** Set while the number is known to be locked; a send before then goes straight back to `locked`. */
  readonly lockedUntil?: number
}

/** Fields every state carries. */
export interface VerifyStateBase {
  /**
   * Bumped whenever a request starts and whenever the flow is cancelled
   * (change of number, reset). An answer is applied only when it carries the
   * current value, so a late answer to an abandoned request is dropped.
   */
  readonly requestId: number
  /** See `NumberMemory`; `undefined` until a number has been dealt with. Always present as a key. */
  readonly memory: NumberMemory | undefined
}

/** What the code step shows: the code sent, its timing and the attempts left. */
export interface CodeFields {
  /** The number the code was sent to (E.164). */
  readonly phoneNumber: string
  /** When the server confirmed the last send. */
  readonly sentAt: number
  /** When the code stops being valid by the policy (the server has the last word). */
  readonly expiresAt: number
  /** No resend before this time. */
  readonly resendAvailableAt: number
  /** Wrong codes still accepted before lockout, `1..maxFailures` (0 is the `locked` state). */
  readonly attemptsLeft: number
  /** The last error on the code step (wrong code, expired, network…), cleared on submit. */
  readonly error?: VerifyPhoneError
  /** Whether the code shown came from the first send or from a resend ("New code sent"). */
  readonly lastSend: 'sent' | 'resent'
}

/** A validate request left running when the user pressed "Change number" (see `EditingState`). */
export interface LateValidation {
  /** The `requestId` the validate request was started with. */
  readonly requestId: number
  /** The number whose code it validates. */
  readonly phoneNumber: string
}

/** Phone step. `error` holds why the last send did not happen or failed. */
export interface EditingState extends VerifyStateBase {
  readonly status: 'editing'
  /** The number last sent to (or requested), kept after "Change number"; the input's initial value. */
  readonly phoneNumber?: string
  readonly error?: VerifyPhoneError
  /**
   * Set when "Change number" left a validate request running. Its success
   * still counts (the server has verified the number, so the flow says so);
   * its failure is dropped. Gone once a new send starts or the flow is reset.
   */
  readonly lateValidation?: LateValidation
}

/** A first send: there is no code yet. */
export interface FirstSendState extends VerifyStateBase {
  readonly status: 'sending'
  readonly phoneNumber: string
  readonly isResend: false
  readonly code?: undefined
}

/** A resend: the code step stays on screen with the fields it had, restored if the resend fails. */
export interface ResendState extends VerifyStateBase {
  readonly status: 'sending'
  readonly phoneNumber: string
  readonly isResend: true
  readonly code: CodeFields
}

/** A send request is in flight; narrow on `isResend` to reach `code`. */
export type SendingState = FirstSendState | ResendState

/** Code step, waiting for the user. */
export interface AwaitingCodeState extends VerifyStateBase, CodeFields {
  readonly status: 'awaitingCode'
}

/** A validate request is in flight. The passcode itself is never stored. */
export interface VerifyingState extends VerifyStateBase, CodeFields {
  readonly status: 'verifying'
}

/** The number is verified; the flow ends here until `resetRequested`. */
export interface VerifiedState extends VerifyStateBase {
  readonly status: 'verified'
  readonly phoneNumber: string
  readonly verifiedAt: number
}

/** Too many wrong codes, or the server said so. `lockEnded` (or a send) once `lockedUntil` has passed. */
export interface LockedState extends VerifyStateBase {
  readonly status: 'locked'
  readonly phoneNumber: string
  readonly lockedUntil: number
  readonly error?: VerifyPhoneError
}

/** Every state of the flow, discriminated on `status`. */
export type VerifyState = EditingState | SendingState | AwaitingCodeState | VerifyingState | VerifiedState | LockedState

/**
 * What happened, in the past tense. Events that depend on time carry `now`
 * (epoch ms); answers carry the `requestId` of the state that started them.
 */
export type VerifyEvent =
  /**
   * The user asked for a code to this (already validated, E.164) number.
   * `memory` is what the caller remembers of this number from earlier in the
   * page's life (its cooldown, failures and lock), used when the state's own
   * memory is of another number, so that A → B → A does not reset A.
   */
  | { readonly type: 'sendRequested'; readonly phoneNumber: string; readonly now: number; readonly memory?: NumberMemory }
  /** The user asked for a new code on the code step. */
  | { readonly type: 'resendRequested'; readonly now: number }
  | { readonly type: 'sendSucceeded'; readonly requestId: number; readonly now: number }
  | { readonly type: 'sendFailed'; readonly requestId: number; readonly error: VerifyPhoneError; readonly now: number }
  /**
   * The user submitted a code (already normalised and checked by the caller).
   * The machine never stores `passcode`: the caller sends it and forgets it.
   */
  | { readonly type: 'codeSubmitted'; readonly passcode: string; readonly now: number }
  | { readonly type: 'codeAccepted'; readonly requestId: number; readonly now: number }
  | { readonly type: 'codeRejected'; readonly requestId: number; readonly error: VerifyPhoneError; readonly now: number }
  /** "Change number": back to the phone step, cancelling whatever runs. */
  | { readonly type: 'changeNumberRequested' }
  /** Start over; cancels whatever runs. */
  | { readonly type: 'resetRequested' }
  /** The clock passed `lockedUntil` (the caller schedules this). */
  | { readonly type: 'lockEnded'; readonly now: number }
  /**
   * The caller saw its clock move by `shiftMs` more than time really passed
   * (negative when it was set back), or saw a deadline further ahead of `now`
   * than the policy allows: every timestamp follows by `shiftMs`, then every
   * wait is held to the policy's longest (see `followClock`).
   */
  | { readonly type: 'clockChanged'; readonly shiftMs: number; readonly now: number }

/** The `type` of every event. */
export type VerifyEventType = VerifyEvent['type']
