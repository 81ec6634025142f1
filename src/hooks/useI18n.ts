'use client'
import { useMemo } from 'react'
import { createTranslate, type Translate } from '../i18n/format.js'
import { catalogueFor, localeDirection } from '../i18n/locales.js'
import type { MessageOverrides, Messages } from '../i18n/types.js'
import { useVerifyPhoneConfig } from './VerifyPhoneProvider.js'

export interface I18n {
  locale: string
  dir: 'ltr' | 'rtl'
  messages: Messages
  t: Translate
}

/**
 * The active locale, direction, catalogue and translate function: props win
 * over the provider, which wins over English.
 *
 * @example
 * const { t } = useI18n()
 * t('codeLabel', { count: 6 }) // "Verification code, 6 digits"
 */
export function useI18n(options: { locale?: string; messages?: MessageOverrides } = {}): I18n {
  const config = useVerifyPhoneConfig()
  const locale = options.locale ?? config.locale ?? 'en'
  const overrides = options.messages
  const providerMessages = config.messages
  return useMemo(() => {
    const messages = catalogueFor(locale, { ...providerMessages, ...overrides })
    return { locale, dir: localeDirection(locale), messages, t: createTranslate(locale, messages) }
  }, [locale, providerMessages, overrides])
}
