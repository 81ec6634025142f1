import type { TransmitEndpoint } from '../transmitTypes.js'
import { faultAnswer } from './faults.js'
import type { FaultBook } from './faults.js'
import type { MockAnswer } from './mockAnswer.js'
import { sleep, waitForAbort } from './sleep.js'

/** What a request to the mock came to: an answer, or a failed connection. */
export type MockOutcome = MockAnswer | 'network'

/** One entry of the mock's request log. Holds no body, so no passcode. */
export interface MockRequestRecord {
  endpoint: TransmitEndpoint
  /** Epoch ms on the mock's clock when the request arrived. */
  at: number
  /** The answer's status, `'network'` for a failed connection, `'aborted'` when the caller gave up. */
  outcome: number | 'network' | 'aborted'
}

/** What {@link createMockExchange} needs. */
export interface MockExchangeOptions {
  /** The delay of every answer, read at each request so that it can change. */
  latencyMs: () => number
  /** The faults in force. */
  faults: FaultBook
  /** The mock's time, for the request log. */
  now: () => number
  /** Receives one entry per request. */
  record: (entry: MockRequestRecord) => void
}

/**
 * The way to the mock server that the in-process client and the MSW handlers
 * share, so that latency and faults behave the same on both: wait the latency
 * (plus a `latency` fault), then let a fault answer, or else `answer()`.
 * Rejects with an `AbortError` when `signal` aborts first.
 */
export function createMockExchange(options: MockExchangeOptions) {
  return async function exchange(
    endpoint: TransmitEndpoint,
    signal: AbortSignal | undefined,
    answer: () => MockAnswer | Promise<MockAnswer>,
  ): Promise<MockOutcome> {
    const at = options.now()
    const fault = options.faults.take(endpoint)
    try {
      await sleep(options.latencyMs() + (fault?.kind === 'latency' ? fault.ms : 0), signal)
      if (fault?.kind === 'hang') await waitForAbort(signal)
      let outcome: MockOutcome
      if (fault?.kind === 'network') outcome = 'network'
      else if (fault?.kind === 'status' || fault?.kind === 'nonJson') outcome = faultAnswer(fault)
      else outcome = await answer()
      options.record({ endpoint, at, outcome: outcome === 'network' ? 'network' : outcome.status })
      return outcome
    } catch (error) {
      options.record({ endpoint, at, outcome: 'aborted' })
      throw error
    }
  }
}

/** The function {@link createMockExchange} returns. */
export type MockExchange = ReturnType<typeof createMockExchange>
