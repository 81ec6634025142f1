import { describe, expect, it } from 'vitest'
import { editedSignificant } from '../../../src/core/phoneInput/significant.js'

// The edit step both the bare field and the formatter start from: what the user typed or deleted, in digits.
describe('editedSignificant', () => {
  // '+33 6|12': four significant characters before the caret.
  it('keeps what was typed and counts the digits before the caret', () => {
    expect(editedSignificant('+3361', { text: '+33 6 12', caret: 5, inputType: 'insertText' })).toEqual({ digits: '+33612', count: 4 })
  })

  it('makes Backspace over a space remove the digit before it', () => {
    // '+33 6|12' → the browser deleted the space: '+336|12', digits unchanged.
    expect(editedSignificant('+33612', { text: '+33612', caret: 4, inputType: 'deleteContentBackward' })).toEqual({ digits: '+3312', count: 3 })
  })

  it('makes Delete over a space remove the digit after it', () => {
    expect(editedSignificant('+33612', { text: '+33612', caret: 3, inputType: 'deleteContentForward' })).toEqual({ digits: '+3312', count: 3 })
  })

  it('keeps a deleted selection as it is', () => {
    expect(editedSignificant('+33612', { text: '+33612', caret: 4, inputType: 'deleteContentBackward', collapsed: false })).toEqual({ digits: '+33612', count: 4 })
  })

  it('clamps a caret outside the text', () => {
    expect(editedSignificant('', { text: '0612', caret: 99, inputType: 'insertFromPaste' })).toEqual({ digits: '0612', count: 4 })
    expect(editedSignificant('0612', { text: '0612', caret: -3, inputType: 'deleteContentBackward' })).toEqual({ digits: '0612', count: 0 })
  })
})
