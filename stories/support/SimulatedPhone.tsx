import { useSyncExternalStore } from 'react'
import type { Outbox } from '../../src/api/mock/outbox.js'
import { formatClockTime } from '../../src/i18n/format.js'

/**
 * A phone beside the story that shows each SMS the mock Transmit "sent", as
 * a phone would: newest at the bottom, with the time it arrived.
 */
export function SimulatedPhone({ outbox, locale = 'en' }: { outbox: Outbox; locale?: string }) {
  const messages = useSyncExternalStore(outbox.subscribe, () => outbox.messages, () => outbox.messages)
  return (
    <section aria-label="Simulated phone" className="story-phone">
      <h2 className="story-phone__title">Simulated phone</h2>
      {messages.length === 0 ? (
        <p className="story-phone__empty">No messages yet.</p>
      ) : (
        <ol className="story-phone__messages">
          {messages.map((message, index) => (
            <li key={index} className="story-phone__message">
              <span className="story-phone__meta">
                To <bdi dir="ltr">{message.to}</bdi> at <time dateTime={new Date(message.sentAt).toISOString()}>{formatClockTime(message.sentAt, locale, 'UTC')} UTC</time>
              </span>
              <span className="story-phone__text" data-testid="sms-text">
                {message.text}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
