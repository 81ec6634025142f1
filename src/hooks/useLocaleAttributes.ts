'use client'
import { localeDirection } from '../i18n/direction.js'
import { useVerifyPhoneConfig } from './verifyPhoneConfig.js'

/** The `lang` and `dir` a component's root carries; `undefined` leaves them to the page. */
export interface LocaleAttributes {
  lang: string | undefined
  dir: 'ltr' | 'rtl' | undefined
}

/**
 * One direction rule for every component: a locale given to the component
 * itself sets its language and direction; else the provider's locale (or its
 * `dir`) does; with neither, both come from the page.
 *
 * @example
 * const { lang, dir } = useLocaleAttributes(props.locale)
 * <div lang={lang} dir={dir}>…</div>
 */
export function useLocaleAttributes(locale: string | undefined): LocaleAttributes {
  const config = useVerifyPhoneConfig()
  if (locale) return { lang: locale, dir: localeDirection(locale) }
  return { lang: config.locale, dir: config.dir }
}
