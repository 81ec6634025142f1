import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { useState } from 'react'
import { OtpInput, type OtpInputProps } from '../../src/components/OtpInput.js'
import '../../src/styles/otp-input.css'
import { cancelComposition, commit, commitLikeFirefox, commitLikeSafari, compose, typeWithIme } from './ime.js'
import { canDriveIme, IME_BY_CDP, META } from './engine.js'
import { copy } from './clipboard.js'

function setup(props: Partial<OtpInputProps> = {}) {
  const onValueChange = vi.fn()
  const onComplete = vi.fn()
  const result = render(<OtpInput onValueChange={onValueChange} onComplete={onComplete} {...props} />)
  const input = screen.getByRole('textbox') as HTMLInputElement
  const slots = () => [...result.container.querySelectorAll('[data-part="slot"]')]
  const shown = () => slots().map((slot) => slot.textContent || '_').join('')
  const active = () => slots().flatMap((slot, index) => (slot.hasAttribute('data-active') ? [index] : []))
  return { ...result, input, slots, shown, active, onValueChange, onComplete }
}

describe('OtpInput typing (real keyboard)', () => {
  it('keeps digits and ignores letters and separators', async () => {
    const { input, shown, onValueChange } = setup()
    await userEvent.click(input)
    await userEvent.keyboard('1a2- 3.b')
    expect(input).toHaveValue('123')
    expect(shown()).toBe('123___')
    expect(onValueChange.mock.calls.map(([code]) => code)).toEqual(['1', '12', '123'])
  })

  it('replaces the last digit when typing past the end', async () => {
    const { input, onComplete } = setup()
    await userEvent.click(input)
    await userEvent.keyboard('1234567')
    expect(input).toHaveValue('123457')
    expect(onComplete).toHaveBeenCalledTimes(1)
    expect(onComplete).toHaveBeenCalledWith('123456')
  })

  it('moves by one slot with the arrows and stops at both ends', async () => {
    const { input, active } = setup({ defaultValue: '123' })
    await userEvent.click(input)
    expect(active()).toEqual([3])
    await userEvent.keyboard('{ArrowRight}')
    expect(active()).toEqual([3])
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(active()).toEqual([1])
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}')
    expect(active()).toEqual([0])
    await userEvent.keyboard('{End}')
    expect(active()).toEqual([3])
    await userEvent.keyboard('{Home}')
    expect(active()).toEqual([0])
  })

  it('replaces the digit of the slot the arrows reached', async () => {
    const { input } = setup({ defaultValue: '123456' })
    await userEvent.click(input)
    await userEvent.keyboard('{Home}{ArrowRight}{ArrowRight}9')
    expect(input).toHaveValue('129456')
    await userEvent.keyboard('8')
    expect(input).toHaveValue('129856')
  })

  it('removes one digit with Backspace and with Delete', async () => {
    const { input } = setup({ defaultValue: '1234' })
    await userEvent.click(input)
    await userEvent.keyboard('{Backspace}')
    expect(input).toHaveValue('123')
    await userEvent.keyboard('{Home}{Delete}')
    expect(input).toHaveValue('23')
    await userEvent.keyboard('{ArrowRight}{Backspace}')
    expect(input).toHaveValue('2')
  })

  it.each([['Control', 'Control'], ['Meta', META]])('clears everything with %s+Backspace', async (_, modifier) => {
    const { input, shown } = setup({ defaultValue: '123456' })
    await userEvent.click(input)
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}')
    await userEvent.keyboard(`{${modifier}>}{Backspace}{/${modifier}}`)
    expect(input).toHaveValue('')
    expect(shown()).toBe('______')
  })

  it('selects all with Ctrl+A, and a digit typed then replaces the whole code', async () => {
    const { input, active, onComplete } = setup({ defaultValue: '123456' })
    await userEvent.click(input)
    await userEvent.keyboard('{Control>}a{/Control}')
    expect(active()).toEqual([0, 1, 2, 3, 4, 5])
    await userEvent.keyboard('7')
    expect(input).toHaveValue('7')
    await userEvent.keyboard('89012')
    expect(onComplete).toHaveBeenCalledTimes(1)
    expect(onComplete).toHaveBeenCalledWith('789012')
  })

  it('keeps a code selected by focus() then select(), so the next digit replaces it', async () => {
    const { input, active } = setup({ defaultValue: '482913' })
    input.focus()
    input.select()
    await expect.poll(active).toEqual([0, 1, 2, 3, 4, 5])
    await userEvent.keyboard('1')
    expect(input).toHaveValue('1')
  })

  it('takes Arabic-Indic digits from the keyboard as ASCII', async () => {
    const { input } = setup()
    await userEvent.click(input)
    await userEvent.keyboard('١٢٣')
    expect(input).toHaveValue('123')
  })

  it('gives a click on a slot the caret, never past the first empty slot', async () => {
    const { input, slots, active } = setup({ defaultValue: '1234' })
    await userEvent.click(slots()[1]!, { force: true })
    expect(input).toHaveFocus()
    expect(active()).toEqual([1])
    await userEvent.keyboard('9')
    expect(input).toHaveValue('1934')
    await userEvent.click(slots()[5]!, { force: true })
    expect(active()).toEqual([4])
  })

  it('puts the caret on the first empty slot when focused with Tab', async () => {
    render(<button type="button">before</button>)
    const { input, active } = setup({ defaultValue: '12' })
    screen.getByRole('button').focus()
    await userEvent.tab()
    expect(input).toHaveFocus()
    expect(active()).toEqual([2])
    await userEvent.keyboard('3')
    expect(input).toHaveValue('123')
  })

  it('shows a fake caret only in the empty active slot', async () => {
    const { input, slots } = setup({ defaultValue: '12' })
    expect(slots().filter((slot) => slot.hasAttribute('data-caret'))).toHaveLength(0)
    await userEvent.click(input)
    expect(slots().map((slot) => slot.hasAttribute('data-caret'))).toEqual([false, false, true, false, false, false])
    await userEvent.keyboard('{ArrowLeft}')
    expect(slots().some((slot) => slot.hasAttribute('data-caret'))).toBe(false)
  })
})

describe('OtpInput paste and autofill (real clipboard)', () => {
  it.each([
    ['482 913', '482913'],
    ['482-913', '482913'],
    ['Your ACME verification code is: 482913', '482913'],
    ['Your ACME verification code is 482913.\n\n@example.com #482913', '482913'],
    ['@example.com #482913', '482913'],
    ['١٢٣٤٥٦', '123456'],
    ['１２３４５６', '123456'],
    ['4829131234', '482913'],
    ['  482913  ', '482913'],
  ])('pastes %j as %s and completes once', async (text, code) => {
    const { input, onComplete, onValueChange } = setup()
    await copy(text, input)
    await userEvent.paste()
    expect(input).toHaveValue(code)
    expect(onValueChange).toHaveBeenCalledTimes(1)
    expect(onComplete).toHaveBeenCalledTimes(1)
    expect(onComplete).toHaveBeenCalledWith(code)
  })

  it('inserts a partial paste at the caret in the middle', async () => {
    const { input } = setup({ defaultValue: '1256' })
    await userEvent.click(input)
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}')
    await copy('34', input)
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}')
    await userEvent.paste()
    expect(input).toHaveValue('123456')
  })

  it('replaces the code with a whole pasted code wherever the caret is', async () => {
    const { input, onComplete } = setup({ defaultValue: '999' })
    await copy('Code: 482913', input)
    await userEvent.keyboard('{Home}')
    await userEvent.paste()
    expect(input).toHaveValue('482913')
    expect(onComplete).toHaveBeenCalledTimes(1)
  })

  it('ignores a paste without digits', async () => {
    const { input, onValueChange } = setup({ defaultValue: '12' })
    await copy('hello', input)
    await userEvent.paste()
    expect(input).toHaveValue('12')
    expect(onValueChange).not.toHaveBeenCalled()
  })

  it('completes exactly once when autofill writes the whole code in one input event', async () => {
    const { input, shown, onComplete, onValueChange } = setup()
    // What Chrome's autofill and password managers do: set the value, fire `input`.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, '482913')
    input.dispatchEvent(new Event('input', { bubbles: true }))
    await expect.poll(shown).toBe('482913')
    expect(onValueChange).toHaveBeenCalledTimes(1)
    expect(onComplete).toHaveBeenCalledTimes(1)
    expect(onComplete).toHaveBeenCalledWith('482913')
  })

  it('normalises an SMS that autofill writes whole', async () => {
    const { input } = setup()
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, 'Your code is 482 913')
    input.dispatchEvent(new Event('input', { bubbles: true }))
    await expect.poll(() => input.value).toBe('482913')
  })

  it('completes with iOS-style code suggestions arriving as one insertText', async () => {
    const { input, onComplete } = setup()
    await userEvent.fill(input, '482913')
    expect(input).toHaveValue('482913')
    expect(onComplete).toHaveBeenCalledTimes(1)
  })

  it('gives onChange listeners the cleaned value', async () => {
    const seen: string[] = []
    const { input } = setup({ onChange: (event) => seen.push(event.target.value) })
    await copy('Your code is 482 913', input)
    await userEvent.paste()
    expect(seen).toEqual(['482913'])
  })
})

describe('OtpInput controlled', () => {
  function Controlled({ onComplete }: { onComplete: (code: string) => void }) {
    const [code, setCode] = useState('')
    return (
      <>
        <OtpInput value={code} onValueChange={setCode} onComplete={onComplete} />
        <output data-testid="code">{code}</output>
        <button type="button" onClick={() => setCode('')}>
          reset
        </button>
      </>
    )
  }

  it('completes again only after the code became incomplete', async () => {
    const onComplete = vi.fn()
    render(<Controlled onComplete={onComplete} />)
    const input = screen.getByRole('textbox')
    await userEvent.click(input)
    await userEvent.keyboard('123456')
    expect(screen.getByTestId('code')).toHaveTextContent('123456')
    await userEvent.keyboard('7')
    expect(screen.getByTestId('code')).toHaveTextContent('123457')
    expect(onComplete.mock.calls).toEqual([['123456']])
    await userEvent.click(screen.getByRole('button', { name: 'reset' }))
    expect(input).toHaveValue('')
    await userEvent.click(input)
    await userEvent.keyboard('654321')
    expect(onComplete.mock.calls).toEqual([['123456'], ['654321']])
  })

  it('keeps the parent’s value when the parent refuses a change', async () => {
    const onValueChange = vi.fn()
    render(<OtpInput value="12" onValueChange={onValueChange} />)
    const input = screen.getByRole('textbox')
    await userEvent.click(input)
    await userEvent.keyboard('3')
    expect(onValueChange).toHaveBeenCalledWith('123')
    expect(input).toHaveValue('12')
  })
})

// Japanese and Chinese keyboards type a code through an IME: full-width
// digits (１２３) in a composition that the user commits with Enter.
describe('OtpInput through an IME', () => {
  describe.skipIf(!canDriveIme)(IME_BY_CDP, () => {
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
