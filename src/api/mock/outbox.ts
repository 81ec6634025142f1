/** One SMS the mock "sent". */
export interface SmsMessage {
  /** The E.164 number it went to. */
  to: string
  /** The rendered text, as the phone would show it. */
  text: string
  /** The code inside it, so that tests and stories need not parse the text. */
  code: string
  /** Epoch milliseconds on the mock's clock. */
  sentAt: number
}

/** The simulated phone: every SMS the mock sent, newest last. */
export interface Outbox {
  /**
   * Every message so far, oldest first. A new frozen array after each change,
   * so it can serve as a `useSyncExternalStore` snapshot.
   */
  readonly messages: readonly SmsMessage[]
  /** The newest message, or the newest one sent to `phoneNumber`. */
  latest(phoneNumber?: string): SmsMessage | undefined
  /** Calls `listener` with the messages after every change; returns the unsubscribe function. */
  subscribe(listener: (messages: readonly SmsMessage[]) => void): () => void
  /** Forgets every message. */
  clear(): void
}

/** An {@link Outbox} plus the `deliver` the mock server calls. */
export interface WritableOutbox extends Outbox {
  deliver(message: SmsMessage): void
}

/** Creates an empty outbox. */
export function createOutbox(): WritableOutbox {
  let messages: readonly SmsMessage[] = Object.freeze([])
  const listeners = new Set<(messages: readonly SmsMessage[]) => void>()

  function update(next: readonly SmsMessage[]) {
    messages = Object.freeze(next)
    for (const listener of [...listeners]) listener(messages)
  }

  return {
    get messages() {
      return messages
    },
    latest(phoneNumber) {
      for (let index = messages.length - 1; index >= 0; index--) {
        const message = messages[index]
        if (message !== undefined && (phoneNumber === undefined || message.to === phoneNumber)) return message
      }
      return undefined
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    clear() {
      if (messages.length > 0) update([])
    },
    deliver(message) {
      update([...messages, Object.freeze({ ...message })])
    },
  }
}
