// Test and Storybook helpers: the in-memory Transmit with its MSW handlers.
export * from './api/mock/createMockTransmit.js'
