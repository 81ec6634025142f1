import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { useState } from 'react'
import min from 'libphonenumber-js/min/metadata'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import { preloadPhoneMetadata, resetMetadataStore, type MetadataZoneKey } from '../../src/components/phoneEntry/metadataStore.js'
import type { MetadataZone } from '../../src/data/phoneMetadata/types.js'
import zone1 from '../../src/data/phoneMetadata/zone1.js'
import zone3 from '../../src/data/phoneMetadata/zone3.js'
import zone4 from '../../src/data/phoneMetadata/zone4.js'
import { caretAt, copyText, countryButton, countryLabel, listOpened, phoneInput, withCaret } from './phoneEntryHelpers.js'
import { engine, UNSTABLE_IN_WEBKIT } from './engine.js'

// The zones as the network would bring them: each request waits until the test lets it through.
const ZONES: Partial<Record<MetadataZoneKey, MetadataZone>> = { 1: zone1, 3: zone3, 4: zone4 }
let requests: MetadataZoneKey[]
let gates: Map<MetadataZoneKey, { resolve: (zone: MetadataZone) => void; reject: (error: Error) => void }>

beforeEach(() => {
  requests = []
  gates = new Map()
  resetMetadataStore(
    (zone) =>
      new Promise((resolve, reject) => {
        requests.push(zone)
        gates.set(zone, { resolve, reject })
      }),
  )
})

// The other test files start with every zone in; leave it so for whatever runs next here.
afterAll(async () => {
  resetMetadataStore()
  await preloadPhoneMetadata()
})

async function arrive(...zones: MetadataZoneKey[]): Promise<void> {
  await vi.waitFor(() => expect(zones.every((zone) => gates.has(zone))).toBe(true))
  await act(async () => {
    for (const zone of zones) gates.get(zone)!.resolve(ZONES[zone]!)
  })
}

// Out of the field, past the country button, so that it counts as blurred.
async function leaveField(): Promise<void> {
  await userEvent.tab()
  await userEvent.tab()
}

// Its gated zone loader races WebKitWebDriver's slower event delivery: several of its tests passed and
// failed in WebKit from one run to the next, so the file is Chromium's for now.
describe.runIf(engine === 'chromium')(`metadata loaded a zone at a time ${UNSTABLE_IN_WEBKIT}`, () => {
  it('asks only for the zone of the country shown, and lists every country before it arrives', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    expect(countryButton()).toHaveAccessibleName(countryLabel('France', '33'))
    await vi.waitFor(() => expect(requests).toEqual(['3']))
    await userEvent.click(countryButton())
    await listOpened()
    expect(screen.getAllByRole('option')).toHaveLength(245)
    expect(screen.getByRole('option', { name: /Japan.*\+81/ })).toBeInTheDocument()
    expect(requests).toEqual(['3'])
  })

  it('shows digits typed before the zone arrives as typed, then formats them and reports the number once', async () => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry="FR" onValueChange={onValueChange} />)
    await userEvent.type(phoneInput(), '0612345678')
    expect(phoneInput()).toHaveValue('0612345678')
    expect(onValueChange).not.toHaveBeenCalled()

    await arrive('3')
    expect(phoneInput()).toHaveValue('06 12 34 56 78')
    expect(onValueChange).toHaveBeenCalledTimes(1)
    expect(onValueChange).toHaveBeenCalledWith('+33612345678', expect.objectContaining({ country: 'FR', isPossible: true }))
  })

  it('keeps the caret after the same digit when the formatting arrives', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await userEvent.type(phoneInput(), '0612345678')
    caretAt(phoneInput(), 4)
    await arrive('3')
    expect(withCaret(phoneInput())).toBe('06 12| 34 56 78')
  })

  it('reads a pasted number of another zone once its zone arrives: trunk prefix dropped, country switched', async () => {
    const onCountryChange = vi.fn()
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry="US" onValueChange={onValueChange} onCountryChange={onCountryChange} />)
    await arrive('1')
    await copyText('+44 (0)20 7946 0958')
    await userEvent.click(phoneInput())
    await userEvent.paste()
    expect(requests).toEqual(['1', '4'])

    await arrive('4')
    expect(phoneInput()).toHaveValue('+44 20 7946 0958')
    expect(onValueChange).toHaveBeenLastCalledWith('+442079460958', expect.objectContaining({ country: 'GB' }))
    expect(onCountryChange).toHaveBeenLastCalledWith('GB')
    expect(countryButton()).toHaveAccessibleName(countryLabel('United Kingdom', '44'))
  })

  it('asks for the zone after an international call prefix (0044 typed in France)', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await arrive('3')
    await userEvent.type(phoneInput(), '0044 7400')
    await arrive('4')
    expect(phoneInput()).toHaveValue('+44 7400')
  })

  it('shows a value from props in its own country once the zones arrive, one after the other, without reporting it', async () => {
    const onValueChange = vi.fn()
    const onCountryChange = vi.fn()
    function Controlled() {
      const [value, setValue] = useState<string | undefined>('+33612345678')
      return <PhoneEntry value={value} onValueChange={(next) => (onValueChange(next), setValue(next))} onCountryChange={onCountryChange} defaultCountry="US" />
    }
    render(<Controlled />)
    expect(phoneInput()).toHaveValue('+33612345678')
    await arrive('1')
    expect(phoneInput()).toHaveValue('+33612345678')
    await arrive('3')
    expect(phoneInput()).toHaveValue('06 12 34 56 78')
    expect(countryButton()).toHaveAccessibleName(countryLabel('France', '33'))
    expect(onValueChange).not.toHaveBeenCalled()
    expect(onCountryChange).not.toHaveBeenCalled()
  })

  it('keeps the caret of a focused, untouched field after the same digit when its value gets formatted', async () => {
    render(<PhoneEntry defaultValue="+33612345678" defaultCountry="FR" />)
    caretAt(phoneInput(), 4) // +336|12345678
    await arrive('3')
    expect(withCaret(phoneInput())).toBe('06| 12 34 56 78')
  })

  it('does not delete a second digit when the last edit was a Backspace', async () => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry="US" onValueChange={onValueChange} />)
    await arrive('1')
    await userEvent.type(phoneInput(), '+4474001234567{Backspace}')
    expect(phoneInput()).toHaveValue('+447400123456')
    await arrive('4')
    expect(phoneInput()).toHaveValue('+44 7400 123456')
    expect(onValueChange).toHaveBeenLastCalledWith('+447400123456', expect.objectContaining({ country: 'GB' }))
  })

  it('shows no error for a number still waiting for its zone, even after blur', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await userEvent.type(phoneInput(), '0612345678')
    await leaveField()
    expect(phoneInput()).not.toHaveAttribute('aria-invalid')
    expect(screen.queryByText(/country/i, { selector: '[data-part="error"]' })).toBeNull()
    await arrive('3')
    expect(phoneInput()).toHaveValue('06 12 34 56 78')
    expect(phoneInput()).not.toHaveAttribute('aria-invalid')
  })

  it('with the app\'s own metadata, shows at once that a calling code it lacks is no country', async () => {
    const france = { version: min.version, country_calling_codes: { 33: ['FR'] }, countries: { FR: min.countries.FR } } as unknown as typeof min
    render(<PhoneEntry defaultCountry="FR" metadata={france} />)
    await userEvent.type(phoneInput(), '+81 90 1234 5678')
    await leaveField()
    expect(phoneInput()).toHaveAttribute('aria-invalid', 'true')
    expect(requests).toEqual([])
  })

  it('shows the error of a wrong number once its zone has arrived', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await userEvent.type(phoneInput(), '0612')
    await leaveField()
    expect(phoneInput()).not.toHaveAttribute('aria-invalid')
    await arrive('3')
    expect(phoneInput()).toHaveAttribute('aria-invalid', 'true')
  })

  it('keeps a country picked before its zone arrived, and gives the number its calling code', async () => {
    render(<PhoneEntry defaultCountry="GB" />)
    await arrive('4')
    await userEvent.type(phoneInput(), '+44 612 345 678')
    await userEvent.click(countryButton())
    await listOpened()
    await userEvent.keyboard('France{Enter}')
    await arrive('3')
    expect(countryButton()).toHaveAccessibleName(countryLabel('France', '33'))
    expect(phoneInput()).toHaveValue('+33 6 12 34 56 78')
  })

  it('leaves the digits as typed when a zone cannot load, and asks again on the next edit', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await vi.waitFor(() => expect(gates.has('3')).toBe(true))
    await act(async () => gates.get('3')!.reject(new Error('offline')))
    await userEvent.type(phoneInput(), '06123')
    expect(phoneInput()).toHaveValue('06123')
    await vi.waitFor(() => expect(requests).toEqual(['3', '3']))
    await userEvent.type(phoneInput(), '45678')
    await arrive('3')
    expect(phoneInput()).toHaveValue('06 12 34 56 78')
  })
})
