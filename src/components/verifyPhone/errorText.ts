import type { VerifyPhoneError } from '../../core/errors.js'
import type { Translate } from '../../i18n/format.js'

export interface ErrorTextOptions {
  /** Digits in a code, for "Enter all 6 digits". */
  codeLength: number
  /** Milliseconds until a send is allowed again, when the flow knows (a live countdown wins over the error's own figure). */
  retryInMs?: number | undefined
  /** Wrong codes still accepted, as the flow counts them (the server's figure when it gave one). */
  attemptsLeft?: number | undefined
  /** Show the server's own words under the kit's message. Default `false`: they are English and unlocalised. */
  showServerMessages?: boolean | undefined
}

/**
 * The sentence a user reads for an error, from its `kind` (never from the
 * server's text, unless the app asks). `undefined` for an abort, which the
 * user caused and needs no message.
 */
export function errorText(error: VerifyPhoneError, t: Translate, options: ErrorTextOptions): string | undefined {
  const text = kindText(error, t, options)
  if (text === undefined || !options.showServerMessages || !error.serverMessages?.length) return text
  return `${text} (${error.serverMessages.join(' ')})`
}

function kindText(error: VerifyPhoneError, t: Translate, { codeLength, retryInMs, attemptsLeft }: ErrorTextOptions): string | undefined {
  switch (error.kind) {
    case 'invalidPhone':
      return t('errorInvalidPhone')
    case 'invalidRequest':
      return error.field === 'passcode' ? t('codeIncomplete', { count: codeLength }) : t('errorInvalidRequest')
    case 'alreadyVerified':
      return t('errorAlreadyVerified')
    case 'invalidCode':
      return t('codeWrong', { count: attemptsLeft ?? error.attemptsLeft ?? 0 })
    case 'codeExpired':
      return t('codeExpired')
    case 'locked':
      return t('lockedHeading')
    case 'rateLimited': {
      const wait = retryInMs !== undefined && retryInMs > 0 ? retryInMs : error.retryAfterMs
      return wait !== undefined && wait > 0 ? t('errorRateLimited', { count: Math.ceil(wait / 1000) }) : t('errorRateLimitedUnknown')
    }
    case 'unauthorized':
      return t('errorUnauthorized')
    case 'notFound':
      return t('errorNotFound')
    case 'network':
      return t('errorNetwork')
    case 'timeout':
      return t('errorTimeout')
    case 'server':
      return t('errorServer')
    case 'badResponse':
      return t('errorBadResponse')
    case 'aborted':
      return undefined
    default:
      return error.kind satisfies never
  }
}

/** Whether a retry button makes sense after this error on the phone step. */
export function canRetrySend(error: VerifyPhoneError): boolean {
  return error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server' || error.kind === 'badResponse'
}
