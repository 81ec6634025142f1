import { useSyncExternalStore } from 'react'
import type { Outbox } from '../../src/api/mock/outbox.js'
import { StoryMessage } from './StoryMessage.js'
import { useStoryText } from './storyMessages.js'

/** The time an SMS arrived, on the mock's clock, in UTC so that it reads the same on every machine. */
export function smsTime(sentAt: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }).format(sentAt)
}

/**
 * A phone beside the story that shows each SMS the mock Transmit "sent", as
 * a phone would: newest at the bottom, with the time it arrived. The SMS text
 * is the mock's (English); `dir="auto"` keeps it in its own direction in Arabic.
 */
export function SimulatedPhone({ outbox }: { outbox: Outbox }) {
  const { locale, st } = useStoryText()
  const messages = useSyncExternalStore(outbox.subscribe, () => outbox.messages, () => outbox.messages)
  return (
    <section aria-label={st('phoneTitle')} className="story-phone" data-testid="simulated-phone">
      <h2 className="story-phone__title">{st('phoneTitle')}</h2>
      {messages.length === 0 ? (
        <p className="story-phone__empty">{st('phoneEmpty')}</p>
      ) : (
        <ol className="story-phone__messages">
          {messages.map((message, index) => (
            <li key={index} className="story-phone__message">
              <span className="story-phone__meta">
                <StoryMessage
                  id="phoneMeta"
                  values={{
                    to: <bdi dir="ltr">{message.to}</bdi>,
                    time: (
                      <bdi>
                        <time dateTime={new Date(message.sentAt).toISOString()}>{smsTime(message.sentAt, locale)}</time>
                      </bdi>
                    ),
                  }}
                />
              </span>
              <span className="story-phone__text" data-testid="sms-text" dir="auto">
                {message.text}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
