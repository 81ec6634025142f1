import type { Message, MessageKey, MessageParams, Messages, PluralForms } from './types.js'
import { formattingLocale } from './validLocale.js'

// Plural rules by locale (making them costs tens of microseconds); no prototype, so any locale string is a plain key.
const pluralRules: Record<string, Intl.PluralRules> = Object.create(null)

function pickForm(message: PluralForms, locale: string, count: number | undefined): string {
  if (count === undefined) return message.other
  // Explicit `zero` wins for 0 even in locales whose rules have no zero category.
  if (count === 0 && message.zero !== undefined) return message.zero
  return message[(pluralRules[locale] ??= new Intl.PluralRules(formattingLocale(locale))).select(count)] ?? message.other
}

// Number formats by locale: `toLocaleString(locale)` builds one on every call, which a field that
// formats its label on each keystroke paid for every time.
const numberFormats: Record<string, Intl.NumberFormat> = Object.create(null)
const formatNumber = (value: number, locale: string) => (numberFormats[locale] ??= new Intl.NumberFormat(formattingLocale(locale))).format(value)

const PLACEHOLDER = /\{(\w+)\}/g

/**
 * Fills a message's placeholders. Numbers are formatted for the locale;
 * an unknown placeholder stays visible as `{name}` so a typo shows in review.
 */
export function formatMessage(message: Message, locale: string, params: MessageParams = {}): string {
  const count = typeof params.count === 'number' ? params.count : undefined
  const template = typeof message === 'string' ? message : pickForm(message, locale, count)
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'number' ? formatNumber(value, locale) : value
  })
}

/**
 * Splits a message around its placeholders so that a component can wrap a
 * value in markup (the phone number in a left-to-right `<bdi>`, for instance).
 */
export function messageParts(
  message: Message,
  locale: string,
  params: MessageParams = {},
): Array<{ text: string } | { placeholder: string }> {
  const count = typeof params.count === 'number' ? params.count : undefined
  const template = typeof message === 'string' ? message : pickForm(message, locale, count)
  const parts: Array<{ text: string } | { placeholder: string }> = []
  let last = 0
  for (const match of template.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0
    if (index > last) parts.push({ text: template.slice(last, index) })
    const name = match[1] ?? ''
    const value = params[name]
    if (typeof value === 'string' && name !== 'count') parts.push({ placeholder: name })
    else parts.push({ text: value === undefined ? match[0] : formatMessage(`{${name}}`, locale, params) })
    last = index + match[0].length
  }
  if (last < template.length) parts.push({ text: template.slice(last) })
  return parts
}

/** A translate function bound to a locale and a catalogue. */
export type Translate<K extends MessageKey = MessageKey> = (key: K, params?: MessageParams) => string

export function createTranslate<K extends MessageKey>(locale: string, messages: Pick<Messages, K>): Translate<K> {
  return (key, params) => formatMessage(messages[key], locale, params)
}

/** `m:ss` (or `h:mm:ss`), digits in the locale's numbering system left as ASCII on purpose: countdowns read left-to-right everywhere. */
export function formatCountdown(totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds))
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  const ss = String(s).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}

/**
 * The clock time at which something ends, for example when a lock lifts:
 * "10:45 AM". An invalid locale formats in English; a time that is no date
 * (`NaN`, or beyond ±8.64e15 ms) gives `''` rather than a RangeError.
 */
export function formatClockTime(epochMs: number, locale: string, timeZone?: string): string {
  if (!Number.isFinite(epochMs) || Math.abs(epochMs) > 8.64e15) return ''
  return new Intl.DateTimeFormat(formattingLocale(locale), { hour: 'numeric', minute: '2-digit', ...(timeZone ? { timeZone } : {}) }).format(
    epochMs,
  )
}
