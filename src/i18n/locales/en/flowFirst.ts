import type { Messages } from '../../types.js'
import type { FlowMessageKey } from './flow.js'

/** The keys `<VerifyPhone>` needs before its flow's chunk arrives: the phone step, the stand-ins of the other steps, and every error Send can meet. */
export type FlowFirstMessageKey = 'phoneHeading' | 'sendCode' | 'sendingCode' | 'codeHeading' | 'lockedHeading' | 'verifiedHeading' | 'stepLoading' | 'stepLoadFailed' | 'errorInvalidPhone' | 'errorInvalidRequest' | 'errorAlreadyVerified' | 'errorRateLimited' | 'errorRateLimitedUnknown' | 'errorUnauthorized' | 'signInAgain' | 'errorNotFound' | 'errorNetwork' | 'errorTimeout' | 'errorServer' | 'errorBadResponse' | 'retry'

/** English for the phone step of `<VerifyPhone>` and its stand-ins: in the page's first download. */
export const enFlowFirst: Pick<Messages, FlowFirstMessageKey> = {
  phoneHeading: 'Verify your phone number',
  sendCode: 'Send code',
  sendingCode: 'Sending…',
  codeHeading: 'Enter the code',
  lockedHeading: 'Too many attempts',
  verifiedHeading: 'Phone number verified',
  stepLoading: 'Loading…',
  stepLoadFailed: 'This step could not be loaded. Check your connection and try again.',
  errorInvalidPhone: 'This phone number cannot receive a code. Check it and try again.',
  errorInvalidRequest: 'The request was refused. Check the number and try again.',
  errorAlreadyVerified: 'This number is already verified.',
  errorRateLimited: { one: 'Too many requests. Try again in {count} second.', other: 'Too many requests. Try again in {count} seconds.' },
  errorRateLimitedUnknown: 'Too many requests. Wait a moment, then try again.',
  errorUnauthorized: 'Your session has ended. Sign in again to continue.',
  signInAgain: 'Sign in again',
  errorNotFound: 'Phone verification isn’t available right now. Try again later.',
  errorNetwork: 'You seem to be offline. Check your connection and try again.',
  errorTimeout: 'The server took too long to answer. Try again.',
  errorServer: 'Something went wrong on our side. Try again in a moment.',
  errorBadResponse: 'The server sent an unexpected answer. Try again.',
  retry: 'Try again',
}

/** English for the rest of `<VerifyPhone>`: in the chunk of the flow past the phone step. */
export type FlowLaterMessageKey = Exclude<FlowMessageKey, FlowFirstMessageKey>
