'use client'
import { useMemo } from 'react'
import { listCountries, type CountryOption } from '../core/phoneInput/countries.js'
import type { CallingCodeIndex, CountryCode } from '../core/phoneInput/types.js'
import { useLocaleAttributes } from '../hooks/useLocaleAttributes.js'
import { useMessages } from '../hooks/useMessages.js'
import { enPhoneEntry } from '../i18n/locales/en/phoneEntry.js'
import type { MessageOverrides } from '../i18n/types.js'
import { CALLING_CODE_INDEX } from './phoneEntry/metadataStore.js'
import { renderKitFlag, type RenderFlag } from './phoneEntry/flags.js'
import { useCountrySelect } from './phoneEntry/useCountrySelect.js'
import { useCountrySelectState, type CountrySection } from './phoneEntry/useCountrySelectState.js'

export interface CountrySelectProps {
  /** The selected country (ISO 3166-1 alpha-2). */
  value: CountryCode | undefined
  /** Called with the country the user picks. */
  onValueChange: (country: CountryCode) => void
  /** Allow-list; every country of the metadata by default. */
  countries?: readonly CountryCode[] | undefined
  /** Countries listed first, under "Suggested", in this order. Default: none. */
  preferredCountries?: readonly CountryCode[] | undefined
  /** Phone metadata, or just its calling codes, which are all the list reads; every country of libphonenumber-js by default. */
  metadata?: CallingCodeIndex | undefined
  /** Locale of country names and messages, and so of the picker's `lang` and direction. Default: the provider's, else `'en'` and the page's direction. */
  locale?: string | undefined
  /** Message overrides. */
  messages?: MessageOverrides | undefined
  disabled?: boolean | undefined
  /**
   * Draws a flag (decorative: hide it from assistive technology). Default: the
   * platform's flag emoji where it draws them, else the kit's SVG flags, loaded
   * by zone from the app's own bundle (no other host).
   */
  renderFlag?: RenderFlag | undefined
  /** Where focus goes after a choice; back to the button by default. */
  focusAfterSelect?: (() => void) | undefined
}

/** A country's flag, name and calling code, as the button and the options show them. */
function showCountry(option: CountryOption, renderFlag: RenderFlag, callingCode: string, title?: string) {
  return (
    <>
      {renderFlag(option.code)}
      <span data-part="country-name" title={title}>
        {option.name}
      </span> <span data-part="calling-code" dir="ltr">{callingCode}</span>
    </>
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
  const { value, metadata = CALLING_CODE_INDEX, countries, preferredCountries, renderFlag = renderKitFlag } = props
  const { locale, t } = useMessages(enPhoneEntry, props)
  const attributes = useLocaleAttributes(props.locale)
  const countriesKey = countries?.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the allow-list is compared by content
  const options = useMemo(() => listCountries(metadata, locale, countries), [metadata, locale, countriesKey])
  const state = useCountrySelectState({ options, preferred: preferredCountries, value })
  const picker = useCountrySelect({ ...props, t }, state)
  const selected = options.find((option) => option.code === value)
  const label = selected ? t('countryButtonLabel', { country: selected.name, callingCode: selected.callingCode }) : t('countryListLabel')
  const groupLabel = (section: CountrySection) =>
    section.kind === 'preferred' ? t('countryPreferredGroup') : section.kind === 'all' && state.sections.length > 1 ? t('countryAllGroup') : undefined

  return (
    <div data-vp-country-select="" data-disabled={props.disabled ? '' : undefined} lang={attributes.lang} dir={attributes.dir}>
      <button {...picker.buttonProps} aria-label={label} data-part="country-button">
        {/* In brackets, as in the accessible name, which checkers compare with the visible text. */}
        {/* A narrow field shortens the name; the tooltip keeps it whole. */}
        {selected && showCountry(selected, renderFlag, `(+${selected.callingCode})`, selected.name)}
      </button>
      {state.isOpen && (
        <div {...picker.popoverProps} data-part="country-popover">
          <input {...picker.searchProps} data-part="country-search" />
          {state.visible.length > 0 ? (
            <div {...picker.listboxProps} data-part="country-list">
              {state.sections.map((section) => {
                const title = groupLabel(section)
                const items = section.options.map((option) => (
                  <div key={option.code} {...picker.getOptionProps(option)} data-part="country-option">
                    {showCountry(option, renderFlag, `+${option.callingCode}`)}
                  </div>
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
