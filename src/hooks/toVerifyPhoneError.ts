import { VerifyPhoneError } from '../core/errors.js'

/**
 * Any rejection as a `VerifyPhoneError`. The kit's clients reject with one
 * already; an app's own client may throw anything, and the UI still needs a kind.
 */
export function toVerifyPhoneError(error: unknown): VerifyPhoneError {
  if (error instanceof VerifyPhoneError) return error
  if (error instanceof DOMException && error.name === 'AbortError') return new VerifyPhoneError('aborted', { cause: error })
  if (error instanceof DOMException && error.name === 'TimeoutError') return new VerifyPhoneError('timeout', { cause: error })
  if (error instanceof TypeError) return new VerifyPhoneError('network', { cause: error })
  return new VerifyPhoneError('server', { cause: error })
}
