'use client'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { ChangeEvent, ClipboardEvent, HTMLAttributes, InputHTMLAttributes } from 'react'
import type { KeyboardEvent, LabelHTMLAttributes, RefObject } from 'react'
import { applyOtpEdit, clampSelection, describeSlots, editForInputType, editForKey, isNativeEdit, reconcileInput } from '../../core/otpEditing.js'
import type { OtpEdit, OtpEditState, OtpSlot } from '../../core/otpEditing.js'
import type { OtpInputState } from './useOtpInputState.js'
import { useOtpPointer } from './useOtpPointer.js'
import { compose, flag, GROUP_STYLE, INPUT_STYLE, placeSelection, typedOverFullCode, writeValue } from './inputDom.js'

/** Attributes and handlers for the real input, plus how the field looks. */
export interface OtpInputOptions
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'type' | 'maxLength' | 'size' | 'children'> {
  /** Marks the code as wrong (`aria-invalid`, `data-invalid`), with or without an error to show. Default: `false`. */
  invalid?: boolean | undefined
  /** Shows `•` in the slots and makes the input a password input, so screen readers do not speak the digits. Default: `false`. */
  mask?: boolean | undefined
  /** Whether the markup renders the element that receives `descriptionProps`. */
  hasDescription?: boolean | undefined
  /** Whether the markup renders the element that receives `errorProps`. */
  hasError?: boolean | undefined
}

type DataAttributes = { [name: `data-${string}`]: string | undefined }

/** Prop bags for the markup of a code field. */
export interface OtpInputBehaviour {
  /** The outermost element: `data-state` (`empty` | `partial` | `complete`) and boolean `data-*` flags. */
  rootProps: HTMLAttributes<HTMLElement> & DataAttributes
  labelProps: LabelHTMLAttributes<HTMLLabelElement> & DataAttributes
  /** The element that holds the slots and the input, left-to-right even on right-to-left pages. */
  groupProps: HTMLAttributes<HTMLDivElement> & DataAttributes & { ref: RefObject<HTMLDivElement | null> }
  /** The real input; merge your ref with the one given to the hook. */
  inputProps: InputHTMLAttributes<HTMLInputElement> & DataAttributes
  descriptionProps: HTMLAttributes<HTMLElement> & DataAttributes
  errorProps: HTMLAttributes<HTMLElement> & DataAttributes
  /** One entry per digit, to draw the slots. */
  slots: OtpSlot[]
  /** Attributes of one slot element (decoration, hidden from assistive technology). */
  getSlotProps: (slot: OtpSlot) => HTMLAttributes<HTMLDivElement> & DataAttributes
}

/**
 * The behaviour of a code field made of one real input under decorative
 * slots: digits only, overwrite in the active slot, paste and autofill through
 * passcode normalisation, the browser's own caret moves kept inside the slots
 * (never past the last one), clicks on a slot, and form reset.
 *
 * @example
 * const state = useOtpInputState({ length: 6, onComplete })
 * const inputRef = useRef<HTMLInputElement>(null)
 * const { rootProps, groupProps, inputProps, slots, getSlotProps } = useOtpInput({ name: 'code' }, state, inputRef)
 */
export function useOtpInput(options: OtpInputOptions, state: OtpInputState, inputRef: RefObject<HTMLInputElement | null>): OtpInputBehaviour {
  const { invalid, mask, hasDescription, hasError, id, disabled, onChange, onKeyDown, onPaste, onFocus, onBlur, onClick, onCompositionStart, onCompositionEnd, onPointerDown, onPointerMove, onPointerUp, onMouseDown, onMouseUp, ...attributes } =
    options
  const { value, length, isComplete, setValue, reset } = state
  const baseId = useId()
  const inputId = id ?? `${baseId}input`
  const descriptionId = `${baseId}description`
  const errorId = `${baseId}error`
  const groupRef = useRef<HTMLDivElement>(null)
  const writing = useRef(false)
  // The result of an edit left to the browser (see isNativeEdit), until its input event.
  const nativeEdit = useRef<{ inputType: string; next: OtpEditState } | null>(null)
  const [focused, setFocused] = useState(false)
  const [selection, setSelection] = useState({ start: 0, end: 0 })
  // The raw text while an IME composes full-width digits (a Japanese or
  // Chinese keyboard). Rewriting or moving the caret under a composition
  // restarts it and repeats its text, so it is left alone, shown normalised in
  // the slots, and read once when committed.
  const [composing, setComposing] = useState<string | null>(null)
  const isComposing = useRef(false)
  // The selection just after focus, once the focus handler's work is done.
  // WebKit selects the whole value after the focus event of a Tab (Chromium
  // before it, where onFocus undoes it): a later change to the whole value
  // that no script made is that, and goes back to the first empty slot.
  const focusSelection = useRef<{ start: number; end: number } | null>(null)

  // The last selection handed to React, so an unchanged caret schedules no render at all.
  const shown = useRef(selection)
  const showSelection = useCallback((start: number, end: number) => {
    if (shown.current.start === start && shown.current.end === end) return
    shown.current = { start, end }
    setSelection(shown.current)
  }, [])

  // One path for every edit: compute it from the input's own value and
  // selection, write it so React and form libraries see an input event, then
  // place the caret. Without an edit, only the caret is brought back inside
  // the slots (after a click, Up/Down or the browser's own moves).
  const apply = useCallback(
    (edit?: OtpEdit) => {
      const input = inputRef.current
      if (!input || (edit && input.readOnly) || isComposing.current) return
      const current: OtpEditState = { value: input.value, start: input.selectionStart ?? 0, end: input.selectionEnd ?? 0 }
      const next = edit ? applyOtpEdit(current, edit, length) : clampSelection(current, length)
      // The caret's state is set first, so React commits it with the value
      // in the one render the input event flushes.
      showSelection(next.start, next.end)
      if (next.value !== input.value) {
        writing.current = true
        writeValue(input, next.value)
        writing.current = false
      }
      placeSelection(input, next.start, next.end)
    },
    [inputRef, length, showSelection],
  )

  const pointer = useOtpPointer(inputRef, groupRef, apply)

  useEffect(() => {
    const input = inputRef.current
    if (!input) return
    const document = input.ownerDocument
    const form = input.form
    const onBeforeInput = (event: InputEvent) => {
      // A composition is read when committed (Safari's commit is cancelable).
      if (!event.cancelable || isComposing.current) return
      const edit = editForInputType(event.inputType, event.data ?? event.dataTransfer?.getData('text/plain') ?? null)
      if (!edit) return
      // A digit typed or deleted at the end goes the browser's own way, then through handleChange.
      const state = { value: input.value, start: input.selectionStart ?? 0, end: input.selectionEnd ?? 0 }
      if (!input.readOnly && isNativeEdit(state, edit, length)) {
        // What the edit must give, whoever performs it (a browser, or a test
        // library that edits by its own idea of the caret).
        nativeEdit.current = { inputType: event.inputType, next: applyOtpEdit(state, edit, length) }
        return
      }
      event.preventDefault()
      apply(edit)
    }
    const onSelectionChange = () => {
      if (document.activeElement !== input) return
      const afterFocus = focusSelection.current
      focusSelection.current = null
      const whole = input.value !== '' && input.selectionStart === 0 && input.selectionEnd === input.value.length
      if (whole && afterFocus && (afterFocus.start !== 0 || afterFocus.end !== input.value.length)) input.setSelectionRange(length, length)
      apply()
    }
    // Past the user's first key or click, a selection is theirs.
    const forgetFocus = () => {
      focusSelection.current = null
      nativeEdit.current = null
    }
    input.addEventListener('beforeinput', onBeforeInput)
    input.addEventListener('keydown', forgetFocus)
    input.addEventListener('pointerdown', forgetFocus)
    document.addEventListener('selectionchange', onSelectionChange)
    form?.addEventListener('reset', reset)
    return () => {
      input.removeEventListener('beforeinput', onBeforeInput)
      input.removeEventListener('keydown', forgetFocus)
      input.removeEventListener('pointerdown', forgetFocus)
      document.removeEventListener('selectionchange', onSelectionChange)
      form?.removeEventListener('reset', reset)
    }
  }, [inputRef, apply, reset, length])

  // Values written into the input from outside React (a form library's
  // `register` ref, the browser restoring a form) are adopted after commit.
  useEffect(() => {
    const input = inputRef.current
    if (input && composing === null && input.value !== value) setValue(input.value)
  })

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    // A native edit is read by the input event that follows its beforeinput, and only by it.
    const native = nativeEdit.current
    nativeEdit.current = null
    if ((event.nativeEvent as Partial<InputEvent>).isComposing) {
      setComposing(input.value)
      // Plain digits go out as they come (Android keyboards compose them too);
      // text that needs normalising waits for the commit.
      if (reconcileInput(value, input.value, length).value !== input.value) return
    } else if (!writing.current) {
      // A change the browser made by itself: a digit typed or deleted at the
      // end (see isNativeEdit), autofill, a password manager. Normalise it
      // before anyone reads `target.value`.
      const inputType = (event.nativeEvent as Partial<InputEvent>).inputType
      const next = native && native.inputType === inputType ? native.next : reconcileInput(value, input.value, length)
      if (input.value !== next.value) input.value = next.value
      placeSelection(input, next.start, next.end)
      showSelection(next.start, next.end)
    }
    setValue(input.value)
    onChange?.(event)
  }

  const describedBy = [attributes['aria-describedby'], hasDescription && descriptionId, hasError && errorId]
    .filter(Boolean)
    .join(' ')

  return {
    rootProps: {
      'data-vp-otp': '',
      'data-state': isComplete ? 'complete' : value ? 'partial' : 'empty',
      'data-complete': flag(isComplete),
      'data-invalid': flag(invalid),
      'data-disabled': flag(disabled),
      'data-focused': flag(focused),
      'data-masked': flag(mask),
    },
    labelProps: { htmlFor: inputId, 'data-part': 'label' },
    groupProps: { ref: groupRef, dir: 'ltr', style: GROUP_STYLE, 'data-part': 'group' },
    inputProps: {
      autoComplete: 'one-time-code',
      inputMode: 'numeric',
      ...attributes,
      id: inputId,
      type: mask ? 'password' : 'text',
      // Password managers and autofill read the code's length from it. Edits
      // go through \`apply\`, which writes past the browser's own limit, so a
      // pasted "123 456" is still read whole. WebKit refuses a key on a full
      // field before any \`beforeinput\`: see \`typedOverFullCode\`.
      maxLength: length,
      value: composing ?? value,
      disabled,
      'aria-invalid': invalid || undefined,
      'aria-describedby': describedBy || undefined,
      // Under a composition the text gets a content box again: Chromium loses
      // the composition's start in a zero-width one, and the IME places its
      // candidates at the caret.
      style: composing === null ? INPUT_STYLE : { ...INPUT_STYLE, padding: 0 },
      'data-part': 'input',
      onChange: handleChange,
      onKeyDown: compose(onKeyDown, (event: KeyboardEvent<HTMLInputElement>) => {
        const edit = editForKey(event) ?? typedOverFullCode(event, length)
        if (!edit) return
        event.preventDefault()
        apply(edit)
      }),
      onPaste: compose(onPaste, (event: ClipboardEvent<HTMLInputElement>) => {
        event.preventDefault()
        apply({ type: 'pasted', text: event.clipboardData.getData('text/plain') })
      }),
      onClick: compose(onClick, pointer.onClick),
      onPointerDown: compose(onPointerDown, pointer.onPointerDown),
      onPointerMove: compose(onPointerMove, pointer.onPointerMove),
      onPointerUp: compose(onPointerUp, pointer.onPointerUp),
      onMouseDown: compose(onMouseDown, pointer.onMouseDown),
      onMouseUp: compose(onMouseUp, pointer.onMouseUp),
      // Neither is skipped on preventDefault: a composition runs either way.
      onCompositionStart: (event) => {
        onCompositionStart?.(event)
        isComposing.current = true
        setComposing(event.currentTarget.value)
      },
      onCompositionEnd: (event) => {
        onCompositionEnd?.(event)
        // Committed: read once, as a change the browser made by itself (see
        // handleChange). React has seen this text already: emptying the field
        // through React's own setter makes writing it back a change it reports.
        const input = event.currentTarget
        const text = input.value
        isComposing.current = false
        setComposing(null)
        input.value = ''
        writeValue(input, text)
      },
      onFocus: (event) => {
        onFocus?.(event)
        setFocused(true)
        // Tab selects the whole value in Chromium; typing would then replace
        // it. The caret goes to the end, then back onto the last slot.
        const input = event.currentTarget
        input.setSelectionRange(length, length)
        apply()
        focusSelection.current = null
        queueMicrotask(() => {
          focusSelection.current = { start: input.selectionStart ?? 0, end: input.selectionEnd ?? 0 }
        })
      },
      onBlur: (event) => {
        onBlur?.(event)
        focusSelection.current = null
        setFocused(false)
      },
    },
    descriptionProps: { id: descriptionId, 'data-part': 'description' },
    errorProps: { id: errorId, 'data-part': 'error' },
    slots: describeSlots(composing === null ? { value, ...selection } : reconcileInput(value, composing, length), length, focused, mask ? '•' : undefined),
    getSlotProps: ({ isActive, char, hasFakeCaret }) => ({
      'aria-hidden': true,
      'data-part': 'slot',
      'data-active': flag(isActive),
      'data-filled': flag(char !== null),
      'data-caret': flag(hasFakeCaret),
    }),
  }
}
