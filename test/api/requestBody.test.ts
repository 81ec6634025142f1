import { describe, expect, it } from 'vitest'
import { VerifyPhoneError } from '../../src/core/errors.js'
import { toSendBody, toValidateBody } from '../../src/api/requestBody.js'
import type { SendCodeRequest, ValidateCodeRequest } from '../../src/api/types.js'

const PHONE = '+14155550123'

function thrown(run: () => unknown): VerifyPhoneError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(VerifyPhoneError)
    return error as VerifyPhoneError
  }
  throw new Error('expected a VerifyPhoneError')
}

describe('toSendBody', () => {
  it('keeps only the keys given, in snake_case', () => {
    expect(toSendBody({ phoneNumber: PHONE })).toStrictEqual({ phone_number: PHONE })
    expect(toSendBody({ phoneNumber: PHONE, customMessage: '{otp} / {app}', senderId: 'ACME' })).toStrictEqual({
      phone_number: PHONE,
      custom_message: '{otp} / {app}',
      sender_id: 'ACME',
    })
  })

  it.each([
    { name: 'a missing request', request: undefined, kind: 'invalidPhone', field: 'phoneNumber' },
    { name: 'a number without +', request: { phoneNumber: '14155550123' }, kind: 'invalidPhone', field: 'phoneNumber' },
    { name: 'an empty custom message', request: { phoneNumber: PHONE, customMessage: '' }, kind: 'invalidRequest', field: 'customMessage' },
    { name: 'a sender ID without a letter', request: { phoneNumber: PHONE, senderId: '12345' }, kind: 'invalidRequest', field: 'senderId' },
  ])('refuses $name', ({ request, kind, field }) => {
    expect(thrown(() => toSendBody(request as unknown as SendCodeRequest))).toMatchObject({ kind, field })
  })
})

describe('toValidateBody', () => {
  it('keeps update_primary only when given, false included', () => {
    expect(toValidateBody({ phoneNumber: PHONE, passcode: '0042' })).toStrictEqual({ phone_number: PHONE, passcode: '0042' })
    expect(toValidateBody({ phoneNumber: PHONE, passcode: '0042', updatePrimary: false })).toStrictEqual({
      phone_number: PHONE,
      passcode: '0042',
      update_primary: false,
    })
  })

  it.each([
    { name: 'a passcode with a space', request: { phoneNumber: PHONE, passcode: '123 456' }, field: 'passcode', reason: 'NOT_DIGITS' },
    { name: 'a numeric passcode', request: { phoneNumber: PHONE, passcode: 123456 }, field: 'passcode', reason: 'NOT_DIGITS' },
    { name: 'a string updatePrimary', request: { phoneNumber: PHONE, passcode: '1234', updatePrimary: 'yes' }, field: 'updatePrimary', reason: 'NOT_A_BOOLEAN' },
  ])('refuses $name as an invalid request', ({ request, field, reason }) => {
    expect(thrown(() => toValidateBody(request as unknown as ValidateCodeRequest))).toMatchObject({ kind: 'invalidRequest', field, reason })
  })
})
