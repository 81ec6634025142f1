import { describe, expect, it, vi } from 'vitest'
import { render } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import { autofill, caretAt, copyText, countryButton, countryLabel, phoneInput, withCaret } from './phoneEntryHelpers.js'

describe('typing', () => {
  it('formats as you type and gives E.164 for a French number with its trunk prefix', async () => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry="FR" onValueChange={onValueChange} />)
    await userEvent.type(phoneInput(), '0612345678')
    expect(withCaret(phoneInput())).toBe('06 12 34 56 78|')
    expect(onValueChange).toHaveBeenLastCalledWith('+33612345678', { country: 'FR', isPossible: true, isValid: true, reason: undefined })
  })

  it('ignores letters and symbols other than a leading plus', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await userEvent.type(phoneInput(), '06ab-12+')
    expect(phoneInput()).toHaveValue('06 12')
  })

  it('switches country when an international number is typed', async () => {
    const onCountryChange = vi.fn()
    render(<PhoneEntry defaultCountry="FR" onCountryChange={onCountryChange} />)
    await userEvent.type(phoneInput(), '+447400123456')
    expect(phoneInput()).toHaveValue('+44 7400 123456')
    expect(onCountryChange).toHaveBeenLastCalledWith('GB')
  })
})

describe('the caret', () => {
  it('stays after a digit typed in the middle', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await userEvent.type(phoneInput(), '06123456')
    caretAt(phoneInput(), 4) // "06 1|2 34 56"
    await userEvent.keyboard('9')
    expect(withCaret(phoneInput())).toBe('06 19| 23 45 6')
  })

  it('stays after a digit typed at the start', async () => {
    render(<PhoneEntry defaultCountry="US" />)
    await userEvent.type(phoneInput(), '155552671')
    caretAt(phoneInput(), 0)
    await userEvent.keyboard('4')
    expect(withCaret(phoneInput())).toBe('(4|15) 555-2671')
  })

  it('stays where the digit deleted in the middle was', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await userEvent.type(phoneInput(), '0612345678')
    caretAt(phoneInput(), 7) // "06 12 3|4 56 78"
    await userEvent.keyboard('{Backspace}')
    expect(withCaret(phoneInput())).toBe('06 12| 45 67 8')
  })

  it('Backspace over a space deletes the digit before it', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await userEvent.type(phoneInput(), '0612345678')
    caretAt(phoneInput(), 3) // "06 |12 34 56 78"
    await userEvent.keyboard('{Backspace}')
    expect(withCaret(phoneInput())).toBe('0|1 23 45 67 8')
  })

  it('Backspace over a bracket deletes the digit before it', async () => {
    render(<PhoneEntry defaultCountry="US" />)
    await userEvent.type(phoneInput(), '4155552671')
    caretAt(phoneInput(), 5) // "(415)| 555-2671"
    await userEvent.keyboard('{Backspace}')
    expect(phoneInput().value.replace(/\D/g, '')).toBe('415552671')
    expect(phoneInput().value.slice(0, phoneInput().selectionStart ?? 0).replace(/\D/g, '')).toBe('41')
  })

  it('Delete before a space deletes the digit after it', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await userEvent.type(phoneInput(), '0612345678')
    caretAt(phoneInput(), 2) // "06| 12 34 56 78"
    await userEvent.keyboard('{Delete}')
    expect(withCaret(phoneInput())).toBe('06| 23 45 67 8')
  })

  it('deleting a selection that holds only a space keeps the digits', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await userEvent.type(phoneInput(), '0612345678')
    phoneInput().setSelectionRange(2, 3)
    await userEvent.keyboard('{Backspace}')
    expect(phoneInput()).toHaveValue('06 12 34 56 78')
  })
})

describe('pasting', () => {
  it.each([
    ['US', '+33 6 12 34 56 78', '+33612345678', 'France', '33'],
    ['US', '0033 6 12 34 56 78', '+33612345678', 'France', '33'],
    ['FR', '+44 (0)20 7946 0958', '+442079460958', 'United Kingdom', '44'],
    ['FR', '+1 (415) 555-2671', '+14155552671', 'United States', '1'],
    ['FR', '06 12 34 56 78', '+33612345678', 'France', '33'],
  ] as const)('in %s, pasting %j gives %s and shows %s', async (country, pasted, e164, name, callingCode) => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry={country} onValueChange={onValueChange} />)
    await copyText(pasted)
    await userEvent.click(phoneInput())
    await userEvent.paste()
    expect(onValueChange).toHaveBeenLastCalledWith(e164, expect.anything())
    expect(countryButton()).toHaveAccessibleName(countryLabel(name, callingCode))
    expect(phoneInput().selectionStart).toBe(phoneInput().value.length)
  })

  it('a whole number pasted over a partial one replaces it', async () => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry="FR" onValueChange={onValueChange} />)
    await copyText('+33 6 12 34 56 78')
    await userEvent.type(phoneInput(), '0699')
    await userEvent.paste()
    expect(phoneInput()).toHaveValue('+33 6 12 34 56 78')
    expect(onValueChange).toHaveBeenLastCalledWith('+33612345678', expect.anything())
  })

  it('digits pasted in the middle land at the caret, which stays after them', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await copyText('12 34')
    await userEvent.type(phoneInput(), '065678')
    caretAt(phoneInput(), 2) // "06| 56 78"
    await userEvent.paste()
    expect(withCaret(phoneInput())).toBe('06 12 34| 56 78')
  })
})

describe('autofill', () => {
  it.each([
    ['FR', '+33612345678', '+33612345678'],
    ['US', '+33 6 12 34 56 78', '+33612345678'],
    ['FR', '0612345678', '+33612345678'],
    ['US', '(415) 555-2671', '+14155552671'],
  ] as const)('in %s, a whole number %j filled in one event gives %s', async (country, filled, e164) => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry={country} onValueChange={onValueChange} />)
    autofill(phoneInput(), filled)
    await vi.waitFor(() => expect(onValueChange).toHaveBeenLastCalledWith(e164, expect.anything()))
  })

  it('updates the country from an autofilled international number', async () => {
    const onCountryChange = vi.fn()
    render(<PhoneEntry defaultCountry="US" onCountryChange={onCountryChange} />)
    autofill(phoneInput(), '+7 701 123 4567')
    await vi.waitFor(() => expect(onCountryChange).toHaveBeenLastCalledWith('KZ'))
  })
})
