import { describe, expect, it, vi } from 'vitest'
import { renderToString } from 'react-dom/server'
import { createMockTransmit } from '../../src/api/mock/createMockTransmit.js'
import { OtpInput } from '../../src/components/OtpInput.js'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import min from 'libphonenumber-js/min/metadata'
import { loadPhoneEngine, preloadPhoneMetadata } from '../../src/components/phoneEntry/metadataStore.js'
import { VerifyPhone } from '../../src/components/VerifyPhone.js'
import { resetLaterSteps } from '../../src/components/verifyPhone/laterStepsLoader.js'
import { resetCountryList } from '../../src/components/phoneEntry/countryListLoader.js'
import { VerifyPhoneProvider } from '../../src/hooks/VerifyPhoneProvider.js'

// This file runs in Node with no DOM: any access to window, document or
// navigator during render throws a ReferenceError and fails the test.
describe('server rendering in Node', () => {
  it('has no DOM globals to lean on', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
  })

  it('renders OtpInput with its label and the one-time-code input', () => {
    const html = renderToString(<OtpInput name="code" />)
    expect(html).toMatch(/autocomplete="one-time-code"/i)
    expect(html).toContain('Verification code, 6 digits')
  })

  it('renders PhoneEntry with its label, hint and a tel input', () => {
    const html = renderToString(<PhoneEntry defaultCountry="FR" name="phone" />)
    expect(html).toMatch(/type="tel"/)
    expect(html).toContain('Mobile number')
    expect(html).toContain('enter a mobile number')
  })

  // Whether a browser draws flag emoji is measured in the browser; the server renders an empty flag for any.
  it('renders the flag as an empty decorative span, with no emoji and no SVG', () => {
    const html = renderToString(<PhoneEntry defaultCountry="FR" name="phone" />)
    expect(html).toMatch(/<span aria-hidden="true" data-part="flag"><\/span>/)
    expect(html).not.toMatch(/\p{Regional_Indicator}|<svg/u)
  })

  // A server renders with no metadata zone, whatever its process loaded before, so its HTML
  // never depends on an earlier request and a client hydrates with the same; the client formats.
  it('renders a value as E.164, the same before and after zones were loaded', async () => {
    const render = () => renderToString(<PhoneEntry defaultValue="+33612345678" defaultCountry="US" name="phone" />)
    const before = render()
    expect(before).toMatch(/type="tel"[^>]*value="\+33612345678"/)
    await preloadPhoneMetadata(['FR', 'US'])
    expect(render()).toBe(before)
  })

  // The formatter is a chunk of its own, which a server never waits for: with the app's own metadata too,
  // the HTML shows the value as E.164 and never depends on what the process loaded before.
  it('renders a value with the app\'s own metadata as E.164, the same after the formatter was loaded', async () => {
    const render = () => renderToString(<PhoneEntry defaultValue="+33612345678" defaultCountry="FR" metadata={min} name="phone" />)
    const before = render()
    expect(before).toMatch(/type="tel"[^>]*value="\+33612345678"/)
    await loadPhoneEngine()
    expect(render()).toBe(before)
  })

  it('renders the whole VerifyPhone flow on its phone step', () => {
    const mock = createMockTransmit()
    const html = renderToString(
      <VerifyPhoneProvider client={mock.client} clock={mock.clock}>
        <VerifyPhone defaultCountry="FR" />
      </VerifyPhoneProvider>,
    )
    expect(html).toContain('data-state="editing"')
    expect(html).toContain('Verify your phone number')
    expect(html).toContain('Send code')
    expect(mock.requests()).toHaveLength(0)
  })

  // The code, locked and verified steps are a chunk fetched in the browser; a server renders the phone step without it.
  it('renders the phone step without asking for the later steps\' chunk', async () => {
    const load = vi.fn(() => import('../../src/components/verifyPhone/laterSteps.js'))
    resetLaterSteps(load)
    const mock = createMockTransmit()
    const html = renderToString(
      <VerifyPhoneProvider client={mock.client} clock={mock.clock}>
        <VerifyPhone defaultCountry="FR" />
      </VerifyPhoneProvider>,
    )
    expect(html).toContain('data-step="phone"')
    expect(html).not.toContain('data-loading')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(load).not.toHaveBeenCalled()
    resetLaterSteps()
  })

  // The country list's popup is a chunk fetched in the browser on intent; a server renders the closed button only.
  it('renders the country button without asking for the list\'s chunk', async () => {
    const load = vi.fn(() => import('../../src/components/phoneEntry/CountryList.js'))
    resetCountryList(load)
    const html = renderToString(<PhoneEntry defaultCountry="FR" />)
    expect(html).toContain('data-part="country-button"')
    expect(html).toContain('aria-expanded="false"')
    expect(html).not.toContain('aria-busy')
    expect(html).not.toContain('data-part="country-popover"')
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(load).not.toHaveBeenCalled()
    resetCountryList()
  })
})
