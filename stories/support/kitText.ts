import { formatDuration } from '../../src/i18n/duration.js'
import { createTranslate, type Translate } from '../../src/i18n/format.js'
import { catalogueFor } from '../../src/i18n/locales.js'
import type { MessageParams, Messages } from '../../src/i18n/types.js'

// What story tests expect to read, from the kit's catalogue in the toolbar's
// locale: a story's steps hold in every locale the toolbar offers.

/** The locales of the toolbar. */
export const STORY_LOCALES = ['en', 'fr', 'de', 'es', 'ar'] as const

/** The kit's words in the story's locale (`globals.locale`, English when none). */
export interface KitText {
  locale: string
  messages: Messages
  t: Translate
  /** `t` as a pattern matching the text anywhere (for names and descriptions that hold more). */
  has: (key: keyof Messages, params?: MessageParams) => RegExp
  /** A duration in words, as the kit writes it. */
  duration: (ms: number) => string
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export function kitText(globals: Record<string, unknown> | undefined): KitText {
  const locale = typeof globals?.locale === 'string' ? globals.locale : 'en'
  const messages = catalogueFor(locale)
  const t = createTranslate(locale, messages)
  return {
    locale,
    messages,
    t,
    // Testing Library reads an element's text with every run of white space as one space (French
    // durations hold a no-break space), so the expected text is read the same way.
    has: (key, params) => new RegExp(escape(t(key, params).replace(/\s+/g, ' '))),
    duration: (ms) => formatDuration(ms, locale, messages),
  }
}

const normalize = (text: string) => text.replace(/[\u200e\u200f\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim()

/**
 * A Testing Library matcher for the innermost element whose whole text holds
 * `text`, markup inside it or not (a number in a `<bdi>` splits a sentence).
 */
export function containsText(text: string) {
  const wanted = normalize(text)
  return (_content: string, element: Element | null): boolean => {
    if (!element || !normalize(element.textContent ?? '').includes(wanted)) return false
    return ![...element.children].some((child) => normalize(child.textContent ?? '').includes(wanted))
  }
}
