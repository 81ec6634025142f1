import type { Messages } from '../../types.js'

/** The message keys of `<OtpInput>`: its label. */
export type OtpInputMessageKey = 'codeLabel'

/** English for `<OtpInput>`: its label. Imported on its own so a component bundles only its own strings. */
export const enOtpInput: Pick<Messages, OtpInputMessageKey> = {
  codeLabel: { one: 'Verification code, {count} digit', other: 'Verification code, {count} digits' },
}
