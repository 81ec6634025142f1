// The framework-free entry: importing it never loads React.
export * from './core/errors.js'
export * from './core/policy.js'
export type * from './core/clock.js'
export * from './core/machine.js'
export type * from './core/machineTypes.js'
export * from './core/time.js'
export * from './core/snapshot.js'
export * from './core/passcode.js'
export * from './core/message.js'
export * from './core/phone.js'
export type * from './api/types.js'
export { createTransmitClient, DEFAULT_TIMEOUT_MS } from './api/transmitClient.js'
export type { AccessToken, TransmitClientOptions } from './api/transmitClient.js'
export { TRANSMIT_BASE_URLS, DEFAULT_TRANSMIT_BASE_URL, TRANSMIT_PATHS } from './api/transmitTypes.js'
export type {
  TransmitRegion,
  TransmitEndpoint,
  SendSmsOtpBody,
  SendSmsOtpResponse,
  ValidateSmsOtpBody,
  ValidateSmsOtpResponse,
  TransmitErrorBody,
} from './api/transmitTypes.js'
