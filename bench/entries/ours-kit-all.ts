// Every export of the React entry plus every component: the most an app could pull in.
export * from '../../src/index.js'
export { PhoneEntry } from '../../src/components/PhoneEntry.js'
export { CountrySelect } from '../../src/components/CountrySelect.js'
export { OtpInput } from '../../src/components/OtpInput.js'
export { VerifyPhone } from '../../src/components/VerifyPhone.js'
