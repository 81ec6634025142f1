import { describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import '../../../src/styles/theme.css'
import '../../../src/styles/otp-input.css'
import '../../../src/styles/phone-entry.css'
import '../../../src/styles/verify-phone.css'
import { createMockTransmit } from '../../../src/api/mock/createMockTransmit.js'
import { OtpInput } from '../../../src/components/OtpInput.js'
import { PhoneEntry } from '../../../src/components/PhoneEntry.js'
import { VerifyPhone } from '../../../src/components/VerifyPhone.js'
import { VerifyPhoneProvider } from '../../../src/hooks/VerifyPhoneProvider.js'
import { ar } from '../../../src/i18n/locales/ar.js'
import { listOpened } from '../phoneEntryHelpers.js'

const direction = (element: Element | null) => (element ? getComputedStyle(element).direction : 'missing')

/** The direction of every visible element in `root` that is not meant to read left to right. */
function directionsOf(root: Element, except: string): [string, string][] {
  return [root, ...root.querySelectorAll('*')]
    .filter((element) => !element.closest(except))
    .map((element) => [`${element.tagName.toLowerCase()}${element.getAttribute('data-part') ? `[${element.getAttribute('data-part')}]` : ''}`, direction(element)])
}

// Digits read left to right in every language: the phone input, the code slots, a number in a sentence, calling codes.
const LEFT_TO_RIGHT = 'input[type="tel"], [data-part="group"], bdi, [data-part="calling-code"]'

describe('one direction rule', () => {
  it('mirrors every part of the flow for a provider locale="ar" on a left-to-right page, digits left to right', async () => {
    document.documentElement.dir = 'ltr'
    const mock = createMockTransmit()
    const { container } = render(
      <VerifyPhoneProvider client={mock.client} clock={mock.clock} locale="ar" messages={ar}>
        <VerifyPhone defaultCountry="FR" webOtp={false} />
      </VerifyPhoneProvider>,
    )
    const flow = container.firstElementChild!
    await userEvent.click(flow.querySelector<HTMLElement>('[data-part="country-button"]')!)
    await listOpened()
    const popover = flow.querySelector('[data-part="country-popover"]')!
    const phoneStep = directionsOf(flow, LEFT_TO_RIGHT)
    expect(phoneStep.length).toBeGreaterThan(10)
    expect(phoneStep.filter(([, dir]) => dir !== 'rtl')).toEqual([])
    expect(direction(popover)).toBe('rtl')
    expect(direction(flow.querySelector('input[type="tel"]'))).toBe('ltr')
    await userEvent.keyboard('{Escape}')

    await userEvent.type(flow.querySelector<HTMLElement>('input[type="tel"]')!, '612345678')
    await userEvent.click(flow.querySelector<HTMLElement>('button[type="submit"]')!)
    await waitFor(() => expect(flow.querySelector('[data-step="code"]')).not.toBeNull())
    const codeStep = directionsOf(flow, LEFT_TO_RIGHT)
    expect(codeStep.length).toBeGreaterThan(10)
    expect(codeStep.filter(([, dir]) => dir !== 'rtl')).toEqual([])
    expect(direction(flow.querySelector('[data-vp-otp]'))).toBe('rtl')
    expect(direction(flow.querySelector('[data-part="group"]'))).toBe('ltr')
    expect(direction(flow.querySelector('bdi'))).toBe('ltr')
    document.documentElement.dir = ''
  })

  it('follows the page when no locale is given anywhere, in every component', () => {
    const { container } = render(
      <div dir="rtl">
        <VerifyPhoneProvider client={createMockTransmit().client}>
          <VerifyPhone defaultCountry="FR" webOtp={false} />
          <PhoneEntry defaultCountry="FR" label="Phone" />
          <OtpInput label="Code" />
        </VerifyPhoneProvider>
      </div>,
    )
    for (const root of container.querySelectorAll('.vp-verify-phone, [data-vp-phone-entry], [data-vp-country-select], [data-vp-otp]')) {
      expect(root).not.toHaveAttribute('dir')
      expect(direction(root)).toBe('rtl')
    }
  })

  it('lets a component’s own locale win over the provider’s, and the provider’s dir over its locale', () => {
    render(
      <VerifyPhoneProvider locale="ar">
        <PhoneEntry defaultCountry="FR" label="Own locale" locale="en" />
        <VerifyPhoneProvider dir="ltr">
          <OtpInput label="Forced" />
        </VerifyPhoneProvider>
        <OtpInput label="From the provider" />
      </VerifyPhoneProvider>,
    )
    expect(direction(screen.getByLabelText('Own locale').closest('[data-vp-phone-entry]'))).toBe('ltr')
    expect(direction(screen.getByLabelText('Forced').closest('[data-vp-otp]'))).toBe('ltr')
    expect(direction(screen.getByLabelText('From the provider').closest('[data-vp-otp]'))).toBe('rtl')
    expect(screen.getByLabelText('From the provider').closest('[data-vp-otp]')).toHaveAttribute('lang', 'ar')
  })

  it.each(['ltr', 'rtl'])('draws the country chevron pointing down in %s', (dir) => {
    render(
      <div dir={dir}>
        <PhoneEntry defaultCountry="FR" />
      </div>,
    )
    const chevron = getComputedStyle(document.querySelector('[data-part="country-button"]')!, '::after')
    // Drawn from the right and bottom borders turned 45°: the corner points down whatever the direction.
    expect([chevron.borderRightStyle, chevron.borderBottomStyle, chevron.borderLeftStyle, chevron.borderTopStyle]).toEqual(['solid', 'solid', 'none', 'none'])
    expect(chevron.transform).toMatch(/^matrix\(0\.70/)
  })
})
