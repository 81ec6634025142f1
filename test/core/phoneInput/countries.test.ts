import { describe, expect, it } from 'vitest'
import min from 'libphonenumber-js/min/metadata'
import { foldForSearch, listCountries, regionName, searchCountries } from '../../../src/core/phoneInput/countries.js'

describe('listCountries', () => {
  it('lists every country of the metadata with its calling code', () => {
    const list = listCountries(min, 'en')
    expect(list).toHaveLength(Object.keys(min.countries).length)
    expect(list.find((option) => option.code === 'FR')).toEqual({ code: 'FR', callingCode: '33', name: 'France', englishName: 'France', primary: true })
  })

  it('sorts by the localised name', () => {
    const names = listCountries(min, 'fr').map((option) => option.name)
    const sorted = [...names].sort(new Intl.Collator('fr').compare)
    expect(names).toEqual(sorted)
  })

  it('names countries in the active locale', () => {
    const germany = listCountries(min, 'fr', ['DE'])[0]
    expect(germany).toMatchObject({ name: 'Allemagne', englishName: 'Germany' })
  })

  it('keeps only allowed countries the metadata knows', () => {
    const codes = listCountries(min, 'en', ['FR', 'DE', 'ZZ' as never, 'FR']).map((option) => option.code)
    expect(codes.sort()).toEqual(['DE', 'FR'])
  })
})

describe('regionName', () => {
  it.each([
    ['JP', 'ja', '日本'],
    ['FR', 'ar', 'فرنسا'],
    ['GB', 'en', 'United Kingdom'],
  ])('names %s in %s as %s', (code, locale, name) => {
    expect(regionName(code, locale)).toBe(name)
  })

  it('falls back to the code for an invalid locale', () => {
    expect(regionName('FR', '!!')).toBe('FR')
  })
})

describe('searchCountries', () => {
  const en = listCountries(min, 'en')
  const fr = listCountries(min, 'fr')
  const first = (list: ReturnType<typeof listCountries>, query: string) => searchCountries(list, query)[0]?.code

  it.each([
    ['FR', 'FR'],
    ['fr', 'FR'],
    ['33', 'FR'],
    ['+33', 'FR'],
    ['+ 44', 'GB'],
    ['germ', 'DE'],
    ['kingdom', 'GB'],
    ['cote', 'CI'],
    ['ivoire', 'CI'],
  ])('puts %j first as %s in English', (query, code) => {
    expect(first(en, query)).toBe(code)
  })

  it.each([
    ['allem', 'DE'],
    ['germany', 'DE'],
    ['royaume', 'GB'],
    ['etats', 'US'],
  ])('puts %j first as %s in French (localised or English names)', (query, code) => {
    expect(first(fr, query)).toBe(code)
  })

  it('finds a country by its Japanese name', () => {
    expect(first(listCountries(min, 'ja'), 'フランス')).toBe('FR')
  })

  it('lists the main country of a calling code, then the others sharing it, before codes that only start with it', () => {
    const codes = searchCountries(en, '7').map((option) => option.code)
    expect(codes.slice(0, 2)).toEqual(['RU', 'KZ'])
  })

  it('returns nothing for a query that matches no country', () => {
    expect(searchCountries(en, 'qqqq')).toEqual([])
  })

  it('returns the whole list for a blank query', () => {
    expect(searchCountries(en, '  ')).toHaveLength(en.length)
  })

  it('folds case and accents', () => {
    expect(foldForSearch('Côte D’Ivoire')).toBe("cote d'ivoire")
  })
})
