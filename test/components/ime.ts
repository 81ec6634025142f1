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

// Other browsers' orders cannot be asked of Chromium's IME, so they are
// dispatched by hand, with the changes to the field the browser would make.
// Each event is followed by a microtask checkpoint, as when the browser
// dispatches it (React applies the updates of an event then).

const checkpoint = () => Promise.resolve()

function setText(input: HTMLInputElement, text: string) {
  // The prototype's setter, as the browser's own edits: React's value tracking does not see it.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text)
}

async function fire(input: HTMLInputElement, event: Event): Promise<boolean> {
  const proceed = input.dispatchEvent(event)
  await checkpoint()
  return proceed
}

const inputEvent = (type: 'beforeinput' | 'input', inputType: string, data: string | null, init: InputEventInit = {}) =>
  new InputEvent(type, { bubbles: true, inputType, data, isComposing: true, ...init })

/** Opens a composition at the end of the field and composes `text` there in one step. */
async function startComposition(input: HTMLInputElement, text: string): Promise<string> {
  const before = input.value
  await fire(input, new CompositionEvent('compositionstart', { bubbles: true, data: '' }))
  await fire(input, inputEvent('beforeinput', 'insertCompositionText', text))
  setText(input, before + text)
  await fire(input, inputEvent('input', 'insertCompositionText', text))
  return before
}

/**
 * WebKit's commit: the composition's text is deleted, then inserted again by
 * a cancelable `insertFromComposition`, and compositionend comes last.
 */
export async function commitLikeSafari(input: HTMLInputElement, text: string): Promise<void> {
  const before = await startComposition(input, text)
  await fire(input, inputEvent('beforeinput', 'deleteCompositionText', null))
  setText(input, before)
  await fire(input, inputEvent('input', 'deleteCompositionText', null))
  if (await fire(input, inputEvent('beforeinput', 'insertFromComposition', text, { cancelable: true }))) {
    setText(input, before + text)
    await fire(input, inputEvent('input', 'insertFromComposition', text))
  }
  await fire(input, new CompositionEvent('compositionend', { bubbles: true, data: text }))
}

/** Firefox's commit: compositionend, then one more input event that is no longer composing. */
export async function commitLikeFirefox(input: HTMLInputElement, text: string): Promise<void> {
  await startComposition(input, text)
  await fire(input, new CompositionEvent('compositionend', { bubbles: true, data: text }))
  await fire(input, inputEvent('input', 'insertCompositionText', text, { isComposing: false }))
}
