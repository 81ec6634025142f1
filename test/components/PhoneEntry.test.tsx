import { describe, expect, it, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { createRef, useState } from 'react'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import { containing, countryButton, countryLabel, listOpened, message, phoneInput, withCaret } from './phoneEntryHelpers.js'

describe('the field', () => {
  it('is a labelled tel input with autocomplete, left-to-right, described by the description', () => {
    render(<PhoneEntry defaultCountry="FR" />)
    const input = phoneInput()
    expect(input).toHaveAttribute('type', 'tel')
    expect(input).toHaveAttribute('autocomplete', 'tel')
    expect(input).toHaveAttribute('dir', 'ltr')
    expect(input).toHaveAccessibleDescription(message('phoneHint'))
  })

  it('takes its label and description from props over the catalogue', () => {
    render(<PhoneEntry defaultCountry="FR" label="Phone" description="For sign-in codes" />)
    expect(phoneInput('Phone')).toHaveAccessibleDescription('For sign-in codes')
  })

  it('forwards its ref to the real input', () => {
    const ref = createRef<HTMLInputElement>()
    render(<PhoneEntry ref={ref} defaultCountry="FR" />)
    expect(ref.current).toBe(phoneInput())
  })

  it('starts from the default value in national form, in its country', () => {
    render(<PhoneEntry defaultValue="+447400123456" defaultCountry="FR" />)
    expect(phoneInput()).toHaveValue('07400 123456')
    expect(countryButton()).toHaveAccessibleName(countryLabel('United Kingdom', '44'))
  })

  it('starts in the region of the browser languages without a default country', () => {
    render(<PhoneEntry />)
    const region = new Intl.Locale(navigator.languages[0] ?? 'en').maximize().region
    const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(region ?? 'US')
    expect(countryButton().getAttribute('aria-label')).toContain(name)
  })

  it('shows data attributes for its state', async () => {
    const { container } = render(<PhoneEntry defaultCountry="FR" disabled />)
    const root = container.querySelector('[data-vp-phone-entry]')
    expect(root).toHaveAttribute('data-disabled')
    expect(root).not.toHaveAttribute('data-complete')
  })

  it('is disabled with its country button', () => {
    render(<PhoneEntry defaultCountry="FR" disabled />)
    expect(phoneInput()).toBeDisabled()
    expect(countryButton()).toBeDisabled()
  })
})

describe('onValueChange', () => {
  it('never fires on mount, even with a value', () => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultValue="+33612345678" onValueChange={onValueChange} />)
    render(<PhoneEntry value="+33612345678" onValueChange={onValueChange} />)
    expect(onValueChange).not.toHaveBeenCalled()
  })

  it('never fires when the value prop changes, and the field shows the new value', () => {
    const onValueChange = vi.fn()
    const { rerender } = render(<PhoneEntry value="+33612345678" onValueChange={onValueChange} />)
    rerender(<PhoneEntry value="+14155552671" onValueChange={onValueChange} />)
    expect(phoneInput()).toHaveValue('(415) 555-2671')
    rerender(<PhoneEntry value={undefined} onValueChange={onValueChange} />)
    expect(phoneInput()).toHaveValue('')
    expect(onValueChange).not.toHaveBeenCalled()
  })

  it('fires once per change of value while typing, with undefined until the number is possible', async () => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry="FR" onValueChange={onValueChange} />)
    await userEvent.type(phoneInput(), '061234567')
    expect(onValueChange).not.toHaveBeenCalled()
    await userEvent.type(phoneInput(), '8')
    expect(onValueChange).toHaveBeenCalledTimes(1)
    await userEvent.keyboard('{Backspace}')
    expect(onValueChange).toHaveBeenLastCalledWith(undefined, { country: 'FR', isPossible: false, isValid: false, reason: 'TOO_SHORT' })
  })

  it("with validation 'valid', waits for a number the plan assigns", async () => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry="US" validation="valid" onValueChange={onValueChange} />)
    await userEvent.type(phoneInput(), '5555555555')
    expect(onValueChange).not.toHaveBeenCalled()
  })

  it('works controlled: the parent echoing the value keeps the caret in place', async () => {
    function Controlled() {
      const [value, setValue] = useState<string | undefined>()
      return (
        <>
          <PhoneEntry defaultCountry="FR" value={value} onValueChange={setValue} />
          <output>{value ?? 'none'}</output>
        </>
      )
    }
    render(<Controlled />)
    await userEvent.type(phoneInput(), '0612345678')
    expect(screen.getByRole('status')).toHaveTextContent('+33612345678')
    phoneInput().setSelectionRange(4, 4) // "06 1|2 34 56 78"
    await userEvent.keyboard('{Backspace}')
    expect(withCaret(phoneInput())).toBe('06| 23 45 67 8')
    expect(screen.getByRole('status')).toHaveTextContent('none')
  })

  it('follows a controlled country and reports the one the number decides', async () => {
    const onCountryChange = vi.fn()
    const { rerender } = render(<PhoneEntry country="FR" onCountryChange={onCountryChange} />)
    rerender(<PhoneEntry country="DE" onCountryChange={onCountryChange} />)
    expect(countryButton()).toHaveAccessibleName(countryLabel('Germany', '49'))
    expect(onCountryChange).not.toHaveBeenCalled()
    await userEvent.type(phoneInput(), '+33612345678')
    expect(onCountryChange).toHaveBeenLastCalledWith('FR')
  })
})

describe('errors', () => {
  it('show after blur, not while typing', async () => {
    render(
      <>
        <PhoneEntry defaultCountry="FR" />
        <button type="button">next</button>
      </>,
    )
    await userEvent.type(phoneInput(), '0612')
    expect(phoneInput()).not.toHaveAttribute('aria-invalid')
    await userEvent.click(screen.getByRole('button', { name: 'next' }))
    // After the click completes, so the error cannot push the button away mid-click.
    await vi.waitFor(() => expect(phoneInput()).toHaveAttribute('aria-invalid', 'true'))
    expect(phoneInput()).toHaveAccessibleDescription(containing(message('phoneTooShort')))
  })

  it('do not show when focus moves to the country picker', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await userEvent.type(phoneInput(), '0612')
    await userEvent.click(countryButton())
    await listOpened()
    expect(phoneInput()).not.toHaveAttribute('aria-invalid')
  })

  it('show after submit, with the required message for an empty field', async () => {
    render(
      <form onSubmit={(event) => event.preventDefault()} noValidate>
        <PhoneEntry defaultCountry="FR" required />
        <button>Send</button>
      </form>,
    )
    expect(phoneInput()).not.toHaveAttribute('aria-invalid')
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    expect(phoneInput()).toHaveAccessibleDescription(containing(message('phoneRequired')))
  })

  it('update live once shown, and clear when the number is right', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await userEvent.type(phoneInput(), '0612')
    act(() => phoneInput().blur())
    await userEvent.type(phoneInput(), '345678')
    expect(phoneInput()).not.toHaveAttribute('aria-invalid')
  })

  it('shows an error given by the app, tied to the field', () => {
    render(<PhoneEntry defaultCountry="FR" error="This number cannot receive SMS." />)
    expect(phoneInput()).toHaveAttribute('aria-invalid', 'true')
    expect(phoneInput()).toHaveAccessibleDescription(/This number cannot receive SMS\./)
  })

  it('is marked invalid on request', () => {
    const { container } = render(<PhoneEntry defaultCountry="FR" invalid />)
    expect(phoneInput()).toHaveAttribute('aria-invalid', 'true')
    expect(container.querySelector('[data-vp-phone-entry]')).toHaveAttribute('data-invalid')
  })
})
