import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import { countryButton, listOpened, phoneInput, pointerAway } from './phoneEntryHelpers.js'

// The country list's popup as the page really fetches it: this file imports nothing of it, so the
// page's resource timing shows whether and when its modules were requested. (The loading states
// themselves, with the chunk held back or failing, are in CountrySelect.lazy.test.tsx.)

/** Whether the page has requested one of the list's own modules (the popup, its state and behaviour). */
const listRequested = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => /\/phoneEntry\/(CountryList|useCountrySelect|useCountrySelectState)\.tsx?\b/.test(entry.name))

describe('the country list is a chunk of its own', () => {
  it('is not requested while the field is used without the list, and is when the pointer comes to the button', async () => {
    await pointerAway()
    render(<PhoneEntry defaultCountry="FR" />)
    await userEvent.type(phoneInput(), '0612345678')
    expect(phoneInput()).toHaveValue('06 12 34 56 78')
    expect(listRequested()).toBe(false)

    await userEvent.hover(countryButton())
    await expect.poll(listRequested).toBe(true)
    await userEvent.click(countryButton())
    expect(await listOpened()).toHaveFocus()
    expect(screen.getByRole('option', { name: /France/, selected: true })).toBeInTheDocument()
  })
})
