'use client'
import { useMemo, useState } from 'react'
import { bareEngine, type PhoneEngine } from '../../core/phoneInput/bare.js'
import type { PhoneEdit, PhoneEditResult, PhoneFieldState } from '../../core/phoneInput/edit.js'
import { phoneValue } from '../../core/phoneInput/phoneValue.js'
import { caretAfterSignificant } from '../../core/phoneInput/significant.js'
import type { CountryCode, PhoneInputOptions, PhoneMetadata, PhoneReason, PhoneValidation } from '../../core/phoneInput/types.js'
import { zonesForField } from './usePhoneMetadata.js'

/** What `onValueChange` reports beside the value. */
export interface PhoneValueDetails {
  /** The country shown: the one picked, or the one the number decided. */
  country: CountryCode | undefined
  /** The number has a possible length for its country. */
  isPossible: boolean
  /** The number matches its country's number plan. */
  isValid: boolean
  /** Why the number is not valid (`TOO_SHORT`, `TOO_LONG`, `INVALID_LENGTH`, `INVALID_COUNTRY`, `NOT_A_NUMBER`, `INVALID`); `undefined` when it is. */
  reason: PhoneReason | undefined
}

export interface PhoneEntryStateOptions {
  /** Controlled E.164 value; pair with `isControlled`. `''` and `null` mean none, as form libraries store it. */
  value?: string | null | undefined
  /** Whether `value` is controlled (the prop is present, even as `undefined`). */
  isControlled: boolean
  /** Uncontrolled initial E.164 value. */
  defaultValue?: string | undefined
  /** Called on user edits only, when the value changes. */
  onValueChange?: ((value: string | undefined, details: PhoneValueDetails) => void) | undefined
  /** Controlled country. */
  country?: CountryCode | undefined
  /** The country to start in when no value says otherwise; an empty field still showing it follows its changes. */
  defaultCountry: CountryCode | undefined
  /** Called when the user picks a country or the number changes it. */
  onCountryChange?: ((country: CountryCode) => void) | undefined
  /** Allow-list of countries. */
  countries?: readonly CountryCode[] | undefined
  /** `'possible'` (default) or `'valid'`. */
  validation?: PhoneValidation | undefined
  metadata: PhoneMetadata
  /** The formatter, once it has arrived; until then digits show as typed, and `metadata` is none. */
  engine?: PhoneEngine | undefined
  /** The metadata grows as the kit loads zones, so a number whose zone has not arrived is pending rather than wrong. */
  loadsZones?: boolean | undefined
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
  /** The significant characters, the country and the field's own country, as undo keeps them. */
  field: PhoneFieldState
  /** Shows a state kept by undo again, reported as the user's edit (`inputType`); `caret` counts significant characters. */
  restore: (state: PhoneFieldState, caret: number, inputType: string) => PhoneEditResult
  /** Whether pasted text is a whole number, to replace the field's text rather than land inside it. */
  isWholeNumber: (text: string) => boolean
  /** Records a blur, after which errors show for a non-empty field. Stable. */
  setBlurred: (blurred: true) => void
  /** Records a submit, after which errors show. Stable. */
  setSubmitted: (submitted: true) => void
  /** The field was read without metadata that has arrived since: call `reread`. */
  needsReread: boolean
  /** The number needs a metadata zone that has not arrived yet, so what it amounts to is not known. */
  isPending: boolean
  /**
   * Reads the field again with the metadata that arrived: a user's entry as
   * if typed again (reporting what changes), a value from props silently.
   * `caret` counts the significant characters before the caret.
   */
  reread: (caret: number) => PhoneEditResult
}

/** The field, the metadata it was read with, and the user's last edit since its value was set (`undefined`: none). */
interface HeldField extends PhoneFieldState {
  readWith: PhoneMetadata
  /** `inputType` of the user's last edit (`'selectCountry'` for a country picked), replayed when the field is read again. */
  edited: string | undefined
}

const PICKED = 'selectCountry'

// Whether the metadata holds any calling code of a zone (the first digit of its codes).
function hasZone(metadata: PhoneMetadata, zone: string): boolean {
  return Object.keys(metadata.country_calling_codes).some((code) => code.startsWith(zone))
}

// The zones the field needs that the metadata it was read with lacks.
function missingZones(field: HeldField, engine: PhoneEngine): string[] {
  return zonesForField(field.digits, field.country, field.readWith, engine).filter((zone) => !hasZone(field.readWith, zone))
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
  // Before the formatter arrives the metadata is none, so the field reads again when both are in.
  const { analysePhone, applyPhoneEdit, formatPhoneText, isWholePhoneNumber, phoneStateFromValue, restorePhoneField, selectPhoneCountry } = options.engine ?? bareEngine
  const engine = options.engine ?? bareEngine
  const countriesKey = countries?.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the allow-list is compared by content
  const context = useMemo(() => ({ metadata, countries }), [metadata, countriesKey])
  const hold = (state: PhoneFieldState, edited: string | undefined): HeldField => ({ ...state, readWith: metadata, edited })
  const [field, setField] = useState<HeldField>(() => hold(phoneStateFromValue(isControlled ? value : options.defaultValue, countryProp ?? defaultCountry, context).state, undefined))
  const [isBlurred, setBlurred] = useState(false)
  const [isSubmitted, setSubmitted] = useState(false)
  const [seen, setSeen] = useState({ value, countryProp, defaultCountry })

  // The field shows and reports what it was read with until it is read again
  // with newer metadata, so nothing changes under the user's caret unannounced.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the allow-list is compared by content
  const readContext = useMemo(() => ({ metadata: field.readWith, countries }), [field.readWith, countriesKey])
  const analysis = useMemo(() => analysePhone(field.digits, field.country, readContext, false), [analysePhone, field, readContext])
  const current = phoneValue(analysis, validation)
  // Once per render: the zones this field waits for, and whether one has arrived.
  const missing = useMemo(() => missingZones(field, engine), [field, engine])
  const needsReread = field.readWith !== metadata && missing.some((zone) => hasZone(metadata, zone))

  // A prop that changed is applied during render, as React recommends for
  // state derived from props; the value the field already holds is left alone,
  // so a parent echoing `onValueChange` never moves the caret.
  if (seen.value !== value || seen.countryProp !== countryProp || seen.defaultCountry !== defaultCountry) {
    let next = field
    if (isControlled && value !== seen.value && value !== current) next = hold(phoneStateFromValue(value, countryProp ?? field.country, context, countryProp ?? field.anchor ?? field.country).state, undefined)
    if (countryProp !== undefined && countryProp !== seen.countryProp && countryProp !== next.country) next = hold(selectPhoneCountry(next, countryProp, context).state, next.edited)
    // The browser's region arrives after hydration; an untouched empty field moves to it.
    const followsDefault = next.digits === '' && next.country === seen.defaultCountry && countryProp === undefined
    if (followsDefault && defaultCountry !== undefined) next = hold({ digits: '', country: defaultCountry, anchor: defaultCountry }, next.edited)
    setSeen({ value, countryProp, defaultCountry })
    if (next !== field) setField(next)
  } else if (field.readWith !== metadata && !needsReread) {
    // Metadata this field does not need arrived (or the app's changed): read with it from now on.
    setField({ ...field, readWith: metadata })
  }

  const commit = (result: PhoneEditResult, inputType = 'insertText') => {
    setField(hold(result.state, inputType))
    const { country, isPossible, isValid, reason } = result.analysis
    const nextValue = phoneValue(result.analysis, validation)
    if (nextValue !== current) onValueChange?.(nextValue, { country, isPossible, isValid, reason })
    if (country !== undefined && country !== field.country) onCountryChange?.(country)
    return result
  }

  const text = useMemo(() => formatPhoneText(field.digits, field.country, field.readWith), [formatPhoneText, field])
  return {
    text,
    digits: field.digits,
    country: field.country,
    value: current,
    reason: analysis.reason,
    options: context,
    isBlurred,
    isSubmitted,
    edit: (change) => commit(applyPhoneEdit(field, change, context), change.inputType),
    selectCountry: (country) => void commit(selectPhoneCountry(field, country, context), PICKED),
    field: { digits: field.digits, country: field.country, anchor: field.anchor },
    restore: (state, caret, inputType) => commit(restorePhoneField(state, caret, context), inputType),
    isWholeNumber: (text) => isWholePhoneNumber(text, field.country, context),
    setBlurred,
    setSubmitted,
    needsReread,
    // An empty field amounts to nothing whatever the metadata; an app's own metadata is all there will be.
    isPending: field.digits !== '' && (!options.engine || (Boolean(options.loadsZones) && missing.length > 0)),
    reread: (caret) => {
      // Read as the same kind of edit again: a paste is still tidied as a paste, a country picked stays picked.
      const { edited, country } = field
      if (edited === PICKED && country !== undefined) return commit(selectPhoneCountry(field, country, context), PICKED)
      // Not collapsed: a Backspace already removed its digit, and must not remove another.
      if (edited !== undefined) return commit(applyPhoneEdit(field, { text: field.digits, caret, inputType: edited, collapsed: false }, context), edited)
      const result = phoneStateFromValue(isControlled ? value : options.defaultValue, field.country, context)
      setField(hold(result.state, undefined))
      // As many digits after the caret as before: the same digit, also when `+33 6…` turns into `06…`.
      const after = field.digits.length - Math.min(caret, field.digits.length)
      return { ...result, caret: caretAfterSignificant(result.text, Math.max(0, result.state.digits.length - after)) }
    },
  }
}
