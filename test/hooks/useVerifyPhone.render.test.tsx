import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ReactNode } from 'react'
import { act, renderHook } from '@testing-library/react'
import { onlineManager, QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { createMockTransmit } from '../../src/api/mock/createMockTransmit.js'
import { useVerifyPhone } from '../../src/hooks/useVerifyPhone.js'
import { PHONE, renderFlow, settle } from './flowHarness.js'

afterEach(() => {
  vi.useRealTimers()
})

/**
 * Moves fake time forward in quarter seconds. Each act flushes the renders its
 * timers caused, as a browser would at once, so the next tick gets scheduled.
 */
async function passSeconds(seconds: number): Promise<void> {
  for (let i = 0; i < seconds * 4; i++) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(250)
    })
  }
}

describe('useVerifyPhone: TanStack Query', () => {
  it("runs its requests as mutations on the app's QueryClient when there is one", async () => {
    const mock = createMockTransmit()
    const queryClient = new QueryClient()
    const seen: unknown[] = []
    const retries: unknown[] = []
    queryClient.getMutationCache().subscribe((event) => {
      if (event.mutation === undefined) return
      seen.push(event.mutation.options.mutationKey)
      retries.push(event.mutation.options.retry)
    })
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    const { result } = renderHook(() => useVerifyPhone({ client: mock.client, clock: mock.clock }), { wrapper })
    act(() => result.current.sendCode(PHONE))
    await settle()
    expect(result.current.status).toBe('awaitingCode')
    expect(seen).toContainEqual(['verify-phone-kit', 'sendCode'])
    expect(new Set(retries)).toEqual(new Set([0]))
  })

  it('keeps the passcode out of the mutation cache', async () => {
    const mock = createMockTransmit()
    const queryClient = new QueryClient()
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    const { result } = renderHook(() => useVerifyPhone({ client: mock.client, clock: mock.clock }), { wrapper })
    act(() => result.current.sendCode(PHONE))
    await settle()
    const code = mock.outbox.latest()?.code ?? ''
    act(() => result.current.submitCode(code))
    await settle()
    expect(result.current.status).toBe('verified')
    expect(JSON.stringify(queryClient.getMutationCache().getAll().map((m) => m.state.variables))).not.toContain(code)
  })

  it('works without any QueryClientProvider', async () => {
    const mock = createMockTransmit()
    const { result } = renderHook(() => useVerifyPhone({ client: mock.client, clock: mock.clock }))
    act(() => result.current.sendCode(PHONE))
    await settle()
    expect(result.current.status).toBe('awaitingCode')
  })

  it('fails as network at once while the browser is offline, instead of pausing the request', async () => {
    onlineManager.setOnline(false)
    try {
      const flow = renderFlow({}, { faults: { send: { kind: 'network' } } })
      await flow.sendAndWait()
      expect(flow.result.current.status).toBe('editing')
      expect(flow.result.current.error?.kind).toBe('network')
    } finally {
      onlineManager.setOnline(true)
    }
  })

  it('never retries a failed send by itself', async () => {
    const flow = renderFlow({}, { faults: { send: { kind: 'status', status: 503 } } })
    await flow.sendAndWait()
    expect(flow.mock.requests('send')).toHaveLength(1)
    expect(flow.result.current.error?.kind).toBe('server')
  })
})

describe('useVerifyPhone: rendering cadence', () => {
  it('re-renders about once a second while the cooldown runs, and not at all once it is over', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const mock = createMockTransmit({ clock: 'real' })
    let renders = 0
    const { result } = renderHook(() => {
      renders += 1
      return useVerifyPhone({ client: mock.client, clock: mock.clock, policy: { resendCooldownSeconds: 10 } })
    })
    act(() => result.current.sendCode(PHONE))
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1)
    })
    expect(result.current.status).toBe('awaitingCode')
    const announcement = result.current.announcement

    renders = 0
    await passSeconds(5)
    expect(renders).toBeGreaterThanOrEqual(4)
    expect(renders).toBeLessThanOrEqual(6)
    // The last redraw happened at the latest quarter second before now.
    expect(result.current.resendRemainingMs).toBeGreaterThan(5_000 - 1)
    expect(result.current.resendRemainingMs).toBeLessThanOrEqual(6_000)
    expect(result.current.announcement).toBe(announcement)

    await passSeconds(6)
    expect(result.current.canResend).toBe(true)
    // With the cooldown over only the expiry is pending: no more ticking until it passes.
    renders = 0
    await passSeconds(60)
    expect(renders).toBe(0)
  })

  it('stops ticking while the page is hidden and catches up when it is shown', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    const mock = createMockTransmit({ clock: 'real' })
    let renders = 0
    const { result } = renderHook(() => {
      renders += 1
      return useVerifyPhone({ client: mock.client, clock: mock.clock })
    })
    act(() => result.current.sendCode(PHONE))
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1)
    })
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden')
    act(() => document.dispatchEvent(new Event('visibilitychange')))
    renders = 0
    await passSeconds(10)
    expect(renders).toBe(0)
    visibility.mockReturnValue('visible')
    act(() => document.dispatchEvent(new Event('visibilitychange')))
    expect(renders).toBeGreaterThan(0)
    expect(result.current.resendRemainingMs).toBeLessThanOrEqual(20_000)
    expect(result.current.resendRemainingMs).toBeGreaterThan(19_000)
  })
})
