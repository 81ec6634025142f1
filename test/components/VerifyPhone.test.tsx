import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import axe from 'axe-core'
import { createMockTransmit, type MockTransmitOptions } from '../../src/api/mock/createMockTransmit.js'
import { VerifyPhone, type VerifyPhoneProps } from '../../src/components/VerifyPhone.js'
import { VerifyPhoneProvider } from '../../src/hooks/VerifyPhoneProvider.js'

function renderFlow(props: Partial<VerifyPhoneProps> = {}, mockOptions: MockTransmitOptions = {}) {
  const mock = createMockTransmit(mockOptions)
  const view = render(
    <VerifyPhoneProvider client={mock.client} clock={mock.clock} policy={mockOptions.policy}>
      <VerifyPhone defaultCountry="FR" webOtp={false} {...props} />
    </VerifyPhoneProvider>,
  )
  return { mock, ...view }
}

async function sendCode() {
  await userEvent.type(screen.getByLabelText(/Mobile number/), '612345678')
  await userEvent.click(screen.getByRole('button', { name: 'Send code' }))
  await screen.findByRole('heading', { name: 'Enter the code' })
}

const codeInput = () => screen.getByLabelText(/Verification code/) as HTMLInputElement

async function expectNoAxeViolations(container: HTMLElement) {
  const result = await axe.run(container)
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([])
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('<VerifyPhone>', () => {
  it('walks the happy path, moving focus to the code field, then to the verified heading, and announcing the sent code', async () => {
    const onVerified = vi.fn()
    const { mock } = renderFlow({ onVerified })
    await sendCode()
    expect(codeInput()).toHaveFocus()
    expect(screen.getByText(/We sent a code to/)).toHaveTextContent('We sent a code to +33 6 12 34 56 78.')
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Code sent to +33 6 12 34 56 78.'))
    await userEvent.type(codeInput(), mock.outbox.latest()?.code ?? '')
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    expect(await screen.findByRole('heading', { name: 'Phone number verified' })).toHaveFocus()
    expect(screen.getByRole('heading', { name: 'Phone number verified' })).toHaveAccessibleDescription(/\+33 6 12 34 56 78 is now verified/)
    expect(onVerified).toHaveBeenCalledWith('+33612345678')
    expect(screen.getAllByRole('status')).toHaveLength(1)
  })

  it('keeps the number left-to-right inside a right-to-left sentence', async () => {
    renderFlow({ locale: 'ar' })
    await userEvent.type(screen.getByRole('textbox', { name: /.+/ }), '612345678')
    await userEvent.click(screen.getAllByRole('button').at(-1)!)
    const bdi = await waitFor(() => {
      const found = document.querySelector('[data-step="code"] bdi')
      if (!found) throw new Error('no number yet')
      return found
    })
    expect(bdi).toHaveAttribute('dir', 'ltr')
    expect(bdi.closest('[dir]')?.getAttribute('dir')).toBe('ltr')
    expect(document.querySelector('[data-state]')).toHaveAttribute('dir', 'rtl')
  })

  it('ties a wrong-code message to the field and keeps the typed code selected', async () => {
    const { mock } = renderFlow()
    await sendCode()
    const wrong = mock.outbox.latest()?.code.startsWith('0') ? '111111' : '000000'
    await userEvent.type(codeInput(), wrong)
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(codeInput()).toHaveAccessibleDescription(/That code is not correct\. You have 2 attempts left\./))
    expect(codeInput()).toHaveValue(wrong)
    expect(codeInput()).toHaveFocus()
    expect([codeInput().selectionStart, codeInput().selectionEnd]).toEqual([0, 6])
  })

  it('shows the resend wait in place without taking focus, then allows a resend', async () => {
    const { mock } = renderFlow()
    await sendCode()
    const resend = screen.getByRole('button', { name: 'Send a new code' })
    expect(resend).toHaveAttribute('aria-disabled', 'true')
    expect(resend).toHaveAccessibleDescription('You can request a new code in 30 seconds.')
    codeInput().focus()
    mock.clock.advance(5_000)
    await waitFor(() => expect(resend).toHaveAccessibleDescription('You can request a new code in 25 seconds.'))
    expect(codeInput()).toHaveFocus()
    mock.clock.advance(25_000)
    await waitFor(() => expect(resend).not.toHaveAttribute('aria-disabled'))
    await userEvent.click(resend)
    await waitFor(() => expect(resend).toHaveAccessibleDescription(/^New code sent\. You can request a new code in 30 seconds\.$/))
    expect(mock.outbox.messages).toHaveLength(2)
  })

  it('calls onUnauthorized when the token is refused', async () => {
    const onUnauthorized = vi.fn()
    renderFlow({ onUnauthorized }, { faults: { send: { kind: 'status', status: 401 } } })
    await userEvent.type(screen.getByLabelText(/Mobile number/), '612345678')
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }))
    expect(await screen.findByText(/Your session has ended/, { selector: 'p' })).toBeVisible()
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })

  it('renders the same structure with no class of the kit when unstyled', async () => {
    const { container } = renderFlow({ unstyled: true })
    expect(container.querySelector('[class*="vp-"]')).toBeNull()
    expect(container.querySelector('[data-step="phone"]')).not.toBeNull()
  })

  it.each([
    ['the phone step', async () => undefined],
    ['the code step', sendCode],
  ])('has no axe violations on %s', async (_label, reach) => {
    const { container } = renderFlow()
    await reach()
    await expectNoAxeViolations(container)
  })
})
