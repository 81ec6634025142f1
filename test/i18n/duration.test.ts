import { describe, expect, it } from 'vitest'
import { formatDuration } from '../../src/i18n/duration.js'
import { ar } from '../../src/i18n/locales/ar.js'
import { en } from '../../src/i18n/locales/en.js'
import { fr } from '../../src/i18n/locales/fr.js'

// Node 20 has no Intl.DurationFormat, so these read the catalogue's words.
describe('formatDuration without Intl.DurationFormat', () => {

  it.each([
    [1_000, 'en', en, '1 second'],
    [30_000, 'en', en, '30 seconds'],
    [29_001, 'en', en, '30 seconds'],
    [90_000, 'en', en, '1 minute, 30 seconds'],
    [15 * 60_000, 'en', en, '15 minutes'],
    [3_600_000 + 60_000, 'en', en, '1 hour, 1 minute'],
    [60_000, 'fr', fr, '1 minute'],
    [2_000, 'fr', fr, '2 secondes'],
    [2_000, 'ar', ar, 'ثانيتان'],
    [60_000, 'ar', ar, 'دقيقة واحدة'],
  ])('%i ms in %s is "%s"', (ms, locale, messages, expected) => {
    expect(formatDuration(ms, locale, messages)).toBe(expected)
  })

  it('says zero seconds for a wait that is over', () => {
    expect(formatDuration(-5, 'en', en)).toBe('0 seconds')
  })
})
