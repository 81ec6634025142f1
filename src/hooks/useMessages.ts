'use client'
import { useMemo } from 'react'
import { createTranslate, type Translate } from '../i18n/format.js'
import { mergeMessages } from '../i18n/merge.js'
import type { MessageKey, MessageOverrides, Messages } from '../i18n/types.js'
import { formattingLocale } from '../i18n/validLocale.js'
import { warnAboutLocale } from './localeWarnings.js'
import { useVerifyPhoneConfig } from './verifyPhoneConfig.js'

/** The messages of one part of the kit, in the active locale. */
export interface I18n<K extends MessageKey = MessageKey> {
  locale: string
  messages: Pick<Messages, K>
  t: Translate<K>
}

/**
 * A part's messages: its English `defaults`, under the provider's `messages`,
 * under the component's own. Each part passes only its own defaults, so an
 * app bundles the strings of the parts it uses and of the locales it imports.
 *
 * @example
 * const { t } = useMessages(enOtpInput)
 * t('codeLabel', { count: 6 }) // "Verification code, 6 digits"
 */
export function useMessages<K extends MessageKey>(
  defaults: Pick<Messages, K>,
  options: { locale?: string | undefined; messages?: MessageOverrides | undefined } = {},
): I18n<K> {
  const config = useVerifyPhoneConfig()
  const requested = options.locale ?? config.locale ?? 'en'
  const own = options.messages
  const provided = config.messages
  return useMemo(() => {
    warnAboutLocale(requested, own ?? provided)
    // An invalid tag formats in English instead of throwing on the code step.
    const locale = formattingLocale(requested)
    const messages = mergeMessages(defaults, provided, own)
    return { locale, messages, t: createTranslate<K>(locale, messages) }
  }, [defaults, requested, provided, own])
}
