import { describe, it, expect } from 'vitest'
import { VerifyPhoneError } from '../../src/core/errors.js'
import {
  CUSTOM_MESSAGE_MAX_LENGTH,
  DEFAULT_SMS_TEMPLATE,
  SENDER_ID_MAX_LENGTH,
  assertSendOptions,
  checkCustomMessage,
  checkSenderId,
  renderSmsText,
} from '../../src/core/message.js'
import type { SendOptions } from '../../src/core/message.js'

const BOTH = '{otp} is your {app} code'

describe('limits', () => {
  it('follows Transmit: 140 characters for a message, 11 for a sender ID', () => {
    expect(CUSTOM_MESSAGE_MAX_LENGTH).toBe(140)
    expect(SENDER_ID_MAX_LENGTH).toBe(11)
  })
})

describe('checkCustomMessage', () => {
  it.each([
    ['a template with both placeholders', BOTH, []],
    ['the default template', '{otp} is your {app} verification code.', []],
    ['placeholders repeated', '{app}: {otp}. Again, {otp}.', []],
    ['placeholders side by side', '{app}{otp}', []],
    ['a template without {app}', 'Your code is {otp}', ['MISSING_APP_PLACEHOLDER']],
    ['a template without {otp}', 'Welcome to {app}', ['MISSING_OTP_PLACEHOLDER']],
    ['a template with neither', 'Hello there', ['MISSING_APP_PLACEHOLDER', 'MISSING_OTP_PLACEHOLDER']],
    ['upper-case placeholders', '{APP} {OTP}', ['MISSING_APP_PLACEHOLDER', 'MISSING_OTP_PLACEHOLDER']],
    ['placeholders with spaces inside', '{ app } { otp }', ['MISSING_APP_PLACEHOLDER', 'MISSING_OTP_PLACEHOLDER']],
    ['an empty template', '', ['EMPTY']],
    ['a blank template', ' \n\t ', ['EMPTY']],
    ['only emoji', '🔐📱', ['MISSING_APP_PLACEHOLDER', 'MISSING_OTP_PLACEHOLDER']],
  ])('judges %s', (_case, text, expected) => {
    expect(checkCustomMessage(text)).toEqual(expected)
  })

  it.each([
    ['140 ASCII characters', `${BOTH}${'x'.repeat(140 - BOTH.length)}`, []],
    ['141 ASCII characters', `${BOTH}${'x'.repeat(141 - BOTH.length)}`, ['TOO_LONG']],
    ['140 characters of which some are emoji (each two UTF-16 units)', `${BOTH}${'🔐'.repeat(140 - BOTH.length)}`, []],
    ['141 characters of which some are emoji', `${BOTH}${'🔐'.repeat(141 - BOTH.length)}`, ['TOO_LONG']],
    ['140 characters in Arabic', `${BOTH}${'ك'.repeat(140 - BOTH.length)}`, []],
    ['a long template without placeholders', 'x'.repeat(500), ['MISSING_APP_PLACEHOLDER', 'MISSING_OTP_PLACEHOLDER', 'TOO_LONG']],
  ])('counts characters as code points: %s', (_case, text, expected) => {
    expect(checkCustomMessage(text)).toEqual(expected)
  })

  it('counts the placeholders as written, not as they will be expanded', () => {
    const template = `{app}{otp}${'x'.repeat(130)}`
    expect([...template]).toHaveLength(140)
    expect(checkCustomMessage(template)).toEqual([])
  })
})

describe('checkSenderId', () => {
  it.each([
    ['letters', 'ACME', []],
    ['letters and digits', 'Acme24', []],
    ['a hyphen inside', 'Acme-Bank', []],
    ['11 characters', 'ABCDEFGHIJK', []],
    ['one letter', 'A', []],
    ['12 characters', 'ABCDEFGHIJKL', ['TOO_LONG']],
    ['a space', 'Acme Bank', ['INVALID_CHARACTERS']],
    ['an underscore', 'Acme_Bank', ['INVALID_CHARACTERS']],
    ['an accented letter', 'Café', ['INVALID_CHARACTERS']],
    ['an emoji', 'Acme🔐', ['INVALID_CHARACTERS']],
    ['non-Latin letters only', 'Банк', ['INVALID_CHARACTERS', 'NO_LETTER']],
    ['only digits', '12345', ['NO_LETTER']],
    ['only hyphens', '---', ['NO_LETTER', 'EDGE_HYPHEN']],
    ['a leading hyphen', '-Acme', ['EDGE_HYPHEN']],
    ['a trailing hyphen', 'Acme-', ['EDGE_HYPHEN']],
    ['everything wrong at once', '-12 345 678 90-', ['TOO_LONG', 'INVALID_CHARACTERS', 'NO_LETTER', 'EDGE_HYPHEN']],
    ['an empty string', '', ['EMPTY']],
    ['only whitespace', '   ', ['EMPTY']],
  ])('judges %s', (_case, text, expected) => {
    expect(checkSenderId(text)).toEqual(expected)
  })
})

describe('assertSendOptions', () => {
  function errorOf(options: SendOptions): VerifyPhoneError {
    try {
      assertSendOptions(options)
    } catch (error) {
      if (error instanceof VerifyPhoneError) return error
      throw error
    }
    throw new Error('assertSendOptions did not throw')
  }

  it.each([
    ['no options', {}],
    ['a good message', { customMessage: BOTH }],
    ['a good sender ID', { senderId: 'ACME' }],
    ['both good', { customMessage: BOTH, senderId: 'ACME' }],
    ['explicit undefined values', { customMessage: undefined, senderId: undefined }],
  ])('accepts %s', (_case, options) => {
    expect(() => assertSendOptions(options)).not.toThrow()
  })

  it.each([
    ['a message without {otp}', { customMessage: 'Welcome to {app}' }, 'customMessage', 'MISSING_OTP_PLACEHOLDER'],
    ['a message with neither placeholder', { customMessage: 'Hi' }, 'customMessage', 'MISSING_APP_PLACEHOLDER'],
    ['an empty message', { customMessage: '' }, 'customMessage', 'EMPTY'],
    ['a long sender ID', { senderId: 'ABCDEFGHIJKL' }, 'senderId', 'TOO_LONG'],
    ['a sender ID with a space', { senderId: 'Acme Bank' }, 'senderId', 'INVALID_CHARACTERS'],
    ['both wrong (message first)', { customMessage: 'Hi {app}', senderId: '' }, 'customMessage', 'MISSING_OTP_PLACEHOLDER'],
    ['a message that is not a string', { customMessage: 42 as unknown as string }, 'customMessage', 'NOT_A_STRING'],
    ['a sender ID that is not a string', { senderId: null as unknown as string }, 'senderId', 'NOT_A_STRING'],
  ])('refuses %s as invalidRequest', (_case, options, field, reason) => {
    const error = errorOf(options)
    expect(error.kind).toBe('invalidRequest')
    expect(error.field).toBe(field)
    expect(error.reason).toBe(reason)
  })
})

describe('renderSmsText', () => {
  it('fills the default template when none is given', () => {
    expect(DEFAULT_SMS_TEMPLATE).toBe('{otp} is your {app} verification code.')
    expect(renderSmsText({ appName: 'ACME', code: '482913' })).toBe('482913 is your ACME verification code.')
  })

  it.each([
    ['every occurrence', '{app}: {otp}. Again {otp} for {app}.', 'ACME', '482913', 'ACME: 482913. Again 482913 for ACME.'],
    ['a template without placeholders', 'Hello', 'ACME', '482913', 'Hello'],
    ['an app name holding a placeholder', '{app}: {otp}', 'My {otp} App', '482913', 'My {otp} App: 482913'],
    ['an app name holding the other placeholder', '{otp} for {app}', '{app}', '482913', '482913 for {app}'],
    ['replacement patterns in the app name', '{app} {otp}', '$& $1 $$', '482913', '$& $1 $$ 482913'],
    ['markup in the app name, left as text', '{app}: {otp}', '<b>ACME</b> &amp;', '482913', '<b>ACME</b> &amp;: 482913'],
    ['upper-case look-alikes', '{APP} {otp}', 'ACME', '482913', '{APP} 482913'],
    ['an empty template', '', 'ACME', '482913', ''],
  ])('replaces placeholders: %s', (_case, template, appName, code, expected) => {
    expect(renderSmsText({ template, appName, code })).toBe(expected)
  })
})
