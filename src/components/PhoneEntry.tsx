'use client'
import { forwardRef, type FocusEvent, type ReactNode } from 'react'
import type { CountryCode, PhoneMetadata, PhoneValidation } from '../core/phoneInput/types.js'
import { useMessages } from '../hooks/useMessages.js'
import { useLocaleAttributes } from '../hooks/useLocaleAttributes.js'
import { enPhoneEntry } from '../i18n/locales/en/phoneEntry.js'
import type { MessageOverrides } from '../i18n/types.js'
import { CountrySelect } from './CountrySelect.js'
import type { RenderFlag } from './phoneEntry/flags.js'
import { useStartCountry } from './phoneEntry/initialCountry.js'
import { usePhoneEntry } from './phoneEntry/usePhoneEntry.js'
import { usePhoneEntryState, type PhoneValueDetails } from './phoneEntry/usePhoneEntryState.js'
import { useMetadataZones, usePhoneMetadata, zonesForField } from './phoneEntry/usePhoneMetadata.js'

export interface PhoneEntryProps {
  /**
   * Controlled value: an E.164 string (`'+33612345678'`), or `undefined` for
   * none (`''` and `null` are read as none too).
   */
  value?: string | null | undefined
  /** Initial value when uncontrolled (E.164). */
  defaultValue?: string | undefined
  /**
   * Called when a user edit changes the value: the E.164 number once it passes
   * `validation`, else `undefined`. Never called on mount or for a prop change.
   */
  onValueChange?: ((value: string | undefined, details: PhoneValueDetails) => void) | undefined
  /** Country to start in. Default: the region of the browser's languages, else `US`. */
  defaultCountry?: CountryCode | undefined
  /** Controlled country. */
  country?: CountryCode | undefined
  /**
   * Called when the user picks a country or the number typed changes it. A
   * country the number chose gives way to the field's own (the last one
   * picked, else the start country) when the digits no longer prove it, or
   * when the field is cleared.
   */
  onCountryChange?: ((country: CountryCode) => void) | undefined
  /** Allow-list of countries. Default: every country of the metadata. */
  countries?: readonly CountryCode[] | undefined
  /** Countries listed first in the picker. Default: none. */
  preferredCountries?: readonly CountryCode[] | undefined
  /** `'possible'` (default): the length fits the country. `'valid'`: the number plan matches too. */
  validation?: PhoneValidation | undefined
  /**
   * Phone metadata. By default libphonenumber-js's `min`, loaded a zone at a
   * time as numbers need it (one to three kB; see `preloadPhoneMetadata`);
   * pass `max` or your own to have it all at once.
   */
  metadata?: PhoneMetadata | undefined
  /** Name of a hidden input that carries the E.164 value in a native form. */
  name?: string | undefined
  id?: string | undefined
  className?: string | undefined
  disabled?: boolean | undefined
  /** Shows "Enter your mobile number" when submitted empty. Default `false`. */
  required?: boolean | undefined
  /** Marks the field invalid whatever the number (after a server refusal, say). */
  invalid?: boolean | undefined
  /** An error to show now, over the kit's own (react-hook-form's message, a server error); it marks the field invalid too. Default: none. */
  error?: ReactNode
  /** Visible label. Default: the catalogue's `phoneLabel`. */
  label?: ReactNode
  /**
   * Help under the field, tied with `aria-describedby`. Default: the
   * catalogue's `phoneHint` (a mobile number is needed). Named as `OtpInput`'s:
   * 0.2 renamed `hint` to `description`.
   */
  description?: ReactNode
  /**
   * Locale of messages and country names, and so of the field's `lang` and
   * direction. Default: the provider's; with none, `'en'` for the words and the
   * page's direction.
   */
  locale?: string | undefined
  messages?: MessageOverrides | undefined
  autoFocus?: boolean | undefined
  placeholder?: string | undefined
  onBlur?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined
  onFocus?: ((event: FocusEvent<HTMLInputElement>) => void) | undefined
  /**
   * Draws a flag (decorative: hide it from assistive technology). Default: the
   * platform's flag emoji where it draws them, else the kit's SVG flags, loaded
   * by zone from the app's own bundle (no other host).
   */
  renderFlag?: RenderFlag | undefined
}

/**
 * An international phone number field: a country picker and one
 * `type="tel"` input that formats as you type, keeps the caret in place, and
 * reads national, international, pasted and autofilled numbers into E.164.
 * The ref reaches the real input.
 *
 * @example
 * <PhoneEntry defaultCountry="FR" onValueChange={(value) => setPhone(value)} />
 * // react-hook-form reads `undefined` as "use the default value", so store '' instead.
 * <Controller name="phone" control={control} render={({ field, fieldState }) => (
 *   <PhoneEntry ref={field.ref} name={field.name} value={field.value} onBlur={field.onBlur}
 *     onValueChange={(value) => field.onChange(value ?? '')} error={fieldState.error?.message} />
 * )} />
 */
export const PhoneEntry = forwardRef<HTMLInputElement, PhoneEntryProps>(function PhoneEntry(props, ref) {
  const { countries } = props
  const { metadata, index, engine } = usePhoneMetadata(props.metadata)
  const { t } = useMessages(enPhoneEntry, props)
  const defaultCountry = useStartCountry(props.country ?? props.defaultCountry, index, countries)
  const loadsZones = !props.metadata
  const state = usePhoneEntryState({ ...props, isControlled: 'value' in props, defaultCountry, metadata, engine, loadsZones })
  useMetadataZones(loadsZones, zonesForField(state.digits, state.country, metadata, engine), state.digits)
  // Its own locale, else the provider's, sets the field's language and direction; else the page does.
  const { lang, dir } = useLocaleAttributes(props.locale)
  const entry = usePhoneEntry({ ...props, dir, t }, state, ref)

  return (
    <div {...entry.rootProps} lang={lang} className={props.className}>
      <label {...entry.labelProps}>{props.label ?? t('phoneLabel')}</label>
      <div data-part="control">
        <CountrySelect
          value={state.country}
          onValueChange={state.selectCountry}
          countries={countries}
          preferredCountries={props.preferredCountries}
          metadata={index}
          locale={props.locale}
          messages={props.messages}
          disabled={props.disabled}
          renderFlag={props.renderFlag}
          focusAfterSelect={entry.focusInput}
        />
        <input {...entry.inputProps} autoFocus={props.autoFocus} placeholder={props.placeholder} />
      </div>
      <p {...entry.descriptionProps}>{props.description ?? t('phoneHint')}</p>
      {entry.errorMessage !== undefined && <p {...entry.errorProps}>{entry.errorMessage}</p>}
      {entry.hiddenInputProps && <input {...entry.hiddenInputProps} />}
    </div>
  )
})
