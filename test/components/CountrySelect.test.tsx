import { describe, expect, it, vi } from 'vitest'
import { render, screen, within } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { useState } from 'react'
import { CountrySelect } from '../../src/components/CountrySelect.js'
import type { CountryCode } from '../../src/core/phoneInput/types.js'
import { commit, compose } from './ime.js'
import { canDriveIme, IME_BY_CDP } from './engine.js'
import { listOpened, message } from './phoneEntryHelpers.js'

function Picker(props: { initial?: CountryCode; preferred?: CountryCode[]; onChange?: (code: CountryCode) => void; locale?: string }) {
  const [value, setValue] = useState<CountryCode | undefined>(props.initial ?? 'FR')
  return (
    <CountrySelect
      value={value}
      preferredCountries={props.preferred}
      locale={props.locale}
      onValueChange={(code) => {
        setValue(code)
        props.onChange?.(code)
      }}
    />
  )
}

const button = () => screen.getByRole('button', { name: /\(\+\d+\)$/ })
const search = () => screen.getByRole('combobox')
/** Opens the list with a click and waits for it to show. */
async function openList() {
  await userEvent.click(button())
  return listOpened()
}
const activeOption = () => {
  const id = search().getAttribute('aria-activedescendant')
  return id ? document.getElementById(id) : null
}

describe('the button', () => {
  it('names the country and its calling code, and shows the flag, name and code', () => {
    render(<Picker initial="FR" />)
    expect(button()).toHaveAccessibleName(message('countryButtonLabel', { country: 'France', callingCode: '33' }))
    // The flag's drawing depends on the platform (flags.test.tsx); here, that it is there and hidden.
    expect(button().querySelector('[data-part="flag"]')).toHaveAttribute('aria-hidden', 'true')
    expect(button()).toHaveTextContent(/^(\p{Regional_Indicator}{2})?France \(\+33\)$/u)
    expect(button()).toHaveAttribute('aria-expanded', 'false')
  })

  it('opens a popover with the search field focused and the selected country active', async () => {
    render(<Picker initial="DE" />)
    await openList()
    expect(button()).toHaveAttribute('aria-expanded', 'true')
    expect(search()).toHaveFocus()
    expect(search()).toHaveAccessibleName(message('countrySearchLabel'))
    expect(activeOption()).toHaveAccessibleName('Germany +49')
    expect(activeOption()).toHaveAttribute('aria-selected', 'true')
  })

  it('closes when the button is clicked again, with focus on the button and no change', async () => {
    const onChange = vi.fn()
    render(<Picker initial="DE" onChange={onChange} />)
    await openList()
    expect(search()).toHaveFocus()
    await userEvent.click(button())
    expect(button()).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(button()).toHaveFocus()
    await openList()
    expect(button()).toHaveAttribute('aria-expanded', 'true')
    expect(onChange).not.toHaveBeenCalled()
  })

  it('opens with ArrowDown', async () => {
    render(<Picker />)
    button().focus()
    await userEvent.keyboard('{ArrowDown}')
    expect(await listOpened()).toHaveFocus()
  })

  it('typing a letter on the button opens the search with that letter', async () => {
    render(<Picker />)
    button().focus()
    await userEvent.keyboard('j')
    expect(await listOpened()).toHaveValue('j')
    await userEvent.keyboard('ap')
    expect(activeOption()).toHaveAccessibleName('Japan +81')
  })
})

describe('keyboard in the list', () => {
  it('moves with arrows, Home, End, PageDown and PageUp', async () => {
    render(<Picker initial="AF" />) // Afghanistan is first in English
    await openList()
    const names = screen.getAllByRole('option').map((option) => option.textContent)
    const at = () => activeOption()?.textContent
    expect(at()).toBe(names[0])
    await userEvent.keyboard('{ArrowDown}')
    expect(at()).toBe(names[1])
    await userEvent.keyboard('{ArrowUp}{ArrowUp}')
    expect(at()).toBe(names[0])
    await userEvent.keyboard('{End}')
    expect(at()).toBe(names.at(-1))
    await userEvent.keyboard('{Home}{PageDown}')
    expect(at()).toBe(names[10])
    await userEvent.keyboard('{PageUp}')
    expect(at()).toBe(names[0])
  })

  it('Enter picks the active country, closes and returns focus to the button', async () => {
    const onChange = vi.fn()
    render(<Picker onChange={onChange} />)
    await openList()
    await userEvent.keyboard('germ{Enter}')
    expect(onChange).toHaveBeenCalledWith('DE')
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
    expect(button()).toHaveFocus()
    expect(button()).toHaveAccessibleName(message('countryButtonLabel', { country: 'Germany', callingCode: '49' }))
  })

  it('Enter never submits the form around the picker', async () => {
    const onSubmit = vi.fn((event: Event) => event.preventDefault())
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent)}>
        <Picker />
      </form>,
    )
    await openList()
    await userEvent.keyboard('{Enter}')
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('Escape closes without a change and returns focus to the button', async () => {
    const onChange = vi.fn()
    render(<Picker onChange={onChange} />)
    await openList()
    await userEvent.keyboard('{ArrowDown}{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(button()).toHaveFocus()
    expect(onChange).not.toHaveBeenCalled()
  })

  it('a click picks a country', async () => {
    const onChange = vi.fn()
    render(<Picker onChange={onChange} />)
    await openList()
    await userEvent.keyboard('japan')
    await userEvent.click(screen.getByRole('option', { name: 'Japan +81' }))
    expect(onChange).toHaveBeenCalledWith('JP')
  })

  it('a click outside closes without a change', async () => {
    const onChange = vi.fn()
    render(
      <div>
        <p>elsewhere</p>
        <Picker onChange={onChange} />
      </div>,
    )
    await openList()
    await userEvent.click(screen.getByText('elsewhere'))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(onChange).not.toHaveBeenCalled()
  })
})

describe('search', () => {
  it.each([
    ['FR', 'France +33'],
    ['33', 'France +33'],
    ['+33', 'France +33'],
    ['+44', 'United Kingdom +44'],
    ['kingdom', 'United Kingdom +44'],
    ['ivoire', 'Côte d’Ivoire +225'],
  ])('puts %j first: %s', async (query, name) => {
    render(<Picker />)
    await openList()
    await userEvent.keyboard(query)
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName(name)
    expect(activeOption()).toHaveAccessibleName(name)
  })

  it('searches localised and English names', async () => {
    render(<Picker locale="fr" />)
    await openList()
    await userEvent.keyboard('allem')
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName('Allemagne +49')
    await userEvent.clear(search())
    await userEvent.keyboard('germany')
    expect(screen.getAllByRole('option')[0]).toHaveAccessibleName('Allemagne +49')
  })

  it('says so when nothing matches', async () => {
    render(<Picker />)
    await openList()
    await userEvent.keyboard('qqq')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(message('countryNoResults', { query: 'qqq' }))
    expect(search()).toHaveAttribute('aria-expanded', 'false')
  })
})

describe('layout of the list', () => {
  it('lists preferred countries first under their own heading', async () => {
    render(<Picker preferred={['GB', 'FR']} />)
    await openList()
    const [suggested, all] = screen.getAllByRole('group')
    expect(suggested).toHaveAccessibleName(message('countryPreferredGroup'))
    expect(within(suggested!).getAllByRole('option').map((option) => option.textContent?.replace(/\p{Regional_Indicator}/gu, ''))).toEqual(['United Kingdom +44', 'France +33'])
    expect(all).toHaveAccessibleName(message('countryAllGroup'))
    expect(within(all!).queryByRole('option', { name: 'France +33' })).not.toBeInTheDocument()
  })

  it('scrolls the selected country into view on opening', async () => {
    render(<Picker initial="ZW" />)
    await openList()
    const list = screen.getByRole('listbox').getBoundingClientRect()
    const option = screen.getByRole('option', { name: 'Zimbabwe +263' }).getBoundingClientRect()
    expect(option.top).toBeGreaterThanOrEqual(list.top)
    expect(option.bottom).toBeLessThanOrEqual(list.bottom)
  })

  it('keeps the active option in view while moving', async () => {
    render(<Picker initial="AF" />)
    await openList()
    await userEvent.keyboard('{PageDown}{PageDown}{PageDown}{PageDown}')
    const list = screen.getByRole('listbox').getBoundingClientRect()
    const option = activeOption()!.getBoundingClientRect()
    expect(option.top).toBeGreaterThanOrEqual(list.top - 1)
    expect(option.bottom).toBeLessThanOrEqual(list.bottom + 1)
  })

  it('stays inside the viewport', async () => {
    render(
      <div style={{ paddingTop: `${window.innerHeight - 60}px` }}>
        <Picker />
      </div>,
    )
    button().scrollIntoView()
    await openList()
    const box = screen.getByRole('dialog').getBoundingClientRect()
    expect(box.top).toBeGreaterThanOrEqual(0)
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight)
    expect(box.left).toBeGreaterThanOrEqual(0)
    expect(box.right).toBeLessThanOrEqual(window.innerWidth)
  })
})

describe('inside a modal dialog', () => {
  function Modal() {
    return (
      <dialog
        ref={(dialog) => {
          if (dialog && !dialog.open) dialog.showModal()
        }}
        aria-label="Edit phone"
        style={{ overflow: 'hidden', maxHeight: '120px' }}
      >
        <Picker />
      </dialog>
    )
  }

  it('opens above the modal, within the viewport, and Escape closes only the picker', async () => {
    render(<Modal />)
    await openList()
    const popover = screen.getByRole('dialog', { name: /^Country:/ })
    expect(popover.matches(':popover-open')).toBe(true)
    const box = popover.getBoundingClientRect()
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight)
    const topmost = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    expect(popover.contains(topmost)).toBe(true)
    await userEvent.keyboard('{Escape}')
    expect(screen.getByRole('dialog', { name: 'Edit phone' })).toHaveAttribute('open')
    expect(button()).toHaveFocus()
  })
})

describe.skipIf(!canDriveIme)(`searching through an IME (Japanese names are typed in kana, then converted) ${IME_BY_CDP}`, () => {
  it('leaves Enter, the arrows and Escape to the IME while it composes', async () => {
    const onChange = vi.fn()
    render(<Picker initial="FR" locale="ja" onChange={onChange} />)
    await openList()
    await compose('ドイ')
    const active = activeOption()
    await userEvent.keyboard('{ArrowDown}{Enter}')
    expect(activeOption()).toBe(active)
    expect(onChange).not.toHaveBeenCalled()
    expect(button()).toHaveAttribute('aria-expanded', 'true')
    await userEvent.keyboard('{Escape}')
    expect(button()).toHaveAttribute('aria-expanded', 'true')
  })

  it('finds the country by the committed name, and Enter then picks it', async () => {
    const onChange = vi.fn()
    render(<Picker initial="FR" locale="ja" onChange={onChange} />)
    await openList()
    await compose('ドイツ')
    await commit('ドイツ')
    expect(search()).toHaveValue('ドイツ')
    await userEvent.keyboard('{Enter}')
    expect(onChange).toHaveBeenCalledWith('DE')
    expect(button()).toHaveAttribute('aria-expanded', 'false')
  })
})
