/**
 * Editing a one-time code as slots: pure operations over the value and the
 * selection of the single real input, so that every keystroke, paste and
 * autofill can be tested without a browser.
 *
 * The model: the value is ASCII digits without holes. A collapsed caret at
 * `c` marks slot `c` as active (the slot the next digit goes into); it never
 * rests past the last slot, so a full code keeps the last slot active.
 */
import { NON_DIGITS } from './digits.js'
import { extractPasscode, normalizePasscode, toAsciiDigits } from './passcode.js'

/** The value and selection of the real input (`start === end` for a caret). */
export interface OtpEditState {
  value: string
  start: number
  end: number
}

/** What the user did, as the editing operations understand it. */
export type OtpEdit =
  | { type: 'typed'; text: string }
  | { type: 'pasted'; text: string }
  | { type: 'deletedBackward' }
  | { type: 'deletedForward' }
  | { type: 'deletedToEnd' }
  | { type: 'cleared' }

/** One slot as the markup draws it. */
export interface OtpSlot {
  index: number
  /** The character to show: the digit, the mask character when masked, `null` when empty. */
  char: string | null
  /** The slot the next digit goes into, or one of the selected slots; only while focused. */
  isActive: boolean
  /** True on the active slot while it is empty and the selection is collapsed: draw a caret. */
  hasFakeCaret: boolean
}

/**
 * Any text as a code: Unicode digits made ASCII, everything else dropped, cut
 * to `length`. For values set from outside (a controlled `value`, a form
 * library), where no guessing about SMS text is wanted.
 */
export function sanitizeCode(text: unknown, length: number): string {
  return typeof text === 'string' ? toAsciiDigits(text).replace(NON_DIGITS, '').slice(0, Math.max(0, length)) : ''
}

/** Puts a selection inside the value and a collapsed caret on a slot. */
export function clampSelection(state: OtpEditState, length: number): OtpEditState {
  const { value } = state
  let start = Math.max(0, Math.min(state.start, value.length))
  let end = Math.max(start, Math.min(state.end, value.length))
  // A collapsed caret rests at most on the first empty slot (it is within
  // the value already), or on the last slot when the code is full.
  if (start === end) start = end = Math.min(start, Math.max(0, length - 1))
  return { value, start, end }
}

function caretAt(value: string, caret: number, length: number): OtpEditState {
  return clampSelection({ value, start: caret, end: caret }, length)
}

function splice(value: string, from: number, to: number, digits: string, length: number): string {
  return (value.slice(0, from) + digits + value.slice(to)).slice(0, length)
}

/**
 * Applies one edit. Typing writes into the active slot (replacing its digit,
 * or the last digit when the code is full) or replaces the selection; a paste
 * goes through passcode normalisation, replaces everything when it holds a
 * whole code and otherwise inserts at the caret. Backspace removes the active
 * slot's digit, or the one before an empty active slot; Delete removes the
 * active slot's digit. Non-digits change nothing. Never throws.
 */
export function applyOtpEdit(state: OtpEditState, edit: OtpEdit, length: number): OtpEditState {
  const clamped = clampSelection(state, length)
  const { value, start, end } = clamped
  const collapsed = start === end
  switch (edit.type) {
    case 'typed':
    case 'pasted': {
      const digits = normalizePasscode(edit.text, length)
      if (digits === '') return clamped
      if (digits.length === length) return caretAt(digits, length, length)
      // One typed digit overwrites the active slot; anything else is inserted.
      const to = edit.type === 'typed' && digits.length === 1 && collapsed ? start + 1 : end
      return caretAt(splice(value, start, to, digits, length), start + digits.length, length)
    }
    case 'cleared':
      return caretAt('', 0, length)
    default: {
      // What goes: the selection; else the active slot's digit, the digit
      // before an empty active slot, or everything after the caret.
      let [from, to] = [start, end]
      if (collapsed) {
        if (edit.type === 'deletedToEnd') to = value.length
        else if (edit.type === 'deletedForward' || start < value.length) to = start + 1
        else from = start - 1
      }
      return caretAt(splice(value, from, to, '', length), from, length)
    }
  }
}

/**
 * True when the browser's own handling of `edit` gives exactly what
 * {@link applyOtpEdit} would: an ASCII digit typed, or a digit deleted
 * backwards, with a collapsed caret after the last digit of a valid code.
 * Such an edit can be left to the browser: changing the value from script
 * inside a key's `beforeinput` costs Chromium about a millisecond that its own
 * insertion does not (the caret is then brought back onto the last slot).
 */
export function isNativeEdit(state: OtpEditState, edit: OtpEdit, length: number): boolean {
  const { value, start, end } = state
  if (start !== end || start !== value.length || !/^[0-9]*$/.test(value)) return false
  if (edit.type === 'typed') return value.length < length && /^[0-9]$/.test(edit.text)
  return edit.type === 'deletedBackward' && value.length > 0
}

/**
 * The edit a cancelable `beforeinput` event stands for, or `undefined` when
 * the browser should apply it (an unknown kind, or no text); such changes are
 * then reconciled by {@link reconcileInput}. Every insertion but a single
 * typed character (a keyboard suggestion, iOS's code suggestion, a drop)
 * behaves like a paste; Ctrl/Cmd/Alt+Backspace clears the field.
 */
export function editForInputType(inputType: string, data: string | null): OtpEdit | undefined {
  if (inputType.startsWith('insert')) {
    if (data === null) return undefined
    return { type: inputType === 'insertText' && [...data].length === 1 ? 'typed' : 'pasted', text: data }
  }
  // deleteContent… removes one digit; what else ends so (deleteWord…,
  // deleteSoftLine…, deleteHardLine…) clears before the caret, or after it.
  const one = inputType.startsWith('deleteContent')
  if (inputType.endsWith('Backward')) return { type: one ? 'deletedBackward' : 'cleared' }
  if (inputType.endsWith('Forward')) return { type: one ? 'deletedForward' : 'deletedToEnd' }
  return undefined
}

/**
 * The edit a key press stands for before any input event: Ctrl/Cmd+Backspace
 * clears on every platform (Cmd+Backspace fires no input event off macOS).
 * Other keys are left to the browser: its `beforeinput` goes through
 * {@link editForInputType}, and the caret moves it makes (arrows, Home, End)
 * are brought back inside the slots by {@link clampSelection}, which keeps the
 * browser's own caret movement for keyboards, screen readers and IMEs.
 */
export function editForKey(key: { key: string; ctrlKey?: boolean; metaKey?: boolean }): OtpEdit | undefined {
  return key.key === 'Backspace' && (key.ctrlKey || key.metaKey) ? { type: 'cleared' } : undefined
}

/**
 * Brings a change the browser made by itself (autofill, a password manager,
 * IME composition) back to a code. A whole code found in the new text wins;
 * otherwise the changed stretch is normalised and spliced where it changed.
 */
export function reconcileInput(previous: string, next: string, length: number): OtpEditState {
  const whole = extractPasscode(next, length)
  if (whole !== undefined) return caretAt(whole, length, length)
  // The unchanged start and end (an index past one string's end reads `undefined`, which stops the loop).
  let head = 0
  while (head < previous.length && previous[head] === next[head]) head++
  let tail = 0
  while (tail < previous.length - head && tail < next.length - head && previous.at(-1 - tail) === next.at(-1 - tail)) tail++
  const digits = normalizePasscode(next.slice(head, next.length - tail), length)
  const value = sanitizeCode(splice(previous, head, previous.length - tail, digits, length), length)
  return caretAt(value, head + digits.length, length)
}

/**
 * The slots to draw. `mask` replaces each digit shown; `focused` is false
 * when the input does not have focus (no slot is then active).
 */
export function describeSlots(
  state: OtpEditState,
  length: number,
  focused: boolean,
  mask?: string,
): OtpSlot[] {
  const { value, start, end } = clampSelection(state, length)
  // Array.from reads a negative, fractional or NaN length as a whole number, at least 0.
  return Array.from({ length }, (_, index) => {
    const digit = value[index]
    const isActive = focused && (start === end ? index === start : index >= start && index < end)
    return {
      index,
      char: digit === undefined ? null : (mask ?? digit),
      isActive,
      hasFakeCaret: isActive && start === end && digit === undefined,
    }
  })
}

/** A box on screen, as `getBoundingClientRect()` gives it. */
export interface OtpBox {
  left: number
  right: number
  top: number
  bottom: number
}

/**
 * The slot under a point: the slot that contains `x`, else the nearest one;
 * -1 without slots or when the point lies outside `area` (the slot row with
 * its badge room), as it does for simulated clicks that carry no coordinates.
 */
export function slotIndexAt(x: number, y: number, area: OtpBox, slots: readonly OtpBox[]): number {
  if (x < area.left || x > area.right || y < area.top || y > area.bottom) return -1
  let best = -1
  let bestDistance = Infinity
  slots.forEach(({ left, right }, index) => {
    const distance = x < left ? left - x : x > right ? x - right : 0
    if (distance < bestDistance) {
      best = index
      bestDistance = distance
    }
  })
  return best
}
