import type { Messages } from '../../types.js'
import { enFlowFirst } from './flowFirst.js'
import { enFlowLater } from './flowLater.js'

/** The message keys of `<VerifyPhone>`: headings, buttons, step texts and error messages. */
export type FlowMessageKey = 'phoneHeading' | 'sendCode' | 'sendingCode' | 'codeHeading' | 'codeSentTo' | 'changeNumber' | 'verify' | 'verifying' | 'autoSubmitInstructions' | 'codeLifetime' | 'resendCode' | 'resendIn' | 'resendSending' | 'newCodeSent' | 'codeIncomplete' | 'codeWrong' | 'codeExpired' | 'getNewCode' | 'lockedHeading' | 'lockedBody' | 'lockedCountdown' | 'lockedTryAgain' | 'durationHours' | 'durationMinutes' | 'durationSeconds' | 'verifiedHeading' | 'verifiedBody' | 'startOver' | 'stepLoading' | 'stepLoadFailed' | 'errorInvalidPhone' | 'errorInvalidRequest' | 'errorAlreadyVerified' | 'errorRateLimited' | 'errorRateLimitedUnknown' | 'errorUnauthorized' | 'signInAgain' | 'errorNotFound' | 'errorNetwork' | 'errorTimeout' | 'errorServer' | 'errorBadResponse' | 'retry'

/** English for `<VerifyPhone>`: headings, buttons, step texts and error messages. Imported on its own so a component bundles only its own strings. */
export const enFlow: Pick<Messages, FlowMessageKey> = { ...enFlowFirst, ...enFlowLater }
