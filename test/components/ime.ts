import { cdp } from 'vitest/browser'

// An input method editor driven through Chromium's DevTools protocol: the
// browser itself fires compositionstart, the `insertCompositionText` input
// events and compositionend, as it does for a Japanese or Chinese keyboard.

interface CompositionSteps {
  /** Called after each character is added to the composition, with the text composed so far. */
  each?: (composed: string) => void
}

/** Composes `text` one character at a time into the focused field, without committing it. */
export async function compose(text: string, { each }: CompositionSteps = {}): Promise<void> {
  let composed = ''
  for (const character of text) {
    composed += character
    await cdp().send('Input.imeSetComposition', { text: composed, selectionStart: composed.length, selectionEnd: composed.length })
    each?.(composed)
  }
}

/** Commits the composition in progress as `text` (the user pressed Enter on the candidate). */
export async function commit(text: string): Promise<void> {
  await cdp().send('Input.insertText', { text })
}

/** Abandons the composition in progress (the user pressed Escape): the field goes back to its text before it. */
export async function cancelComposition(): Promise<void> {
  await cdp().send('Input.imeSetComposition', { text: '', selectionStart: 0, selectionEnd: 0 })
}

/** Composes `text` then commits it, as typing a number with the IME on and pressing Enter. */
export async function typeWithIme(text: string, steps?: CompositionSteps): Promise<void> {
  await compose(text, steps)
  await commit(text)
}

/**
 * Safari's order of events for a committed composition: compositionend comes
 * before the last input event. Chromium's IME cannot be told to do this, so
 * the events are dispatched by hand, a task apart as a browser sends them.
 */
export async function commitLikeSafari(input: HTMLInputElement, text: string): Promise<void> {
  const tick = () => new Promise((resolve) => setTimeout(resolve))
  input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }))
  await tick()
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, input.value + text)
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertCompositionText', data: text, isComposing: true }))
  await tick()
  input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: text }))
  await tick()
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromComposition', data: text }))
  await tick()
}
