import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { useState } from 'react'
import axe from 'axe-core'
import { CountrySelect } from '../../src/components/CountrySelect.js'
import { loadCountryList, resetCountryList, type CountryListChunk } from '../../src/components/phoneEntry/countryListLoader.js'
import type { CountryCode } from '../../src/core/phoneInput/types.js'
import { listOpened, message, pointerAway } from './phoneEntryHelpers.js'

// The list's chunk as the network would bring it: it waits until the test lets it through, or fails it.
let asked = 0
let arrive: (chunk: CountryListChunk) => void = () => undefined
let fail: (error: Error) => void = () => undefined
const heldBack = () =>
  new Promise<CountryListChunk>((resolve, reject) => {
    asked += 1
    arrive = resolve
    fail = reject
  })
// The real module, imported only when a test lets it arrive.
const theChunk = () => import('../../src/components/phoneEntry/CountryList.js')

beforeEach(async () => {
  await pointerAway()
  asked = 0
  resetCountryList(heldBack)
})

afterAll(async () => {
  resetCountryList()
  await loadCountryList()
})

function Picker({ onChange }: { onChange?: (code: CountryCode) => void }) {
  const [value, setValue] = useState<CountryCode>('FR')
  return (
    <>
      {/* Above the picker, so that the pointer reaches it without passing over the button. */}
      <input aria-label="elsewhere" />
      <CountrySelect
        value={value}
        onValueChange={(code) => {
          setValue(code)
          onChange?.(code)
        }}
      />
    </>
  )
}

const button = () => screen.getByRole('button', { name: /\(\+\d+\)$/ })
const failure = () => screen.queryByRole('alert')

describe('fetched on intent', () => {
  it('is not asked for when the picker renders, and is when the pointer comes over the button', async () => {
    render(<Picker />)
    await userEvent.click(screen.getByLabelText('elsewhere'))
    expect(asked).toBe(0)
    await userEvent.hover(button())
    expect(asked).toBe(1)
    // Intent again, or the click itself, asks no more: one request per page.
    await userEvent.click(button())
    expect(asked).toBe(1)
  })

  it('is asked for when the button gets focus from the keyboard', async () => {
    render(<Picker />)
    screen.getByLabelText('elsewhere').focus()
    await userEvent.tab()
    expect(button()).toHaveFocus()
    expect(asked).toBe(1)
  })
})

describe('opened before the list has arrived', () => {
  it('opens as it arrives, with focus in the search field; meanwhile the button is busy and does not move', async () => {
    const { container } = render(<Picker />)
    const before = container.getBoundingClientRect()
    await userEvent.click(button())
    expect(button()).toHaveAttribute('aria-busy', 'true')
    expect(button()).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('combobox')).toBeNull()
    expect(container.getBoundingClientRect()).toEqual(before)

    await act(async () => arrive(await theChunk()))
    expect(screen.getByRole('combobox')).toHaveFocus()
    expect(button()).toHaveAttribute('aria-expanded', 'true')
    expect(button()).not.toHaveAttribute('aria-busy')
    expect(screen.getByRole('option', { name: /France/, selected: true })).toBeInTheDocument()
  })

  it('keeps the letter that opened it and those typed while it was on its way', async () => {
    const onChange = vi.fn()
    render(<Picker onChange={onChange} />)
    button().focus()
    await userEvent.keyboard('jap')
    await act(async () => arrive(await theChunk()))
    expect(screen.getByRole('combobox')).toHaveFocus()
    expect(screen.getByRole('combobox')).toHaveValue('jap')
    await userEvent.keyboard('{Enter}')
    expect(onChange).toHaveBeenCalledWith('JP')
  })

  it('does not open later, taking focus, when the user has moved on to another field', async () => {
    render(<Picker />)
    await userEvent.click(button())
    await userEvent.click(screen.getByLabelText('elsewhere'))
    expect(button()).not.toHaveAttribute('aria-busy')
    await act(async () => arrive(await theChunk()))
    expect(screen.queryByRole('combobox')).toBeNull()
    expect(screen.getByLabelText('elsewhere')).toHaveFocus()
  })

  it('does not open later when Escape was pressed meanwhile', async () => {
    render(<Picker />)
    button().focus()
    await userEvent.keyboard('{ArrowDown}')
    expect(button()).toHaveAttribute('aria-busy', 'true')
    await userEvent.keyboard('{Escape}')
    expect(button()).not.toHaveAttribute('aria-busy')
    await act(async () => arrive(await theChunk()))
    expect(screen.queryByRole('combobox')).toBeNull()
    expect(button()).toHaveFocus()
  })
})

describe('when the list cannot be downloaded', () => {
  it('says so, and "Try again" asks again and opens the list', async () => {
    const { container } = render(<Picker />)
    await userEvent.click(button())
    await act(async () => fail(new TypeError('Failed to fetch dynamically imported module')))
    expect(failure()).toHaveTextContent(message('countryListLoadFailed'))
    expect(button()).toHaveAttribute('aria-expanded', 'true')
    const retry = screen.getByRole('button', { name: message('countryListRetry') })
    expect(retry).toHaveFocus()
    expect((await axe.run(container)).violations.map((violation) => violation.id)).toEqual([])

    await userEvent.click(retry)
    expect(asked).toBe(2)
    expect(failure()).toBeNull()
    expect(button()).toHaveAttribute('aria-busy', 'true')
    await act(async () => arrive(await theChunk()))
    expect(await listOpened()).toHaveFocus()
  })

  it('asks again when the list is opened after a failed prefetch, and Escape closes the message', async () => {
    render(<Picker />)
    await userEvent.hover(button())
    await act(async () => fail(new TypeError('Failed to fetch dynamically imported module')))
    expect(failure()).toBeNull()
    await userEvent.click(button())
    expect(asked).toBe(2)
    await act(async () => fail(new TypeError('Failed to fetch dynamically imported module')))
    expect(failure()).toBeInTheDocument()
    await userEvent.keyboard('{Escape}')
    expect(failure()).toBeNull()
    expect(button()).toHaveFocus()
    expect(button()).toHaveAttribute('aria-expanded', 'false')
  })
})
