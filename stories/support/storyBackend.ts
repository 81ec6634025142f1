import type { HttpHandler } from 'msw'
import { createTransmitClient } from '../../src/api/transmitClient.js'
import { createMockTransmit, type MockTransmit, type MockTransmitOptions } from '../../src/api/mock/createMockTransmit.js'
import { createMockHandlers } from '../../src/api/mock/mockHandlers.js'
import type { VerifyPhoneClient } from '../../src/api/types.js'

/** Where stories send their requests: a same-origin path, as an app's backend proxy would be. */
export const STORY_BASE_URL = '/mock-transmit'

export interface StoryBackend {
  mock: MockTransmit
  /** The mock's MSW handlers at {@link STORY_BASE_URL}, for the story's `parameters.msw.handlers`. */
  handlers: HttpHandler[]
  /** The real Transmit client over HTTP; MSW answers with the mock's handlers. */
  client: VerifyPhoneClient
}

/**
 * An in-memory Transmit for a story file, reached through the real HTTP client
 * so that stories run the code path apps run. Reset it in the story's
 * `beforeEach` so each story (and each story test) starts clean.
 */
export function createStoryBackend(options: MockTransmitOptions = {}): StoryBackend {
  const mock = createMockTransmit({ appName: 'ACME', ...options })
  const client = createTransmitClient({ baseUrl: STORY_BASE_URL, getAccessToken: () => 'storybook-demo-token' })
  return { mock, handlers: createMockHandlers(mock, { baseUrl: STORY_BASE_URL }), client }
}
