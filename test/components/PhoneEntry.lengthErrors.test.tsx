import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import min from 'libphonenumber-js/min/metadata'
import { validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js/core'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import type { MessageKey } from '../../src/i18n/types.js'
import { containing, message, phoneInput } from './phoneEntryHelpers.js'

// Every length problem libphonenumber-js reports reaches the user as a message
// once the field is left or its form submitted. The expected message comes from
// libphonenumber-js's own verdict on the same digits, not from the field.

const MESSAGE_FOR: Record<string, MessageKey> = {
  TOO_SHORT: 'phoneTooShort',
  TOO_LONG: 'phoneTooLong',
  INVALID_LENGTH: 'phoneInvalidLength',
}

const NUMBERS: [CountryCode, string][] = [
  ['TR', '444 1 4444'],
  ['FR', '06 12 3'],
  ['FR', '06 12 34 56 78 90'],
  ['US', '415 555 26'],
  ['GB', '07400 1234567'],
  ['BR', '11 9123'],
  ['RU', '8 912 345 67'],
  ['IT', '312 345 678 901 23'],
  ['MX', '55 1234 567'],
  ['ES', '612 34 56 7'],
]

describe('length errors', () => {
  it.each(NUMBERS)('in %s, %s shows libphonenumber-js’s length verdict after blur', async (country, typed) => {
    const verdict = validatePhoneNumberLength(typed, country, min)
    expect(verdict && MESSAGE_FOR[verdict]).toBeDefined()
    render(
      <>
        <PhoneEntry defaultCountry={country} name="phone" />
        <button type="button">next</button>
      </>,
    )
    await userEvent.type(phoneInput(), typed)
    await userEvent.click(screen.getByRole('button', { name: 'next' }))
    await vi.waitFor(() => expect(phoneInput()).toHaveAttribute('aria-invalid', 'true'))
    expect(phoneInput()).toHaveAccessibleDescription(containing(message(MESSAGE_FOR[verdict!]!)))
    expect(document.querySelector<HTMLInputElement>('input[name="phone"]')?.value).toBe('')
  })

  it('shows the Turkish INVALID_LENGTH on submit, and reports no value', async () => {
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault())
    render(
      <form onSubmit={onSubmit} noValidate>
        <PhoneEntry defaultCountry="TR" name="phone" />
        <button>Send</button>
      </form>,
    )
    await userEvent.type(phoneInput(), '444 1 4444')
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    expect(phoneInput()).toHaveAccessibleDescription(containing(message('phoneInvalidLength')))
    expect(document.querySelector<HTMLInputElement>('input[name="phone"]')?.value).toBe('')
  })
})
