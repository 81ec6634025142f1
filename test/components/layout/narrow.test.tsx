import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { page, userEvent } from 'vitest/browser'
import type { ReactNode } from 'react'
import '../../../src/styles/theme.css'
import '../../../src/styles/otp-input.css'
import '../../../src/styles/phone-entry.css'
import '../../../src/styles/verify-phone.css'
import { engine, VIEWPORT_NOT_IN_WEBKIT } from '../engine.js'
import { createMockTransmit } from '../../../src/api/mock/createMockTransmit.js'
import { OtpInput } from '../../../src/components/OtpInput.js'
import { PhoneEntry } from '../../../src/components/PhoneEntry.js'
import { VerifyPhone } from '../../../src/components/VerifyPhone.js'
import { VerifyPhoneProvider } from '../../../src/hooks/VerifyPhoneProvider.js'
import { catalogueFor } from '../../../src/i18n/locales.js'
import { listOpened } from '../phoneEntryHelpers.js'
import { minContentWidth, overflowWhereverPlaced } from './fit.js'

// WCAG 1.4.10 (Reflow): content fits 320 CSS px with no scrolling sideways.
const WIDTH = 320
const LANGUAGES = [
  ['English, left to right', 'en', 'ltr'],
  ['Arabic, right to left', 'ar', 'rtl'],
] as const

function renderIn(locale: string, dir: string, children: ReactNode) {
  return render(
    <VerifyPhoneProvider locale={locale} messages={catalogueFor(locale)}>
      <div data-testid="box" dir={dir} lang={locale} style={{ width: WIDTH, boxSizing: 'border-box' }}>
        {children}
      </div>
    </VerifyPhoneProvider>,
  )
}

const box = () => screen.getByTestId('box')

beforeEach(async () => {
  document.body.style.margin = '0'
  await page.viewport(WIDTH, 640)
})

afterEach(async () => {
  document.body.style.margin = ''
  await page.viewport(414, 896)
})

describe.each(LANGUAGES)('at 320 CSS px, %s', (_name, locale, dir) => {
  it('fits the phone field with a long country name and a number typed', async () => {
    renderIn(locale, dir, <PhoneEntry defaultCountry="VC" error="!" />)
    await userEvent.type(screen.getByRole('textbox'), '7844301234')
    expect(minContentWidth(box())).toBeLessThanOrEqual(WIDTH)
    expect(overflowWhereverPlaced(box())).toEqual([])
  })

  it('keeps the whole country name readable: in the accessible name and in full on hover', () => {
    renderIn(locale, dir, <PhoneEntry defaultCountry="VC" />)
    const button = box().querySelector<HTMLElement>('[data-part="country-button"]')!
    const name = button.querySelector<HTMLElement>('[data-part="country-name"]')!
    expect(name.title).toBe(name.textContent)
    expect(button.getAttribute('aria-label')).toContain(name.textContent)
  })

  it.runIf(engine === 'chromium')(`fits the open country picker inside the viewport ${VIEWPORT_NOT_IN_WEBKIT}`, async () => {
    renderIn(locale, dir, <PhoneEntry defaultCountry="VC" />)
    await userEvent.click(box().querySelector<HTMLElement>('[data-part="country-button"]')!)
    await listOpened()
    const popover = document.querySelector<HTMLElement>('[data-part="country-popover"]')!
    const rect = popover.getBoundingClientRect()
    expect(rect.left).toBeGreaterThanOrEqual(0)
    expect(rect.right).toBeLessThanOrEqual(WIDTH)
    const list = popover.querySelector<HTMLElement>('[data-part="country-list"]')!
    expect(list.scrollWidth).toBeLessThanOrEqual(list.clientWidth)
  })

  it.each([6, 8])('fits the code field with %i digits, a description and an error', (length) => {
    renderIn(locale, dir, <OtpInput length={length} invalid description="Sent to +1 784 430 1234" error="That code is not correct." />)
    expect(minContentWidth(box())).toBeLessThanOrEqual(WIDTH)
    expect(overflowWhereverPlaced(box())).toEqual([])
  })

  it('fits every step of the flow', async () => {
    const mock = createMockTransmit({ policy: { maxFailures: 2 } })
    render(
      <VerifyPhoneProvider client={mock.client} clock={mock.clock} locale={locale} messages={catalogueFor(locale)}>
        <div data-testid="box" dir={dir} style={{ width: WIDTH, boxSizing: 'border-box' }}>
          <VerifyPhone defaultCountry="VC" webOtp={false} allowRestart showServerMessages />
        </div>
      </VerifyPhoneProvider>,
    )
    const fits = (step: string) => {
      expect(box().querySelector('[data-step]')?.getAttribute('data-step')).toBe(step)
      expect([step, minContentWidth(box()) <= WIDTH]).toEqual([step, true])
      expect([step, ...overflowWhereverPlaced(box())]).toEqual([step])
    }
    const submit = () => userEvent.click(box().querySelector<HTMLElement>('form button[type="submit"], form .vp-button')!)

    fits('phone')
    await userEvent.type(screen.getByRole('textbox'), '7844301234')
    await submit()
    await waitFor(() => expect(box().querySelector('[data-step="code"]')).not.toBeNull())
    fits('code')

    const code = mock.outbox.latest()!.code
    const wrong = code.startsWith('0') ? '111111' : '000000'
    await userEvent.type(screen.getByRole('textbox'), wrong)
    await submit()
    await waitFor(() => expect(box().querySelector('[data-vp-otp][data-invalid]')).not.toBeNull())
    fits('code')

    await userEvent.type(screen.getByRole('textbox'), wrong)
    await submit()
    await waitFor(() => expect(box().querySelector('[data-step="locked"]')).not.toBeNull())
    fits('locked')

    await userEvent.click(box().querySelector<HTMLElement>('[data-step="locked"] button')!)
    // Select the number and delete it from the keyboard: userEvent.clear writes
    // the value from script under WebDriver, which React does not see.
    await userEvent.click(screen.getByRole('textbox'))
    screen.getByRole<HTMLInputElement>('textbox').select()
    await userEvent.keyboard('{Backspace}')
    await userEvent.type(screen.getByRole('textbox'), '7844301235')
    await submit()
    await waitFor(() => expect(box().querySelector('[data-step="code"]')).not.toBeNull())
    await userEvent.type(screen.getByRole('textbox'), mock.outbox.latest()!.code)
    await submit()
    await waitFor(() => expect(box().querySelector('[data-step="verified"]')).not.toBeNull())
    fits('verified')
  })
})
