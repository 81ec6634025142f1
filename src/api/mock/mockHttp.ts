import type { TransmitEndpoint } from '../transmitTypes.js'
import { jsonAnswer, UNAUTHORIZED_BODY, validationAnswer } from './mockAnswer.js'
import type { MockAnswer } from './mockAnswer.js'
import type { MockExchange } from './mockExchange.js'
import type { MockServer } from './mockServer.js'

export interface MockHttpOptions {
  server: MockServer
  exchange: MockExchange
  /** The only token accepted, when set; otherwise any non-empty bearer token is. */
  accessToken?: string | undefined
}

/** Answers one HTTP request to an endpoint of the mock with a standard `Response`. */
export type MockHttpAnswer = (endpoint: TransmitEndpoint, request: Request) => Promise<Response>

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i

function refusal(authorization: string | null, accessToken: string | undefined): MockAnswer | undefined {
  const token = BEARER.exec(authorization ?? '')?.[1]
  if (token === undefined || (accessToken !== undefined && token !== accessToken)) {
    return jsonAnswer(401, UNAUTHORIZED_BODY)
  }
  return undefined
}

function toResponse(answer: MockAnswer): Response {
  return new Response(answer.bodyText === '' ? null : answer.bodyText, { status: answer.status, headers: answer.headers })
}

/**
 * The mock's HTTP face, with web-standard `Request` and `Response` only (no
 * MSW), so that MSW handlers, a small server or a `fetch` stand-in can all
 * route to it. A missing or empty bearer token (or, when `accessToken` is set,
 * another one) gets `401 {"message": "Invalid token", "error_code": 401}`; a
 * body that is not JSON gets a 400 validation error; a `network` fault or an
 * aborted request gets `Response.error()`, which MSW turns into a network error.
 */
export function createMockHttpAnswer(options: MockHttpOptions): MockHttpAnswer {
  const { server, exchange, accessToken } = options
  return async (endpoint, request) => {
    try {
      const outcome = await exchange(endpoint, request.signal, async () => {
        const refused = refusal(request.headers.get('Authorization'), accessToken)
        if (refused !== undefined) return refused
        let body: unknown
        try {
          body = await request.json()
        } catch {
          return validationAnswer(['body must be valid JSON'])
        }
        return server.handle(endpoint, body)
      })
      return outcome === 'network' ? Response.error() : toResponse(outcome)
    } catch {
      return Response.error()
    }
  }
}
