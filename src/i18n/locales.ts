import type { Messages, MessageOverrides } from './types.js'
import { languageOf } from './direction.js'
import { mergeMessages } from './merge.js'
import { en } from './locales/en.js'
import { fr } from './locales/fr.js'
import { de } from './locales/de.js'
import { es } from './locales/es.js'
import { ar } from './locales/ar.js'

export { localeDirection } from './direction.js'

/**
 * Every catalogue that ships with the kit, by language subtag. Importing this
 * (or `catalogueFor`) bundles all of them; an app that needs one locale
 * imports that catalogue alone (`import { fr } from 'verify-phone-kit'`) and
 * passes it as `messages`.
 */
export const CATALOGUES: Readonly<Record<string, Messages>> = Object.freeze({ en, fr, de, es, ar })

/**
 * The complete catalogue for a locale: the shipped one for its language
 * (English when none), the app's overrides on top, English under any gap.
 *
 * @example
 * <VerifyPhoneProvider locale="fr-CA" messages={catalogueFor('fr-CA')}>
 */
export function catalogueFor(locale: string, overrides?: MessageOverrides): Messages {
  return mergeMessages(en, CATALOGUES[languageOf(locale)], overrides)
}
