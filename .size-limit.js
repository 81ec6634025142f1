// Size budgets, min+gzip, React and the other peers external. PhoneEntry and
// the whole flow are measured with libphonenumber-js bundled (its min
// metadata), because an app pays for it with them; size-limit leaves every
// peer dependency out unless told otherwise.
const bundlePhoneMetadata = (config) => ({
  ...config,
  external: config.external.filter((name) => !name.startsWith('libphonenumber-js')),
})

export default [
  { name: 'OtpInput', path: 'dist/index.js', import: '{ OtpInput }', limit: '4 kB' },
  {
    name: 'OtpInput + useVerifyPhone + createTransmitClient',
    path: 'dist/index.js',
    import: '{ OtpInput, useVerifyPhone, VerifyPhoneProvider, createTransmitClient }',
    limit: '12 kB',
  },
  { name: 'PhoneEntry (min metadata)', path: 'dist/index.js', import: '{ PhoneEntry }', modifyEsbuildConfig: bundlePhoneMetadata, limit: '50 kB' },
  { name: 'VerifyPhone (the whole kit)', path: 'dist/index.js', import: '{ VerifyPhone, VerifyPhoneProvider, createTransmitClient }', modifyEsbuildConfig: bundlePhoneMetadata, limit: '60 kB' },
  { name: 'core: client and machine', path: 'dist/core.js', import: '{ createTransmitClient, transition, initialState }', limit: '8 kB' },
  { name: 'testing: the mock Transmit', path: 'dist/testing.js', import: '{ createMockTransmit }', limit: '12 kB' },
]
