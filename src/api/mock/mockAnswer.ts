import type { TransmitAnswer } from '../transmitTypes.js'

/** An answer of the mock Transmit: the same shape the client maps, with plain headers. */
export interface MockAnswer extends TransmitAnswer {
  headers: Record<string, string>
}

/** A JSON answer, as Transmit sends it. */
export function jsonAnswer(status: number, body: unknown, headers: Record<string, string> = {}): MockAnswer {
  return { status, headers: { 'Content-Type': 'application/json', ...headers }, bodyText: JSON.stringify(body) }
}

/** The 400 Transmit's request validation gives, with one message per problem. */
export function validationAnswer(messages: readonly string[]): MockAnswer {
  return jsonAnswer(400, { message: messages, error_code: 400 })
}

/** The 401 Transmit gives for a missing or refused token. */
export const UNAUTHORIZED_BODY = Object.freeze({ message: 'Invalid token', error_code: 401 })
