const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ku', 'ckb'])

/** The language subtag of a locale (`'fr'` for `'fr-CA'` or `'fr_FR'`). */
export function languageOf(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] || 'en'
}

/**
 * The writing direction of a locale, from `Intl.Locale`'s text info where the
 * engine has it (a method in newer engines, a property in older ones), else a
 * table of right-to-left languages.
 */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const intl = new Intl.Locale(locale) as Intl.Locale & {
      getTextInfo?: () => { direction?: string }
      textInfo?: { direction?: string }
    }
    const direction = (intl.getTextInfo?.() ?? intl.textInfo)?.direction
    if (direction === 'rtl' || direction === 'ltr') return direction
  } catch {
    // An invalid tag falls through to the table.
  }
  return RTL_LANGUAGES.has(languageOf(locale)) ? 'rtl' : 'ltr'
}
