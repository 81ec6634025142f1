// DOM helpers of the code field: the inline styles that lay the real input over
// the slots, and the few writes to the input that React cannot express.
import type { CSSProperties, KeyboardEvent, SyntheticEvent } from 'react'
import { editForInputType, type OtpEdit } from '../../core/otpEditing.js'

export const flag = (on: unknown) => (on ? '' : undefined)

export const GROUP_STYLE: CSSProperties = {
  position: 'relative',
  // One column per slot, side by side; a stylesheet sizes the columns.
  display: 'grid',
  gridAutoFlow: 'column',
  // Empty slots have no height without a stylesheet; the input needs some.
  minHeight: '1.5em',
  // Password managers draw their badge at the input's right edge: the input
  // overhangs the slots by this much so the badge never covers the last one.
  paddingRight: 'var(--vp-otp-badge-space, 2.5rem)',
}

export const INPUT_STYLE: CSSProperties = {
  position: 'absolute', top: 0, left: 0, zIndex: 1, width: '100%', height: '100%', boxSizing: 'border-box', margin: 0,
  // A content box of zero width: the text, its selection highlight and the
  // caret are never painted (Chromium paints a selection even on transparent
  // text), while the input keeps its full size for taps, long-press paste,
  // autofill and its focus ring.
  padding: '0 0 0 100%', border: 0, background: 'transparent', color: 'transparent', caretColor: 'transparent',
  // Below 16px, iOS zooms the page when the field gets focus.
  fontSize: 16,
}

export function compose<E extends SyntheticEvent>(theirs: ((event: E) => void) | undefined, ours: (event: E) => void) {
  return (event: E) => {
    theirs?.(event)
    if (!event.defaultPrevented) ours(event)
  }
}

/** Moves the selection of a focused input, leaving it alone when it is already there. */
export function placeSelection(input: HTMLInputElement, start: number, end: number) {
  if (input.ownerDocument.activeElement === input && (input.selectionStart !== start || input.selectionEnd !== end)) {
    input.setSelectionRange(start, end)
  }
}

/**
 * Writes through the prototype's setter, which React's value tracking does
 * not see, then dispatches `input`: React's `onChange` and any form library
 * listening on the input then observe the edit exactly like typing.
 */
export function writeValue(input: HTMLInputElement, value: string) {
  Reflect.set(HTMLInputElement.prototype, 'value', value, input)
  input.dispatchEvent(new Event('input', { bubbles: true }))
}

/**
 * A character typed on a full field, taken at `keydown`. With `maxLength`
 * equal to the code's length, WebKit (Safari) drops a key pressed on a full
 * field before firing `beforeinput`, so typing over a digit would do nothing;
 * Chromium fires it. Taking the key here makes both engines overwrite the
 * active slot, and keeps `maxLength` for password managers. Keys with Ctrl,
 * Cmd or Alt, named keys (`Enter`, `Unidentified` from virtual keyboards) and
 * keys under an IME composition are left to the browser.
 */
export function typedOverFullCode(event: KeyboardEvent<HTMLInputElement>, length: number): OtpEdit | undefined {
  const input = event.currentTarget
  const { key, ctrlKey, metaKey, altKey } = event
  if (ctrlKey || metaKey || altKey || [...key].length !== 1 || event.nativeEvent.isComposing || event.keyCode === 229) return undefined
  return input.value.length >= length ? editForInputType('insertText', key) : undefined
}
