import type { Messages } from '../../types.js'
import type { FlowLaterMessageKey } from './flowFirst.js'

/** English for `<VerifyPhone>` past the phone step: the code, locked and verified steps. In the flow's chunk, not the page's first download. */
export const enFlowLater: Pick<Messages, FlowLaterMessageKey> = {
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
  lockedBody: 'For your security, verification is paused until {time}.',
  lockedCountdown: 'You can try again in {countdown}.',
  lockedTryAgain: 'The pause is over. You can try again now.',
  durationHours: { one: '{count} hour', other: '{count} hours' },
  durationMinutes: { one: '{count} minute', other: '{count} minutes' },
  durationSeconds: { one: '{count} second', other: '{count} seconds' },
  verifiedBody: '{phone} is now verified and added to your account.',
  startOver: 'Verify another number',
}
