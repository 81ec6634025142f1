'use client'
import { useCallback, useEffect, useRef, useState } from 'react'
import { sanitizeCode } from '../../core/otpEditing.js'

export interface OtpInputStateOptions {
  /** Digits in a complete code. */
  length: number
  /** The code, when the parent owns it (controlled). */
  value?: string | undefined
  /** The first code when uncontrolled. Default: `''`. */
  defaultValue?: string | undefined
  /** Called with the new code after each change the user makes. Not called on mount. */
  onValueChange?: ((code: string) => void) | undefined
  /**
   * Called with the code each time it becomes complete: once when the last
   * digit arrives (typed, pasted or autofilled), again only after it was
   * incomplete in between. Not called when the first value is already complete.
   */
  onComplete?: ((code: string) => void) | undefined
}

export interface OtpInputState {
  /** The code: ASCII digits, at most `length` of them. */
  value: string
  /** Digits in a complete code. */
  length: number
  /** True when `value` holds `length` digits. */
  isComplete: boolean
  /** Sets the code (cleaned to ASCII digits) and reports it through `onValueChange` when it changed. */
  setValue: (code: string) => void
  /** Goes back to `defaultValue` (as a form reset does). */
  reset: () => void
}

/**
 * The value of a code field, without any DOM: controlled or uncontrolled,
 * cleaned to ASCII digits, and `onComplete` fired once per completion.
 *
 * @example
 * const state = useOtpInputState({ length: 6, onComplete: (code) => verify(code) })
 * state.setValue('482913') // onComplete('482913'), once
 */
export function useOtpInputState(options: OtpInputStateOptions): OtpInputState {
  const { length, value: controlled, defaultValue } = options
  const [uncontrolled, setUncontrolled] = useState(() => sanitizeCode(defaultValue, length))
  const value = sanitizeCode(controlled ?? uncontrolled, length)
  // `value` is already ASCII digits cut to `length`.
  const isComplete = length > 0 && value.length === length

  // The last committed render, for callbacks that keep their identity.
  const latest = useRef({ options, value })
  useEffect(() => {
    latest.current = { options, value }
  })
  // Uncontrolled, the value the last edit set, ahead of the render that shows it.
  const own = useRef(uncontrolled)

  const setValue = useCallback((code: string) => {
    const { options, value: committed } = latest.current
    const uncontrolled = options.value == null
    const previous = uncontrolled ? sanitizeCode(own.current, options.length) : committed
    const next = sanitizeCode(code, options.length)
    if (next === previous) return
    if (uncontrolled) {
      own.current = next
      setUncontrolled(next)
    }
    options.onValueChange?.(next)
    // Uncontrolled, the field owns its value: a completion is reported in the
    // event that made it, so state an app sets in `onComplete` commits in the
    // same render as the last digit rather than in a second one after it.
    if (uncontrolled && options.length > 0 && next.length === options.length && previous.length !== options.length) {
      options.onComplete?.(next)
    }
  }, [])

  const reset = useCallback(() => setValue(latest.current.options.defaultValue ?? ''), [setValue])

  // Controlled, completion is judged on the committed value, so a parent that
  // refuses a change never sees `onComplete`, and a code the parent sets
  // (WebOTP, for instance) completes the field like a typed one.
  const isControlled = controlled != null
  const wasComplete = useRef(isComplete)
  useEffect(() => {
    if (isControlled && isComplete && !wasComplete.current) latest.current.options.onComplete?.(value)
    wasComplete.current = isComplete
  }, [isControlled, isComplete, value])

  return { value, length, isComplete, setValue, reset }
}
