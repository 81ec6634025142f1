'use client'
import { useMemo, type ReactNode } from 'react'
import { listCountries, type CountryOption } from '../core/phoneInput/countries.js'
import type { CountryCode, PhoneMetadata } from '../core/phoneInput/types.js'
import { useMessages } from '../hooks/useMessages.js'
import { enPhoneEntry } from '../i18n/locales/en/phoneEntry.js'
import type { MessageOverrides } from '../i18n/types.js'
import { defaultMetadata } from './phoneEntry/defaultMetadata.js'
import { renderEmojiFlag, type RenderFlag } from './phoneEntry/flags.js'
import { useCountrySelect } from './phoneEntry/useCountrySelect.js'
import { useCountrySelectState, type CountrySection } from './phoneEntry/useCountrySelectState.js'

export interface CountrySelectProps {
  /** The selected country (ISO 3166-1 alpha-2). */
  value: CountryCode | undefined
  /** Called with the country the user picks. */
  onValueChange: (country: CountryCode) => void
  /** Allow-list; every country of the metadata by default. */
  countries?: readonly CountryCode[]
  /** Countries listed first, under "Suggested", in this order. Default: none. */
  preferredCountries?: readonly CountryCode[]
  /** Phone metadata; libphonenumber-js `min` by default. */
  metadata?: PhoneMetadata
  /** Locale of country names and messages; the provider's, else `'en'`. */
  locale?: string
  /** Message overrides. */
  messages?: MessageOverrides
  disabled?: boolean
  /** Draws a flag; an emoji by default (no assets, no requests). */
  renderFlag?: RenderFlag
  /** Where focus goes after a choice; back to the button by default. */
  focusAfterSelect?: () => void
}

function Option({ option, flag, props }: { option: CountryOption; flag: ReactNode; props: Record<string, unknown> }) {
  return (
    <div {...props} data-part="country-option">
      {flag}
      <span data-part="country-name">{option.name}</span> <span data-part="calling-code" dir="ltr">+{option.callingCode}</span>
    </div>
  )
}

/**
 * A searchable, localised country picker: a button showing the flag, name
 * and calling code, opening a popover with a search field over the list.
 * Names come from `Intl.DisplayNames` in the active locale; the search also
 * matches English names, ISO codes and calling codes (`33`, `+33`).
 *
 * @example
 * <CountrySelect value={country} onValueChange={setCountry} preferredCountries={['FR', 'BE']} />
 */
export function CountrySelect(props: CountrySelectProps) {
  const { value, metadata = defaultMetadata, countries, preferredCountries, renderFlag = renderEmojiFlag } = props
  const { locale, t } = useMessages(enPhoneEntry, { locale: props.locale, messages: props.messages })
  const countriesKey = countries?.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the allow-list is compared by content
  const options = useMemo(() => listCountries(metadata, locale, countries), [metadata, locale, countriesKey])
  const state = useCountrySelectState({ options, preferred: preferredCountries, value })
  const picker = useCountrySelect({ value, onValueChange: props.onValueChange, focusAfterSelect: props.focusAfterSelect, disabled: props.disabled, t }, state)
  const selected = options.find((option) => option.code === value)
  const label = selected ? t('countryButtonLabel', { country: selected.name, callingCode: selected.callingCode }) : t('countryListLabel')
  const groupLabel = (section: CountrySection) =>
    section.kind === 'preferred' ? t('countryPreferredGroup') : section.kind === 'all' && state.sections.length > 1 ? t('countryAllGroup') : undefined

  return (
    <div data-vp-country-select="" data-disabled={props.disabled ? '' : undefined}>
      <button {...picker.buttonProps} aria-label={label} data-part="country-button">
        {selected && renderFlag(selected.code)}
        {selected && (
          <>
            <span data-part="country-name">{selected.name}</span>{' '}
            {/* In brackets, as in the accessible name, which checkers compare with the visible text. */}
            <span data-part="calling-code" dir="ltr">
              (+{selected.callingCode})
            </span>
          </>
        )}
      </button>
      {state.isOpen && (
        <div {...picker.popoverProps} data-part="country-popover">
          <input {...picker.searchProps} data-part="country-search" />
          {state.visible.length > 0 ? (
            <div {...picker.listboxProps} data-part="country-list">
              {state.sections.map((section) => {
                const title = groupLabel(section)
                const items = section.options.map((option) => (
                  <Option key={option.code} option={option} flag={renderFlag(option.code)} props={picker.getOptionProps(option)} />
                ))
                if (title === undefined) return items
                const labelId = picker.getSectionLabelId(section)
                return (
                  <div key={section.kind} role="group" aria-labelledby={labelId} data-part="country-group">
                    <div role="presentation" id={labelId} data-part="country-group-label">
                      {title}
                    </div>
                    {items}
                  </div>
                )
              })}
            </div>
          ) : (
            <p role="status" data-part="country-empty">
              {t('countryNoResults', { query: state.query })}
            </p>
          )}
        </div>
      )}
    </div>
  )
}
