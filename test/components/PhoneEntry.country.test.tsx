import { describe, expect, it, vi } from 'vitest'
import { render } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import { countryButton, countryLabel, listOpened, phoneInput } from './phoneEntryHelpers.js'

// Which country the field shows while national and international numbers are
// typed and cleared, with the real keyboard.

async function pickCountry(name: string) {
  await userEvent.click(countryButton())
  await listOpened()
  await userEvent.keyboard(name)
  await userEvent.keyboard('{Enter}')
}

async function clearField() {
  await userEvent.click(phoneInput())
  await userEvent.keyboard('{Control>}a{/Control}{Backspace}')
}

describe('a shared calling code', () => {
  it('keeps the default country while the national digits prove nothing else (US, 310 738 50)', async () => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry="US" onValueChange={onValueChange} />)
    await userEvent.type(phoneInput(), '31073850')
    expect(countryButton()).toHaveAccessibleName(countryLabel('United States', '1'))
    await userEvent.type(phoneInput(), '12')
    expect(countryButton()).toHaveAccessibleName(countryLabel('United States', '1'))
    expect(onValueChange).toHaveBeenLastCalledWith('+13107385012', expect.objectContaining({ country: 'US' }))
  })

  it('keeps a picked country in the same way', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await pickCountry('United States')
    await userEvent.type(phoneInput(), '31073850')
    expect(countryButton()).toHaveAccessibleName(countryLabel('United States', '1'))
  })

  it('shows the country a complete number belongs to, and the own country again once it no longer does', async () => {
    render(<PhoneEntry defaultCountry="US" />)
    await userEvent.type(phoneInput(), '4165550123')
    expect(countryButton()).toHaveAccessibleName(countryLabel('Canada', '1'))
    await userEvent.keyboard('{Backspace}')
    expect(countryButton()).toHaveAccessibleName(countryLabel('United States', '1'))
  })
})

describe('clearing the field', () => {
  it('goes back to the default country after an international number chose another', async () => {
    const onCountryChange = vi.fn()
    render(<PhoneEntry defaultCountry="US" onCountryChange={onCountryChange} />)
    await userEvent.type(phoneInput(), '+7 800 555 35 35')
    expect(countryButton()).toHaveAccessibleName(countryLabel('Russia', '7'))
    await clearField()
    expect(phoneInput()).toHaveValue('')
    expect(countryButton()).toHaveAccessibleName(countryLabel('United States', '1'))
    expect(onCountryChange).toHaveBeenLastCalledWith('US')
  })

  it('goes back to the last country the user picked', async () => {
    render(<PhoneEntry defaultCountry="US" />)
    await pickCountry('Germany')
    await userEvent.type(phoneInput(), '+7 800 555 35 35')
    expect(countryButton()).toHaveAccessibleName(countryLabel('Russia', '7'))
    await clearField()
    expect(countryButton()).toHaveAccessibleName(countryLabel('Germany', '49'))
    expect(phoneInput()).toHaveValue('')
  })
})
