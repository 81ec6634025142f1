import { expect } from 'vitest'
import { VerifyPhoneError } from '../../src/core/errors.js'

/** Awaits a promise that must reject with a `VerifyPhoneError`, and returns the error. */
export async function failure(promise: Promise<unknown>): Promise<VerifyPhoneError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(VerifyPhoneError)
  return error as VerifyPhoneError
}
