import type { PhoneFieldState } from './edit.js'

/** A field state to go back to, with its caret as a count of significant characters before it. */
export interface PhoneHistoryEntry {
  state: PhoneFieldState
  caret: number
}

/** What undo and redo go back and forth through: one entry per burst of edits. */
export interface PhoneHistory {
  /** States before each burst, oldest first. */
  past: readonly PhoneHistoryEntry[]
  /** States undone, the next to redo last. */
  future: readonly PhoneHistoryEntry[]
  /** The burst under way: its kind and when its last edit came. */
  burst: { kind: PhoneEditKind; at: number } | undefined
}

/** Typing and deleting each run in bursts; anything else (paste, drop, autofill, a country picked) is a step of its own. */
export type PhoneEditKind = 'insert' | 'delete' | 'other'

export const EMPTY_PHONE_HISTORY: PhoneHistory = { past: [], future: [], burst: undefined }

/** A pause this long (ms) between two keystrokes ends a burst, as it ends a thought. */
export const BURST_PAUSE = 1000

/** Undo steps kept; older ones are forgotten. */
export const HISTORY_LIMIT = 100

/** The kind of an edit by its `InputEvent#inputType`. */
export function phoneEditKind(inputType: string | undefined): PhoneEditKind {
  if (inputType === 'insertText' || inputType === 'insertCompositionText') return 'insert'
  return inputType?.startsWith('delete') ? 'delete' : 'other'
}

/**
 * Records an edit about to be applied to a field that holds `before`. It joins
 * the burst under way when it is of the same kind (typing or deleting), comes
 * within `BURST_PAUSE` of the last edit, and `continues` it (the caret did not
 * move since and the text did not change otherwise); else it starts a new
 * step whose undo restores `before`. Any edit forgets what was undone.
 */
export function recordPhoneEdit(history: PhoneHistory, before: PhoneHistoryEntry, kind: PhoneEditKind, now: number, continues: boolean): PhoneHistory {
  const { burst } = history
  const joins = continues && kind !== 'other' && burst !== undefined && burst.kind === kind && now - burst.at < BURST_PAUSE
  const past = joins ? history.past : [...history.past, before].slice(-HISTORY_LIMIT)
  return { past, future: [], burst: { kind, at: now } }
}

/** Goes back one step from `current`: the entry to show and the history after it, or `undefined` with nothing to undo. */
export function undoPhoneEdit(history: PhoneHistory, current: PhoneHistoryEntry): { history: PhoneHistory; entry: PhoneHistoryEntry } | undefined {
  const entry = history.past.at(-1)
  if (!entry) return undefined
  return { entry, history: { past: history.past.slice(0, -1), future: [...history.future, current], burst: undefined } }
}

/** Goes forward one undone step from `current`, or `undefined` with nothing to redo. */
export function redoPhoneEdit(history: PhoneHistory, current: PhoneHistoryEntry): { history: PhoneHistory; entry: PhoneHistoryEntry } | undefined {
  const entry = history.future.at(-1)
  if (!entry) return undefined
  return { entry, history: { past: [...history.past, current], future: history.future.slice(0, -1), burst: undefined } }
}
