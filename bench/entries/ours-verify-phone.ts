// The whole flow as an app imports it: the composed component, its provider and the Transmit client.
export { VerifyPhone } from '../../src/components/VerifyPhone.js'
export { VerifyPhoneProvider } from '../../src/hooks/VerifyPhoneProvider.js'
export { createTransmitClient } from '../../src/api/transmitClient.js'
