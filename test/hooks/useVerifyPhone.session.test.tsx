import { afterEach, describe, expect, it } from 'vitest'
import { act } from '@testing-library/react'
import { DEFAULT_PERSIST_KEY } from '../../src/hooks/sessionPersistence.js'
import { PHONE, renderFlow, settle } from './flowHarness.js'

afterEach(() => {
  sessionStorage.clear()
})

describe("useVerifyPhone: persist: 'session'", () => {
  it('restores the number, cooldown and attempts after a remount', async () => {
    const first = renderFlow({ persist: 'session' })
    await first.sendAndWait()
    await first.submitAndWait(first.wrongCode())
    first.advance(10_000)
    first.unmount()

    // A reload: a new hook on the same clock and the same server.
    const { renderHook } = await import('@testing-library/react')
    const { VerifyPhoneProvider } = await import('../../src/hooks/VerifyPhoneProvider.js')
    const { useVerifyPhone } = await import('../../src/hooks/useVerifyPhone.js')
    const second = renderHook(() => useVerifyPhone({ persist: 'session' }), {
      wrapper: ({ children }) => (
        <VerifyPhoneProvider client={first.mock.client} clock={first.mock.clock}>
          {children}
        </VerifyPhoneProvider>
      ),
    })
    const restored = second.result.current
    expect(restored.status).toBe('awaitingCode')
    expect(restored.phoneNumber).toBe(PHONE)
    expect(restored.attemptsLeft).toBe(2)
    expect(restored.resendRemainingMs).toBe(20_000)
    expect(restored.code).toBe('')
    act(() => second.result.current.submitCode(first.latestCode()))
    await settle()
    expect(second.result.current.status).toBe('verified')
  })

  it('never writes the code or anything but the flow to storage', async () => {
    const flow = renderFlow({ persist: 'session' })
    await flow.sendAndWait()
    const code = flow.latestCode()
    act(() => flow.result.current.setCode(code))
    await flow.submitAndWait(flow.wrongCode())
    const everything = JSON.stringify({ ...sessionStorage })
    expect(everything).toContain(PHONE)
    expect(everything).not.toContain(code)
    expect(Object.keys(sessionStorage)).toEqual([DEFAULT_PERSIST_KEY])
  })

  it.each([
    ['not JSON', '{oops'],
    ['a wrong version', JSON.stringify({ version: 99, status: 'locked', phoneNumber: PHONE, lockedUntil: 0 })],
    ['attempts out of range', null],
    ['a lock far beyond the policy', null],
  ])('ignores a tampered entry: %s', async (label, raw) => {
    const probe = renderFlow({ persist: 'session' })
    await probe.sendAndWait()
    const saved = JSON.parse(sessionStorage.getItem(DEFAULT_PERSIST_KEY) ?? '{}')
    probe.unmount()
    const now = probe.mock.clock.now()
    const value =
      raw ??
      (label === 'attempts out of range'
        ? JSON.stringify({ ...saved, attemptsLeft: 99 })
        : JSON.stringify({ version: saved.version, status: 'locked', phoneNumber: PHONE, lockedUntil: now + 10 * 365 * 86_400_000 }))
    sessionStorage.setItem(DEFAULT_PERSIST_KEY, value)
    const fresh = renderFlow({ persist: 'session' })
    expect(fresh.result.current.status).toBe('editing')
    expect(fresh.result.current.phoneNumber).toBeUndefined()
  })

  it('does not touch storage unless asked', async () => {
    const flow = renderFlow()
    await flow.sendAndWait()
    expect(sessionStorage.length).toBe(0)
  })

  it('forgets the flow on reset', async () => {
    const flow = renderFlow({ persist: 'session' })
    await flow.sendAndWait()
    expect(sessionStorage.getItem(DEFAULT_PERSIST_KEY)).not.toBeNull()
    act(() => flow.result.current.reset())
    expect(sessionStorage.getItem(DEFAULT_PERSIST_KEY)).toBeNull()
  })
})

describe("useVerifyPhone: persist: 'session' after the end", () => {
  it('removes the entry once the number is verified', async () => {
    const flow = renderFlow({ persist: 'session' })
    await flow.sendAndWait()
    await flow.submitAndWait(flow.latestCode())
    expect(flow.result.current.status).toBe('verified')
    expect(sessionStorage.getItem(DEFAULT_PERSIST_KEY)).toBeNull()
  })
})
