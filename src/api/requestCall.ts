import type { VerifyPhoneError } from '../core/errors.js'
import { mapRequestFailure } from './mapResponse.js'

/** A marker the race below rejects with, so that abort and timeout are told apart from real failures. */
const SIGNAL_FIRED: unique symbol = Symbol('signalFired')

/** One request's lifetime, from {@link startCall}. */
export interface RequestCall {
  /** Aborted by the caller's signal or by the timer: handed to `fetch`. */
  signal: AbortSignal
  /** Waits for `promise`, but stops waiting as soon as the call is aborted or times out. */
  race<T>(promise: Promise<T>): Promise<T>
  /** The typed error for whatever ended the call early. */
  fail(error: unknown): VerifyPhoneError
  /** Stops the timer and lets go of the caller's signal. */
  dispose(): void
}

/**
 * One request's lifetime: an internal controller that the caller's signal
 * and the timer both abort, and a race that stops waiting as soon as it does
 * (even on a `fetch` or token source that ignores signals).
 */
export function startCall(outer: AbortSignal | undefined, timeoutMs: number): RequestCall {
  const controller = new AbortController()
  let timedOut = false
  const onOuterAbort = () => controller.abort()
  outer?.addEventListener('abort', onOuterAbort, { once: true })
  const timer =
    timeoutMs > 0 && Number.isFinite(timeoutMs)
      ? setTimeout(() => {
          timedOut = true
          controller.abort()
        }, timeoutMs)
      : undefined

  function race<T>(promise: Promise<T>): Promise<T> {
    const { signal } = controller
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => reject(SIGNAL_FIRED)
      if (signal.aborted) onAbort()
      else signal.addEventListener('abort', onAbort, { once: true })
      promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort)
          resolve(value)
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort)
          reject(error)
        },
      )
    })
  }

  return {
    signal: controller.signal,
    race,
    fail(error: unknown): VerifyPhoneError {
      const fired = error === SIGNAL_FIRED || controller.signal.aborted
      return mapRequestFailure(error === SIGNAL_FIRED ? undefined : error, {
        timedOut: fired && timedOut,
        aborted: fired && !timedOut && outer?.aborted === true,
      })
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer)
      outer?.removeEventListener('abort', onOuterAbort)
    },
  }
}
