import { VerifyPhoneError } from './errors.js'

/** Why a `custom_message` template would be refused. */
export type CustomMessageIssue = 'EMPTY' | 'MISSING_APP_PLACEHOLDER' | 'MISSING_OTP_PLACEHOLDER' | 'TOO_LONG'

/** Why a `sender_id` would be refused. */
export type SenderIdIssue = 'EMPTY' | 'TOO_LONG' | 'INVALID_CHARACTERS' | 'NO_LETTER' | 'EDGE_HYPHEN'

/** Transmit's limit for `custom_message`, counted on the template as given (placeholders unexpanded). */
export const CUSTOM_MESSAGE_MAX_LENGTH = 140

/** Transmit's limit for `sender_id`. */
export const SENDER_ID_MAX_LENGTH = 11

/** The text the kit renders when no template is given (the mock and the stories use it). */
export const DEFAULT_SMS_TEMPLATE = '{otp} is your {app} verification code.'

const APP_PLACEHOLDER = '{app}'
const OTP_PLACEHOLDER = '{otp}'
const PLACEHOLDER = /\{(app|otp)\}/g
const SENDER_ID_CHARACTERS = /^[A-Za-z0-9-]*$/
const ASCII_LETTER = /[A-Za-z]/

/**
 * Length in code points, so that an emoji or an accented letter made of one
 * code point counts as one character, as a person counts it. Transmit does
 * not say how it counts; a template full of astral characters may be judged
 * differently by the server, whose answer wins.
 */
function characterCount(text: string): number {
  return Array.from(text).length
}

/**
 * Checks a `custom_message` template against Transmit's rules: it must hold
 * the `{app}` and `{otp}` placeholders (exact, lower case) and be at most
 * {@link CUSTOM_MESSAGE_MAX_LENGTH} characters (code points, counted on the
 * template as given). An empty or blank template gives only `['EMPTY']`.
 *
 * @returns reason codes in a stable order; `[]` when the template is fine.
 */
export function checkCustomMessage(text: string): CustomMessageIssue[] {
  if (text.trim() === '') return ['EMPTY']
  const issues: CustomMessageIssue[] = []
  if (!text.includes(APP_PLACEHOLDER)) issues.push('MISSING_APP_PLACEHOLDER')
  if (!text.includes(OTP_PLACEHOLDER)) issues.push('MISSING_OTP_PLACEHOLDER')
  if (characterCount(text) > CUSTOM_MESSAGE_MAX_LENGTH) issues.push('TOO_LONG')
  return issues
}

/**
 * Checks a `sender_id` against the alphanumeric sender-ID rules SMS carriers
 * apply: 1 to {@link SENDER_ID_MAX_LENGTH} ASCII letters, digits or hyphens,
 * at least one letter, no hyphen first or last. An empty or blank value
 * gives only `['EMPTY']`. Passing these checks does not mean every country
 * shows the sender ID (the US and Canada, for one, do not).
 *
 * @returns reason codes in a stable order; `[]` when the sender ID is fine.
 */
export function checkSenderId(text: string): SenderIdIssue[] {
  if (text.trim() === '') return ['EMPTY']
  const issues: SenderIdIssue[] = []
  if (characterCount(text) > SENDER_ID_MAX_LENGTH) issues.push('TOO_LONG')
  if (!SENDER_ID_CHARACTERS.test(text)) issues.push('INVALID_CHARACTERS')
  if (!ASCII_LETTER.test(text)) issues.push('NO_LETTER')
  if (text.startsWith('-') || text.endsWith('-')) issues.push('EDGE_HYPHEN')
  return issues
}

/** The optional fields of a send request that the kit checks before any request. */
export interface SendOptions {
  /** The SMS template; `undefined` means Transmit's own text. */
  customMessage?: string | undefined
  /** The alphanumeric sender; `undefined` means the default sender. */
  senderId?: string | undefined
}

function fail(field: keyof SendOptions, reason: string): never {
  throw new VerifyPhoneError('invalidRequest', { field, reason })
}

/**
 * Refuses send options Transmit would refuse, before a request (and an SMS)
 * is spent. Only `undefined` means absent: an empty string is checked, and
 * fails with `EMPTY`.
 *
 * @throws {VerifyPhoneError} `invalidRequest` with `field` (`customMessage`
 *   first, then `senderId`) and `reason` set to the field's first issue, or
 *   to `NOT_A_STRING` when a caller without types passed something else.
 */
export function assertSendOptions(options: SendOptions): void {
  const { customMessage, senderId } = options
  if (customMessage !== undefined) {
    if (typeof customMessage !== 'string') fail('customMessage', 'NOT_A_STRING')
    const [issue] = checkCustomMessage(customMessage)
    if (issue !== undefined) fail('customMessage', issue)
  }
  if (senderId !== undefined) {
    if (typeof senderId !== 'string') fail('senderId', 'NOT_A_STRING')
    const [issue] = checkSenderId(senderId)
    if (issue !== undefined) fail('senderId', issue)
  }
}

/** What {@link renderSmsText} needs. */
export interface RenderSmsTextOptions {
  /** The template; default {@link DEFAULT_SMS_TEMPLATE}. */
  template?: string | undefined
  /** Replaces every `{app}`. */
  appName: string
  /** Replaces every `{otp}`. */
  code: string
}

/**
 * The SMS text a template produces, as plain text (never HTML: nothing is
 * escaped, and nothing should render it as markup). Every `{app}` and `{otp}`
 * is replaced in a single pass, so a placeholder inside the app name or the
 * code stays as it is, and `$` patterns are not interpreted.
 *
 * @example renderSmsText({ appName: 'ACME', code: '482913' }) // '482913 is your ACME verification code.'
 */
export function renderSmsText({ template = DEFAULT_SMS_TEMPLATE, appName, code }: RenderSmsTextOptions): string {
  return template.replace(PLACEHOLDER, (_, name: string) => (name === 'app' ? appName : code))
}
