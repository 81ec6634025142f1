'use client'
import { useEffect, useId, useLayoutEffect, useRef, useState, type ChangeEvent, type ClipboardEvent, type CompositionEvent, type FocusEvent, type KeyboardEvent, type ReactNode, type Ref } from 'react'
import { countSignificant } from '../../core/phoneInput/significant.js'
import type { PhoneValidation } from '../../core/phoneInput/types.js'
import type { Translate } from '../../i18n/format.js'
import type { PhoneEntryMessageKey } from '../../i18n/locales/en/phoneEntry.js'
import { phoneErrorKey } from './errorMessage.js'
import { useMergedRef } from '../../hooks/useMergedRef.js'
import type { PhoneEntryState } from './usePhoneEntryState.js'
import { usePhoneHistory } from './usePhoneHistory.js'

export interface UsePhoneEntryProps {
  id?: string | undefined
  name?: string | undefined
  disabled?: boolean | undefined
  required?: boolean | undefined
  /** Marks the field invalid whatever the number (a server refusal, for instance). */
  invalid?: boolean | undefined
  /** An error to show now, over the kit's own (react-hook-form's message, a server error). */
  error?: ReactNode
  validation?: PhoneValidation | undefined
  /** Direction of the field (`useLocaleAttributes`); `undefined` follows the page. */
  dir?: 'ltr' | 'rtl' | undefined
  onBlur?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined
  onFocus?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined
  t: Translate<PhoneEntryMessageKey>
}

/**
 * Behaviour of the phone field: prop bags for the root, label, input, description,
 * error and hidden input, with the caret kept after the same digit across
 * reformatting, whole numbers pasted over the field, and errors shown after
 * blur or submit.
 *
 * @example
 * const state = usePhoneEntryState(...)
 * const { inputProps, labelProps } = usePhoneEntry({ t }, state, ref)
 * <label {...labelProps}>Mobile</label><input {...inputProps} />
 */
export function usePhoneEntry(props: UsePhoneEntryProps, state: PhoneEntryState, forwardedRef?: Ref<HTMLInputElement>) {
  const { t, disabled, required, onBlur, onFocus } = props
  const base = useId()
  const inputId = props.id ?? `${base}input`
  const descriptionId = `${base}description`
  const errorId = `${base}error`
  const inputRef = useRef<HTMLInputElement | null>(null)
  const ref = useMergedRef(forwardedRef, inputRef)
  const pendingCaret = useRef<number | null>(null)
  const collapsed = useRef(true)
  const pointerDown = useRef(false)
  // The raw text while an IME composes (Japanese, Chinese, Korean keyboards
  // type full-width digits this way). Reformatting under a composition would
  // restart it and repeat its text, so the field shows it as it is until it
  // is committed, and reads it then.
  const [composing, setComposing] = useState<string | null>(null)
  const { setBlurred, setSubmitted } = state
  const history = usePhoneHistory(state)
  // The listeners below are added once; they reach this render's history through it.
  const latest = useRef({ history, state })
  latest.current = { history, state }

  useLayoutEffect(() => {
    const input = inputRef.current
    const caret = pendingCaret.current
    if (!input || caret === null) return
    pendingCaret.current = null
    if (input.ownerDocument.activeElement !== input) return
    input.setSelectionRange(caret, caret)
    // Some Android keyboards put their own caret back at the end after the
    // input event; setting ours again on the next frame wins. A caret moved
    // anywhere else in the meantime was moved on purpose, and stays.
    const text = input.value
    const frame = requestAnimationFrame(() => {
      const movedToEnd = input.selectionStart === text.length && input.selectionEnd === text.length
      if (input.ownerDocument.activeElement === input && input.value === text && movedToEnd && caret !== text.length) input.setSelectionRange(caret, caret)
    })
    return () => cancelAnimationFrame(frame)
  })

  // Metadata the field lacked arrived: read it again, the caret after the same digit.
  useLayoutEffect(() => {
    if (!state.needsReread || composing !== null) return
    const input = inputRef.current
    const focused = input !== null && input.ownerDocument.activeElement === input
    const result = state.reread(focused ? countSignificant(input.value, input.selectionEnd ?? input.value.length) : Infinity)
    if (focused) pendingCaret.current = result.caret
  })

  useEffect(() => {
    const input = inputRef.current
    const controller = new AbortController()
    const signal = controller.signal
    const capture = { capture: true, signal }
    const pointer = (down: boolean) => () => (pointerDown.current = down)
    const submitted = () => setSubmitted(true)
    document.addEventListener('pointerdown', pointer(true), capture)
    document.addEventListener('pointerup', pointer(false), capture)
    document.addEventListener('pointercancel', pointer(false), capture)
    input?.addEventListener(
      'beforeinput',
      (event) => {
        const { inputType } = event
        if (inputType === 'historyUndo' || inputType === 'historyRedo') {
          // The browser's own history is out of step with the formatted text: the field's is used.
          event.preventDefault()
          const result = latest.current.history.perform(input, inputType)
          if (result) pendingCaret.current = result.caret
          return
        }
        // The selection before the edit tells a plain Backspace from a deleted selection.
        collapsed.current = input.selectionStart === input.selectionEnd
        latest.current.history.noteBeforeInput(input, event.timeStamp)
      },
      { signal },
    )
    input?.addEventListener('invalid', submitted, { signal })
    input?.form?.addEventListener('submit', submitted, capture)
    return () => controller.abort()
  }, [setSubmitted])

  const read = (input: HTMLInputElement, inputType: string | undefined, at: number) => {
    const edit = { text: input.value, caret: input.selectionEnd ?? input.value.length, inputType, collapsed: collapsed.current }
    const result = history.record(inputType, at, () => state.edit(edit))
    collapsed.current = true
    pendingCaret.current = result.caret
  }

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget
    const native = event.nativeEvent as Partial<InputEvent>
    if (native.isComposing) setComposing(input.value)
    else read(input, native.inputType, event.timeStamp)
  }

  const onCompositionEnd = (event: CompositionEvent<HTMLInputElement>) => {
    setComposing(null)
    read(event.currentTarget, 'insertCompositionText', event.timeStamp)
  }

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const pasted = event.clipboardData.getData('text/plain')
    // A whole number replaces the field rather than landing inside what is there.
    if (!state.isWholeNumber(pasted)) return
    event.preventDefault()
    pendingCaret.current = history.record('insertFromPaste', event.timeStamp, () => state.edit({ text: pasted, caret: pasted.length, inputType: 'insertFromPaste' })).caret
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (/^(Arrow|Home$|End$|Page)/.test(event.key)) history.endBurst()
    const inputType = history.historyKey(event)
    if (!inputType || composing !== null) return
    // Also when there is nothing to undo: the browser's own undo would restore an unformatted text.
    event.preventDefault()
    const result = history.perform(event.currentTarget, inputType)
    if (result) pendingCaret.current = result.caret
  }

  const errorKey = phoneErrorKey(state.reason, state.digits === '', state.value !== undefined, required)
  // A number waiting for its metadata zone is not known to be wrong: no error until it is read.
  const showOwn = !state.isPending && (state.isSubmitted || (state.isBlurred && state.digits !== ''))
  const errorMessage = props.error ?? (showOwn && errorKey ? t(errorKey) : undefined)
  const hasError = errorMessage !== undefined && errorMessage !== null && errorMessage !== false && errorMessage !== ''
  const invalid = Boolean(props.invalid) || hasError

  return {
    errorMessage: hasError ? errorMessage : undefined,
    rootProps: {
      'data-vp-phone-entry': '',
      'data-invalid': invalid ? '' : undefined,
      'data-disabled': disabled ? '' : undefined,
      'data-complete': state.value !== undefined ? '' : undefined,
      dir: props.dir,
      onBlur: (event: FocusEvent<HTMLElement>) => {
        // Leaving for the country picker is not leaving the field.
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return
        // An error appearing on mousedown would push the button being clicked
        // (often Send) from under the pointer, and the click would be lost.
        if (pointerDown.current) event.currentTarget.ownerDocument.addEventListener('pointerup', () => setTimeout(() => setBlurred(true)), { once: true })
        else setBlurred(true)
      },
    },
    labelProps: { htmlFor: inputId, 'data-part': 'label' },
    inputProps: {
      ref,
      id: inputId,
      type: 'tel',
      autoComplete: 'tel',
      dir: 'ltr' as const,
      value: composing ?? state.text,
      disabled,
      required,
      'aria-invalid': invalid || undefined,
      'aria-describedby': hasError ? `${descriptionId} ${errorId}` : descriptionId,
      'data-part': 'input',
      onChange,
      onCompositionEnd,
      onPaste,
      onKeyDown,
      onPointerDown: history.endBurst,
      onBlur: (event: FocusEvent<HTMLInputElement>) => {
        history.endBurst()
        onBlur?.(event)
      },
      onFocus,
    },
    descriptionProps: { id: descriptionId, 'data-part': 'description' },
    errorProps: { id: errorId, 'data-part': 'error' },
    hiddenInputProps: props.name ? { type: 'hidden', name: props.name, value: state.value ?? '', disabled } : undefined,
    focusInput: () => inputRef.current?.focus(),
  }
}
