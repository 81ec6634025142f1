'use client'
import { useMemo, useState } from 'react'
import { analysePhone, phoneValue } from '../../core/phoneInput/analyse.js'
import { applyPhoneEdit, phoneStateFromValue, selectPhoneCountry, type PhoneEdit, type PhoneEditResult, type PhoneFieldState } from '../../core/phoneInput/edit.js'
import { formatPhoneText } from '../../core/phoneInput/format.js'
import type { CountryCode, PhoneInputOptions, PhoneMetadata, PhoneReason, PhoneValidation } from '../../core/phoneInput/types.js'

/** What `onValueChange` reports beside the value. */
export interface PhoneValueDetails {
  /** The country shown: the one picked, or the one the number decided. */
  country: CountryCode | undefined
  /** The number has a possible length for its country. */
  isPossible: boolean
  /** The number matches its country's number plan. */
  isValid: boolean
  /** Why the number is not valid (`TOO_SHORT`, `TOO_LONG`, `INVALID_COUNTRY`, `NOT_A_NUMBER`, `INVALID`); `undefined` when it is. */
  reason: PhoneReason | undefined
}

export interface PhoneEntryStateOptions {
  /** Controlled E.164 value; pair with `isControlled`. `''` and `null` mean none, as form libraries store it. */
  value?: string | null | undefined
  /** Whether `value` is controlled (the prop is present, even as `undefined`). */
  isControlled: boolean
  /** Uncontrolled initial E.164 value. */
  defaultValue?: string
  /** Called on user edits only, when the value changes. */
  onValueChange?: (value: string | undefined, details: PhoneValueDetails) => void
  /** Controlled country. */
  country?: CountryCode
  /** The country to start in when no value says otherwise; an empty field still showing it follows its changes. */
  defaultCountry: CountryCode | undefined
  /** Called when the user picks a country or the number changes it. */
  onCountryChange?: (country: CountryCode) => void
  /** Allow-list of countries. */
  countries?: readonly CountryCode[]
  /** `'possible'` (default) or `'valid'`. */
  validation?: PhoneValidation
  metadata: PhoneMetadata
}

export interface PhoneEntryState {
  /** The formatted text of the field. */
  text: string
  /** The significant characters entered: an optional `+`, then digits. */
  digits: string
  country: CountryCode | undefined
  /** E.164 when the number passes the validation level, else `undefined`. */
  value: string | undefined
  /** Why the number is not valid; `undefined` when it is. */
  reason: PhoneReason | undefined
  /** The metadata and the allow-list the number is read with. */
  options: PhoneInputOptions
  /** The field lost focus at least once (errors then show for a non-empty field). */
  isBlurred: boolean
  /** The enclosing form was submitted (or found the field invalid). */
  isSubmitted: boolean
  /** Applies a browser edit and reports it; returns where the caret goes. */
  edit: (edit: PhoneEdit) => PhoneEditResult
  /** The user picked a country. */
  selectCountry: (country: CountryCode) => void
  /** Records a blur, after which errors show for a non-empty field. Stable. */
  setBlurred: (blurred: true) => void
  /** Records a submit, after which errors show. Stable. */
  setSubmitted: (submitted: true) => void
}

/**
 * The phone field's state without any DOM: the significant characters and
 * the country, controlled or not, and what they amount to.
 * `onValueChange` and `onCountryChange` fire on user actions only, never on
 * mount or when props change.
 *
 * @example
 * const state = usePhoneEntryState({ isControlled: false, defaultCountry: 'FR', metadata })
 * state.edit({ text: '06 12 34 56 78', caret: 14 }).caret // 14
 * state.value // '+33612345678'
 */
export function usePhoneEntryState(options: PhoneEntryStateOptions): PhoneEntryState {
  const value = options.value || undefined
  const { isControlled, country: countryProp, defaultCountry, validation, metadata, countries, onValueChange, onCountryChange } = options
  const countriesKey = countries?.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the allow-list is compared by content
  const context = useMemo(() => ({ metadata, countries }), [metadata, countriesKey])
  const [field, setField] = useState<PhoneFieldState>(() => phoneStateFromValue(isControlled ? value : options.defaultValue, countryProp ?? defaultCountry, context).state)
  const [isBlurred, setBlurred] = useState(false)
  const [isSubmitted, setSubmitted] = useState(false)
  const [seen, setSeen] = useState({ value, countryProp, defaultCountry })

  const analysis = useMemo(() => analysePhone(field.digits, field.country, context, false), [field, context])
  const current = phoneValue(analysis, validation)

  // A prop that changed is applied during render, as React recommends for
  // state derived from props; the value the field already holds is left alone,
  // so a parent echoing `onValueChange` never moves the caret.
  if (seen.value !== value || seen.countryProp !== countryProp || seen.defaultCountry !== defaultCountry) {
    let next = field
    if (isControlled && value !== seen.value && value !== current) next = phoneStateFromValue(value, countryProp ?? field.country, context).state
    if (countryProp !== undefined && countryProp !== seen.countryProp && countryProp !== next.country) next = selectPhoneCountry(next, countryProp, context).state
    // The browser's region arrives after hydration; an untouched empty field moves to it.
    const followsDefault = next.digits === '' && next.country === seen.defaultCountry && countryProp === undefined
    if (followsDefault && defaultCountry !== undefined) next = { digits: '', country: defaultCountry }
    setSeen({ value, countryProp, defaultCountry })
    if (next !== field) setField(next)
  }

  const commit = (result: PhoneEditResult) => {
    setField(result.state)
    const { country, isPossible, isValid, reason } = result.analysis
    const nextValue = phoneValue(result.analysis, validation)
    if (nextValue !== current) onValueChange?.(nextValue, { country, isPossible, isValid, reason })
    if (country !== undefined && country !== field.country) onCountryChange?.(country)
    return result
  }

  const text = useMemo(() => formatPhoneText(field.digits, field.country, metadata), [field, metadata])
  return {
    text,
    digits: field.digits,
    country: field.country,
    value: current,
    reason: analysis.reason,
    options: context,
    isBlurred,
    isSubmitted,
    edit: (change) => commit(applyPhoneEdit(field, change, context)),
    selectCountry: (country) => void commit(selectPhoneCountry(field, country, context)),
    setBlurred,
    setSubmitted,
  }
}
