import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { OtpInput, type OtpInputProps } from '../../src/components/OtpInput.js'
import '../../src/styles/otp-input.css'
import { clickAt, dragWithin } from './engine.js'

// Selecting slots with a real mouse (Playwright's in Chromium, WebDriver's in WebKit), then typing over the selection.

function setup(props: Partial<OtpInputProps> = {}) {
  const onValueChange = vi.fn()
  const result = render(<OtpInput onValueChange={onValueChange} {...props} />)
  const input = screen.getByRole('textbox') as HTMLInputElement
  const slots = [...result.container.querySelectorAll<HTMLElement>('[data-part="slot"]')]
  /** The centre of a slot, relative to the input that lies over the slots. */
  const at = (index: number) => {
    const slot = slots[index]!.getBoundingClientRect()
    const box = input.getBoundingClientRect()
    return { x: slot.left + slot.width / 2 - box.left, y: slot.top + slot.height / 2 - box.top }
  }
  const selected = () => [input.selectionStart, input.selectionEnd]
  const drag = (from: number, to: number) => dragWithin(input, at(from), at(to))
  return { input, slots, at, selected, drag, onValueChange }
}

describe('OtpInput pointer selection', () => {
  it('selects the whole code on double-click, and typing replaces it', async () => {
    const { input, at, selected } = setup({ defaultValue: '123456' })
    await userEvent.dblClick(input, { position: at(2) })
    expect(input).toHaveFocus()
    expect(selected()).toEqual([0, 6])
    await userEvent.keyboard('9')
    expect(input).toHaveValue('9')
  })

  it('selects the slots a drag crosses, left to right, and typing replaces them', async () => {
    const { input, selected, drag } = setup({ defaultValue: '123456' })
    await drag(1, 3)
    expect(input).toHaveFocus()
    expect(selected()).toEqual([1, 4])
    await userEvent.keyboard('9')
    expect(input).toHaveValue('1956')
  })

  it('selects right to left as well', async () => {
    const { selected, drag } = setup({ defaultValue: '123456' })
    await drag(4, 2)
    expect(selected()).toEqual([2, 5])
  })

  it('clamps a drag to the filled slots', async () => {
    const { selected, drag } = setup({ defaultValue: '1234' })
    await drag(1, 5)
    expect(selected()).toEqual([1, 4])
    await drag(5, 2)
    expect(selected()).toEqual([2, 4])
  })

  it('focuses the field first when the drag starts outside it', async () => {
    render(<button type="button">elsewhere</button>)
    const { input, selected, drag } = setup({ defaultValue: '123456' })
    screen.getByRole('button').focus()
    await drag(0, 2)
    expect(input).toHaveFocus()
    expect(selected()).toEqual([0, 3])
  })

  it('extends the selection with Shift+click', async () => {
    const { input, at, selected } = setup({ defaultValue: '123456' })
    await clickAt(input, at(1))
    expect(selected()).toEqual([1, 1])
    await clickAt(input, at(4), { shift: true })
    expect(selected()).toEqual([1, 5])
    await userEvent.keyboard('0')
    expect(input).toHaveValue('106')
  })
})
