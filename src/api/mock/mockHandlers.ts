import { http } from 'msw'
import type { HttpHandler } from 'msw'
import { DEFAULT_TRANSMIT_BASE_URL, TRANSMIT_PATHS } from '../transmitTypes.js'
import type { TransmitEndpoint } from '../transmitTypes.js'
import type { MockTransmit } from './createMockTransmit.js'

export interface MockHandlersOptions {
  /**
   * Base URL(s) to answer at, besides Transmit's default host; a relative path
   * (a same-origin proxy such as `/api/transmit`) works. Default: none.
   */
  baseUrl?: string | readonly string[] | undefined
}

const ABSOLUTE_URL = /^[a-z][a-z0-9+.-]*:\/\//i

/**
 * The handler path for a base URL. A relative base is resolved against the
 * page by MSW in a browser; where there is no page (Node), it matches that
 * path on any origin instead.
 */
function handlerPath(baseUrl: string, endpoint: TransmitEndpoint): string {
  const path = `${baseUrl.replace(/\/+$/, '')}${TRANSMIT_PATHS[endpoint]}`
  if (ABSOLUTE_URL.test(path) || typeof location !== 'undefined') return path
  return `*${path.startsWith('/') ? '' : '/'}${path}`
}

/**
 * MSW 2 handlers that answer Transmit's send and validate operations from a
 * mock made by `createMockTransmit` (`verify-phone-kit/testing`), exactly as
 * the contract says, at Transmit's default host and at each base URL given.
 * They share the mock's state with its in-process `client`. This is the only
 * entry of the kit that needs MSW.
 *
 * @example
 * import { setupServer } from 'msw/node'
 * import { createMockTransmit } from 'verify-phone-kit/testing'
 * import { createMockHandlers } from 'verify-phone-kit/testing/msw'
 *
 * const mock = createMockTransmit()
 * const server = setupServer(...createMockHandlers(mock, { baseUrl: '/api/transmit' }))
 */
export function createMockHandlers(mock: Pick<MockTransmit, 'answer'>, options: MockHandlersOptions = {}): HttpHandler[] {
  const extra = options.baseUrl === undefined ? [] : typeof options.baseUrl === 'string' ? [options.baseUrl] : [...options.baseUrl]
  const bases = [...new Set([DEFAULT_TRANSMIT_BASE_URL, ...extra].map((base) => base.replace(/\/+$/, '')))]
  return bases.flatMap((base) =>
    (['send', 'validate'] as const).map((endpoint) => http.post(handlerPath(base, endpoint), ({ request }) => mock.answer(endpoint, request))),
  )
}
