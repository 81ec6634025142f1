import { describe, expect, it, vi } from 'vitest'
import { render } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import min from 'libphonenumber-js/min/metadata'
import { AsYouType } from 'libphonenumber-js/core'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import type { CountryCode } from '../../src/core/phoneInput/types.js'
import { phoneInput } from './phoneEntryHelpers.js'

// Each number typed one real keystroke at a time: after every digit the field
// shows what libphonenumber-js's AsYouType shows for the same keystrokes.
// Every country's example number runs on the same edit path in
// test/core/phoneInput/asYouType.test.ts; here a sample goes through Chromium.
const NUMBERS: [CountryCode, string][] = [
  ['AR', '01115 2345 6789'],
  ['AR', '011 2345 6789'],
  ['RU', '8 800 555 35 35'],
  ['RU', '8 912 345 67 89'],
  ['JE', '07797 712345'],
  ['TJ', '917 12 3456'],
  ['FR', '06 12 34 56 78'],
  ['US', '201 555 0123'],
  ['GB', '020 7946 0958'],
  ['DE', '01512 3456789'],
  ['JP', '090 1234 5678'],
  ['BR', '11 91234 5678'],
  ['IN', '98765 43210'],
  ['US', '+7 800 555 35 35'],
  ['FR', '+54 9 11 2345 6789'],
]

describe('formatting one keystroke at a time', () => {
  it.each(NUMBERS)('in %s, %s shows what AsYouType shows after every digit', async (country, number) => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry={country} onValueChange={onValueChange} />)
    const input = phoneInput()
    await userEvent.click(input)
    const reference = new AsYouType(country, min)
    for (const char of number.replace(/[^\d+]/g, '')) {
      const expected = reference.input(char)
      await userEvent.keyboard(char)
      expect(input).toHaveValue(expected)
      // The caret follows the digit just typed (only formatting after it, such as the `)` of `8 (800)`).
      expect(input.value.slice(input.selectionStart ?? 0)).toMatch(/^[^\d]*$/)
      expect(input.value.slice(0, input.selectionStart ?? 0)).toMatch(/[\d+]$/)
    }
    expect(onValueChange).toHaveBeenLastCalledWith(reference.getNumber()?.number, expect.anything())
  })

  it('groups a French number typed without its trunk prefix as 06 12 34 56 78 is, and gives the same E.164', async () => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry="FR" onValueChange={onValueChange} />)
    await userEvent.type(phoneInput(), '612345678')
    expect(phoneInput()).toHaveValue('6 12 34 56 78')
    expect(onValueChange).toHaveBeenLastCalledWith('+33612345678', expect.objectContaining({ country: 'FR', isValid: true }))
  })
})
