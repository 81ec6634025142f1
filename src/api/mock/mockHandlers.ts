import { http, HttpResponse } from 'msw'
import type { HttpHandler } from 'msw'
import { DEFAULT_TRANSMIT_BASE_URL, TRANSMIT_PATHS } from '../transmitTypes.js'
import type { TransmitEndpoint } from '../transmitTypes.js'
import { jsonAnswer, UNAUTHORIZED_BODY, validationAnswer } from './mockAnswer.js'
import type { MockAnswer } from './mockAnswer.js'
import type { MockExchange } from './mockExchange.js'
import type { MockServer } from './mockServer.js'

export interface MockHandlersOptions {
  server: MockServer
  exchange: MockExchange
  /** Base URLs to answer at, besides the default Transmit host. */
  baseUrls: readonly string[]
  /** The only token accepted, when set; otherwise any non-empty bearer token is. */
  accessToken?: string
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i
const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\//i

function refusal(authorization: string | null, accessToken: string | undefined): MockAnswer | undefined {
  const token = BEARER.exec(authorization ?? '')?.[1]
  if (token === undefined || (accessToken !== undefined && token !== accessToken)) {
    return jsonAnswer(401, UNAUTHORIZED_BODY)
  }
  return undefined
}

/**
 * The handler path for a base URL. A relative base (a same-origin proxy such
 * as `/api/transmit`) is resolved against the page by MSW in a browser; where
 * there is no page (Node), it matches that path on any origin instead.
 */
function handlerPath(baseUrl: string, endpoint: TransmitEndpoint): string {
  const path = `${baseUrl.replace(/\/+$/, '')}${TRANSMIT_PATHS[endpoint]}`
  if (ABSOLUTE_URL.test(path) || typeof location !== 'undefined') return path
  return `*${path.startsWith('/') ? '' : '/'}${path}`
}

function toHttpResponse(answer: MockAnswer): Response {
  return new HttpResponse(answer.bodyText === '' ? null : answer.bodyText, { status: answer.status, headers: answer.headers })
}

/**
 * MSW 2 handlers that answer Transmit's send and validate operations from the
 * mock server, exactly as the contract says, at the default Transmit host and
 * at each base URL given. A missing or empty bearer token (or, when
 * `accessToken` is set, another one) gets `401 {"message": "Invalid token",
 * "error_code": 401}`; a body that is not JSON gets a 400 validation error; a
 * `network` fault or an aborted request gets `HttpResponse.error()`.
 */
export function createMockHandlers(options: MockHandlersOptions): HttpHandler[] {
  const { server, exchange, accessToken } = options
  const bases = [...new Set([DEFAULT_TRANSMIT_BASE_URL, ...options.baseUrls].map((base) => base.replace(/\/+$/, '')))]

  function resolver(endpoint: TransmitEndpoint) {
    return async ({ request }: { request: Request }) => {
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
        return outcome === 'network' ? HttpResponse.error() : toHttpResponse(outcome)
      } catch {
        return HttpResponse.error()
      }
    }
  }

  return bases.flatMap((base) =>
    (['send', 'validate'] as const).map((endpoint) => http.post(handlerPath(base, endpoint), resolver(endpoint))),
  )
}
