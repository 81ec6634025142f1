import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import axe from 'axe-core'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import { VerifyPhoneProvider } from '../../src/hooks/VerifyPhoneProvider.js'
import { listOpened } from './phoneEntryHelpers.js'

async function violations(container: HTMLElement) {
  const result = await axe.run(container)
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

const countryButton = () => screen.getByRole('button', { name: /\+\d+\)$/ })

describe('axe finds no violations', () => {
  it('closed', async () => {
    const { container } = render(<PhoneEntry defaultCountry="FR" />)
    expect(await violations(container)).toEqual([])
  })

  it('open, with suggested countries', async () => {
    const { container } = render(<PhoneEntry defaultCountry="FR" preferredCountries={['FR', 'BE']} />)
    await userEvent.click(countryButton())
    await listOpened()
    expect(await violations(container)).toEqual([])
  })

  it('open, with search results and with none', async () => {
    const { container } = render(<PhoneEntry defaultCountry="FR" />)
    await userEvent.click(countryButton())
    await listOpened()
    await userEvent.keyboard('fr')
    expect(await violations(container)).toEqual([])
    await userEvent.keyboard('qqq')
    expect(await violations(container)).toEqual([])
  })

  it('invalid, with an error shown', async () => {
    const { container } = render(<PhoneEntry defaultCountry="FR" error="This number cannot receive SMS." />)
    expect(await violations(container)).toEqual([])
  })

  it('disabled', async () => {
    const { container } = render(<PhoneEntry defaultCountry="FR" defaultValue="+33612345678" disabled />)
    expect(await violations(container)).toEqual([])
  })

  it('right-to-left, in Arabic', async () => {
    const { container } = render(<PhoneEntry defaultCountry="EG" locale="ar" />)
    await userEvent.click(countryButton())
    await listOpened()
    expect(await violations(container)).toEqual([])
  })
})

describe('locales and direction', () => {
  it('mirrors the layout for Arabic while the number stays left-to-right', async () => {
    const { container } = render(<PhoneEntry defaultCountry="FR" locale="ar" />)
    const root = container.querySelector('[data-vp-phone-entry]') as HTMLElement
    expect(root).toHaveAttribute('dir', 'rtl')
    expect(getComputedStyle(countryButton()).direction).toBe('rtl')
    const input = container.querySelector('input[type="tel"]') as HTMLInputElement
    expect(getComputedStyle(input).direction).toBe('ltr')
    await userEvent.type(input, '0612345678')
    expect(input).toHaveValue('06 12 34 56 78')
  })

  it('places the popover from the right edge of the button in right-to-left', async () => {
    render(
      <div style={{ width: '200px', margin: '0 auto' }}>
        {/* A width set by the page: the popover's own width then depends on no font installed. */}
        <style>{"[data-part='country-popover'] { width: 240px }"}</style>
        <PhoneEntry defaultCountry="FR" locale="ar" />
      </div>,
    )
    await userEvent.click(countryButton())
    await listOpened()
    const button = countryButton().getBoundingClientRect()
    const popover = screen.getByRole('dialog').getBoundingClientRect()
    expect(popover.width).toBeCloseTo(240, 0)
    // Aligned with the button's right edge, kept 8px inside the viewport.
    expect(popover.right).toBeCloseTo(Math.min(button.right, window.innerWidth - 8), 0)
  })

  it('takes direction from the page when no locale is given', () => {
    const { container } = render(
      <div dir="rtl">
        <PhoneEntry defaultCountry="FR" />
      </div>,
    )
    expect(container.querySelector('[data-vp-phone-entry]')).not.toHaveAttribute('dir')
  })

  it.each([
    ['fr', 'FR', 'France', 'DE', 'Allemagne'],
    ['ja', 'JP', '日本', 'FR', 'フランス'],
    ['ar', 'EG', 'مصر', 'FR', 'فرنسا'],
  ])('names countries in %s', async (locale, country, name, other, otherName) => {
    render(
      <VerifyPhoneProvider locale={locale}>
        <PhoneEntry defaultCountry={country as 'FR'} />
      </VerifyPhoneProvider>,
    )
    expect(countryButton()).toHaveTextContent(name)
    await userEvent.click(countryButton())
    await listOpened()
    await userEvent.keyboard(other)
    expect(screen.getAllByRole('option')[0]).toHaveTextContent(otherName)
  })
})
