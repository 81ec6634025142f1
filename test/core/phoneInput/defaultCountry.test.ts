import { describe, expect, it } from 'vitest'
import min from 'libphonenumber-js/min/metadata'
import { countryPermitter, regionFromLanguages } from '../../../src/core/phoneInput/defaultCountry.js'

const supported = new Set(['FR', 'CA', 'US', 'BR', 'DE', 'JP', 'EG', 'GB'])
const isSupported = (region: string) => supported.has(region)

describe('regionFromLanguages', () => {
  it.each([
    [['fr-CA', 'fr'], 'CA'],
    [['fr'], 'FR'],
    [['en'], 'US'],
    [['de', 'en-GB'], 'GB'],
    [['es-419', 'pt-BR'], 'BR'],
    [['ja'], 'JP'],
    [['ar'], 'EG'],
    [['not a tag', 'de'], 'DE'],
    [['xx-ZZ'], undefined],
    [[], undefined],
  ])('reads %j as %s', (languages, region) => {
    expect(regionFromLanguages(languages, isSupported)).toBe(region)
  })
})

describe('countryPermitter', () => {
  it.each([
    [undefined, 'FR', true],
    [undefined, 'ZZ', false],
    [['FR', 'DE'], 'DE', true],
    [['FR', 'DE'], 'GB', false],
    [['FR', 'XX'], 'XX', false],
  ] as const)('with allow-list %j permits %s: %s', (allowed, code, expected) => {
    expect(countryPermitter(min, allowed as never)(code)).toBe(expected)
  })
})
