import type { MockFaults } from '../../src/api/mock/faults.js'

/**
 * Every state of `<VerifyPhone>` a designer can open from the `state` control.
 * The story reaches it as a user would (typing a number, pressing Send, typing
 * a code) against the in-memory Transmit, with the faults the state needs.
 */
export const FLOW_STATES = [
  'phoneEntry',
  'invalidNumber',
  'sending',
  'codeSent',
  'newCodeSent',
  'wrongCode',
  'expired',
  'locked',
  'verified',
  'alreadyVerified',
  'rateLimited',
  'networkError',
  'timeout',
  'serverError',
  'unauthorized',
] as const

export type FlowState = (typeof FLOW_STATES)[number]

/** The number the stories send to, typed as a user would (international, so any default country takes it). */
export const STORY_PHONE = '+33612345678'

/** What the mock server needs for a state, over the story's own args. */
export interface StateSetup {
  /** Faults by endpoint; they replace the story's faults for those endpoints. */
  faults?: MockFaults
  /** Numbers the mock already knows as verified. */
  verifiedNumbers?: string[]
  /** The client's timeout; 0 waits for ever (a send that stays "Sending…"). */
  timeoutMs?: number
}

/** The mock's part of each state; the rest is what the user does (see driveFlow). */
export const STATE_SETUP: Readonly<Record<FlowState, StateSetup>> = {
  phoneEntry: {},
  invalidNumber: {},
  sending: { faults: { send: { kind: 'hang', times: 1 } }, timeoutMs: 0 },
  codeSent: {},
  newCodeSent: {},
  wrongCode: {},
  expired: {},
  locked: {},
  verified: {},
  alreadyVerified: { verifiedNumbers: [STORY_PHONE] },
  // Once: "Try again" then works, so a designer can carry on from the error.
  rateLimited: { faults: { send: { kind: 'status', status: 429, retryAfter: 60, times: 1 } } },
  networkError: { faults: { send: { kind: 'network', times: 1 } } },
  timeout: { faults: { send: { kind: 'hang', times: 1 } }, timeoutMs: 800 },
  serverError: { faults: { send: { kind: 'status', status: 503, times: 1 } } },
  unauthorized: { faults: { send: { kind: 'status', status: 401 } } },
}
