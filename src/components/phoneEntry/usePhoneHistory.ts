'use client'
import { useRef, type KeyboardEvent } from 'react'
import type { PhoneEditResult } from '../../core/phoneInput/edit.js'
import { countSignificant } from '../../core/phoneInput/significant.js'
import { EMPTY_PHONE_HISTORY, phoneEditKind, recordPhoneEdit, redoPhoneEdit, undoPhoneEdit } from '../../core/phoneInput/history.js'
import type { PhoneEntryState } from './usePhoneEntryState.js'

/** Ctrl+Z / Cmd+Z undo; Ctrl+Shift+Z / Cmd+Shift+Z and Ctrl+Y redo. */
function historyKey(event: KeyboardEvent<HTMLInputElement>): 'historyUndo' | 'historyRedo' | undefined {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return undefined
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'historyRedo' : 'historyUndo'
  return key === 'y' && event.ctrlKey && !event.shiftKey ? 'historyRedo' : undefined
}

/**
 * Undo and redo for the phone field. The field rewrites its text as it
 * formats, which leaves the browser's own undo history out of step with
 * what the user typed, so the field keeps its own: one step per burst of
 * typing or deleting (see `recordPhoneEdit`), one per paste or autofill.
 * Ctrl+Z / Cmd+Z, Ctrl+Shift+Z / Cmd+Shift+Z and Ctrl+Y drive it, and so do
 * the browser's Undo and Redo menu items (`beforeinput` `historyUndo` and
 * `historyRedo`). Restoring a state reports it like any edit.
 */
export function usePhoneHistory(state: PhoneEntryState) {
  const history = useRef(EMPTY_PHONE_HISTORY)
  // Where the last edit left the text and the caret, to tell a burst going on from a new one.
  const left = useRef<{ text: string; caret: number } | undefined>(undefined)
  const before = useRef<{ caret: number; continues: boolean; at: number } | undefined>(undefined)

  const go = (input: HTMLInputElement, inputType: 'historyUndo' | 'historyRedo'): PhoneEditResult | undefined => {
    const current = { state: state.field, caret: countSignificant(input.value, input.selectionEnd ?? input.value.length) }
    const step = (inputType === 'historyUndo' ? undoPhoneEdit : redoPhoneEdit)(history.current, current)
    if (!step) return undefined
    history.current = step.history
    left.current = undefined
    return state.restore(step.entry.state, step.entry.caret, inputType)
  }

  return {
    /** Call on `beforeinput`, before the browser changes the text. */
    noteBeforeInput: (input: HTMLInputElement, at: number) => {
      const { selectionStart, selectionEnd, value } = input
      const last = left.current
      const continues = last !== undefined && last.text === value && selectionStart === last.caret && selectionEnd === last.caret
      before.current = { caret: countSignificant(value, selectionStart ?? value.length), continues, at }
    },
    /** Applies a user edit through `apply` and records it when it changed the field. */
    record: (inputType: string | undefined, at: number, apply: () => PhoneEditResult): PhoneEditResult => {
      const previous = state.field
      const note = before.current ?? { caret: previous.digits.length, continues: false, at }
      before.current = undefined
      const result = apply()
      if (result.state.digits !== previous.digits || result.state.country !== previous.country) {
        history.current = recordPhoneEdit(history.current, { state: previous, caret: note.caret }, phoneEditKind(inputType), note.at, note.continues)
      }
      left.current = { text: result.text, caret: result.caret }
      return result
    },
    /** The caret was moved (arrows, a click) or the field left: the next edit starts a new burst. */
    endBurst: () => void (left.current = undefined),
    /** Undoes or redoes for a history key or input type; returns the result when the field changed. */
    perform: go,
    historyKey,
  }
}
