'use client'
import { useMemo, type RefObject } from 'react'
import { listCountries } from '../../core/phoneInput/countries.js'
import type { CallingCodeIndex, CountryCode } from '../../core/phoneInput/types.js'
import type { Translate } from '../../i18n/format.js'
import type { PhoneEntryMessageKey } from '../../i18n/locales/en/phoneEntry.js'
import type { CountryListIds } from './countryListIds.js'
import type { RenderFlag } from './flags.js'
import { showCountry } from './showCountry.js'
import { useCountrySelect } from './useCountrySelect.js'
import { useCountrySelectState, type CountrySection } from './useCountrySelectState.js'

// The country picker's popup, a chunk of its own: nobody needs the search field, the list and their
// keyboard handling until they open the list, so `CountrySelect` fetches this module on intent
// (see countryListLoader.ts) instead of with the page.

/** What the open list needs from `CountrySelect`. Internal: `CountrySelect` is the public component. */
export interface CountryListProps {
  /** The calling codes, which are all the list reads of the metadata. */
  metadata: CallingCodeIndex
  /** Locale of the names and of their order. */
  locale: string
  /** Allow-list; every country of the metadata when undefined. */
  countries: readonly CountryCode[] | undefined
  preferred: readonly CountryCode[] | undefined
  value: CountryCode | undefined
  onValueChange: (country: CountryCode) => void
  focusAfterSelect: (() => void) | undefined
  /** What was typed on the button to open the list (`''` for none). */
  initialQuery: string
  close: () => void
  buttonRef: RefObject<HTMLButtonElement | null>
  ids: CountryListIds
  renderFlag: RenderFlag
  t: Translate<PhoneEntryMessageKey>
}

/**
 * The open country list: a popover with a search field over the countries,
 * suggested ones first. Mounted while the list is open, so its state (the
 * query, the active option) starts afresh each time.
 */
export function CountryList(props: CountryListProps) {
  const { metadata, locale, countries, preferred, value, initialQuery, renderFlag, t } = props
  // Built as the list opens (every name in the locale, sorted): the closed picker never needs it.
  const countriesKey = countries?.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the allow-list is compared by content
  const options = useMemo(() => listCountries(metadata, locale, countries), [metadata, locale, countriesKey])
  const state = useCountrySelectState({ options, preferred, value, initialQuery })
  const picker = useCountrySelect(props, state)
  const groupLabel = (section: CountrySection) =>
    section.kind === 'preferred' ? t('countryPreferredGroup') : section.kind === 'all' && state.sections.length > 1 ? t('countryAllGroup') : undefined

  return (
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
  )
}
