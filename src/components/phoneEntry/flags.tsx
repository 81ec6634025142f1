import type { ReactNode } from 'react'
import type { CountryCode } from '../../core/phoneInput/types.js'

const REGIONAL_INDICATOR_A = 0x1f1e6

/**
 * A flag as a pair of Unicode regional indicator symbols (`FR` → 🇫🇷). It
 * costs no asset and no request: the system's emoji font draws it. Windows
 * has no flag glyphs, so there the two letters show in boxes; apps that need
 * pictures there pass `renderFlag`.
 */
export function flagEmoji(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return ''
  return String.fromCodePoint(REGIONAL_INDICATOR_A + code.charCodeAt(0) - 65, REGIONAL_INDICATOR_A + code.charCodeAt(1) - 65)
}

/** Draws a country's flag; decorative, so it stays out of the accessible name. */
export type RenderFlag = (country: CountryCode) => ReactNode

/** The kit's flag: an emoji in a span hidden from assistive technology. */
export const renderEmojiFlag: RenderFlag = (country) => (
  <span aria-hidden="true" data-part="flag">
    {flagEmoji(country)}
  </span>
)
