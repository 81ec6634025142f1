export { OtpInput } from '../../src/components/OtpInput.js'
