import type { Messages, MessageOverrides } from './types.js'
import { en } from './locales/en.js'
import { fr } from './locales/fr.js'
import { de } from './locales/de.js'
import { es } from './locales/es.js'
import { ar } from './locales/ar.js'

/** Catalogues that ship with the kit, by BCP 47 language subtag. */
export const CATALOGUES: Record<string, MessageOverrides> = { en, fr, de, es, ar }

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'iw', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ku', 'ckb'])

function language(locale: string): string {
  return locale.toLowerCase().split(/[-_]/)[0] ?? 'en'
}

/** The writing direction of a locale, from `Intl.Locale#getTextInfo` where the engine has it. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  try {
    const info = (new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction?: string } }).getTextInfo?.()
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction
  } catch {
    // An invalid tag falls through to the table.
  }
  return RTL_LANGUAGES.has(language(locale)) ? 'rtl' : 'ltr'
}

/**
 * The catalogue for a locale: the shipped one for its language (English when
 * none), under the app's overrides, over English for any missing key.
 */
export function catalogueFor(locale: string, overrides?: MessageOverrides): Messages {
  const merged: Record<string, unknown> = { ...en }
  // An override of `undefined` (allowed by a loose `Partial`) must not erase a message.
  for (const layer of [CATALOGUES[language(locale)], overrides]) {
    for (const [key, message] of Object.entries(layer ?? {})) if (message !== undefined) merged[key] = message
  }
  return merged as unknown as Messages
}
