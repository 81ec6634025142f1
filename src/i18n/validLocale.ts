// A locale string from an app, made safe for `Intl`: an invalid tag
// (`'xx-INVALID-!!'`) makes `Intl.PluralRules`, `Intl.DateTimeFormat` and
// `toLocaleString` throw a RangeError, which used to unmount the whole flow on
// the code step. Formatting falls back to English instead.

const checked = new Map<string, string | undefined>()

/** The canonical form of `locale` (`'fr-ca'` → `'fr-CA'`), or `undefined` when `Intl` refuses it. */
export function canonicalLocale(locale: unknown): string | undefined {
  if (typeof locale !== 'string' || locale === '') return undefined
  if (checked.has(locale)) return checked.get(locale)
  let canonical: string | undefined
  try {
    canonical = Intl.getCanonicalLocales(locale)[0]
  } catch {
    canonical = undefined
  }
  if (checked.size > 100) checked.clear()
  checked.set(locale, canonical)
  return canonical
}

/** `locale` when `Intl` accepts it, else English. */
export function formattingLocale(locale: string): string {
  return canonicalLocale(locale) ?? 'en'
}
