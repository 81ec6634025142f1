// MSW 2 request handlers for the in-memory Transmit: the only entry that needs MSW.
export * from './api/mock/mockHandlers.js'
