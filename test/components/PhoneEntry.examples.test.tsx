import { describe, expect, it, vi } from 'vitest'
import { render } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import examples from 'libphonenumber-js/mobile/examples'
import min from 'libphonenumber-js/min/metadata'
import { getExampleNumber } from 'libphonenumber-js/core'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import type { CountryCode } from '../../src/core/phoneInput/types.js'
import { phoneInput } from './phoneEntryHelpers.js'

// Every country is covered in test/core/phoneInput/examples.test.ts on the same
// edit path; here a sample goes through real keystrokes in the browser.
const SAMPLE: CountryCode[] = ['FR', 'DE', 'GB', 'US', 'CA', 'IT', 'ES', 'JP', 'CN', 'IN', 'BR', 'AR', 'MX', 'RU', 'KZ', 'AU', 'EG', 'SA', 'NG', 'ZA', 'AX', 'JE']

describe('typing the example mobile number in national form', () => {
  it.each(SAMPLE.map((country) => ({ country, example: getExampleNumber(country, examples, min)! })))(
    '$country: gives the example E.164 number',
    async ({ country, example }) => {
      const onValueChange = vi.fn()
      render(<PhoneEntry defaultCountry={country} validation="valid" onValueChange={onValueChange} />)
      await userEvent.type(phoneInput(), example.formatNational())
      expect(onValueChange).toHaveBeenLastCalledWith(example.number, expect.objectContaining({ isValid: true }))
      expect(phoneInput().selectionStart).toBe(phoneInput().value.length)
    },
  )
})
