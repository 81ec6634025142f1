'use client'
import { forwardRef, useRef, type CSSProperties, type ReactNode } from 'react'
import { DEFAULT_CODE_LENGTH } from '../core/defaultPolicy.js'
import type { OtpSlot } from '../core/otpEditing.js'
import { useMergedRef } from '../hooks/useMergedRef.js'
import { formatMessage } from '../i18n/format.js'
import { VISUALLY_HIDDEN } from './visuallyHidden.js'
import { enOtpInput } from '../i18n/locales/en/otpInput.js'
import { useOtpInput, type OtpInputOptions } from './otpInput/useOtpInput.js'
import { useOtpInputState } from './otpInput/useOtpInputState.js'
import { useVerifyPhoneConfig } from '../hooks/verifyPhoneConfig.js'

export type { OtpSlot }

export interface OtpInputProps extends Omit<OtpInputOptions, 'hasDescription' | 'hasError' | 'className' | 'style'> {
  /** The code, when you own it (controlled). */
  value?: string | undefined
  /** The first code when uncontrolled. Default: `''`. */
  defaultValue?: string | undefined
  /** Called with the new code (ASCII digits) after each change. */
  onValueChange?: ((code: string) => void) | undefined
  /** Called with the code each time it becomes complete (typed, pasted or autofilled), once per completion. */
  onComplete?: ((code: string) => void) | undefined
  /** Digits in a code. Default: the provider's `policy.codeLength`, else 6. */
  length?: number | undefined
  /** The label. Default: the catalogue's `codeLabel`, which says how many digits ("Verification code, 6 digits"). */
  label?: ReactNode
  /** Keeps the label for assistive technology only (when a heading already says it). Default: `false`. */
  hideLabel?: boolean | undefined
  /** Help under the field (how long the code lasts, say), tied with `aria-describedby`. Default: none. */
  description?: ReactNode
  /**
   * An error to show under the field now (a wrong code, a form library's
   * message), tied with `aria-describedby`; it marks the field invalid too.
   * Default: none. Named as `PhoneEntry`'s: 0.2 renamed `errorMessage`, which
   * showed only while `invalid`, to `error`.
   */
  error?: ReactNode
  /** Class of every slot, or a function of the slot. */
  slotClassName?: (string | ((slot: OtpSlot) => string | undefined)) | undefined
  /** Content of a slot. Default: the digit (or `•` when masked); the optional stylesheet draws the caret. */
  renderSlot?: ((slot: OtpSlot) => ReactNode) | undefined
  /** Class of the outermost element. */
  className?: string | undefined
  /** Style of the outermost element; set `--vp-otp-*` variables here. */
  style?: CSSProperties | undefined
}

/**
 * A one-time code field: one real `<input autocomplete="one-time-code">` (one
 * tab stop, SMS autofill, paste anywhere, native forms) under decorative slots.
 * Unstyled; import the optional `verify-phone-kit/styles.css`, or style its
 * `data-*` attributes yourself.
 * The ref reaches the real input.
 *
 * @example
 * <OtpInput name="code" onComplete={(code) => verify(code)} />
 */
export const OtpInput = forwardRef<HTMLInputElement, OtpInputProps>(function OtpInput(props, ref) {
  const {
    value,
    defaultValue,
    onValueChange,
    onComplete,
    length: lengthProp,
    label,
    hideLabel,
    description,
    error,
    slotClassName,
    renderSlot,
    className,
    style,
    ...options
  } = props
  const config = useVerifyPhoneConfig()
  const length = lengthProp ?? config.policy?.codeLength ?? DEFAULT_CODE_LENGTH
  const state = useOtpInputState({ length, value, defaultValue, onValueChange, onComplete })
  const inputRef = useRef<HTMLInputElement | null>(null)
  const setRef = useMergedRef(ref, inputRef)
  const hasDescription = description != null
  // Nothing to show for null, undefined, false or '' (0 is a message).
  const hasError = !!error || error === 0
  const { rootProps, labelProps, groupProps, inputProps, descriptionProps, errorProps, slots, getSlotProps } = useOtpInput(
    { ...options, invalid: options.invalid || hasError, hasDescription, hasError },
    state,
    inputRef,
  )
  return (
    // The provider's locale sets the field's language and direction; without one the page does.
    <div {...rootProps} lang={config.locale} dir={config.dir} className={className} style={style}>
      <label {...labelProps} style={hideLabel ? VISUALLY_HIDDEN : undefined}>
        {label ?? formatMessage(config.messages?.codeLabel ?? enOtpInput.codeLabel, config.locale ?? 'en', { count: length })}
      </label>
      <div {...groupProps}>
        {slots.map((slot) => (
          <div
            key={slot.index}
            {...getSlotProps(slot)}
            className={typeof slotClassName === 'function' ? slotClassName(slot) : slotClassName}
          >
            {renderSlot ? renderSlot(slot) : slot.char}
          </div>
        ))}
        <input {...inputProps} ref={setRef} />
      </div>
      {hasDescription && <div {...descriptionProps}>{description}</div>}
      {hasError && <div {...errorProps}>{error}</div>}
    </div>
  )
})
