import { describe, it, expect } from 'vitest'
import { extractPasscode, isCompletePasscode, normalizePasscode, toAsciiDigits } from '../../src/core/passcode.js'

// Code point of digit zero in scripts whose digits people type or receive, from
// the Unicode Character Database (written out by hand, not computed).
const ZEROS: [script: string, zero: number][] = [
  ['ASCII', 0x0030],
  ['Arabic-Indic', 0x0660],
  ['Extended Arabic-Indic (Persian, Urdu)', 0x06f0],
  ['NKo', 0x07c0],
  ['Devanagari', 0x0966],
  ['Bengali', 0x09e6],
  ['Gurmukhi', 0x0a66],
  ['Gujarati', 0x0ae6],
  ['Oriya', 0x0b66],
  ['Tamil', 0x0be6],
  ['Telugu', 0x0c66],
  ['Kannada', 0x0ce6],
  ['Malayalam', 0x0d66],
  ['Thai', 0x0e50],
  ['Lao', 0x0ed0],
  ['Tibetan', 0x0f20],
  ['Myanmar', 0x1040],
  ['Myanmar Shan', 0x1090],
  ['Khmer', 0x17e0],
  ['Mongolian', 0x1810],
  ['Limbu', 0x1946],
  ['New Tai Lue', 0x19d0],
  ['Tai Tham Hora', 0x1a80],
  ['Tai Tham Tham', 0x1a90],
  ['Balinese', 0x1b50],
  ['Sundanese', 0x1bb0],
  ['Lepcha', 0x1c40],
  ['Ol Chiki', 0x1c50],
  ['Vai', 0xa620],
  ['Saurashtra', 0xa8d0],
  ['Kayah Li', 0xa900],
  ['Javanese', 0xa9d0],
  ['Myanmar Tai Laing', 0xa9f0],
  ['Cham', 0xaa50],
  ['Meetei Mayek', 0xabf0],
  ['Fullwidth', 0xff10],
  ['Osmanya', 0x104a0],
  ['Hanifi Rohingya', 0x10d30],
  ['Brahmi', 0x11066],
  ['Chakma', 0x11136],
  ['Sharada', 0x111d0],
  ['Mathematical bold', 0x1d7ce],
  ['Mathematical double-struck', 0x1d7d8],
  ['Mathematical sans-serif', 0x1d7e2],
  ['Mathematical sans-serif bold', 0x1d7ec],
  ['Mathematical monospace', 0x1d7f6],
  ['Adlam', 0x1e950],
  ['Segmented', 0x1fbf0],
]

function inScript(zero: number, ascii: string): string {
  return [...ascii].map((digit) => String.fromCodePoint(zero + Number(digit))).join('')
}

describe('toAsciiDigits', () => {
  it.each(ZEROS)('converts all ten %s digits to ASCII in order', (_script, zero) => {
    expect(toAsciiDigits(inScript(zero, '0123456789'))).toBe('0123456789')
  })

  it.each([
    ['superscripts', '²³¹'],
    ['circled digits', '①②③'],
    ['roman numerals', 'ⅫⅣ'],
    ['vulgar fractions', '½¼'],
    ['ideographic numbers', '〇一二三'],
    ['Arabic decimal separator', '٫'],
    ['letters and punctuation', 'Code: abc-XYZ!'],
    ['emoji', '🔢📱👍🏽'],
    ['a lone surrogate', '\uD800x'],
  ])('keeps %s unchanged', (_name, text) => {
    expect(toAsciiDigits(text)).toBe(text)
  })

  it('keeps the characters around the digits in place in mixed scripts', () => {
    expect(toAsciiDigits('كود ٤٨٢-۹۱۳ / १२३ 𝟒𝟓𝟔')).toBe('كود 482-913 / 123 456')
  })

  it('gives an empty string for an empty string', () => {
    expect(toAsciiDigits('')).toBe('')
  })

  it('turns every decimal digit the engine knows into exactly one ASCII digit', () => {
    const wrong: string[] = []
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue
      const character = String.fromCodePoint(codePoint)
      if (/\p{Nd}/u.test(character) && !/^[0-9]$/.test(toAsciiDigits(character))) wrong.push(codePoint.toString(16))
    }
    expect(wrong).toEqual([])
  })
})

describe('normalizePasscode', () => {
  it.each([
    ['digits with a space', '482 913', '482913'],
    ['digits with a dash', '482-913', '482913'],
    ['digits with a dot', '482.913', '482913'],
    ['digits with a no-break space', '482\u00a0913', '482913'],
    ['digits with surrounding whitespace', '  482913 \n', '482913'],
    ['an SMS sentence', 'Your ACME verification code is: 482913', '482913'],
    ['an SMS with a WebOTP line', 'Your code is 482913.\n\n@example.com #482913', '482913'],
    ['a WebOTP line that disagrees with the text', 'Your code is 111111.\n@example.com #482913', '482913'],
    ['a WebOTP line for an iframe', 'Code 482913\n\n@top.example #482913 @embedded.example', '482913'],
    ['a WebOTP line with trailing blank lines', 'Your code\n@example.com #482913\n\n', '482913'],
    ['a WebOTP line indented with spaces', 'Your code is 111111.\n   @example.com #482913', '482913'],
    ['a WebOTP line after a Windows line break', 'Your code is 111111.\r\n@example.com #482913', '482913'],
    ['Arabic-Indic digits', '١٢٣٤٥٦', '123456'],
    ['fullwidth digits', '１２３４５６', '123456'],
    ['Persian digits', '۴۸۲۹۱۳', '482913'],
    ['mixed scripts', '١٢٣456', '123456'],
    ['an over-long number', '4829131234', '482913'],
    ['an SMS with another number after the code', "ACME: 482913 is your code. Don't share it. Ref 77", '482913'],
    ['an SMS with the code after a shorter number', 'Valid 10 min. Code: 482913', '482913'],
    ['an SMS with a spaced code', 'Your code is 482 913', '482913'],
    // The ideographic space is the one Japanese and Chinese keyboards type.
    ['a Japanese SMS with an ideographic space in the code', '認証コード：４８２\u3000９１３', '482913'],
    ['an SMS with a dashed code', 'Your code is 482-913.', '482913'],
    ['an SMS with a prefixed code', 'G-482913 is your verification code.', '482913'],
    ['an Arabic SMS with bidi marks inside the code', 'رمز التحقق: \u200f٤٨٢\u200f٩١٣', '482913'],
    ['an SMS with a longer number first', 'Call 1-800-555-0199 or use 482913', '482913'],
    ['an SMS without a run of the right length', 'Code 12345678 (ref 42)', '123456'],
    ['an SMS whose longest run comes second', 'Step 1: enter 4829131', '482913'],
    ['an SMS with only short runs', 'Codes 12 and 345', '345'],
    ['an empty string', '', ''],
    ['only whitespace', ' \t\n ', ''],
    ['only letters', 'abcdef', ''],
    ['only emoji', '🔢📱', ''],
    ['emoji around the code', '🔐482913🔐', '482913'],
    ['keycap emoji', '4️⃣8️⃣2️⃣9️⃣1️⃣3️⃣', '482913'],
    ['a partial code', '48', '48'],
  ])('reads %s', (_case, text, expected) => {
    expect(normalizePasscode(text, 6)).toBe(expected)
  })

  it.each([
    [4, 'Your code is 4829', '4829'],
    [4, '482913', '4829'],
    [8, 'Your code is 4829 1357', '48291357'],
    [8, 'Use 48291357. Ref 482913', '48291357'],
    [5, 'Ref 482913, code 48291', '48291'],
  ])('uses the code length %i', (length, text, expected) => {
    expect(normalizePasscode(text, length)).toBe(expected)
  })

  it.each([
    ['zero', 0],
    ['negative', -3],
    ['NaN', Number.NaN],
  ])('gives an empty string for a %s length', (_name, length) => {
    expect(normalizePasscode('482913', length)).toBe('')
  })

  it('rounds a fractional length down', () => {
    expect(normalizePasscode('482913', 4.9)).toBe('4829')
  })

  it('does not throw on a value that is not a string', () => {
    expect(normalizePasscode(undefined as unknown as string, 6)).toBe('')
    expect(normalizePasscode(482913 as unknown as string, 6)).toBe('')
  })

  it('reads a code at the end of a very long message', () => {
    const text = `${'Lorem ipsum dolor sit amet, 12 '.repeat(5000)}code 482913`
    expect(normalizePasscode(text, 6)).toBe('482913')
  })

  it('keeps the first digits of a very long number', () => {
    expect(normalizePasscode('9'.repeat(100_000), 6)).toBe('999999')
  })
})

describe('extractPasscode', () => {
  it.each([
    ['a bare code', '482913', '482913'],
    ['a spaced code', '482 913', '482913'],
    ['Persian digits', '۴۸۲۹۱۳', '482913'],
    ['an SMS sentence', 'Your ACME verification code is: 482913', '482913'],
    ['an SMS with a WebOTP line', 'Your code is 482913.\n\n@example.com #482913', '482913'],
    ['an SMS that repeats the code', 'Code 482913. Again: 482913', '482913'],
    ['an SMS with other shorter numbers', "ACME: 482913 is your code. Don't share it. Ref 77", '482913'],
  ])('finds the code in %s', (_case, text, expected) => {
    expect(extractPasscode(text, 6)).toBe(expected)
  })

  it.each([
    ['an over-long number', '4829131234'],
    ['a partial code', '4829'],
    ['an empty string', ''],
    ['only letters', 'Your code is'],
    ['two different codes', 'Code 482913 or 135790'],
    ['an SMS without a run of the right length', 'Code 12345678'],
    ['a WebOTP line with a code of another length', 'Your code is 482913\n@example.com #4829'],
  ])('finds nothing in %s', (_case, text) => {
    expect(extractPasscode(text, 6)).toBeUndefined()
  })

  it('finds nothing for an invalid length', () => {
    expect(extractPasscode('482913', 0)).toBeUndefined()
    expect(extractPasscode('482913', Number.NaN)).toBeUndefined()
  })
})

describe('isCompletePasscode', () => {
  it.each([
    ['482913', 6, true],
    ['4829', 4, true],
    ['48291357', 8, true],
    ['48291', 6, false],
    ['4829131', 6, false],
    ['48291a', 6, false],
    ['482 91', 6, false],
    ['٤٨٢٩١٣', 6, false],
    ['', 0, false],
    ['482913', 6.5, false],
  ])('says %j with length %s is complete: %s', (code, length, expected) => {
    expect(isCompletePasscode(code, length)).toBe(expected)
  })
})
