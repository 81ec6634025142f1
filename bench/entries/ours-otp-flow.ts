// The code step built by hand: the field, the flow hook and the Transmit client.
export { OtpInput } from '../../src/components/OtpInput.js'
export { useVerifyPhone } from '../../src/hooks/useVerifyPhone.js'
export { createTransmitClient } from '../../src/api/transmitClient.js'
