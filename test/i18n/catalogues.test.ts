import { mergeMessages } from '../../src/i18n/merge.js'
import { describe, expect, it } from 'vitest'
import { CATALOGUES, catalogueFor, localeDirection } from '../../src/i18n/locales.js'
import { en } from '../../src/i18n/locales/en.js'
import { fr } from '../../src/i18n/locales/fr.js'
import { de } from '../../src/i18n/locales/de.js'
import { es } from '../../src/i18n/locales/es.js'
import { ar } from '../../src/i18n/locales/ar.js'
import type { Message, MessageKey, Messages } from '../../src/i18n/types.js'

const TRANSLATIONS: Array<[string, Messages]> = [
  ['fr', fr],
  ['de', de],
  ['es', es],
  ['ar', ar],
]
const ALL: Array<[string, Messages]> = [['en', en], ...TRANSLATIONS]

const PLACEHOLDER = /\{(\w+)\}/g
const KEYS = Object.keys(en) as MessageKey[]

/** Every text of a message with the plural category it belongs to ('text' for a plain string). */
function texts(message: Message): Array<[string, string]> {
  return typeof message === 'string' ? [['text', message]] : Object.entries(message)
}

function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))].sort()
}

function allTexts(messages: Messages): Array<{ key: MessageKey; form: string; text: string }> {
  return KEYS.flatMap((key) => texts(messages[key]).map(([form, text]) => ({ key, form, text })))
}

const withoutCount = (names: string[]) => names.filter((name) => name !== 'count')

describe('CATALOGUES', () => {
  it('registers every shipped language under its language subtag', () => {
    expect(CATALOGUES).toEqual({ en, fr, de, es, ar })
  })
})

describe.each(TRANSLATIONS)('the %s catalogue', (lang, messages) => {
  it('has exactly the keys of English, no missing and no extra', () => {
    expect(Object.keys(messages).sort()).toEqual([...KEYS].sort())
  })

  it('is plural exactly where English is plural', () => {
    const shapes = (catalogue: Messages) => KEYS.map((key) => [key, typeof catalogue[key]])
    expect(shapes(messages)).toEqual(shapes(en))
  })

  it('keeps the placeholders of every English message', () => {
    const mismatches: string[] = []
    for (const key of KEYS) {
      const expected = placeholdersOf(texts(en[key]).map(([, text]) => text).join(' '))
      for (const [form, text] of texts(messages[key])) {
        const found = placeholdersOf(text)
        // Plural forms may spell the number out ("محاولتان"), so `count` is only required in `other`.
        const same =
          form === 'text' || form === 'other'
            ? found.join() === expected.join()
            : withoutCount(found).join() === withoutCount(expected).join() && found.every((name) => expected.includes(name))
        if (!same) mismatches.push(`${key}.${form}: {${found.join('}{')}} instead of {${expected.join('}{')}}`)
      }
    }
    expect(mismatches).toEqual([])
  })

  it('has an other form and every plural category of the language in each plural message', () => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories
    const missing = KEYS.flatMap((key) => {
      const message = messages[key]
      if (typeof message === 'string') return []
      return ['other' as const, ...categories].filter((category) => message[category] === undefined).map((category) => `${key}.${category}`)
    })
    expect(missing).toEqual([])
  })

  it('has no plural form the language never selects (zero excepted, as formatMessage honours it)', () => {
    const usable = new Set<string>([...new Intl.PluralRules(lang).resolvedOptions().pluralCategories, 'zero'])
    const dead = allTexts(messages)
      .filter(({ form }) => form !== 'text' && !usable.has(form))
      .map(({ key, form }) => `${key}.${form}`)
    expect(dead).toEqual([])
  })
})

describe.each(ALL)('the %s messages', (_lang, messages) => {
  it('have no empty text and no stray brace outside a placeholder', () => {
    const broken = allTexts(messages)
      .filter(({ text }) => text.trim() === '' || /[{}]/.test(text.replace(PLACEHOLDER, '')))
      .map(({ key, form }) => `${key}.${form}`)
    expect(broken).toEqual([])
  })

  it('use the ellipsis character and typographic quotes, never "..." or straight quotes', () => {
    const plain = allTexts(messages)
      .filter(({ text }) => /\.\.\.|['"]/.test(text))
      .map(({ key, form }) => `${key}.${form}`)
    expect(plain).toEqual([])
  })
})

describe('typography of each language', () => {
  it.each([
    ['en', en, '“{query}”'],
    ['fr', fr, '«\u00A0{query}\u00A0»'],
    ['de', de, '„{query}“'],
    ['es', es, '«{query}»'],
    ['ar', ar, '«{query}»'],
  ] as const)('quotes the search query the %s way', (_lang, messages, quoted) => {
    expect(messages.countryNoResults).toContain(quoted)
  })

  it('puts a no-break space before French high punctuation and inside guillemets', () => {
    const breakable = allTexts(fr)
      .filter(({ text }) => /(?<![\u00A0\u202F])[:;!?»]|«(?!\u00A0)/.test(text))
      .map(({ key, form }) => `${key}.${form}`)
    expect(breakable).toEqual([])
  })

  it('uses Arabic punctuation in Arabic, never the Latin comma, semicolon or question mark', () => {
    const latin = allTexts(ar)
      .filter(({ text }) => /[,;?]/.test(text))
      .map(({ key, form }) => `${key}.${form}`)
    expect(latin).toEqual([])
  })

  it('keeps every Arabic plus sign left-to-right with a mark before it', () => {
    const flipped = allTexts(ar)
      .filter(({ text }) => /(?<!\u200E)\+/.test(text))
      .map(({ key, form }) => `${key}.${form}`)
    expect(flipped).toEqual([])
  })
})

describe('catalogueFor', () => {
  it.each([
    ['fr', fr],
    ['fr-CA', fr],
    ['fr_FR', fr],
    ['DE-at', de],
    ['es-419', es],
    ['ar-EG', ar],
    ['en-GB', en],
    ['ja-JP', en],
    ['', en],
  ] as const)('uses the catalogue of the language of %j', (locale, expected) => {
    expect(catalogueFor(locale)).toEqual(expected)
  })

  it('falls back to English for a key a partial catalogue lacks', () => {
    const messages = mergeMessages(en, { verify: 'Verify (xx)' })
    expect(messages.verify).toBe('Verify (xx)')
    expect(messages.sendCode).toBe(en.sendCode)
    expect(Object.keys(messages).sort()).toEqual([...KEYS].sort())
  })

  it('keeps the message below when an override is undefined', () => {
    expect(catalogueFor('fr', { verify: undefined }).verify).toBe(fr.verify)
  })

  it('cannot be changed by an app at run time', () => {
    expect(Object.isFrozen(CATALOGUES)).toBe(true)
  })

  it('applies overrides on top of the shipped catalogue', () => {
    const messages = catalogueFor('fr-BE', { verify: 'Valider', codeWrong: { one: 'Refusé, {count} essai', other: 'Refusé, {count} essais' } })
    expect(messages.verify).toBe('Valider')
    expect(messages.codeWrong).toEqual({ one: 'Refusé, {count} essai', other: 'Refusé, {count} essais' })
    expect(messages.sendCode).toBe(fr.sendCode)
  })

  it('applies overrides over English for a language without a catalogue', () => {
    const messages = catalogueFor('ja', { verify: '確認' })
    expect(messages.verify).toBe('確認')
    expect(messages.sendCode).toBe(en.sendCode)
  })

  it('leaves the shipped catalogues untouched when overriding', () => {
    catalogueFor('fr', { verify: 'Valider' })
    expect(fr.verify).toBe('Vérifier')
    expect(CATALOGUES.fr).toBe(fr)
  })
})

describe('localeDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['ar_EG', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['fr', 'ltr'],
    ['en-US', 'ltr'],
    ['de', 'ltr'],
    ['', 'ltr'],
    ['not a locale!', 'ltr'],
  ] as const)('%j is written %s', (locale, direction) => {
    expect(localeDirection(locale)).toBe(direction)
  })
})
