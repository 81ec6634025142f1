// Where the Transmit client's request code comes from: a chunk of its own
// (transmitRequests.ts), fetched once per page, as soon as the page is idle
// after a client is made, or by the first request if that comes first.
import { VerifyPhoneError } from '../core/errors.js'
import type * as TransmitRequestsModule from './transmitRequests.js'

/** The request code: the module `transmitRequests.ts`, once it has arrived. */
export type TransmitRequests = typeof TransmitRequestsModule

type Loader = () => Promise<TransmitRequests>

// A static import() of an existing module, so that every bundler makes it a chunk of its own.
const importTransmitRequests: Loader = () => import('./transmitRequests.js')

let loader: Loader = importTransmitRequests
let loaded: TransmitRequests | undefined
let pending: Promise<TransmitRequests> | undefined
let prefetched = false

/**
 * The one download of the chunk; a failed one is forgotten, so that the next
 * request asks again. Whether the browser then fetches again is its own
 * affair: the HTML standard now says a failed module fetch is not kept in the
 * module map (whatwg/html#10327), but a browser that still keeps it fails the
 * same import() again, without a request, until the page reloads.
 */
function load(): Promise<TransmitRequests> {
  if (pending !== undefined) return pending
  const settled: Promise<TransmitRequests> = loader().then(
    (requests) => {
      if (pending === settled) loaded = requests
      return requests
    },
    (error: unknown) => {
      if (pending === settled) pending = undefined
      throw error
    },
  )
  // The request waiting for it reports a failure; a prefetch that fails stays quiet.
  settled.catch(() => undefined)
  pending = settled
  return settled
}

/** Runs `task` once the page is idle (at the latest after 2 s). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 2000 })
  // Safari before 18.4 has no requestIdleCallback: after the first paints will do.
  else setTimeout(task, 50)
}

/**
 * Fetches the request code once the page is idle, so that the first Send
 * finds it here. Once per page, and only in a browser: a server never sends
 * a code, and its bundle has the chunk at hand anyway.
 */
export function prefetchTransmitRequests(): void {
  if (prefetched || typeof window === 'undefined' || typeof document === 'undefined') return
  prefetched = true
  whenIdle(() => {
    if (loaded === undefined) void load()
  })
}

/**
 * Runs `request` with the request code: at once when it is here, else once
 * its chunk arrives. While it loads, the caller's `signal` rejects with
 * `aborted`, as an aborted request does, and the request never starts. A
 * chunk that cannot be loaded rejects with `network` (reason
 * `CHUNK_LOAD_FAILED`, the import's error as `cause`); the next call asks
 * again. The request's own `timeoutMs` starts once the code is here; the
 * download has a limit of the same length of its own (rejecting with
 * `timeout`, reason `CHUNK_LOAD_TIMEOUT`), so that a stalled download cannot
 * hold a Send forever.
 */
export function withTransmitRequests(
  signal: AbortSignal | undefined,
  timeoutMs: number,
  request: (requests: TransmitRequests) => Promise<void>,
): Promise<void> {
  if (loaded !== undefined) return request(loaded)
  if (signal?.aborted) return Promise.reject(new VerifyPhoneError('aborted'))
  return new Promise<void>((resolve, reject) => {
    let done = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const finish = (): boolean => {
      if (done) return false
      done = true
      signal?.removeEventListener('abort', onAbort)
      if (timer !== undefined) clearTimeout(timer)
      return true
    }
    const onAbort = () => {
      if (finish()) reject(new VerifyPhoneError('aborted'))
    }
    signal?.addEventListener('abort', onAbort, { once: true })
    if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
      timer = setTimeout(() => {
        if (finish()) reject(new VerifyPhoneError('timeout', { reason: 'CHUNK_LOAD_TIMEOUT' }))
      }, timeoutMs)
    }
    load().then(
      (requests) => {
        if (finish()) resolve(request(requests))
      },
      (error: unknown) => {
        if (finish()) reject(new VerifyPhoneError('network', { reason: 'CHUNK_LOAD_FAILED', cause: error }))
      },
    )
  })
}

/**
 * Forgets the request code and, when given, loads it with `load` from now
 * on. For tests of the loading itself; not part of the public API.
 */
export function resetTransmitRequests(load?: Loader): void {
  loader = load ?? importTransmitRequests
  loaded = undefined
  pending = undefined
  prefetched = false
}
