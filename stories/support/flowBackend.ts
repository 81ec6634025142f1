import { getResponse, http, HttpResponse } from 'msw'
import { createMockTransmit, type MockTransmit, type MockTransmitOptions } from '../../src/api/mock/createMockTransmit.js'
import { createMockHandlers } from '../../src/api/mock/mockHandlers.js'
import { storyCodeGenerator } from './storyClock.js'
import { STORY_BASE_URL } from './storyBackend.js'

let current: MockTransmit = createMockTransmit()
let currentHandlers = createMockHandlers(current, { baseUrl: STORY_BASE_URL })

/**
 * One MSW handler for the whole flow stories: it forwards each request to
 * the mock Transmit in use now, so a story can swap in a mock with another
 * policy (from its controls) without re-registering handlers.
 */
export const flowHandlers = [
  http.post(`${STORY_BASE_URL}/*`, async ({ request }) => {
    return (await getResponse(currentHandlers, request)) ?? HttpResponse.json({ message: 'Not found', error_code: 404 }, { status: 404 })
  }),
]

/**
 * Replaces the mock in use with a fresh one (clock, outbox, numbers), and
 * returns it. Under test its codes come from a fixed sequence (see storyClock).
 */
export function replaceMock(options: MockTransmitOptions = {}): MockTransmit {
  current = createMockTransmit({ appName: 'ACME', generateCode: storyCodeGenerator(), ...options })
  currentHandlers = createMockHandlers(current, { baseUrl: STORY_BASE_URL })
  return current
}

/** The mock in use now: play functions read the SMS and move the clock through it. */
export function currentMock(): MockTransmit {
  return current
}
