import { afterEach, describe, expect, it } from 'vitest'
import { screen, waitFor, within } from '@testing-library/react'
import { cdp, userEvent } from 'vitest/browser'
import '../../../src/styles/theme.css'
import '../../../src/styles/phone-entry.css'
import '../../../src/styles/otp-input.css'
import '../../../src/styles/verify-phone.css'
import { canDriveCdp, engine, FORCED_COLOURS_BY_CDP, UNSTABLE_IN_WEBKIT } from '../engine.js'
import { contrast, effectiveBackground, parseColor, type Rgba } from '../a11y/contrast.js'
import { codeInput, phoneInput, renderFlow, sendCode, wrongCode } from '../a11y/flow.js'

// The finished look of the flow's states, measured from computed styles: the
// verified panel, the resend control's two states, one colour for an invalid
// field's focus, and labels that weigh the same on both steps.

const THEMES = ['light', 'dark'] as const
type Theme = (typeof THEMES)[number]

const colourOf = (element: Element, property: 'color' | 'borderTopColor' | 'fill' | 'stroke' | 'outlineColor') => parseColor(getComputedStyle(element)[property])

/** The colour of an element's first box-shadow (the computed value starts with it). */
function shadowColour(element: Element): Rgba {
  const shadow = getComputedStyle(element).boxShadow
  const colour = /^(rgba?\([^)]*\)|color\([^)]*\)|oklch\([^)]*\)|oklab\([^)]*\))/.exec(shadow)
  expect(colour, `a coloured box-shadow, got "${shadow}"`).not.toBeNull()
  return parseColor(colour![1]!)
}

/** The flow's danger colour, as the theme resolves it in this scheme: what an error message paints. */
function dangerColour(): Rgba {
  return colourOf(document.querySelector('[data-vp-otp] [data-part="error"], .vp-verify-phone .vp-error, [data-vp-phone-entry] [data-part="error"]')!, 'color')
}

async function verify(theme: Theme) {
  const view = renderFlow({ allowRestart: true }, {}, theme)
  await sendCode()
  await userEvent.type(codeInput(), view.mock.outbox.latest()?.code ?? '')
  await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
  await screen.findByRole('heading', { name: 'Phone number verified' })
  return view
}

afterEach(async () => {
  if (canDriveCdp) await cdp().send('Emulation.setEmulatedMedia', { features: [] })
})

describe('the verified state', () => {
  it.each(THEMES)('is a success panel: a region named by its heading, with a hidden check icon and the number (%s)', async (theme) => {
    await verify(theme)
    const region = screen.getByRole('region', { name: 'Phone number verified' })
    const panel = region.querySelector<HTMLElement>('[data-part="success"]')!
    expect(panel).not.toBeNull()
    expect(within(panel).getByRole('heading', { name: 'Phone number verified' })).toBeVisible()
    expect(panel).toHaveTextContent('+33 6 12 34 56 78')
    const icon = panel.querySelector('svg')!
    expect(icon).toHaveAttribute('aria-hidden', 'true')
    expect(icon).toHaveAttribute('focusable', 'false')
    expect(icon.getBoundingClientRect().width).toBeGreaterThanOrEqual(20)

    // Success styling: a border and an icon in one colour that is neither the text's nor the plain border's.
    const border = colourOf(panel, 'borderTopColor')
    const fill = colourOf(icon.querySelector('circle')!, 'fill')
    expect(fill).toEqual(border)
    expect(border).not.toEqual(colourOf(panel, 'color'))
    expect(getComputedStyle(panel).borderTopStyle).toBe('solid')
  })

  it.each(THEMES)('keeps its text at 4.5:1 and its icon and border at 3:1 on the panel (%s)', async (theme) => {
    await verify(theme)
    const panel = document.querySelector<HTMLElement>('[data-part="success"]')!
    const tint = effectiveBackground(panel)
    const page = effectiveBackground(panel.parentElement)
    const heading = within(panel).getByRole('heading')
    const body = panel.querySelector('p')!
    expect(contrast(colourOf(heading, 'color'), tint), 'heading').toBeGreaterThanOrEqual(4.5)
    expect(contrast(colourOf(body, 'color'), tint), 'body').toBeGreaterThanOrEqual(4.5)
    expect(contrast(colourOf(body.querySelector('bdi')!, 'color'), tint), 'number').toBeGreaterThanOrEqual(4.5)
    const circle = panel.querySelector('svg circle')!
    expect(contrast(colourOf(circle, 'fill'), tint), 'icon on the panel').toBeGreaterThanOrEqual(3)
    // The check mark is cut out of the circle: it must stand out from it.
    expect(contrast(colourOf(panel.querySelector('svg [data-part="check"]')!, 'stroke'), colourOf(circle, 'fill')), 'check on the circle').toBeGreaterThanOrEqual(3)
    const border = colourOf(panel, 'borderTopColor')
    expect(contrast(border, tint), 'border on the panel').toBeGreaterThanOrEqual(3)
    expect(contrast(border, page), 'border on the page').toBeGreaterThanOrEqual(3)
  })

  it.runIf(canDriveCdp)(`keeps its border and a two-colour icon in forced colours ${FORCED_COLOURS_BY_CDP}`, async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] })
    expect(matchMedia('(forced-colors: active)').matches).toBe(true)
    await verify('light')
    const panel = document.querySelector<HTMLElement>('[data-part="success"]')!
    expect(getComputedStyle(panel).borderTopStyle).toBe('solid')
    expect(parseFloat(getComputedStyle(panel).borderTopWidth)).toBeGreaterThanOrEqual(1)
    const circle = colourOf(panel.querySelector('svg circle')!, 'fill')
    const check = colourOf(panel.querySelector('svg [data-part="check"]')!, 'stroke')
    expect(contrast(circle, check)).toBeGreaterThanOrEqual(3)
    expect(contrast(circle, effectiveBackground(panel))).toBeGreaterThanOrEqual(3)
  })
})

describe('the resend control', () => {
  it.each(THEMES)('looks actionable when it acts and clearly inert while it waits (%s)', async (theme) => {
    const { mock } = renderFlow({}, {}, theme)
    await sendCode()
    const resend = screen.getByRole('button', { name: 'Send a new code' })
    expect(resend).toHaveAttribute('aria-disabled', 'true')
    const waiting = getComputedStyle(resend)
    const waitingColour = parseColor(waiting.color)
    const waitingLine = waiting.textDecorationLine
    const waitingOpacity = waiting.opacity
    const waitingWeight = waiting.fontWeight

    mock.clock.advance(60_000)
    await waitFor(() => expect(resend).not.toHaveAttribute('aria-disabled'))
    const ready = getComputedStyle(resend)
    const readyColour = parseColor(ready.color)
    // Ready: the accent (the Verify button's background), underlined, at full strength.
    expect(readyColour).toEqual(parseColor(getComputedStyle(screen.getByRole('button', { name: 'Verify' })).backgroundColor))
    expect(ready.textDecorationLine).toBe('underline')
    expect(ready.opacity).toBe('1')
    expect(contrast(readyColour, effectiveBackground(resend))).toBeGreaterThanOrEqual(4.5)
    // Waiting: the note's grey, not the accent; no underline and the body's weight, so not by colour alone;
    // and still readable (not a faded link).
    expect(waitingColour).not.toEqual(readyColour)
    expect(waitingColour).toEqual(colourOf(document.getElementById(resend.getAttribute('aria-describedby')!)!, 'color'))
    expect(waitingLine).toBe('none')
    expect(Number(waitingWeight)).toBeLessThan(Number(ready.fontWeight))
    expect(waitingOpacity).toBe('1')
    expect(contrast(waitingColour, effectiveBackground(resend))).toBeGreaterThanOrEqual(4.5)
  })
})

describe('focus on an invalid field', () => {
  it.each(THEMES)('draws the active code slot in the invalid colour, like the other slots, at 3:1 on the backgrounds (%s)', async (theme) => {
    const { mock } = renderFlow({}, {}, theme)
    await sendCode()
    await userEvent.type(codeInput(), wrongCode(mock.outbox.latest()?.code))
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    const field = codeInput().closest<HTMLElement>('[data-vp-otp]')!
    await waitFor(() => expect(field).toHaveAttribute('data-invalid'))
    codeInput().focus()
    await userEvent.keyboard('{End}')
    const active = await waitFor(() => {
      const slot = field.querySelector<HTMLElement>('[data-part="slot"][data-active]')
      expect(slot).not.toBeNull()
      return slot!
    })
    const others = [...field.querySelectorAll<HTMLElement>('[data-part="slot"]:not([data-active])')]
    expect(others.length).toBeGreaterThan(0)
    const danger = dangerColour()
    // Read once the 120 ms fade the slots began when Verify took focus away is over (typing starts none).
    const ring = await waitFor(() => {
      const colour = shadowColour(active)
      expect(colour, 'ring is the invalid colour').toEqual(danger)
      expect(colourOf(active, 'borderTopColor'), 'active border').toEqual(danger)
      return colour
    })
    for (const slot of others) expect(colourOf(slot, 'borderTopColor'), 'other slots').toEqual(danger)
    // The ring sits on the slot's background inside and the page's outside.
    expect(contrast(ring, effectiveBackground(active))).toBeGreaterThanOrEqual(3)
    expect(contrast(ring, effectiveBackground(field))).toBeGreaterThanOrEqual(3)
    // The active slot stands out by the ring's width: the others draw none (once their 120 ms transition is over).
    await waitFor(() => {
      for (const slot of others) expect(getComputedStyle(slot).boxShadow).toBe('none')
    })
  })

  it.runIf(engine === 'chromium').each(THEMES)(`draws the focused phone field’s outline in the invalid colour while it is invalid (%s) ${UNSTABLE_IN_WEBKIT}`, async (theme) => {
    renderFlow({}, {}, theme)
    await userEvent.type(phoneInput(), '6123')
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }))
    const entry = phoneInput().closest<HTMLElement>('[data-vp-phone-entry]')!
    await waitFor(() => expect(entry).toHaveAttribute('data-invalid'))
    await waitFor(() => expect(phoneInput()).toHaveFocus())
    const control = entry.querySelector<HTMLElement>('[data-part="control"]')!
    const danger = dangerColour()
    await waitFor(() => expect(colourOf(control, 'outlineColor')).toEqual(danger))
    expect(colourOf(control, 'borderTopColor')).toEqual(danger)
    expect(contrast(danger, effectiveBackground(entry))).toBeGreaterThanOrEqual(3)
  })
})

describe('labels', () => {
  it('weigh and measure the same on the phone step and the code step', async () => {
    renderFlow()
    const phoneLabel = getComputedStyle(document.querySelector('[data-vp-phone-entry] [data-part="label"]')!)
    const phone = { weight: phoneLabel.fontWeight, size: phoneLabel.fontSize, colour: phoneLabel.color }
    await sendCode()
    const codeLabel = getComputedStyle(document.querySelector('[data-vp-otp] [data-part="label"]')!)
    expect({ weight: codeLabel.fontWeight, size: codeLabel.fontSize, colour: codeLabel.color }).toEqual(phone)
    // And they stand out from the body text.
    expect(Number(phone.weight)).toBeGreaterThan(Number(getComputedStyle(document.querySelector('.vp-verify-phone')!).fontWeight))
  })
})
