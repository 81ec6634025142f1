import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import fc from 'fast-check'
import { OtpInput } from '../../src/components/OtpInput.js'

type Action = { kind: 'type'; text: string } | { kind: 'paste'; text: string } | { kind: 'key'; key: string }

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.string({ unit: fc.constantFrom(...'0123456789٠١٢٣٤٥٦٧٨٩０１２３ -.#@aZ\n'), maxLength: 20 }),
)

const anyAction: fc.Arbitrary<Action> = fc.oneof(
  anyText.map((text) => ({ kind: 'type' as const, text })),
  anyText.map((text) => ({ kind: 'paste' as const, text })),
  fc.constantFrom('ArrowLeft', 'ArrowRight', 'Home', 'End', 'Backspace', 'Delete').map((key) => ({ kind: 'key' as const, key })),
)

const EDITS: Record<string, string> = { Backspace: 'deleteContentBackward', Delete: 'deleteContentForward' }

/** Where the browser puts the caret for a key: the field then keeps it inside the slots on `selectionchange`. */
const MOVES: Record<string, (start: number, end: number, valueLength: number) => number> = {
  ArrowLeft: (start, end) => (start === end ? Math.max(0, start - 1) : start),
  ArrowRight: (start, end, valueLength) => (start === end ? Math.min(valueLength, end + 1) : end),
  Home: () => 0,
  End: (_start, _end, valueLength) => valueLength,
}

/**
 * Events as the browser dispatches them, built in the page: a `beforeinput`
 * per typed character, a `paste` with a DataTransfer, the browser's caret
 * move and a `selectionchange` for the arrows. Thousands of real CDP keystrokes would take minutes; the
 * real-keyboard fuzz below runs fewer, longer sequences.
 */
function dispatch(input: HTMLInputElement, action: Action) {
  if (action.kind === 'paste') {
    const clipboardData = new DataTransfer()
    clipboardData.setData('text/plain', action.text)
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))
  } else if (action.kind === 'type') {
    for (const data of action.text) {
      input.dispatchEvent(new InputEvent('beforeinput', { inputType: 'insertText', data, bubbles: true, cancelable: true }))
    }
  } else {
    const inputType = EDITS[action.key]
    if (inputType) {
      input.dispatchEvent(new InputEvent('beforeinput', { inputType, bubbles: true, cancelable: true }))
    } else if (input.dispatchEvent(new KeyboardEvent('keydown', { key: action.key, bubbles: true, cancelable: true }))) {
      const caret = MOVES[action.key]?.(input.selectionStart ?? 0, input.selectionEnd ?? 0, input.value.length) ?? 0
      input.setSelectionRange(caret, caret)
      document.dispatchEvent(new Event('selectionchange'))
    }
  }
}

function watchErrors() {
  const errors: unknown[] = []
  const onError = (event: ErrorEvent) => errors.push(event.error)
  window.addEventListener('error', onError)
  return { errors, stop: () => window.removeEventListener('error', onError) }
}

describe('OtpInput fuzz', () => {
  it('never throws and keeps the value ASCII digits within the length for 1,000 random typed and pasted sequences', () => {
    const codes: string[] = []
    render(<OtpInput length={6} onValueChange={(code) => codes.push(code)} />)
    const input = screen.getByRole('textbox') as HTMLInputElement
    input.focus()
    const watch = watchErrors()
    try {
      fc.assert(
        fc.property(fc.array(anyAction, { minLength: 1, maxLength: 4 }), (actions) => {
          input.dispatchEvent(new InputEvent('beforeinput', { inputType: 'deleteWordBackward', bubbles: true, cancelable: true }))
          for (const action of actions) {
            dispatch(input, action)
            // Plain checks: `expect` per step would dominate the run time.
            if (!/^[0-9]{0,6}$/.test(input.value)) throw new Error(`value ${JSON.stringify(input.value)}`)
            if ((input.selectionEnd ?? 0) > input.value.length) throw new Error('selection past the value')
          }
        }),
        { numRuns: 1000 },
      )
    } finally {
      watch.stop()
    }
    expect(watch.errors).toEqual([])
    expect(codes.length).toBeGreaterThan(1000)
    expect(codes.every((code) => /^[0-9]{0,6}$/.test(code))).toBe(true)
  }, 120_000)

  it('keeps the value ASCII digits within the length under random real keystrokes', async () => {
    render(<OtpInput length={4} />)
    const input = screen.getByRole('textbox') as HTMLInputElement
    await userEvent.click(input)
    const keys = fc.constantFrom('1', '7', '٣', 'a', ' ', '-', '{ArrowLeft}', '{ArrowRight}', '{Home}', '{End}', '{Backspace}', '{Delete}')
    await fc.assert(
      fc.asyncProperty(fc.array(keys, { minLength: 1, maxLength: 12 }), async (sequence) => {
        await userEvent.keyboard(sequence.join(''))
        expect(input.value).toMatch(/^[0-9]{0,4}$/)
      }),
      { numRuns: 25 },
    )
  }, 60_000)
})
