// The client's request code arrives as a chunk of its own (transmitRequests.ts): these tests
// replace the import() with a loader they control, to see when it runs and what a slow, aborted
// or failed download does to a request.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTransmitClient } from '../../src/api/transmitClient.js'
import type { TransmitClientOptions } from '../../src/api/transmitClient.js'
import { resetTransmitRequests } from '../../src/api/transmitRequestsLoader.js'
import type { TransmitRequests } from '../../src/api/transmitRequestsLoader.js'
import * as transmitRequests from '../../src/api/transmitRequests.js'
import { failure } from './failure.js'

const PHONE = '+33612345678'

afterEach(() => {
  resetTransmitRequests()
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

/** A loader whose download the test finishes (or fails) when it wants, counting its calls. */
function controlledLoader() {
  const downloads: { resolve: () => void; reject: (error: unknown) => void }[] = []
  const load = vi.fn(
    () =>
      new Promise<TransmitRequests>((resolve, reject) => {
        downloads.push({ resolve: () => resolve(transmitRequests), reject })
      }),
  )
  resetTransmitRequests(load)
  return { load, downloads }
}

/** A client whose fetch answers a send at once, recording each call; the token is counted too. */
function client(options: Partial<TransmitClientOptions> = {}) {
  const fetchImpl = vi.fn(async () => new Response('{"message":"SMS sent"}', { status: 200 }))
  const getAccessToken = vi.fn(() => 'header.payload.signature')
  const api = createTransmitClient({ baseUrl: '/api/transmit', getAccessToken, fetch: fetchImpl as unknown as typeof fetch, ...options })
  return { api, fetchImpl, getAccessToken }
}

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms))

/** A page as the prefetch sees one: a window, a document and, unless told otherwise, requestIdleCallback. */
function stubBrowser(withIdleCallback: boolean) {
  vi.stubGlobal('window', {})
  vi.stubGlobal('document', {})
  const idleTasks: (() => void)[] = []
  const requestIdleCallback = vi.fn((task: () => void) => idleTasks.push(task))
  vi.stubGlobal('requestIdleCallback', withIdleCallback ? requestIdleCallback : undefined)
  return { requestIdleCallback, idleTasks }
}

describe('when the request code is fetched', () => {
  it('fetches nothing on a server until the first request, which fetches it', async () => {
    const { load, downloads } = controlledLoader()
    const { api, fetchImpl } = client()
    await tick(100)
    expect(load).not.toHaveBeenCalled()
    const sent = api.sendCode({ phoneNumber: PHONE })
    expect(load).toHaveBeenCalledTimes(1)
    downloads[0]?.resolve()
    await sent
    expect(fetchImpl).toHaveBeenCalledTimes(1)
  })

  it('fetches it in a browser once the page is idle after a client is made, once however many clients there are', async () => {
    const { requestIdleCallback, idleTasks } = stubBrowser(true)
    const { load, downloads } = controlledLoader()
    const first = client()
    client()
    expect(requestIdleCallback).toHaveBeenCalledTimes(1)
    expect(load).not.toHaveBeenCalled()
    for (const task of idleTasks) task()
    expect(load).toHaveBeenCalledTimes(1)
    downloads[0]?.resolve()
    await first.api.sendCode({ phoneNumber: PHONE })
    await first.api.sendCode({ phoneNumber: PHONE })
    expect(load).toHaveBeenCalledTimes(1)
    expect(first.fetchImpl).toHaveBeenCalledTimes(2)
  })

  it('fetches it after a short timer where the browser has no requestIdleCallback', async () => {
    stubBrowser(false)
    vi.useFakeTimers()
    const { load } = controlledLoader()
    client()
    expect(load).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(100)
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('shares one download between requests made while it is on its way', async () => {
    const { load, downloads } = controlledLoader()
    const { api, fetchImpl } = client()
    const both = Promise.all([api.sendCode({ phoneNumber: PHONE }), api.validateCode({ phoneNumber: PHONE, passcode: '123456' })])
    downloads[0]?.resolve()
    await both.catch(() => undefined)
    expect(load).toHaveBeenCalledTimes(1)
    expect(fetchImpl).toHaveBeenCalledTimes(2)
  })

  it('asks for no token while the code loads: the token is read per request, once it starts', async () => {
    const { idleTasks } = stubBrowser(true)
    const { downloads } = controlledLoader()
    const { api, getAccessToken } = client()
    for (const task of idleTasks) task()
    downloads[0]?.resolve()
    await tick(50)
    expect(getAccessToken).not.toHaveBeenCalled()
    await api.sendCode({ phoneNumber: PHONE })
    await api.sendCode({ phoneNumber: PHONE })
    expect(getAccessToken).toHaveBeenCalledTimes(2)
  })
})

describe('a request made while the request code loads', () => {
  it('rejects as aborted when its signal fires during the download, and never starts once the code arrives', async () => {
    const { downloads } = controlledLoader()
    const { api, fetchImpl, getAccessToken } = client()
    const controller = new AbortController()
    const sent = api.sendCode({ phoneNumber: PHONE }, { signal: controller.signal })
    controller.abort()
    expect(await failure(sent)).toMatchObject({ kind: 'aborted' })
    downloads[0]?.resolve()
    await tick(50)
    expect(getAccessToken).not.toHaveBeenCalled()
    expect(fetchImpl).not.toHaveBeenCalled()
  })

  it('rejects as aborted without a download when its signal has already fired', async () => {
    const { load } = controlledLoader()
    const { api } = client()
    expect(await failure(api.sendCode({ phoneNumber: PHONE }, { signal: AbortSignal.abort() }))).toMatchObject({ kind: 'aborted' })
    expect(load).not.toHaveBeenCalled()
  })

  it('does not count the download against timeoutMs: 120 ms of download and 120 ms of server fit a 200 ms timeout', async () => {
    vi.useFakeTimers()
    const { downloads } = controlledLoader()
    const answerLater = vi.fn(() => new Promise<Response>((resolve) => setTimeout(() => resolve(new Response('{"message":"SMS sent"}')), 120)))
    const { api } = client({ timeoutMs: 200, fetch: answerLater as unknown as typeof fetch })
    const sent = api.sendCode({ phoneNumber: PHONE })
    const outcome = sent.then(() => 'sent', (error: { kind?: string }) => error.kind)
    await vi.advanceTimersByTimeAsync(120)
    downloads[0]?.resolve()
    await vi.advanceTimersByTimeAsync(130)
    expect(answerLater).toHaveBeenCalledTimes(1)
    expect(await outcome).toBe('sent')
  })

  it('still times out a request that the server leaves unanswered for timeoutMs after the code arrived', async () => {
    vi.useFakeTimers()
    const { downloads } = controlledLoader()
    const hanging = (() => new Promise<Response>(() => {})) as typeof fetch
    const { api } = client({ timeoutMs: 200, fetch: hanging })
    let outcome: string | undefined
    void api.sendCode({ phoneNumber: PHONE }).then(() => (outcome = 'sent'), (error: { kind?: string }) => (outcome = error.kind))
    await vi.advanceTimersByTimeAsync(120)
    downloads[0]?.resolve()
    await vi.advanceTimersByTimeAsync(199)
    expect(outcome).toBeUndefined()
    await vi.advanceTimersByTimeAsync(2)
    expect(outcome).toBe('timeout')
  })

  it('gives up on a download that stalls for timeoutMs, with timeout, and sends nothing when it arrives later', async () => {
    const { downloads } = controlledLoader()
    const { api, fetchImpl } = client({ timeoutMs: 30 })
    expect(await failure(api.sendCode({ phoneNumber: PHONE }))).toMatchObject({ kind: 'timeout', reason: 'CHUNK_LOAD_TIMEOUT' })
    downloads[0]?.resolve()
    await tick(50)
    expect(fetchImpl).not.toHaveBeenCalled()
  })

  it('rejects as network when the code cannot be downloaded, and the next request downloads it again', async () => {
    const { load, downloads } = controlledLoader()
    const { api, fetchImpl } = client()
    const offline = new TypeError('Failed to fetch dynamically imported module')
    const first = api.sendCode({ phoneNumber: PHONE })
    downloads[0]?.reject(offline)
    const error = await failure(first)
    expect(error).toMatchObject({ kind: 'network', reason: 'CHUNK_LOAD_FAILED' })
    expect(error.cause).toBe(offline)
    expect(fetchImpl).not.toHaveBeenCalled()

    const second = api.sendCode({ phoneNumber: PHONE })
    expect(load).toHaveBeenCalledTimes(2)
    downloads[1]?.resolve()
    await second
    expect(fetchImpl).toHaveBeenCalledTimes(1)
  })

  it('lets a failed prefetch go unreported, and the first request downloads the code again', async () => {
    const { idleTasks } = stubBrowser(true)
    const { load, downloads } = controlledLoader()
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    try {
      const { api, fetchImpl } = client()
      for (const task of idleTasks) task()
      downloads[0]?.reject(new TypeError('Failed to fetch dynamically imported module'))
      await tick(20)
      expect(unhandled).not.toHaveBeenCalled()
      const sent = api.sendCode({ phoneNumber: PHONE })
      expect(load).toHaveBeenCalledTimes(2)
      downloads[1]?.resolve()
      await sent
      expect(fetchImpl).toHaveBeenCalledTimes(1)
    } finally {
      process.off('unhandledRejection', unhandled)
    }
  })
})
