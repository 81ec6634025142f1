// Captured when the module loads, so that a test's fake timers installed
// later do not freeze the mock's latency: the mock stands for a remote server.
const realSetTimeout = globalThis.setTimeout.bind(globalThis)
const realClearTimeout = globalThis.clearTimeout.bind(globalThis)

function abortError(): Error {
  const error = new Error('The request was aborted')
  error.name = 'AbortError'
  return error
}

/**
 * Waits `ms` milliseconds on the real timer, or rejects with an `AbortError`
 * as soon as `signal` aborts. `0` resolves on the next microtask, without a
 * timer.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError())
  if (!(ms > 0)) return Promise.resolve()
  return new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      realClearTimeout(timer)
      reject(abortError())
    }
    const timer = realSetTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** Never resolves; rejects with an `AbortError` when `signal` aborts (never, without one). */
export function waitForAbort(signal?: AbortSignal): Promise<never> {
  return new Promise<never>((_, reject) => {
    if (signal?.aborted) reject(abortError())
    else signal?.addEventListener('abort', () => reject(abortError()), { once: true })
  })
}
