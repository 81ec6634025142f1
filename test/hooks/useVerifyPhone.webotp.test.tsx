import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act } from '@testing-library/react'
import { renderFlow, settle } from './flowHarness.js'

interface PendingGet {
  options: CredentialRequestOptions
  resolve: (credential: { code: string; type: string }) => void
  reject: (error: unknown) => void
}

let calls: PendingGet[] = []
let original: PropertyDescriptor | undefined

beforeEach(() => {
  calls = []
  ;(window as unknown as Record<string, unknown>).OTPCredential = function OTPCredential() {}
  original = Object.getOwnPropertyDescriptor(navigator, 'credentials')
  Object.defineProperty(navigator, 'credentials', {
    configurable: true,
    value: {
      get: (options: CredentialRequestOptions) =>
        new Promise((resolve, reject) => {
          calls.push({ options, resolve, reject })
          options.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
        }),
    },
  })
})

afterEach(() => {
  delete (window as unknown as Record<string, unknown>).OTPCredential
  if (original) Object.defineProperty(navigator, 'credentials', original)
  else delete (navigator as unknown as Record<string, unknown>).credentials
})

describe('useVerifyPhone: WebOTP', () => {
  it('asks for an SMS code as the send starts', async () => {
    const flow = renderFlow()
    await flow.sendAndWait()
    expect(calls).toHaveLength(1)
    expect(calls[0]?.options).toMatchObject({ otp: { transport: ['sms'] } })
    expect(calls[0]?.options.signal?.aborted).toBe(false)
  })

  it('fills the received code in without submitting it', async () => {
    const flow = renderFlow()
    await flow.sendAndWait()
    const code = flow.latestCode()
    await act(async () => calls[0]?.resolve({ type: 'otp', code }))
    expect(flow.result.current.code).toBe(code)
    expect(flow.result.current.status).toBe('awaitingCode')
    expect(flow.mock.requests('validate')).toHaveLength(0)
  })

  it('submits the received code when autoSubmit is on', async () => {
    const flow = renderFlow({ autoSubmit: true })
    await flow.sendAndWait()
    await act(async () => calls[0]?.resolve({ type: 'otp', code: flow.latestCode() }))
    await settle()
    expect(flow.result.current.status).toBe('verified')
    expect(flow.mock.requests('validate')).toHaveLength(1)
  })

  it.each([
    ['submit', (flow: ReturnType<typeof renderFlow>) => act(() => flow.result.current.submitCode(flow.latestCode()))],
    ['change of number', (flow: ReturnType<typeof renderFlow>) => act(() => flow.result.current.changeNumber())],
    ['reset', (flow: ReturnType<typeof renderFlow>) => act(() => flow.result.current.reset())],
    ['unmount', (flow: ReturnType<typeof renderFlow>) => flow.unmount()],
  ])('aborts the request on %s, silently', async (_label, action) => {
    const errors = vi.spyOn(console, 'error')
    const onError = vi.fn()
    const flow = renderFlow({ onError })
    await flow.sendAndWait()
    action(flow)
    await settle()
    expect(calls[0]?.options.signal?.aborted).toBe(true)
    expect(onError).not.toHaveBeenCalled()
    expect(errors).not.toHaveBeenCalled()
  })

  it('aborts the first request when a resend starts a new one', async () => {
    const flow = renderFlow()
    await flow.sendAndWait()
    flow.advance(30_000)
    act(() => flow.result.current.resendCode())
    await settle()
    expect(calls).toHaveLength(2)
    expect(calls[0]?.options.signal?.aborted).toBe(true)
    expect(calls[1]?.options.signal?.aborted).toBe(false)
  })

  it('does nothing when turned off', async () => {
    const flow = renderFlow({ webOtp: false })
    await flow.sendAndWait()
    expect(calls).toHaveLength(0)
  })
})
