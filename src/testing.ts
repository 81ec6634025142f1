// Test and Storybook helpers: the in-memory Transmit. Needs no MSW (its
// handlers are in `./testingMsw.ts`, the `./testing/msw` entry).
export * from './api/mock/createMockTransmit.js'
