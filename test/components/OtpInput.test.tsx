import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import { page, userEvent } from 'vitest/browser'
import axe from 'axe-core'
import { createRef, StrictMode } from 'react'
import { OtpInput, type OtpInputProps } from '../../src/components/OtpInput.js'
import { VerifyPhoneProvider } from '../../src/hooks/VerifyPhoneProvider.js'
import { engine, VIEWPORT_NOT_IN_WEBKIT } from './engine.js'
import '../../src/styles/otp-input.css'

const slotsOf = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('[data-part="slot"]')]
const rootOf = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-vp-otp]')!

describe('OtpInput markup', () => {
  it('is one labelled text input for one-time codes, with decorative slots', () => {
    const { container } = render(<OtpInput />)
    const input = screen.getByRole('textbox', { name: 'Verification code, 6 digits' })
    expect(input).toHaveAttribute('type', 'text')
    expect(input).toHaveAttribute('inputmode', 'numeric')
    expect(input).toHaveAttribute('autocomplete', 'one-time-code')
    expect(slotsOf(container)).toHaveLength(6)
    expect(slotsOf(container).every((slot) => slot.getAttribute('aria-hidden') === 'true')).toBe(true)
    expect(container.querySelectorAll('input, [tabindex]')).toHaveLength(1)
  })

  it('tells password managers and autofill the code’s length with maxLength, and a full code can still be typed over', async () => {
    const { unmount } = render(<OtpInput />)
    expect(screen.getByRole('textbox')).toHaveAttribute('maxlength', '6')
    unmount()
    render(<OtpInput length={4} defaultValue="1234" />)
    const input = screen.getByRole('textbox')
    expect(input).toHaveAttribute('maxlength', '4')
    // WebKit drops a key on a field at its maxlength before any beforeinput.
    await userEvent.click(input)
    await userEvent.keyboard('{Home}9')
    expect(input).toHaveValue('9234')
  })

  it('takes its length from the provider’s policy, and the length prop wins', () => {
    const { container, rerender } = render(
      <VerifyPhoneProvider policy={{ codeLength: 4 }}>
        <OtpInput />
      </VerifyPhoneProvider>,
    )
    expect(screen.getByRole('textbox', { name: 'Verification code, 4 digits' })).toBeInTheDocument()
    expect(slotsOf(container)).toHaveLength(4)
    rerender(
      <VerifyPhoneProvider policy={{ codeLength: 4 }}>
        <OtpInput length={8} />
      </VerifyPhoneProvider>,
    )
    expect(screen.getByRole('textbox', { name: 'Verification code, 8 digits' })).toBeInTheDocument()
    expect(slotsOf(container)).toHaveLength(8)
  })

  it('uses the label prop, or the provider’s message for the label', () => {
    const { rerender } = render(<OtpInput label="SMS code" />)
    expect(screen.getByRole('textbox', { name: 'SMS code' })).toBeInTheDocument()
    rerender(
      <VerifyPhoneProvider messages={{ codeLabel: 'Code ({count})' }}>
        <OtpInput />
      </VerifyPhoneProvider>,
    )
    expect(screen.getByRole('textbox', { name: 'Code (6)' })).toBeInTheDocument()
  })

  it('keeps a hidden label as the accessible name', () => {
    render(<OtpInput hideLabel />)
    const label = screen.getByText('Verification code, 6 digits')
    expect(label.getBoundingClientRect().width).toBeLessThanOrEqual(1)
    expect(screen.getByRole('textbox', { name: 'Verification code, 6 digits' })).toBeInTheDocument()
  })

  it('ties the description and an error to the input; an error marks it invalid, as invalid alone does', () => {
    const props: OtpInputProps = { description: 'Sent to +33 6 12 34 56 78', 'aria-describedby': 'extra' }
    const { rerender } = render(
      <>
        <span id="extra">Extra</span>
        <OtpInput {...props} />
      </>,
    )
    const input = screen.getByRole('textbox')
    expect(input).not.toHaveAttribute('aria-invalid')
    expect(input).toHaveAccessibleDescription('Extra Sent to +33 6 12 34 56 78')
    rerender(
      <>
        <span id="extra">Extra</span>
        <OtpInput {...props} error="That code is not correct." />
      </>,
    )
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input.closest('[data-vp-otp]')).toHaveAttribute('data-invalid', '')
    expect(input).toHaveAccessibleDescription('Extra Sent to +33 6 12 34 56 78 That code is not correct.')
    rerender(
      <>
        <span id="extra">Extra</span>
        <OtpInput {...props} invalid />
      </>,
    )
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription('Extra Sent to +33 6 12 34 56 78')
  })

  it('shows its state as data attributes', async () => {
    const { container, rerender } = render(<OtpInput length={4} />)
    const root = rootOf(container)
    expect(root).toHaveAttribute('data-state', 'empty')
    expect(root).not.toHaveAttribute('data-focused')
    await userEvent.click(screen.getByRole('textbox'))
    expect(root).toHaveAttribute('data-focused')
    await userEvent.keyboard('12')
    expect(root).toHaveAttribute('data-state', 'partial')
    expect(root).not.toHaveAttribute('data-complete')
    await userEvent.keyboard('34')
    expect(root).toHaveAttribute('data-state', 'complete')
    expect(root).toHaveAttribute('data-complete', '')
    rerender(<OtpInput length={4} invalid disabled />)
    expect(root).toHaveAttribute('data-invalid', '')
    expect(root).toHaveAttribute('data-disabled', '')
  })

  it('is skipped by Tab and ignores the keyboard when disabled', async () => {
    render(
      <>
        <button type="button">before</button>
        <OtpInput disabled />
        <button type="button">after</button>
      </>,
    )
    screen.getByRole('button', { name: 'before' }).focus()
    await userEvent.tab()
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus()
    expect(screen.getByRole('textbox')).toBeDisabled()
  })

  it('passes the real input to an object ref and a callback ref', () => {
    const objectRef = createRef<HTMLInputElement>()
    const callbackRef = vi.fn()
    render(
      <>
        <OtpInput ref={objectRef} label="one" />
        <OtpInput ref={callbackRef} label="two" />
      </>,
    )
    expect(objectRef.current).toBe(screen.getByRole('textbox', { name: 'one' }))
    expect(callbackRef).toHaveBeenCalledWith(screen.getByRole('textbox', { name: 'two' }))
  })

  it('focuses the input with autoFocus', () => {
    render(<OtpInput autoFocus />)
    expect(screen.getByRole('textbox')).toHaveFocus()
  })

  it('masks the digits in the slots and for screen readers', async () => {
    const { container } = render(<OtpInput mask defaultValue="12" />)
    const input = screen.getByLabelText('Verification code, 6 digits')
    expect(input).toHaveAttribute('type', 'password')
    expect(input).toHaveAttribute('inputmode', 'numeric')
    expect(screen.queryByRole('textbox')).toBeNull()
    expect(slotsOf(container).map((slot) => slot.textContent)).toEqual(['•', '•', '', '', '', ''])
    expect(container.textContent).not.toMatch(/[12]/)
    await userEvent.click(input)
    await userEvent.keyboard('3')
    expect(input).toHaveValue('123')
  })

  it('gives a slot render function and class names each slot’s state', async () => {
    const renderSlot = vi.fn((slot: { char: string | null; index: number; isActive: boolean; hasFakeCaret: boolean }) => (
      <span>{`${slot.index}:${slot.char ?? '-'}${slot.isActive ? '*' : ''}${slot.hasFakeCaret ? '|' : ''}`}</span>
    ))
    const { container } = render(
      <OtpInput
        length={4}
        defaultValue="7"
        renderSlot={renderSlot}
        slotClassName={(slot) => (slot.char ? 'filled' : 'empty')}
      />,
    )
    expect(slotsOf(container).map((slot) => slot.textContent)).toEqual(['0:7', '1:-', '2:-', '3:-'])
    expect(slotsOf(container).map((slot) => slot.className)).toEqual(['filled', 'empty', 'empty', 'empty'])
    await userEvent.click(screen.getByRole('textbox'))
    expect(slotsOf(container).map((slot) => slot.textContent)).toEqual(['0:7', '1:-*|', '2:-', '3:-'])
  })

  it('applies a string slot class name to every slot', () => {
    const { container } = render(<OtpInput slotClassName="cell" />)
    expect(slotsOf(container).every((slot) => slot.className === 'cell')).toBe(true)
  })

  it('does not call onComplete when the first value is already complete', async () => {
    const onComplete = vi.fn()
    render(<OtpInput defaultValue="123456" onComplete={onComplete} />)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(onComplete).not.toHaveBeenCalled()
  })

  it('calls onComplete once in StrictMode', async () => {
    const onComplete = vi.fn()
    render(
      <StrictMode>
        <OtpInput onComplete={onComplete} />
      </StrictMode>,
    )
    await userEvent.click(screen.getByRole('textbox'))
    await userEvent.keyboard('123456')
    expect(onComplete).toHaveBeenCalledTimes(1)
  })
})

describe('OtpInput in forms', () => {
  it('submits the code under its name in a native form', async () => {
    let submitted: FormData | undefined
    render(
      <form
        onSubmit={(event) => {
          event.preventDefault()
          submitted = new FormData(event.currentTarget)
        }}
      >
        <OtpInput name="code" />
        <button type="submit">Verify</button>
      </form>,
    )
    await userEvent.click(screen.getByRole('textbox'))
    await userEvent.keyboard('482913')
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    expect(submitted?.get('code')).toBe('482913')
  })

  it('goes back to its default value on form reset', async () => {
    render(
      <form>
        <OtpInput name="code" defaultValue="12" />
        <button type="reset">Reset</button>
      </form>,
    )
    const input = screen.getByRole('textbox')
    await userEvent.click(input)
    await userEvent.keyboard('3456')
    expect(input).toHaveValue('123456')
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }))
    await expect.poll(() => (input as HTMLInputElement).value).toBe('12')
  })
})

describe('OtpInput layout', () => {
  afterEach(async () => {
    document.documentElement.dir = ''
    await page.viewport(414, 896)
  })

  it('keeps the digits left to right on a right-to-left page', async () => {
    document.documentElement.dir = 'rtl'
    const { container } = render(<OtpInput defaultValue="123" />)
    const [first, second] = slotsOf(container).map((slot) => slot.getBoundingClientRect().left)
    expect(first).toBeLessThan(second!)
    await userEvent.click(screen.getByRole('textbox'))
    await userEvent.keyboard('{ArrowLeft}')
    expect(slotsOf(container).map((slot) => slot.hasAttribute('data-active'))).toEqual([false, false, true, false, false, false])
    await userEvent.keyboard('{ArrowLeft}9')
    expect(screen.getByRole('textbox')).toHaveValue('193')
  })

  it.runIf(engine === 'chromium').each([4, 6, 8])(`does not overflow a 320 px wide page with %i digits ${VIEWPORT_NOT_IN_WEBKIT}`, async (length) => {
    await page.viewport(320, 640)
    const { container } = render(
      <div style={{ padding: 16 }}>
        <OtpInput length={length} />
      </div>,
    )
    const slots = slotsOf(container)
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320)
    expect(slots.at(-1)!.getBoundingClientRect().right).toBeLessThanOrEqual(320 - 16)
    expect(slots.at(-1)!.getBoundingClientRect().width).toBeGreaterThan(20)
  })

  it('keeps room for a password manager badge right of the last slot', () => {
    const { container } = render(<OtpInput />)
    const input = screen.getByRole('textbox').getBoundingClientRect()
    const last = slotsOf(container).at(-1)!.getBoundingClientRect()
    // Badges are about 24 px wide and drawn inside the input's right edge.
    expect(input.right - last.right).toBeGreaterThanOrEqual(32)
  })

  it('lets the badge room be removed with --vp-otp-badge-space', () => {
    const { container } = render(<OtpInput style={{ ['--vp-otp-badge-space' as string]: '0px' }} />)
    const input = screen.getByRole('textbox').getBoundingClientRect()
    const last = slotsOf(container).at(-1)!.getBoundingClientRect()
    expect(Math.round(input.right - last.right)).toBe(0)
  })

  it('stays operable without the stylesheet’s slot sizes', () => {
    render(<OtpInput className="bare" />)
    const input = screen.getByRole('textbox').getBoundingClientRect()
    expect(input.height).toBeGreaterThan(10)
    expect(input.width).toBeGreaterThan(10)
  })
})

describe('OtpInput accessibility (axe)', () => {
  it.each<[string, OtpInputProps]>([
    ['default', {}],
    ['filled', { defaultValue: '4829' }],
    ['invalid', { defaultValue: '482913', error: 'That code is not correct.' }],
    ['disabled', { disabled: true, defaultValue: '48' }],
    ['masked', { mask: true, defaultValue: '482' }],
    ['described', { description: 'We sent a code to +33 6 12 34 56 78.' }],
  ])('has no violations when %s', async (_state, props) => {
    const { container } = render(<OtpInput {...props} />)
    const results = await axe.run(container)
    expect(results.violations).toEqual([])
  })

  it('has no violations while focused with a caret', async () => {
    const { container } = render(<OtpInput defaultValue="12" />)
    await userEvent.click(screen.getByRole('textbox'))
    const results = await axe.run(container)
    expect(results.violations).toEqual([])
  })
})
