import type { ReactNode } from 'react'
import { act, renderHook } from '@testing-library/react'
import { createMockTransmit, type MockTransmitOptions } from '../../src/api/mock/createMockTransmit.js'
import { VerifyPhoneProvider } from '../../src/hooks/VerifyPhoneProvider.js'
import { useVerifyPhone, type UseVerifyPhoneOptions } from '../../src/hooks/useVerifyPhone.js'

export const PHONE = '+33612345678'
export const OTHER_PHONE = '+447700900123'

/** Lets pending promise callbacks (the mock answers on a microtask) run inside act. */
export async function settle(): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0))
  })
}

/** The hook under a provider wired to an in-memory Transmit with a manual clock. */
export function renderFlow(hookOptions: UseVerifyPhoneOptions = {}, mockOptions: MockTransmitOptions = {}) {
  const mock = createMockTransmit(mockOptions)
  const wrapper = ({ children }: { children: ReactNode }) => (
    <VerifyPhoneProvider client={mock.client} clock={mock.clock} policy={mockOptions.policy}>
      {children}
    </VerifyPhoneProvider>
  )
  const rendered = renderHook((props: UseVerifyPhoneOptions) => useVerifyPhone(props), { wrapper, initialProps: hookOptions })
  const advance = (ms: number) => act(() => mock.clock.advance(ms))
  const latestCode = () => {
    const sms = mock.outbox.latest()
    if (!sms) throw new Error('no SMS was sent')
    return sms.code
  }
  const wrongCode = () => (latestCode() === '000000' ? '111111' : '000000')
  async function sendAndWait(phoneNumber = PHONE) {
    act(() => rendered.result.current.sendCode(phoneNumber))
    await settle()
  }
  async function submitAndWait(code: string) {
    act(() => rendered.result.current.submitCode(code))
    await settle()
  }
  return { mock, ...rendered, advance, latestCode, wrongCode, sendAndWait, submitAndWait }
}
