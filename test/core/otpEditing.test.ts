import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  applyOtpEdit,
  clampSelection,
  describeSlots,
  editForInputType,
  editForKey,
  isNativeEdit,
  reconcileInput,
  sanitizeCode,
  slotIndexAt,
  type OtpEdit,
  type OtpEditState,
} from '../../src/core/otpEditing.js'

/** `'12|34'` is a caret after "12"; `'1[23]4'` selects "23". */
function parse(text: string): OtpEditState {
  const caret = text.indexOf('|')
  if (caret >= 0) return { value: text.replace('|', ''), start: caret, end: caret }
  const start = text.indexOf('[')
  const end = text.indexOf(']') - 1
  return { value: text.replace(/[[\]]/g, ''), start, end }
}

function show({ value, start, end }: OtpEditState): string {
  if (start === end) return `${value.slice(0, start)}|${value.slice(start)}`
  return `${value.slice(0, start)}[${value.slice(start, end)}]${value.slice(end)}`
}

const edit = (before: string, change: OtpEdit, length = 6) => show(applyOtpEdit(parse(before), change, length))

describe('applyOtpEdit: typing', () => {
  it.each([
    ['appends a digit at the first empty slot', '12|', '5', '125|'],
    ['replaces the digit of the active slot and moves on', '1|234', '9', '19|34'],
    ['replaces the last digit when the code is full', '12345|6', '7', '12345|7'],
    ['replaces a selected range with the digit', '1[234]5', '9', '19|5'],
    ['replaces everything selected', '[123456]', '4', '4|'],
    ['turns an Arabic-Indic digit into ASCII', '|', '٣', '3|'],
    ['turns a fullwidth digit into ASCII', '1|', '７', '17|'],
    ['ignores a letter', '12|', 'a', '12|'],
    ['ignores a separator and keeps the selection', '1[23]4', '-', '1[23]4'],
    ['ignores a space', '|', ' ', '|'],
  ])('%s', (_name, before, text, after) => {
    expect(edit(before, { type: 'typed', text })).toBe(after)
  })

  it('keeps the caret on the last slot of a 4-digit code', () => {
    expect(edit('123|', { type: 'typed', text: '4' }, 4)).toBe('123|4')
  })
})

describe('applyOtpEdit: pasting', () => {
  it.each([
    ['a bare code fills the field', '|', '482913', '48291|3'],
    ['a code with a space', '|', '482 913', '48291|3'],
    ['a code with a dash', '|', '482-913', '48291|3'],
    ['a whole SMS', '|', 'Your ACME verification code is: 482913', '48291|3'],
    ['a WebOTP domain-bound line', '|', '@example.com #482913', '48291|3'],
    ['Arabic-Indic digits', '|', '١٢٣٤٥٦', '12345|6'],
    ['fullwidth digits', '|', '１２３４５６', '12345|6'],
    ['an over-long code keeps its first digits', '|', '4829131234', '48291|3'],
    ['a whole code replaces what was there', '1|2', '482913', '48291|3'],
    ['a partial code inserts at the caret, which follows it', '12|56', '34', '1234|56'],
    ['a partial code at the end appends', '12|', '34', '1234|'],
    ['a partial code replaces the selection', '1[23]4', '9', '19|4'],
    ['an insertion that overflows drops the tail', '12|345', '99', '1299|34'],
    ['text without digits changes nothing', '12|', 'hello', '12|'],
  ])('%s', (_name, before, text, after) => {
    expect(edit(before, { type: 'pasted', text })).toBe(after)
  })
})

describe('applyOtpEdit: deleting and moving', () => {
  it.each<[string, string, OtpEdit, string]>([
    ['Backspace on an empty active slot removes the digit before', '123|', { type: 'deletedBackward' }, '12|'],
    ['Backspace on a filled active slot removes that digit', '12|345', { type: 'deletedBackward' }, '12|45'],
    ['Backspace on a full code removes the last digit', '12345|6', { type: 'deletedBackward' }, '12345|'],
    ['Backspace on an empty field does nothing', '|', { type: 'deletedBackward' }, '|'],
    ['Backspace removes a selection', '1[23]4', { type: 'deletedBackward' }, '1|4'],
    ['Delete removes the digit of the active slot', '1|234', { type: 'deletedForward' }, '1|34'],
    ['Delete on the empty slot does nothing', '12|', { type: 'deletedForward' }, '12|'],
    ['Delete removes a selection', '[1234]', { type: 'deletedForward' }, '|'],
    ['clearing removes every digit', '12|34', { type: 'cleared' }, '|'],
    ['deleting to the end keeps the digits before the caret', '12|34', { type: 'deletedToEnd' }, '12|'],
  ])('%s', (_name, before, change, after) => {
    expect(edit(before, change)).toBe(after)
  })
})

describe('editForInputType', () => {
  it.each<[string, string | null, OtpEdit | undefined]>([
    ['insertText', '5', { type: 'typed', text: '5' }],
    ['insertText', '٣', { type: 'typed', text: '٣' }],
    ['insertText', '482913', { type: 'pasted', text: '482913' }],
    ['insertFromPaste', '1', { type: 'pasted', text: '1' }],
    ['insertReplacementText', '482913', { type: 'pasted', text: '482913' }],
    ['insertFromDrop', '12', { type: 'pasted', text: '12' }],
    ['insertText', null, undefined],
    ['insertLineBreak', null, undefined],
    ['deleteContentBackward', null, { type: 'deletedBackward' }],
    ['deleteContentForward', null, { type: 'deletedForward' }],
    ['deleteWordBackward', null, { type: 'cleared' }],
    ['deleteSoftLineBackward', null, { type: 'cleared' }],
    ['deleteHardLineBackward', null, { type: 'cleared' }],
    ['deleteWordForward', null, { type: 'deletedToEnd' }],
    ['deleteSoftLineForward', null, { type: 'deletedToEnd' }],
    ['deleteHardLineForward', null, { type: 'deletedToEnd' }],
    ['deleteByCut', null, undefined],
    ['deleteEntireSoftLine', null, undefined],
    ['historyUndo', null, undefined],
    ['formatBold', null, undefined],
  ])('%s with %j', (inputType, data, expected) => {
    expect(editForInputType(inputType, data)).toEqual(expected)
  })
})

describe('reconcileInput (changes the browser made itself)', () => {
  it.each([
    ['autofill of a whole code into an empty field', '', '482913', '48291|3'],
    ['autofill of a whole SMS', '12', 'Your code is 482913', '48291|3'],
    ['a digit composed in the middle is inserted', '12345', '129345', '12934|5'],
    ['a letter composed is dropped', '123', '12a3', '12|3'],
    ['a deletion is kept', '1234', '134', '1|34'],
    ['an over-long autofill keeps the first digits', '', '4829131234', '48291|3'],
    ['the field emptied', '1234', '', '|'],
  ])('%s', (_name, previous, next, after) => {
    expect(show(reconcileInput(previous, next, 6))).toBe(after)
  })
})

describe('selection helpers', () => {
  it.each([
    [0, 6, 0],
    [3, 6, 3],
    [6, 6, 5],
    [4, 4, 3],
  ])('a caret after %i digits, length %i, rests at %i', (digits, length, expected) => {
    const value = '1'.repeat(digits)
    expect(clampSelection({ value, start: digits, end: digits }, length).start).toBe(expected)
  })

  it.each([
    ['a caret past the value comes back to the first empty slot', { value: '12', start: 9, end: 9 }, '12|'],
    ['a caret after a full code rests on the last slot', { value: '123456', start: 6, end: 6 }, '12345|6'],
    ['a selection is kept', { value: '123456', start: 0, end: 6 }, '[123456]'],
    ['a negative caret becomes the first slot', { value: '12', start: -3, end: -3 }, '|12'],
  ])('%s', (_name, state, expected) => {
    expect(show(clampSelection(state, 6))).toBe(expected)
  })

  it.each([
    ['١٢-٣', 6, '123'],
    ['12 34 56 78', 6, '123456'],
    ['abc', 6, ''],
  ])('sanitizeCode(%j, %i) is %j', (text, length, expected) => {
    expect(sanitizeCode(text, length)).toBe(expected)
  })

  it('sanitizeCode gives an empty code for a non-string', () => {
    expect(sanitizeCode(undefined, 6)).toBe('')
    expect(sanitizeCode(123456, 6)).toBe('')
  })
})

describe('describeSlots', () => {
  it('marks the first empty slot active with a caret while focused', () => {
    const slots = describeSlots({ value: '12', start: 2, end: 2 }, 4, true)
    expect(slots.map((slot) => [slot.char, slot.isActive, slot.hasFakeCaret])).toEqual([
      ['1', false, false],
      ['2', false, false],
      [null, true, true],
      [null, false, false],
    ])
  })

  it('marks a filled active slot without a caret', () => {
    const slots = describeSlots({ value: '1234', start: 1, end: 1 }, 4, true)
    expect(slots.map((slot) => [slot.isActive, slot.hasFakeCaret])).toEqual([
      [false, false],
      [true, false],
      [false, false],
      [false, false],
    ])
  })

  it('marks every selected slot active', () => {
    const slots = describeSlots({ value: '1234', start: 0, end: 3 }, 4, true)
    expect(slots.map((slot) => slot.isActive)).toEqual([true, true, true, false])
  })

  it.each([-1, Number.NaN, 0])('draws no slot for a length of %d', (length) => {
    expect(describeSlots({ value: '', start: 0, end: 0 }, length, true)).toEqual([])
  })

  it('draws whole slots for a fractional length', () => {
    expect(describeSlots({ value: '', start: 0, end: 0 }, 4.5, false)).toHaveLength(4)
  })

  it('marks nothing active without focus', () => {
    const slots = describeSlots({ value: '12', start: 2, end: 2 }, 4, false)
    expect(slots.some((slot) => slot.isActive || slot.hasFakeCaret)).toBe(false)
  })

  it('shows the mask instead of the digits', () => {
    const slots = describeSlots({ value: '12', start: 2, end: 2 }, 4, false, '•')
    expect(slots.map((slot) => slot.char)).toEqual(['•', '•', null, null])
  })
})

describe('slotIndexAt', () => {
  const box = (left: number, right: number) => ({ left, right, top: 0, bottom: 40 })
  const slots = [box(0, 40), box(48, 88), box(96, 136)]
  const row = box(0, 176)
  it.each([
    [10, 0],
    [60, 1],
    [44, 0],
    [93, 2],
    [170, 2],
  ])('x = %i is slot %i', (x, expected) => {
    expect(slotIndexAt(x, 20, row, slots)).toBe(expected)
  })

  it.each([
    ['left of the row', -5, 20],
    ['right of the row', 200, 20],
    ['above the row', 60, -1],
    ['below the row', 60, 41],
  ])('is -1 for a point %s', (_where, x, y) => {
    expect(slotIndexAt(x, y, row, slots)).toBe(-1)
  })

  it('is -1 without slots', () => {
    expect(slotIndexAt(10, 20, row, [])).toBe(-1)
  })
})

describe('editForKey', () => {
  it.each<[string, { key: string; ctrlKey?: boolean; metaKey?: boolean }, OtpEdit | undefined]>([
    ['Ctrl+Backspace', { key: 'Backspace', ctrlKey: true }, { type: 'cleared' }],
    ['Cmd+Backspace', { key: 'Backspace', metaKey: true }, { type: 'cleared' }],
    ['ArrowLeft (left to the browser, then clamped)', { key: 'ArrowLeft' }, undefined],
    ['End (left to the browser, then clamped)', { key: 'End' }, undefined],
    ['Backspace (left to beforeinput)', { key: 'Backspace' }, undefined],
    ['a digit (left to beforeinput)', { key: '5' }, undefined],
  ])('%s', (_name, key, expected) => {
    expect(editForKey(key)).toEqual(expected)
  })
})

const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...'0123456789٠١٢٣٤٥٦٧٨٩０１２３ -.#@a'), maxLength: 24 }),
)

const anyEdit: fc.Arbitrary<OtpEdit> = fc.oneof(
  anyText.map((text) => ({ type: 'typed' as const, text })),
  anyText.map((text) => ({ type: 'pasted' as const, text })),
  fc.constantFrom<OtpEdit>(
    { type: 'deletedBackward' },
    { type: 'deletedForward' },
    { type: 'deletedToEnd' },
    { type: 'cleared' },
  ),
)

describe('properties', () => {
  it('keeps the value ASCII digits within the length and the selection inside it, whatever is typed or pasted', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 8 }),
        fc.array(fc.tuple(anyEdit, fc.integer({ min: -2, max: 10 }), fc.integer({ min: 0, max: 3 })), { maxLength: 12 }),
        (length, steps) => {
          let state: OtpEditState = { value: '', start: 0, end: 0 }
          for (const [change, caret, width] of steps) {
            state = applyOtpEdit({ ...state, start: caret, end: caret + width }, change, length)
            expect(state.value).toMatch(new RegExp(`^[0-9]{0,${length}}$`))
            expect(state.start).toBeGreaterThanOrEqual(0)
            expect(state.end).toBeGreaterThanOrEqual(state.start)
            expect(state.end).toBeLessThanOrEqual(state.value.length)
          }
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('reconciles any browser change into ASCII digits within the length', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 8 }), fc.stringMatching(/^[0-9]{0,8}$/), anyText, (length, previous, next) => {
        const state = reconcileInput(previous.slice(0, length), next, length)
        expect(state.value).toMatch(new RegExp(`^[0-9]{0,${length}}$`))
        expect(state.start).toBe(state.end)
        // At most the first empty slot, or the last slot when the code is full.
        expect(state.start).toBeLessThanOrEqual(Math.min(state.value.length, length - 1))
      }),
      { numRuns: 1000 },
    )
  })

  it('a paste holding a whole code gives the same code whatever was in the field', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{6}$/), fc.stringMatching(/^[0-9]{0,6}$/), fc.nat(6), (code, before, caret) => {
        const state = applyOtpEdit({ value: before, start: caret, end: caret }, { type: 'pasted', text: `Your code is ${code}` }, 6)
        expect(state.value).toBe(code)
      }),
      { numRuns: 500 },
    )
  })

  it('an edit left to the browser ends exactly where applyOtpEdit would, once reconciled', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 8 }), fc.stringMatching(/^[0-9]{0,8}$/), fc.nat(9), fc.nat(3), anyEdit, (length, digits, caret, width, change) => {
        const value = digits.slice(0, length)
        const state = { value, start: Math.min(caret, value.length), end: Math.min(caret + width, value.length) }
        fc.pre(isNativeEdit(state, change, length))
        // What the browser does by itself: insert at the caret, or delete the character before it.
        const native = change.type === 'typed' ? value + change.text : value.slice(0, -1)
        const reconciled = reconcileInput(value, native, length)
        const applied = applyOtpEdit(state, change, length)
        expect(reconciled).toEqual(applied)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('isNativeEdit', () => {
  const typed = (text: string): OtpEdit => ({ type: 'typed', text })
  it.each([
    ['a digit typed after the last digit', '482|', typed('9'), true],
    ['a digit typed into an empty field', '|', typed('4'), true],
    ['Backspace after the last digit', '482|', { type: 'deletedBackward' } as OtpEdit, true],
    ['a digit typed over a slot in the middle (overwrite)', '4|82', typed('9'), false],
    ['a digit typed on a full code', '48291|3', typed('9'), false],
    ['a digit typed over a selection', '4[82]', typed('9'), false],
    ['a non-ASCII digit (normalised first)', '482|', typed('٩'), false],
    ['a letter (ignored by the field)', '482|', typed('a'), false],
    ['Backspace in an empty field', '|', { type: 'deletedBackward' } as OtpEdit, false],
    ['Delete after the last digit', '482|', { type: 'deletedForward' } as OtpEdit, false],
    ['a paste', '482|', { type: 'pasted', text: '9' } as OtpEdit, false],
  ])('%s: %s', (_name, before, change, expected) => {
    expect(isNativeEdit(parse(before), change, 6)).toBe(expected)
  })
})

