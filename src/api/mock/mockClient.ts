import { VerifyPhoneError } from '../../core/errors.js'
import { mapRequestFailure, mapResponse } from '../mapResponse.js'
import { toSendBody, toValidateBody } from '../requestBody.js'
import type { TransmitEndpoint } from '../transmitTypes.js'
import type { VerifyPhoneClient } from '../types.js'
import type { MockExchange, MockOutcome } from './mockExchange.js'
import type { MockServer } from './mockServer.js'

/**
 * A {@link VerifyPhoneClient} that talks to the mock server in-process. It
 * checks requests with the same functions as the HTTP client and maps the
 * mock's wire answers with the same `mapResponse`, so both paths reject with
 * the same errors. It has no token (so no `unauthorized` unless a fault says
 * so) and no timeout: a `hang` fault lasts until the caller aborts.
 */
export function createMockClient(server: MockServer, exchange: MockExchange): VerifyPhoneClient {
  async function call(endpoint: TransmitEndpoint, body: object, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) throw new VerifyPhoneError('aborted')
    let outcome: MockOutcome
    try {
      // A JSON round trip, so that the server sees exactly what would go over the wire.
      const wireBody: unknown = JSON.parse(JSON.stringify(body))
      outcome = await exchange(endpoint, signal, () => server.handle(endpoint, wireBody))
    } catch (error) {
      throw mapRequestFailure(error, { timedOut: false, aborted: signal?.aborted === true })
    }
    if (outcome === 'network') throw new VerifyPhoneError('network', { cause: new TypeError('Failed to fetch') })
    // The wall clock, as in the HTTP client: a Retry-After date is a real date,
    // not one on the mock's clock.
    const error = mapResponse(endpoint, outcome, Date.now())
    if (error !== undefined) throw error
  }

  return {
    async sendCode(request, options) {
      await call('send', toSendBody(request), options?.signal)
    },
    async validateCode(request, options) {
      await call('validate', toValidateBody(request), options?.signal)
    },
  }
}
