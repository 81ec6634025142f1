import { describe, expect, it, vi } from 'vitest'
import { render } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import { BURST_PAUSE } from '../../src/core/phoneInput/history.js'
import { META } from './engine.js'
import { countryButton, countryLabel, phoneInput, withCaret } from './phoneEntryHelpers.js'

// Undo and redo with the real keyboard, after typing in two bursts: undo
// restores the value before the last burst, redo brings it back.

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Watches the keystrokes as the page sees them and tells the text before the
 * last burst: the last run of typing with no pause of `BURST_PAUSE` and no
 * caret move inside it. On a loaded machine a keystroke can come late, and
 * then the burst really did end there.
 */
function watchBursts(input: HTMLInputElement) {
  let moved = false
  let last: number | undefined
  let beforeLastBurst = input.value
  input.addEventListener('keydown', (event) => void (moved ||= event.key.startsWith('Arrow')))
  input.addEventListener('beforeinput', (event) => {
    if (moved || last === undefined || event.timeStamp - last >= BURST_PAUSE) beforeLastBurst = input.value
    moved = false
    last = event.timeStamp
  })
  return () => beforeLastBurst
}

async function typeInTwoBursts() {
  const beforeLastBurst = watchBursts(phoneInput())
  await userEvent.type(phoneInput(), '0612')
  // A pause of more than a second ends a burst.
  await pause(BURST_PAUSE + 200)
  await userEvent.keyboard('345678')
  expect(phoneInput()).toHaveValue('06 12 34 56 78')
  return beforeLastBurst()
}

describe('undo and redo', () => {
  it.each([
    ['Ctrl', '{Control>}z{/Control}', '{Control>}{Shift>}z{/Shift}{/Control}'],
    ['Cmd (macOS)', `{${META}>}z{/${META}}`, `{${META}>}{Shift>}z{/Shift}{/${META}}`],
    ['Ctrl+Y', '{Control>}z{/Control}', '{Control>}y{/Control}'],
  ])('with %s, undo restores the value before the last burst and redo brings it back', async (_, undo, redo) => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry="FR" onValueChange={onValueChange} />)
    const beforeLastBurst = await typeInTwoBursts()
    // '06 12' unless the machine was so slow that a keystroke of the second burst came a second late.
    expect(beforeLastBurst.startsWith('06 12')).toBe(true)
    expect(onValueChange).toHaveBeenLastCalledWith('+33612345678', expect.anything())
    await userEvent.keyboard(undo)
    expect(withCaret(phoneInput())).toBe(`${beforeLastBurst}|`)
    expect(onValueChange).toHaveBeenLastCalledWith(undefined, expect.anything())
    await userEvent.keyboard(redo)
    expect(withCaret(phoneInput())).toBe('06 12 34 56 78|')
    expect(onValueChange).toHaveBeenLastCalledWith('+33612345678', expect.anything())
    // Back to the empty field, however many bursts the typing made.
    for (let step = 0; step < 12 && phoneInput().value !== ''; step++) await userEvent.keyboard(undo)
    expect(phoneInput()).toHaveValue('')
    // Nothing left to undo: the field stays as it is.
    await userEvent.keyboard(undo)
    expect(phoneInput()).toHaveValue('')
  })

  it('starts a new burst when the caret moved between keystrokes', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    const beforeLastBurst = watchBursts(phoneInput())
    await userEvent.type(phoneInput(), '0612')
    await userEvent.keyboard('{ArrowLeft}{ArrowRight}3456')
    expect(phoneInput()).toHaveValue('06 12 34 56')
    expect(beforeLastBurst().startsWith('06 12')).toBe(true)
    await userEvent.keyboard('{Control>}z{/Control}')
    expect(phoneInput()).toHaveValue(beforeLastBurst())
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
    const beforeLastBurst = await typeInTwoBursts()
    const command = (inputType: string) => phoneInput().dispatchEvent(new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true }))
    expect(command('historyUndo')).toBe(false) // cancelled: the field's own history answers
    await vi.waitFor(() => expect(phoneInput()).toHaveValue(beforeLastBurst))
    command('historyRedo')
    await vi.waitFor(() => expect(phoneInput()).toHaveValue('06 12 34 56 78'))
  })
})
