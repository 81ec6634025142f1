import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { createMockTransmit, type MockTransmitOptions } from '../../../src/api/mock/createMockTransmit.js'
import { VerifyPhone, type VerifyPhoneProps } from '../../../src/components/VerifyPhone.js'
import { VerifyPhoneProvider } from '../../../src/hooks/VerifyPhoneProvider.js'

/** The flow on the mock Transmit and its manual clock, inside a page that paints the theme's background. */
export function renderFlow(props: Partial<VerifyPhoneProps> = {}, mockOptions: MockTransmitOptions = {}, theme?: 'light' | 'dark') {
  const mock = createMockTransmit(mockOptions)
  const view = render(
    // A dark kit sits on a dark page: the page's own color-scheme paints Canvas behind it.
    <main data-vp-theme={theme} style={{ colorScheme: theme ?? 'light', background: 'Canvas', padding: 16 }}>
      <VerifyPhoneProvider client={mock.client} clock={mock.clock} policy={mockOptions.policy}>
        <VerifyPhone defaultCountry="FR" webOtp={false} {...props} />
      </VerifyPhoneProvider>
    </main>,
  )
  return { mock, ...view }
}

export const phoneInput = () => screen.getByLabelText(/Mobile number/) as HTMLInputElement
export const codeInput = () => screen.getByLabelText(/Verification code/) as HTMLInputElement

/** Types a French mobile number and sends it; resolves on the code step. */
export async function sendCode(number = '612345678') {
  await userEvent.type(phoneInput(), number)
  await userEvent.click(screen.getByRole('button', { name: 'Send code' }))
  await screen.findByRole('heading', { name: 'Enter the code' })
}

/** A code the mock refuses. */
export function wrongCode(sent: string | undefined): string {
  return sent?.startsWith('0') ? '111111' : '000000'
}
