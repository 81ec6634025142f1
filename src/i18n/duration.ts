import { formatMessage } from './format.js'
import type { Message } from './types.js'

/** The catalogue's words for each unit, plural-aware (`{count}`), for engines without `Intl.DurationFormat`. */
export interface DurationWords {
  durationHours: Message
  durationMinutes: Message
  durationSeconds: Message
}

interface DurationFormatLike {
  format(duration: { hours: number; minutes: number; seconds: number }): string
}
type DurationFormatConstructor = new (locale: string, options: { style: 'long' }) => DurationFormatLike

const cache: Record<string, DurationFormatLike | null> = Object.create(null)

/** `Intl.DurationFormat` for the locale, where the engine has it (read at call time, so a polyfill counts). */
function durationFormat(locale: string): DurationFormatLike | null {
  const Ctor = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat
  if (typeof Ctor !== 'function') return null
  if (!(locale in cache)) {
    try {
      cache[locale] = new Ctor(locale, { style: 'long' })
    } catch {
      cache[locale] = null
    }
  }
  return cache[locale] ?? null
}

/**
 * A duration in words ("1 minute, 30 seconds"), never as a clock time
 * ("1:30" reads as half past one). Whole seconds, rounded up so that a wait is
 * never shown shorter than it is; units that are zero are left out.
 * `Intl.DurationFormat` where the engine has it, else the catalogue's words
 * (plural forms through `Intl.PluralRules`) joined as a list of units.
 *
 * @example
 * formatDuration(90_000, 'en', en) // "1 minute, 30 seconds"
 */
export function formatDuration(ms: number, locale: string, words: DurationWords): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0
  const parts = { hours: Math.floor(total / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 }
  const native = durationFormat(locale)
  if (native) return native.format(parts)
  const units: Array<[number, Message]> = [
    [parts.hours, words.durationHours],
    [parts.minutes, words.durationMinutes],
    [parts.seconds, words.durationSeconds],
  ]
  const said = units.filter(([count]) => count > 0).map(([count, message]) => formatMessage(message, locale, { count }))
  if (said.length === 0) return formatMessage(words.durationSeconds, locale, { count: 0 })
  return typeof Intl.ListFormat === 'function' ? new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(said) : said.join(' ')
}
