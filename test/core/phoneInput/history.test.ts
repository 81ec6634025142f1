import { describe, expect, it } from 'vitest'
import { BURST_PAUSE, EMPTY_PHONE_HISTORY, HISTORY_LIMIT, phoneEditKind, recordPhoneEdit, redoPhoneEdit, undoPhoneEdit, type PhoneEditKind, type PhoneHistory } from '../../../src/core/phoneInput/history.js'

const entry = (digits: string) => ({ state: { digits, country: 'FR' as const }, caret: digits.length })

/** Records edits `[digits before, kind, time, continues]` one after another. */
function recordAll(edits: [string, PhoneEditKind, number, boolean][]): PhoneHistory {
  return edits.reduce((history, [digits, kind, at, continues]) => recordPhoneEdit(history, entry(digits), kind, at, continues), EMPTY_PHONE_HISTORY)
}

describe('phoneEditKind', () => {
  it.each([
    ['insertText', 'insert'],
    ['insertCompositionText', 'insert'],
    ['deleteContentBackward', 'delete'],
    ['deleteWordBackward', 'delete'],
    ['insertFromPaste', 'other'],
    ['insertReplacementText', 'other'],
    [undefined, 'other'],
  ] as const)('%s is %s', (inputType, kind) => {
    expect(phoneEditKind(inputType)).toBe(kind)
  })
})

describe('recordPhoneEdit', () => {
  it.each<[string, [string, PhoneEditKind, number, boolean][], string[]]>([
    ['typing on joins one burst', [['', 'insert', 0, false], ['0', 'insert', 100, true], ['06', 'insert', 200, true]], ['']],
    ['a pause starts a new burst', [['', 'insert', 0, false], ['06', 'insert', BURST_PAUSE + 1, true]], ['', '06']],
    ['a moved caret starts a new burst', [['', 'insert', 0, false], ['06', 'insert', 10, false]], ['', '06']],
    ['deleting after typing is a new step', [['', 'insert', 0, false], ['0612', 'delete', 10, true], ['061', 'delete', 20, true]], ['', '0612']],
    ['each paste is a step of its own', [['', 'other', 0, false], ['0612345678', 'other', 10, true]], ['', '0612345678']],
  ])('%s', (_, edits, past) => {
    expect(recordAll(edits).past.map((kept) => kept.state.digits)).toEqual(past)
  })

  it('forgets what was undone', () => {
    const undone = undoPhoneEdit(recordAll([['', 'insert', 0, false]]), entry('06'))!.history
    expect(undone.future).toHaveLength(1)
    expect(recordPhoneEdit(undone, entry(''), 'insert', 5000, false).future).toEqual([])
  })

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    const edits = Array.from({ length: HISTORY_LIMIT + 5 }, (_, index) => [String(index), 'other', index, false] as [string, PhoneEditKind, number, boolean])
    const { past } = recordAll(edits)
    expect(past).toHaveLength(HISTORY_LIMIT)
    expect(past[0]!.state.digits).toBe('5')
  })
})

describe('undo and redo', () => {
  const twoBursts = () => recordAll([['', 'insert', 0, false], ['0612', 'insert', 5000, true]])

  it('goes back burst by burst, then forward again', () => {
    const first = undoPhoneEdit(twoBursts(), entry('0612345678'))!
    expect(first.entry.state.digits).toBe('0612')
    const second = undoPhoneEdit(first.history, first.entry)!
    expect(second.entry.state.digits).toBe('')
    expect(undoPhoneEdit(second.history, second.entry)).toBeUndefined()
    const again = redoPhoneEdit(second.history, second.entry)!
    expect(again.entry.state.digits).toBe('0612')
    expect(redoPhoneEdit(again.history, again.entry)!.entry.state.digits).toBe('0612345678')
  })

  it('has nothing to redo before an undo', () => {
    expect(redoPhoneEdit(twoBursts(), entry('0612345678'))).toBeUndefined()
  })

  it('starts a new burst after an undo, even right away', () => {
    const { history } = undoPhoneEdit(twoBursts(), entry('0612345678'))!
    expect(history.burst).toBeUndefined()
  })
})
