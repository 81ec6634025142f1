import { useSyncExternalStore } from 'react'
import type { Outbox } from '../../src/api/mock/outbox.js'
import { checkCustomMessage, checkSenderId, DEFAULT_SMS_TEMPLATE, renderSmsText } from '../../src/core/message.js'
import { StoryMessage } from './StoryMessage.js'
import { useStoryText, type StoryMessageKey } from './storyMessages.js'

/**
 * A live preview of the SMS a custom message and sender id give, with the core
 * checks' verdicts. The code in it is the mock's latest, the one on the simulated
 * phone; before any send, dots stand in for it.
 */
export function SmsPreview({
  outbox,
  customMessage,
  senderId,
  codeLength,
}: {
  outbox: Outbox
  customMessage?: string | undefined
  senderId?: string | undefined
  codeLength: number
}) {
  const { st } = useStoryText()
  const latest = useSyncExternalStore(outbox.subscribe, () => outbox.latest(), () => outbox.latest())
  const messageIssues = customMessage === undefined ? [] : checkCustomMessage(customMessage)
  const senderIssues = senderId === undefined ? [] : checkSenderId(senderId)
  const code = latest?.code ?? '•'.repeat(codeLength)
  const text = renderSmsText({ template: customMessage || DEFAULT_SMS_TEMPLATE, appName: 'ACME', code })
  const issue = (name: string) => st(`issue${name}` as StoryMessageKey)
  return (
    <section aria-label={st('previewTitle')} className="story-preview" data-testid="sms-preview">
      <h2 className="story-phone__title">{st('previewTitle')}</h2>
      <p>
        <StoryMessage id="previewFrom" values={{ sender: senderId ? <bdi dir="ltr">{senderId}</bdi> : st('previewDefaultSender') }} />{' '}
        <bdi dir="auto" data-testid="sms-preview-text">
          {text}
        </bdi>
      </p>
      {latest ? null : <p className="story-phone__empty">{st('previewNoCode')}</p>}
      <ul>
        {messageIssues.map((name) => (
          <li key={name}>
            {st('previewMessageIssue', { issue: issue(name) })} (<bdi dir="ltr">{name}</bdi>)
          </li>
        ))}
        {senderIssues.map((name) => (
          <li key={name}>
            {st('previewSenderIssue', { issue: issue(name) })} (<bdi dir="ltr">{name}</bdi>)
          </li>
        ))}
        {messageIssues.length + senderIssues.length === 0 ? <li>{st('previewPasses')}</li> : null}
      </ul>
    </section>
  )
}
