import { applyPhoneEdit, phoneStateFromValue, type PhoneEditResult } from '../../../src/core/phoneInput/edit.js'
import type { CountryCode, PhoneInputOptions } from '../../../src/core/phoneInput/types.js'

// A browser's text field reduced to what the edit function sees: the text
// after the edit, the caret after it, and the input type.

export type Field = PhoneEditResult

export function emptyField(country: CountryCode, options: PhoneInputOptions): Field {
  return phoneStateFromValue(undefined, country, options)
}

/** Replaces the selection `[start, end)` with `inserted`, as typing, pasting or autofill would. */
export function insert(field: Field, inserted: string, options: PhoneInputOptions, inputType = 'insertText', start = field.caret, end = start): Field {
  const text = field.text.slice(0, start) + inserted + field.text.slice(end)
  return applyPhoneEdit(field.state, { text, caret: start + inserted.length, inputType, collapsed: start === end }, options)
}

/** Types each character at the caret, one input event per character. */
export function typeChars(field: Field, chars: string, options: PhoneInputOptions): Field {
  let current = field
  for (const char of chars) current = insert(current, char, options)
  return current
}

/** Backspace with nothing selected. */
export function backspace(field: Field, options: PhoneInputOptions, at = field.caret): Field {
  if (at === 0) return field
  const text = field.text.slice(0, at - 1) + field.text.slice(at)
  return applyPhoneEdit(field.state, { text, caret: at - 1, inputType: 'deleteContentBackward', collapsed: true }, options)
}

/** Delete (forward) with nothing selected. */
export function deleteForward(field: Field, options: PhoneInputOptions, at = field.caret): Field {
  const text = field.text.slice(0, at) + field.text.slice(at + 1)
  return applyPhoneEdit(field.state, { text, caret: at, inputType: 'deleteContentForward', collapsed: true }, options)
}

/** Pastes over the whole field, as autofill does. */
export function replaceAll(field: Field, text: string, options: PhoneInputOptions, inputType = 'insertFromPaste'): Field {
  return insert(field, text, options, inputType, 0, field.text.length)
}
