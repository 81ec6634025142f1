import { isVerifyPhoneError } from '../../core/errors.js'
import { assertSendOptions, renderSmsText } from '../../core/message.js'
import { isE164 } from '../../core/phone.js'
import type { OtpPolicy } from '../../core/policy.js'
import type { TransmitEndpoint } from '../transmitTypes.js'
import type { ClockSource } from './clock.js'
import { jsonAnswer, validationAnswer } from './mockAnswer.js'
import type { MockAnswer } from './mockAnswer.js'
import type { WritableOutbox } from './outbox.js'

/**
 * How the mock answers once a number is locked out. Transmit does not
 * document it for this endpoint: its OTP login API says `403 auth_locked`
 * (`'auth_locked'`, the default); it may also just keep answering
 * `400 invalid_otp` (`'invalid_otp'`), in which case sends still go out.
 */
export type MockLockAnswer = 'auth_locked' | 'invalid_otp'

/** One code the mock sent. */
export interface MockCode {
  code: string
  sentAt: number
  expiresAt: number
}

/** What the mock knows about one phone number. */
export interface MockNumberState {
  /** Verified: sends and validates now answer 409. */
  verified: boolean
  /** The user's primary number (the first verified, or one verified with `update_primary`). */
  primary: boolean
  /** Wrong codes since the last success or lockout end. */
  failures: number
  /** Epoch ms at which the lockout ends, while locked. */
  lockedUntil?: number | undefined
  /** Codes sent and not yet used or replaced, expired ones included. */
  codes: readonly MockCode[]
}

/** What {@link createMockServer} needs; `createMockTransmit` fills in the defaults. */
export interface MockServerOptions {
  /** The policy enforced: code length, expiry, failures before lockout, lockout duration. */
  policy: OtpPolicy
  /** Replaces `{app}` in the SMS text. */
  appName: string
  /** The time codes and lockouts are measured on. */
  clock: ClockSource
  /** Where sent messages go. */
  outbox: WritableOutbox
  /** How a lockout is answered. */
  lockAnswer: MockLockAnswer
  /** Whether a new code makes the previous ones invalid. */
  newCodeReplacesOld: boolean
  /** Makes a code of the given length. */
  generateCode: (length: number) => string
}

interface NumberRecord {
  verified: boolean
  failures: number
  lockedUntil?: number | undefined
  codes: MockCode[]
}

const SEND_KEYS = new Set(['phone_number', 'custom_message', 'sender_id'])
const VALIDATE_KEYS = new Set(['phone_number', 'passcode', 'update_primary'])
const SEND_FIELDS: Readonly<Record<string, string>> = { customMessage: 'custom_message', senderId: 'sender_id' }

const ANSWERS = {
  sent: () => jsonAnswer(200, { message: 'SMS sent' }),
  valid: () => jsonAnswer(200, { result: true }),
  invalidOtp: () => jsonAnswer(400, { message: 'Invalid phone number or passcode', error_code: 400, error_type: 'invalid_otp' }),
  expiredOtp: () => jsonAnswer(400, { message: 'Passcode expired', error_code: 400, error_type: 'expired_otp' }),
  locked: () => jsonAnswer(403, { error_code: 'auth_locked', message: 'User is locked' }),
  alreadyVerified: () => jsonAnswer(409, { message: 'Phone number is already verified in the tenant', error_code: 409 }),
}

/** Transmit-style validation messages for a body, `[]` when it is well formed. */
function bodyProblems(body: unknown, allowed: ReadonlySet<string>): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return ['body must be a JSON object']
  const problems = Object.keys(body)
    .filter((key) => !allowed.has(key))
    .map((key) => `property ${key} should not exist`)
  if (!isE164((body as Record<string, unknown>).phone_number)) problems.push('phone_number must be a valid phone number')
  return problems
}

function sendOptionProblems(body: Record<string, unknown>): string[] {
  try {
    assertSendOptions({ customMessage: body.custom_message as string | undefined, senderId: body.sender_id as string | undefined })
    return []
  } catch (error) {
    if (!isVerifyPhoneError(error)) throw error
    return [`${SEND_FIELDS[error.field ?? ''] ?? 'body'} is not valid (${error.reason ?? 'INVALID'})`]
  }
}

/**
 * The logic of the mock Transmit, answering wire bodies with wire answers:
 * random codes of `policy.codeLength` digits that expire after
 * `policy.expiresInSeconds`; wrong codes counted per number, and a lockout of
 * `policy.lockoutSeconds` once they reach `policy.maxFailures` (the attempt
 * that reaches it already gets the lock answer); 409 for a verified number.
 *
 * A code that has expired answers `expired_otp` (also to a wrong code, when
 * no live code is left) and counts no failure. A lockout drops the codes
 * sent, so a new one is needed afterwards.
 */
export function createMockServer(options: MockServerOptions) {
  const { policy, clock, outbox } = options
  const numbers = new Map<string, NumberRecord>()
  let primaryNumber: string | undefined

  function record(phoneNumber: string): NumberRecord {
    let entry = numbers.get(phoneNumber)
    if (entry === undefined) {
      entry = { verified: false, failures: 0, codes: [] }
      numbers.set(phoneNumber, entry)
    }
    return entry
  }

  /** True while locked; ends an elapsed lockout and forgets its failures. */
  function isLocked(entry: NumberRecord, now: number): boolean {
    if (entry.lockedUntil !== undefined && now >= entry.lockedUntil) {
      entry.lockedUntil = undefined
      entry.failures = 0
    }
    return entry.lockedUntil !== undefined
  }

  function lockAnswer(): MockAnswer {
    return options.lockAnswer === 'auth_locked' ? ANSWERS.locked() : ANSWERS.invalidOtp()
  }

  function send(body: unknown): MockAnswer {
    const problems = bodyProblems(body, SEND_KEYS)
    if (problems.length === 0) problems.push(...sendOptionProblems(body as Record<string, unknown>))
    if (problems.length > 0) return validationAnswer(problems)
    const { phone_number: phoneNumber, custom_message: template } = body as { phone_number: string; custom_message?: string }
    const entry = record(phoneNumber)
    const now = clock.now()
    if (entry.verified) return ANSWERS.alreadyVerified()
    if (isLocked(entry, now) && options.lockAnswer === 'auth_locked') return ANSWERS.locked()
    const code = options.generateCode(policy.codeLength)
    const sent: MockCode = { code, sentAt: now, expiresAt: now + policy.expiresInSeconds * 1000 }
    entry.codes = options.newCodeReplacesOld ? [sent] : [...entry.codes, sent]
    const text = renderSmsText({ appName: options.appName, code, ...(template === undefined ? {} : { template }) })
    outbox.deliver({ to: phoneNumber, text, code, sentAt: now })
    return ANSWERS.sent()
  }

  function validate(body: unknown): MockAnswer {
    const problems = bodyProblems(body, VALIDATE_KEYS)
    const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
    if (typeof fields.passcode !== 'string') problems.push('passcode must be a string')
    if (fields.update_primary !== undefined && typeof fields.update_primary !== 'boolean') {
      problems.push('update_primary must be a boolean value')
    }
    if (problems.length > 0) return validationAnswer(problems)
    const phoneNumber = fields.phone_number as string
    const passcode = fields.passcode as string
    const entry = record(phoneNumber)
    const now = clock.now()
    if (entry.verified) return ANSWERS.alreadyVerified()
    if (isLocked(entry, now)) return lockAnswer()

    const live = entry.codes.filter((sent) => now < sent.expiresAt)
    if (live.some((sent) => sent.code === passcode)) {
      entry.verified = true
      entry.codes = []
      entry.failures = 0
      if (primaryNumber === undefined || fields.update_primary === true) primaryNumber = phoneNumber
      return ANSWERS.valid()
    }
    const expired = entry.codes.length > 0 && (live.length === 0 || entry.codes.some((sent) => sent.code === passcode))
    if (expired) return ANSWERS.expiredOtp()

    entry.failures += 1
    if (entry.failures >= policy.maxFailures) {
      entry.lockedUntil = now + policy.lockoutSeconds * 1000
      entry.codes = []
      return lockAnswer()
    }
    return ANSWERS.invalidOtp()
  }

  return {
    /** Answers one request body of `endpoint`, as Transmit would. */
    handle(endpoint: TransmitEndpoint, body: unknown): MockAnswer {
      return endpoint === 'send' ? send(body) : validate(body)
    },
    /** What the mock knows about `phoneNumber` now (an elapsed lockout shows as ended). */
    inspect(phoneNumber: string): MockNumberState {
      const entry = numbers.get(phoneNumber) ?? { verified: false, failures: 0, codes: [] }
      isLocked(entry, clock.now())
      const state: MockNumberState = {
        verified: entry.verified,
        primary: primaryNumber === phoneNumber,
        failures: entry.failures,
        codes: entry.codes.map((sent) => ({ ...sent })),
      }
      if (entry.lockedUntil !== undefined) state.lockedUntil = entry.lockedUntil
      return state
    },
    /** Marks a number verified without a code, as if done earlier (or by another user of the tenant). */
    markVerified(phoneNumber: string, { primary = false }: { primary?: boolean } = {}): void {
      const entry = record(phoneNumber)
      entry.verified = true
      entry.codes = []
      if (primary) primaryNumber = phoneNumber
    },
    /** Forgets every number, code, failure and lockout. */
    reset(): void {
      numbers.clear()
      primaryNumber = undefined
    },
  }
}

/** The mock Transmit's logic, as made by {@link createMockServer}. */
export type MockServer = ReturnType<typeof createMockServer>
