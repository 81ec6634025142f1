import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { OtpInput, type OtpInputProps } from '../../src/components/OtpInput.js'
import { cancelComposition, commitLikeSafari, compose, typeWithIme } from './ime.js'

// Japanese and Chinese keyboards type a code through an IME: full-width
// digits (１２３) in a composition that the user commits with Enter.

function setup(props: Partial<OtpInputProps> = {}) {
  const onValueChange = vi.fn()
  const onComplete = vi.fn()
  const result = render(<OtpInput onValueChange={onValueChange} onComplete={onComplete} {...props} />)
  const input = screen.getByRole('textbox') as HTMLInputElement
  const shown = () => [...result.container.querySelectorAll('[data-part="slot"]')].map((slot) => slot.textContent || '_').join('')
  return { input, shown, onValueChange, onComplete }
}

describe('OtpInput through an IME', () => {
  it('completes once, with the ASCII code, when full-width digits are committed', async () => {
    const { input, onValueChange, onComplete } = setup()
    input.focus()
    await typeWithIme('１２３４５６')
    expect(input).toHaveValue('123456')
    expect(onComplete).toHaveBeenCalledTimes(1)
    expect(onComplete).toHaveBeenCalledWith('123456')
    expect(onValueChange.mock.calls).toEqual([['123456']])
  })

  it('reports a code an IME composed in ASCII digits, to the field and to its change handler', async () => {
    const onChange = vi.fn((event: { target: { value: string } }) => event.target.value)
    const { input, onComplete } = setup({ onChange })
    input.focus()
    await typeWithIme('123456')
    expect(input).toHaveValue('123456')
    expect(onComplete.mock.calls).toEqual([['123456']])
    expect(onChange.mock.results.map(({ value }) => value)).toEqual(['123456'])
  })

  it('shows the digits being composed in the slots without reporting them', async () => {
    const { input, shown, onValueChange } = setup()
    input.focus()
    const seen: string[] = []
    await compose('１２３', { each: () => seen.push(shown()) })
    // Rewritten digit by digit, the composition restarts and repeats itself ("1", "112", "112123").
    expect(seen).toEqual(['1_____', '12____', '123___'])
    expect(onValueChange).not.toHaveBeenCalled()
  })

  it('keeps the digits typed before a composition that is abandoned', async () => {
    const { input, shown, onValueChange } = setup()
    await userEvent.click(input)
    await userEvent.keyboard('12')
    await compose('３４')
    await cancelComposition()
    expect(input).toHaveValue('12')
    expect(shown()).toBe('12____')
    expect(onValueChange.mock.calls).toEqual([['1'], ['12']])
  })

  it('reads the commit once when compositionend comes before the last input event (Safari)', async () => {
    const { input, onComplete } = setup()
    input.focus()
    await commitLikeSafari(input, '１２３４５６')
    expect(input).toHaveValue('123456')
    expect(onComplete.mock.calls).toEqual([['123456']])
  })
})
