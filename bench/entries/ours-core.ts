// The framework-free entry as a server or a non-React app would use it.
export { createTransmitClient, transition, initialState } from '../../src/core.js'
