import { setupServer } from 'msw/node'
import { createTransmitClient } from 'verify-phone-kit/core'
import { createMockTransmit } from 'verify-phone-kit/testing'
import { createMockHandlers } from 'verify-phone-kit/testing/msw' // the only entry that needs MSW

export const mock = createMockTransmit()
export const server = setupServer(...createMockHandlers(mock, { baseUrl: '/api/transmit' }))
export const client = createTransmitClient({ baseUrl: 'http://localhost/api/transmit', getAccessToken: () => 'test-token' })
