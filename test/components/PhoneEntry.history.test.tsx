import { describe, expect, it, vi } from 'vitest'
import { render } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import { countryButton, countryLabel, phoneInput, withCaret } from './phoneEntryHelpers.js'

// Undo and redo with the real keyboard, after typing in two bursts: undo
// restores the value before the last burst, redo brings it back.

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function typeInTwoBursts() {
  await userEvent.type(phoneInput(), '0612')
  // A pause of more than a second ends a burst.
  await pause(1200)
  await userEvent.keyboard('345678')
  expect(phoneInput()).toHaveValue('06 12 34 56 78')
}

describe('undo and redo', () => {
  it.each([
    ['Ctrl', '{Control>}z{/Control}', '{Control>}{Shift>}z{/Shift}{/Control}'],
    ['Cmd (macOS)', '{Meta>}z{/Meta}', '{Meta>}{Shift>}z{/Shift}{/Meta}'],
    ['Ctrl+Y', '{Control>}z{/Control}', '{Control>}y{/Control}'],
  ])('with %s, undo restores the value before the last burst and redo brings it back', async (_, undo, redo) => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry="FR" onValueChange={onValueChange} />)
    await typeInTwoBursts()
    expect(onValueChange).toHaveBeenLastCalledWith('+33612345678', expect.anything())
    await userEvent.keyboard(undo)
    expect(withCaret(phoneInput())).toBe('06 12|')
    expect(onValueChange).toHaveBeenLastCalledWith(undefined, expect.anything())
    await userEvent.keyboard(redo)
    expect(withCaret(phoneInput())).toBe('06 12 34 56 78|')
    expect(onValueChange).toHaveBeenLastCalledWith('+33612345678', expect.anything())
    await userEvent.keyboard(undo)
    await userEvent.keyboard(undo)
    expect(phoneInput()).toHaveValue('')
    // Nothing left to undo: the field stays as it is.
    await userEvent.keyboard(undo)
    expect(phoneInput()).toHaveValue('')
  })

  it('starts a new burst when the caret moved between keystrokes', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await userEvent.type(phoneInput(), '0612')
    await userEvent.keyboard('{ArrowLeft}{ArrowRight}3456')
    expect(phoneInput()).toHaveValue('06 12 34 56')
    await userEvent.keyboard('{Control>}z{/Control}')
    expect(phoneInput()).toHaveValue('06 12')
  })

  it('undoes deleting apart from typing, and a cleared field comes back with its country', async () => {
    render(<PhoneEntry defaultCountry="US" />)
    await userEvent.type(phoneInput(), '+7 800 555 35 35')
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}')
    expect(phoneInput()).toHaveValue('')
    expect(countryButton()).toHaveAccessibleName(countryLabel('United States', '1'))
    await userEvent.keyboard('{Control>}z{/Control}')
    expect(phoneInput()).toHaveValue('+7 800 555 35 35')
    expect(countryButton()).toHaveAccessibleName(countryLabel('Russia', '7'))
  })

  it('answers the browser’s Undo and Redo commands (beforeinput historyUndo and historyRedo)', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await typeInTwoBursts()
    const command = (inputType: string) => phoneInput().dispatchEvent(new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true }))
    expect(command('historyUndo')).toBe(false) // cancelled: the field's own history answers
    await vi.waitFor(() => expect(phoneInput()).toHaveValue('06 12'))
    command('historyRedo')
    await vi.waitFor(() => expect(phoneInput()).toHaveValue('06 12 34 56 78'))
  })
})
