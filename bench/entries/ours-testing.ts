export { createMockTransmit } from '../../src/testing.js'
