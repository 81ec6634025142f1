import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import '../../../src/styles/theme.css'
import '../../../src/styles/phone-entry.css'
import { PhoneEntry } from '../../../src/components/PhoneEntry.js'
import { listOpened } from '../phoneEntryHelpers.js'
import { contrast, effectiveBackground, parseColor } from './contrast.js'

async function openPicker(theme: 'light' | 'dark') {
  render(
    <main data-vp-theme={theme} style={{ background: 'var(--vp-color-bg)', padding: 16 }}>
      <PhoneEntry defaultCountry="FR" />
    </main>,
  )
  await userEvent.click(screen.getByRole('button', { name: /Country/ }))
  return listOpened()
}

const activeOption = (search: HTMLElement) => document.getElementById(search.getAttribute('aria-activedescendant') ?? '')!

describe.each(['light', 'dark'] as const)('the country picker (%s)', (theme) => {
  it('marks the highlighted option with an indicator at 3:1 or more against the option and the list', async () => {
    const search = await openPicker(theme)
    await userEvent.keyboard('{ArrowDown}')
    const option = activeOption(search)
    const style = getComputedStyle(option)
    expect(style.outlineStyle).not.toBe('none')
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2)
    const ring = parseColor(style.outlineColor)
    expect(contrast(ring, effectiveBackground(option))).toBeGreaterThanOrEqual(3)
    expect(contrast(ring, effectiveBackground(option.parentElement))).toBeGreaterThanOrEqual(3)
  })

  it('draws the search placeholder at 4.5:1 or more', async () => {
    const search = await openPicker(theme)
    expect(search).toHaveAttribute('placeholder')
    const placeholder = parseColor(getComputedStyle(search, '::placeholder').color)
    const background = effectiveBackground(search)
    // The placeholder's own alpha (a browser default greys it that way) is part of what the eye sees.
    const painted = placeholder[3] < 1 ? placeholder.map((c, i) => (i < 3 ? c * placeholder[3] + background[i]! * (1 - placeholder[3]) : 1)) as typeof placeholder : placeholder
    expect(contrast(painted, background)).toBeGreaterThanOrEqual(4.5)
  })
})

describe('the country options', () => {
  it('say "selected" only on the chosen country, as a single-select listbox does', async () => {
    const search = await openPicker('light')
    await userEvent.keyboard('{ArrowDown}{ArrowDown}')
    const options = screen.getAllByRole('option')
    const saying = options.filter((option) => option.hasAttribute('aria-selected'))
    expect(saying.map((option) => [option.textContent, option.getAttribute('aria-selected')])).toEqual([[expect.stringContaining('France'), 'true']])
    expect(activeOption(search)).not.toHaveAttribute('aria-selected')
  })
})
