import type { ReactNode } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { createMockTransmit } from '../../src/api/mock/createMockTransmit.js'
import type { VerifyPhoneClient } from '../../src/api/types.js'
import { VerifyPhoneError } from '../../src/core/errors.js'
import { formatClockTime } from '../../src/i18n/format.js'
import { VerifyPhoneProvider } from '../../src/hooks/VerifyPhoneProvider.js'
import { useVerifyPhone } from '../../src/hooks/useVerifyPhone.js'
import { OTHER_PHONE, PHONE, renderFlow, settle } from './flowHarness.js'

const DAY = 86_400_000

afterEach(() => {
  vi.restoreAllMocks()
})

describe('useVerifyPhone with a clock that jumps', () => {
  it("keeps the resend cooldown when the device's wall clock is set back a day (the kit's own clock)", async () => {
    const mock = createMockTransmit({ clock: 'real' })
    const wrapper = ({ children }: { children: ReactNode }) => <VerifyPhoneProvider client={mock.client}>{children}</VerifyPhoneProvider>
    const flow = renderHook(() => useVerifyPhone(), { wrapper })
    act(() => flow.result.current.sendCode(PHONE))
    await settle()
    expect(flow.result.current.status).toBe('awaitingCode')
    const wall = Date.now()
    vi.spyOn(Date, 'now').mockReturnValue(wall - DAY)
    flow.rerender()
    expect(flow.result.current.resendRemainingMs).toBeGreaterThan(0)
    expect(flow.result.current.resendRemainingMs).toBeLessThanOrEqual(30_000)
  })

  it("keeps what was left of the cooldown when an app's clock is set back a day", async () => {
    const flow = renderFlow()
    await flow.sendAndWait()
    flow.advance(5_000)
    flow.advance(-DAY)
    await settle()
    expect(flow.result.current.resendRemainingMs).toBe(25_000)
    // A change of number and back must not report rateLimited for a day either.
    act(() => flow.result.current.changeNumber())
    flow.advance(25_000)
    await flow.sendAndWait(PHONE)
    expect(flow.result.current.status).toBe('awaitingCode')
  })

  it('keeps what was left of a lock when the clock is set back a day', async () => {
    const flow = renderFlow()
    await flow.sendAndWait()
    for (let i = 0; i < 3; i++) await flow.submitAndWait(flow.wrongCode())
    expect(flow.result.current.status).toBe('locked')
    flow.advance(-DAY)
    await settle()
    expect(flow.result.current.lockRemainingMs).toBe(900_000)
  })

  it('says clearly when clock.now() gives NaN', () => {
    const mock = createMockTransmit()
    const clock = { now: () => Number.NaN }
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() => renderHook(() => useVerifyPhone({ client: mock.client, clock }))).toThrow(/clock\.now\(\) must return finite epoch milliseconds; got NaN/)
  })
})

describe('useVerifyPhone with times from a custom client', () => {
  it('locks with a date it can show, and calls onLocked, when the client rejects with lockedUntil: 1e300', async () => {
    const client: VerifyPhoneClient = {
      sendCode: () => Promise.resolve(),
      validateCode: () => Promise.reject(new VerifyPhoneError('locked', { lockedUntil: 1e300 })),
    }
    const onLocked = vi.fn()
    const mock = createMockTransmit()
    const flow = renderHook(() => useVerifyPhone({ client, clock: mock.clock, onLocked }))
    act(() => flow.result.current.sendCode(PHONE))
    await settle()
    act(() => flow.result.current.submitCode('123456'))
    await settle()
    expect(flow.result.current.status).toBe('locked')
    expect(onLocked).toHaveBeenCalledTimes(1)
    const lockedUntil = onLocked.mock.calls[0]?.[0] as number
    expect(lockedUntil).toBe(mock.clock.now() + 900_000)
    expect(() => formatClockTime(lockedUntil, 'en', 'UTC')).not.toThrow()
    expect(flow.result.current.lockRemainingMs).toBe(900_000)
  })
})

describe('useVerifyPhone remembers cooldowns for more than the last number', () => {
  it('keeps the cooldown of A when the user goes A → B → A', async () => {
    const flow = renderFlow()
    await flow.sendAndWait(PHONE)
    act(() => flow.result.current.changeNumber())
    await flow.sendAndWait(OTHER_PHONE)
    expect(flow.result.current.phoneNumber).toBe(OTHER_PHONE)
    act(() => flow.result.current.changeNumber())
    flow.advance(10_000)
    await flow.sendAndWait(PHONE)
    expect(flow.result.current.status).toBe('editing')
    expect(flow.result.current.error?.kind).toBe('rateLimited')
    expect(flow.result.current.resendRemainingMs).toBe(20_000)
    expect(flow.mock.outbox.messages.filter((sms) => sms.to === PHONE)).toHaveLength(1)
  })

  it('keeps it when the flow is mounted again in the same page, with the same backend', async () => {
    const first = renderFlow()
    await first.sendAndWait(PHONE)
    first.unmount()
    const wrapper = ({ children }: { children: ReactNode }) => (
      <VerifyPhoneProvider client={first.mock.client} clock={first.mock.clock}>
        {children}
      </VerifyPhoneProvider>
    )
    const again = renderHook(() => useVerifyPhone(), { wrapper })
    act(() => again.result.current.sendCode(PHONE))
    await settle()
    expect(again.result.current.error?.kind).toBe('rateLimited')
    expect(first.mock.outbox.messages).toHaveLength(1)
  })
})
