import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { cdp, userEvent } from 'vitest/browser'
import type { ReactNode } from 'react'
import themeCss from '../../../src/styles/theme.css?raw'
import otpCss from '../../../src/styles/otp-input.css?raw'
import phoneCss from '../../../src/styles/phone-entry.css?raw'
import flowCss from '../../../src/styles/verify-phone.css?raw'
import { createMockTransmit } from '../../../src/api/mock/createMockTransmit.js'
import { OtpInput } from '../../../src/components/OtpInput.js'
import { PhoneEntry } from '../../../src/components/PhoneEntry.js'
import { VerifyPhone } from '../../../src/components/VerifyPhone.js'
import { VerifyPhoneProvider } from '../../../src/hooks/VerifyPhoneProvider.js'
import { canDriveCdp, COLOR_SCHEME_BY_CDP } from '../engine.js'

// The default colours documented in the Theming page, as the browser computes them.
const THEMES = {
  light: { fg: 'rgb(20, 23, 31)', bg: 'rgb(255, 255, 255)', accent: 'rgb(29, 78, 216)', accentFg: 'rgb(255, 255, 255)' },
  dark: { fg: 'rgb(238, 240, 244)', bg: 'rgb(18, 20, 26)', accent: 'rgb(138, 180, 255)', accentFg: 'rgb(11, 16, 32)' },
}
type Theme = keyof typeof THEMES

/** The stylesheet as `dist/styles.css` ships it (vite.config.ts joins the parts in this order). */
const STYLESHEET = [themeCss, otpCss, phoneCss, flowCss].join('\n')

async function emulateColorScheme(value: 'light' | 'dark') {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] })
  expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(value === 'dark')
}

let sheet: HTMLStyleElement | undefined
function importStylesheet() {
  sheet = document.createElement('style')
  sheet.textContent = STYLESHEET
  document.head.append(sheet)
}

afterEach(async () => {
  sheet?.remove()
  sheet = undefined
  if (canDriveCdp) await cdp().send('Emulation.setEmulatedMedia', { features: [] })
})

/** Every part of the kit: the flow (phone step, with the country picker open), and both fields on their own. */
async function renderKit(wrap: (kit: ReactNode) => ReactNode = (kit) => kit) {
  const mock = createMockTransmit()
  render(
    <VerifyPhoneProvider client={mock.client} clock={mock.clock}>
      {wrap(
        <>
          <VerifyPhone defaultCountry="FR" webOtp={false} />
          <PhoneEntry defaultCountry="GB" label="Standalone phone" />
          <OtpInput label="Standalone code" />
        </>,
      )}
    </VerifyPhoneProvider>,
  )
  const flow = document.querySelector<HTMLElement>('.vp-verify-phone')!
  await userEvent.click(flow.querySelector<HTMLElement>('[data-part="country-button"]')!)
  await waitFor(() => expect(flow.querySelector('[data-part="country-popover"]')).not.toBeNull())
}

/** The colours each part paints, named by part, to compare with a theme. */
function paintedColours(): Record<string, string> {
  const style = (selector: string) => getComputedStyle(document.querySelector(selector)!)
  const standalonePhone = screen.getByLabelText('Standalone phone').closest<HTMLElement>('[data-vp-phone-entry]')!
  const standaloneCode = screen.getByLabelText('Standalone code').closest<HTMLElement>('[data-vp-otp]')!
  return {
    'flow text': style('.vp-verify-phone').color,
    'flow button background': style('.vp-verify-phone .vp-button').backgroundColor,
    'flow button text': style('.vp-verify-phone .vp-button').color,
    'flow phone field': style('.vp-verify-phone [data-part="control"]').backgroundColor,
    'flow phone text': style('.vp-verify-phone [data-part="input"]').color,
    'country button text': style('.vp-verify-phone [data-part="country-button"]').color,
    'country popover': style('[data-part="country-popover"]').backgroundColor,
    'country popover text': style('[data-part="country-popover"]').color,
    'country search': style('[data-part="country-search"]').backgroundColor,
    'standalone phone field': getComputedStyle(standalonePhone.querySelector('[data-part="control"]')!).backgroundColor,
    'standalone phone label': getComputedStyle(standalonePhone.querySelector('[data-part="label"]')!).color,
    'standalone code slot': getComputedStyle(standaloneCode.querySelector('[data-part="slot"]')!).backgroundColor,
    'standalone code digits': getComputedStyle(standaloneCode.querySelector('[data-part="slot"]')!).color,
    'standalone code label': getComputedStyle(standaloneCode.querySelector('[data-part="label"]')!).color,
  }
}

function expectedColours(theme: Theme): Record<string, string> {
  const { fg, bg, accent, accentFg } = THEMES[theme]
  return {
    'flow text': fg,
    'flow button background': accent,
    'flow button text': accentFg,
    'flow phone field': bg,
    'flow phone text': fg,
    'country button text': fg,
    'country popover': bg,
    'country popover text': fg,
    'country search': bg,
    'standalone phone field': bg,
    'standalone phone label': fg,
    'standalone code slot': bg,
    'standalone code digits': fg,
    'standalone code label': fg,
  }
}

/** What the host page shows of itself: its root, body, text and a native button. */
function hostColours() {
  const button = document.getElementById('host-button')!
  const text = document.getElementById('host-text')!
  const root = getComputedStyle(document.documentElement)
  const body = getComputedStyle(document.body)
  return {
    rootScheme: root.colorScheme,
    rootBackground: root.backgroundColor,
    bodyColor: body.color,
    bodyBackground: body.backgroundColor,
    text: getComputedStyle(text).color,
    buttonColor: getComputedStyle(button).color,
    buttonBackground: getComputedStyle(button).backgroundColor,
  }
}

describe('the stylesheet on a host page', () => {
  beforeEach(() => {
    document.body.insertAdjacentHTML('afterbegin', '<p id="host-text">Host text</p><button id="host-button">Host button</button>')
  })
  afterEach(() => {
    document.getElementById('host-text')?.remove()
    document.getElementById('host-button')?.remove()
  })

  it('has no rule that matches the page’s root or body', () => {
    importStylesheet()
    const rules = [...sheet!.sheet!.cssRules].flatMap((rule) => (rule instanceof CSSMediaRule ? [...rule.cssRules] : [rule]))
    const selectors = rules.filter((rule) => rule instanceof CSSStyleRule).map((rule) => rule.selectorText)
    expect(selectors.length).toBeGreaterThan(20)
    expect(selectors.filter((selector) => document.documentElement.matches(selector) || document.body.matches(selector))).toEqual([])
  })

  it('leaves a page that sets no theme as it was, and draws every part light', async () => {
    const before = hostColours()
    importStylesheet()
    await renderKit()
    expect(hostColours()).toEqual(before)
    expect(paintedColours()).toEqual(expectedColours('light'))
  })

  it.runIf(canDriveCdp)(`leaves a page that sets no theme as it was on a dark-mode device, and draws every part light ${COLOR_SCHEME_BY_CDP}`, async () => {
    await emulateColorScheme('dark')
    const before = hostColours()
    importStylesheet()
    await renderKit()
    expect(hostColours()).toEqual(before)
    expect(paintedColours()).toEqual(expectedColours('light'))
  })

  it('draws every part dark under data-vp-theme="dark", leaving the element that carries it alone', async () => {
    importStylesheet()
    await renderKit((kit) => (
      <div data-vp-theme="dark" data-testid="themed">
        {kit}
      </div>
    ))
    expect(paintedColours()).toEqual(expectedColours('dark'))
    expect(getComputedStyle(screen.getByTestId('themed')).colorScheme).toBe('normal')
  })

  it('draws every part dark inside a host that sets color-scheme: dark', async () => {
    importStylesheet()
    await renderKit((kit) => <div style={{ colorScheme: 'dark' }}>{kit}</div>)
    expect(paintedColours()).toEqual(expectedColours('dark'))
  })

  it.runIf(canDriveCdp).each<['light' | 'dark', Theme]>([
    ['dark', 'dark'],
    ['light', 'light'],
  ])(`follows a %s device under data-vp-theme="system" ${COLOR_SCHEME_BY_CDP}`, async (device, theme) => {
    await emulateColorScheme(device)
    importStylesheet()
    await renderKit((kit) => <div data-vp-theme="system">{kit}</div>)
    expect(paintedColours()).toEqual(expectedColours(theme))
  })

  it('lets data-vp-theme="light" win over a dark host', async () => {
    importStylesheet()
    await renderKit((kit) => (
      <div style={{ colorScheme: 'dark' }}>
        <div data-vp-theme="light">{kit}</div>
      </div>
    ))
    expect(paintedColours()).toEqual(expectedColours('light'))
  })
})
