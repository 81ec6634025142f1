import { VerifyPhoneError } from '../core/errors.js'
import { assertSendOptions } from '../core/message.js'
import { assertE164 } from '../core/phone.js'
import type { SendCodeRequest, ValidateCodeRequest } from './types.js'
import type { SendSmsOtpBody, ValidateSmsOtpBody } from './transmitTypes.js'

const ASCII_DIGITS = /^[0-9]+$/

/**
 * Checks a send request and turns it into the wire body: snake_case, with
 * the optional keys present only when given (never `undefined` values).
 *
 * @throws {VerifyPhoneError} `invalidPhone` when `phoneNumber` is not E.164;
 *   `invalidRequest` (with `field` and `reason`) for a `customMessage` or
 *   `senderId` Transmit would refuse.
 */
export function toSendBody(request: SendCodeRequest): SendSmsOtpBody {
  const { phoneNumber, customMessage, senderId } = request ?? ({} as Partial<SendCodeRequest>)
  assertE164(phoneNumber)
  assertSendOptions({ customMessage, senderId })
  const body: SendSmsOtpBody = { phone_number: phoneNumber }
  if (customMessage !== undefined) body.custom_message = customMessage
  if (senderId !== undefined) body.sender_id = senderId
  return body
}

/**
 * Checks a validate request and turns it into the wire body, with
 * `update_primary` present only when given.
 *
 * @throws {VerifyPhoneError} `invalidPhone` when `phoneNumber` is not E.164;
 *   `invalidRequest` with `field: 'passcode'` (`reason: 'NOT_DIGITS'`) unless
 *   the passcode is one or more ASCII digits, or with `field: 'updatePrimary'`
 *   (`reason: 'NOT_A_BOOLEAN'`).
 */
export function toValidateBody(request: ValidateCodeRequest): ValidateSmsOtpBody {
  const { phoneNumber, passcode, updatePrimary } = request ?? ({} as Partial<ValidateCodeRequest>)
  assertE164(phoneNumber)
  if (typeof passcode !== 'string' || !ASCII_DIGITS.test(passcode)) {
    throw new VerifyPhoneError('invalidRequest', { field: 'passcode', reason: 'NOT_DIGITS' })
  }
  if (updatePrimary !== undefined && typeof updatePrimary !== 'boolean') {
    throw new VerifyPhoneError('invalidRequest', { field: 'updatePrimary', reason: 'NOT_A_BOOLEAN' })
  }
  const body: ValidateSmsOtpBody = { phone_number: phoneNumber, passcode }
  if (updatePrimary !== undefined) body.update_primary = updatePrimary
  return body
}
