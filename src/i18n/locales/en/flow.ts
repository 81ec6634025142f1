import type { Messages } from '../../types.js'

/** The message keys of `<VerifyPhone>`: headings, buttons, step texts and error messages. */
export type FlowMessageKey = 'phoneHeading' | 'sendCode' | 'sendingCode' | 'codeHeading' | 'codeSentTo' | 'changeNumber' | 'verify' | 'verifying' | 'autoSubmitInstructions' | 'codeLifetime' | 'resendCode' | 'resendIn' | 'resendSending' | 'newCodeSent' | 'codeIncomplete' | 'codeWrong' | 'codeExpired' | 'getNewCode' | 'lockedHeading' | 'lockedBody' | 'lockedCountdown' | 'lockedTryAgain' | 'verifiedHeading' | 'verifiedBody' | 'startOver' | 'errorInvalidPhone' | 'errorInvalidRequest' | 'errorAlreadyVerified' | 'errorRateLimited' | 'errorRateLimitedUnknown' | 'errorUnauthorized' | 'errorNotFound' | 'errorNetwork' | 'errorTimeout' | 'errorServer' | 'errorBadResponse' | 'retry'

/** English for `<VerifyPhone>`: headings, buttons, step texts and error messages. Imported on its own so a component bundles only its own strings. */
export const enFlow: Pick<Messages, FlowMessageKey> = {
  phoneHeading: 'Verify your phone number',
  sendCode: 'Send code',
  sendingCode: 'Sending…',
  codeHeading: 'Enter the code',
  codeSentTo: 'We sent a code to {phone}.',
  changeNumber: 'Change number',
  verify: 'Verify',
  verifying: 'Verifying…',
  autoSubmitInstructions: 'The code is checked as soon as you enter the last digit.',
  codeLifetime: { one: 'The code is valid for {count} minute.', other: 'The code is valid for {count} minutes.' },
  resendCode: 'Send a new code',
  resendIn: 'You can request a new code in {time}.',
  resendSending: 'Sending a new code…',
  newCodeSent: 'New code sent.',
  codeIncomplete: { one: 'Enter the {count}-digit code.', other: 'Enter all {count} digits.' },
  codeWrong: {
    one: 'That code is not correct. You have {count} attempt left.',
    other: 'That code is not correct. You have {count} attempts left.',
  },
  codeExpired: 'This code has expired.',
  getNewCode: 'Get a new code',
  lockedHeading: 'Too many attempts',
  lockedBody: 'For your security, verification is paused until {time}.',
  lockedCountdown: 'You can try again in {countdown}.',
  lockedTryAgain: 'Try again',
  verifiedHeading: 'Phone number verified',
  verifiedBody: '{phone} is now verified and added to your account.',
  startOver: 'Verify another number',
  errorInvalidPhone: 'This phone number cannot receive a code. Check it and try again.',
  errorInvalidRequest: 'The request was refused. Check the number and try again.',
  errorAlreadyVerified: 'This number is already verified.',
  errorRateLimited: { one: 'Too many requests. Try again in {count} second.', other: 'Too many requests. Try again in {count} seconds.' },
  errorRateLimitedUnknown: 'Too many requests. Wait a moment, then try again.',
  errorUnauthorized: 'Your session has ended. Sign in again to continue.',
  errorNotFound: 'Phone verification isn’t available right now. Try again later.',
  errorNetwork: 'You seem to be offline. Check your connection and try again.',
  errorTimeout: 'The server took too long to answer. Try again.',
  errorServer: 'Something went wrong on our side. Try again in a moment.',
  errorBadResponse: 'The server sent an unexpected answer. Try again.',
  retry: 'Try again',
}
