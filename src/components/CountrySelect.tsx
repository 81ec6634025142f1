'use client'
import { useId, useMemo } from 'react'
import { allowedBy, countryCallingCodes, regionName } from '../core/phoneInput/countries.js'
import type { CallingCodeIndex, CountryCode } from '../core/phoneInput/types.js'
import { useLocaleAttributes } from '../hooks/useLocaleAttributes.js'
import { useMessages } from '../hooks/useMessages.js'
import { enPhoneEntry } from '../i18n/locales/en/phoneEntry.js'
import type { MessageOverrides } from '../i18n/types.js'
import { CALLING_CODE_INDEX } from './phoneEntry/metadataStore.js'
import { renderKitFlag, type RenderFlag } from './phoneEntry/flags.js'
import { countryListIds } from './phoneEntry/countryListIds.js'
import { CountryListFailed } from './phoneEntry/CountryListFailed.js'
import { useCountryListChunk } from './phoneEntry/countryListLoader.js'
import { showCountry } from './phoneEntry/showCountry.js'
import { useCountryButton } from './phoneEntry/useCountryButton.js'

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
  /** Disables the button (the list cannot open). Default `false`. */
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

/**
 * A searchable, localised country picker: a button showing the flag, name
 * and calling code, opening a popover with a search field over the list.
 * Names come from `Intl.DisplayNames` in the active locale; the search also
 * matches English names, ISO codes and calling codes (`33`, `+33`).
 *
 * The popover is a chunk of its own, fetched from the app's origin by a plain
 * dynamic `import()` when the user shows intent (pointer over the button,
 * focus, a touch) and at the latest when they open the list; opened before it
 * arrives, the list opens as it arrives, with whatever was typed meanwhile.
 *
 * @example
 * <CountrySelect value={country} onValueChange={setCountry} preferredCountries={['FR', 'BE']} />
 */
export function CountrySelect(props: CountrySelectProps) {
  const { value, metadata = CALLING_CODE_INDEX, countries, preferredCountries, renderFlag = renderKitFlag } = props
  const { locale, t } = useMessages(enPhoneEntry, props)
  const attributes = useLocaleAttributes(props.locale)
  // The button shows one country: the whole list (every name, sorted) is built by the list's chunk.
  const callingCodes = useMemo(() => countryCallingCodes(metadata), [metadata])
  const callingCode = value && allowedBy(countries)(value) ? callingCodes.get(value) : undefined
  const selected = value && callingCode !== undefined ? { code: value, callingCode, name: regionName(value, locale) } : undefined
  const ids = countryListIds(useId())
  const { status, chunk } = useCountryListChunk()
  const picker = useCountryButton(props, status, ids)
  const label = selected ? t('countryButtonLabel', { country: selected.name, callingCode: selected.callingCode }) : t('countryListLabel')

  return (
    <div data-vp-country-select="" data-disabled={props.disabled ? '' : undefined} lang={attributes.lang} dir={attributes.dir}>
      <button {...picker.buttonProps} aria-label={label} data-part="country-button">
        {/* In brackets, as in the accessible name, which checkers compare with the visible text. */}
        {/* A narrow field shortens the name; the tooltip keeps it whole. */}
        {selected && showCountry(selected, renderFlag, `(+${selected.callingCode})`, selected.name)}
      </button>
      {picker.isShown && chunk && (
        <chunk.CountryList
          metadata={metadata}
          locale={locale}
          countries={countries}
          preferred={preferredCountries}
          value={value}
          onValueChange={props.onValueChange}
          focusAfterSelect={props.focusAfterSelect}
          initialQuery={picker.query}
          close={picker.close}
          buttonRef={picker.buttonRef}
          ids={ids}
          renderFlag={renderFlag}
          t={t}
        />
      )}
      {picker.isFailed && <CountryListFailed ids={ids} buttonRef={picker.buttonRef} onRetry={picker.retry} onClose={picker.close} t={t} />}
    </div>
  )
}
