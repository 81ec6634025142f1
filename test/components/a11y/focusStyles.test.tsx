import { afterEach, describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import { cdp, userEvent } from 'vitest/browser'
import '../../../src/styles/theme.css'
import '../../../src/styles/phone-entry.css'
import '../../../src/styles/otp-input.css'
import '../../../src/styles/verify-phone.css'
import { canDriveCdp, engine, FORCED_COLOURS_BY_CDP, UNSTABLE_IN_WEBKIT } from '../engine.js'
import { contrast, effectiveBackground, parseColor } from './contrast.js'
import { listOpened } from '../phoneEntryHelpers.js'
import { codeInput, phoneInput, renderFlow, sendCode } from './flow.js'

/** Where a focused control draws its indicator: the phone input's is its field row's. */
function indicatorOf(control: HTMLElement): HTMLElement {
  return control === document.querySelector('[data-vp-phone-entry] [data-part="input"]') ? control.closest<HTMLElement>('[data-part="control"]')! : control
}

/**
 * Focuses a control as the keyboard does, so that `:focus-visible` applies: a Tab press away from it, then
 * focus moved back by script, as the kit's own focus moves follow a key. Chromium draws the ring for a script
 * focus when the last input was a key; WebKit only when focus last moved by keyboard rather than by a click,
 * which a Shift press is not (a text field draws it either way).
 */
async function focusByKeyboard(control: HTMLElement) {
  if (document.activeElement !== control || !control.matches(':focus-visible')) {
    control.focus()
    await userEvent.tab()
    control.focus()
  }
  expect(control, 'has focus').toHaveFocus()
  expect(control.matches(':focus-visible'), `${control.outerHTML.slice(0, 80)} is focus-visible`).toBe(true)
}

interface Ring {
  name: string
  style: string
  width: number
  /** Contrast of the outline with the colours on either side of it. */
  contrasts: number[]
}

function ringOf(name: string, control: HTMLElement): Ring {
  const element = indicatorOf(control)
  const style = getComputedStyle(element)
  const ring = parseColor(style.outlineColor)
  const outside = effectiveBackground(element.parentElement)
  // An outline off the element sits on the background on both sides; one drawn inside touches the element's own.
  const inside = parseFloat(style.outlineOffset) > 0 ? outside : effectiveBackground(element)
  return { name, style: style.outlineStyle, width: parseFloat(style.outlineWidth), contrasts: [contrast(ring, outside), contrast(ring, inside)] }
}

/** A control of the page after the flow: Tab from the flow's last control stays in the page. */
let pageAfterTheFlow: HTMLButtonElement | undefined

/** Every focusable control of the flow, step by step, with the ring each draws. */
async function ringsThroughTheFlow(theme?: 'light' | 'dark'): Promise<Ring[]> {
  const { mock } = renderFlow({ allowRestart: true }, {}, theme)
  pageAfterTheFlow = document.body.appendChild(document.createElement('button'))
  pageAfterTheFlow.textContent = 'The rest of the page'
  const rings: Ring[] = []
  const measure = async (name: string, control: HTMLElement) => {
    await focusByKeyboard(control)
    rings.push(ringOf(name, control))
  }
  await measure('phone input', phoneInput())
  await userEvent.click(screen.getByRole('button', { name: /Country/ }))
  await measure('country search', await listOpened())
  await userEvent.keyboard('{Escape}')
  await measure('country button', screen.getByRole('button', { name: /Country/ }))
  await measure('Send code', screen.getByRole('button', { name: 'Send code' }))
  await sendCode()
  await measure('code heading', screen.getByRole('heading', { name: 'Enter the code' }))
  await measure('Change number', screen.getByRole('button', { name: 'Change number' }))
  await measure('Verify', screen.getByRole('button', { name: 'Verify' }))
  await measure('Send a new code', screen.getByRole('button', { name: 'Send a new code' }))
  mock.clock.advance(5 * 60_000)
  await measure('Get a new code', await screen.findByRole('button', { name: 'Get a new code' }))
  await userEvent.click(screen.getByRole('button', { name: 'Get a new code' }))
  await waitFor(() => expect(mock.outbox.messages).toHaveLength(2))
  await userEvent.type(codeInput(), mock.outbox.latest()?.code ?? '')
  await userEvent.click(await screen.findByRole('button', { name: 'Verify' }))
  await measure('Verify another number', await screen.findByRole('button', { name: 'Verify another number' }))
  return rings
}

afterEach(async () => {
  pageAfterTheFlow?.remove()
  if (canDriveCdp) await cdp().send('Emulation.setEmulatedMedia', { features: [] })
})

describe('focus indicators', () => {
  it.runIf(canDriveCdp)(`keeps a visible outline on every control in forced colours, where shadows and border colours are dropped ${FORCED_COLOURS_BY_CDP}`, async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] })
    expect(matchMedia('(forced-colors: active)').matches).toBe(true)
    const rings = await ringsThroughTheFlow()
    expect(rings.length).toBeGreaterThan(8)
    for (const ring of rings) {
      expect(ring.style, ring.name).not.toBe('none')
      expect(ring.width, ring.name).toBeGreaterThanOrEqual(2)
    }
  })

  it.runIf(engine === 'chromium').each(['light', 'dark'] as const)(`draws every focus ring at 3:1 or more against the colours beside it (%s) ${UNSTABLE_IN_WEBKIT}`, async (theme) => {
    const rings = await ringsThroughTheFlow(theme)
    for (const ring of rings) {
      expect(ring.style, ring.name).not.toBe('none')
      expect(ring.width, ring.name).toBeGreaterThanOrEqual(2)
      expect(Math.min(...ring.contrasts), ring.name).toBeGreaterThanOrEqual(3)
    }
  })
})
