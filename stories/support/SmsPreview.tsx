import { checkCustomMessage, checkSenderId, DEFAULT_SMS_TEMPLATE, renderSmsText } from '../../src/core/message.js'

const ISSUES: Record<string, string> = {
  EMPTY: 'is empty',
  MISSING_APP_PLACEHOLDER: 'needs the {app} placeholder',
  MISSING_OTP_PLACEHOLDER: 'needs the {otp} placeholder',
  TOO_LONG: 'is too long',
  INVALID_CHARACTERS: 'may hold only letters, digits and hyphens',
  NO_LETTER: 'needs at least one letter',
  EDGE_HYPHEN: 'cannot start or end with a hyphen',
}

/** A live preview of the SMS a custom message and sender id give, with the core checks' verdicts. */
export function SmsPreview({ customMessage, senderId }: { customMessage?: string | undefined; senderId?: string | undefined }) {
  const messageIssues = customMessage === undefined ? [] : checkCustomMessage(customMessage)
  const senderIssues = senderId === undefined ? [] : checkSenderId(senderId)
  const text = renderSmsText({ template: customMessage || DEFAULT_SMS_TEMPLATE, appName: 'ACME', code: '482913' })
  return (
    <section aria-label="SMS preview" className="story-preview">
      <h2 className="story-phone__title">SMS preview</h2>
      <p>
        From <strong>{senderId || 'the default sender'}</strong>: {text}
      </p>
      <ul>
        {messageIssues.map((issue) => (
          <li key={issue}>Custom message {ISSUES[issue] ?? issue} ({issue})</li>
        ))}
        {senderIssues.map((issue) => (
          <li key={issue}>Sender id {ISSUES[issue] ?? issue} ({issue})</li>
        ))}
        {messageIssues.length + senderIssues.length === 0 ? <li>Passes the checks made before sending.</li> : null}
      </ul>
    </section>
  )
}
