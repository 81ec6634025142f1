import { devWarning } from '../api/devWarning.js'
import { languageOf } from '../i18n/direction.js'
import type { MessageOverrides } from '../i18n/types.js'
import { canonicalLocale } from '../i18n/validLocale.js'

/**
 * Tells the developer (once per cause, in development builds only) about a
 * locale that cannot work as meant: one `Intl` refuses (the kit formats in
 * English instead), or one whose language has no catalogue passed (the text
 * stays English while country names and numbers follow the locale).
 */
export function warnAboutLocale(locale: string, messages: MessageOverrides | undefined): void {
  if (canonicalLocale(locale) === undefined) {
    devWarning(
      `locale invalid ${locale}`,
      `locale ${JSON.stringify(String(locale).slice(0, 40))} is not a valid BCP 47 tag: times and numbers are formatted in English. ` +
        "Pass a tag such as 'fr' or 'fr-CA'.",
    )
    return
  }
  const language = languageOf(locale)
  if (language !== 'en' && messages === undefined) {
    devWarning(
      `locale without catalogue ${language}`,
      `locale "${locale}" is set but no messages were passed, so the text stays English while country names follow the locale. ` +
        `Pass its catalogue, for example import { ${language} } from 'verify-phone-kit' and messages={${language}} ` +
        "(or catalogueFor(locale)), or your own translations.",
    )
  }
}
