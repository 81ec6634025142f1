import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { OtpInput, type OtpInputProps } from '../../src/components/OtpInput.js'
import { cancelComposition, commit, commitLikeFirefox, commitLikeSafari, compose, typeWithIme } from './ime.js'

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

  it('reports digits an IME composes as ASCII as they come (Android keyboards do), to the field and its change handler', async () => {
    const onChange = vi.fn((event: { target: { value: string } }) => event.target.value)
    const { input, onValueChange, onComplete } = setup({ onChange })
    input.focus()
    await compose('123456')
    const each = ['1', '12', '123', '1234', '12345', '123456']
    expect(onValueChange.mock.calls).toEqual(each.map((code) => [code]))
    expect(onChange.mock.results.map(({ value }) => value)).toEqual(each)
    expect(onComplete.mock.calls).toEqual([['123456']])
    await commit('123456')
    expect(input).toHaveValue('123456')
    expect(onValueChange).toHaveBeenCalledTimes(6)
    expect(onComplete).toHaveBeenCalledTimes(1)
  })

  it('adds composed digits after those already typed', async () => {
    const { input, onValueChange } = setup()
    await userEvent.click(input)
    await userEvent.keyboard('12')
    await typeWithIme('３４')
    expect(input).toHaveValue('1234')
    expect(onValueChange.mock.calls.at(-1)).toEqual(['1234'])
  })

  it('still reads the commit when the app prevents the default of compositionend', async () => {
    const { input, onComplete } = setup({ onCompositionEnd: (event) => event.preventDefault() })
    input.focus()
    await typeWithIme('１２３４５６')
    expect(input).toHaveValue('123456')
    expect(onComplete.mock.calls).toEqual([['123456']])
  })

  it.each([
    ['Safari', commitLikeSafari],
    ['Firefox', commitLikeFirefox],
  ])('reads the commit once in %s’s order of events', async (_, commitLike) => {
    const { input, onValueChange, onComplete } = setup()
    input.focus()
    await commitLike(input, '１２３４５６')
    await expect.poll(() => input.value).toBe('123456')
    expect(onValueChange.mock.calls).toEqual([['123456']])
    expect(onComplete.mock.calls).toEqual([['123456']])
  })
})
