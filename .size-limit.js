// Size budgets, min+gzip, React and the other peers external. PhoneEntry and
// the whole flow are measured with libphonenumber-js bundled (its min
// metadata), because an app pays for it with them; size-limit leaves every
// peer dependency out unless told otherwise.
const bundlePhoneMetadata = (config) => ({
  ...config,
  external: config.external.filter((name) => !name.startsWith('libphonenumber-js')),
})

export default [
  { name: 'OtpInput', path: 'dist/index.js', import: '{ OtpInput }', gzip: true, limit: '4 kB' },
  {
    name: 'OtpInput + useVerifyPhone + createTransmitClient',
    path: 'dist/index.js',
    import: '{ OtpInput, useVerifyPhone, VerifyPhoneProvider, createTransmitClient }',
    gzip: true,
    limit: '12.75 kB',
  },
  // At most 0.85× react-phone-number-input's default export, 49.6 kB measured the same way (npm run bench).
  { name: 'PhoneEntry (min metadata)', path: 'dist/index.js', import: '{ PhoneEntry }', modifyEsbuildConfig: bundlePhoneMetadata, gzip: true, limit: '42 kB' },
  { name: 'VerifyPhone (the whole kit)', path: 'dist/index.js', import: '{ VerifyPhone, VerifyPhoneProvider, createTransmitClient }', modifyEsbuildConfig: bundlePhoneMetadata, gzip: true, limit: '56.5 kB' },
  { name: 'core: client and machine', path: 'dist/core.js', import: '{ createTransmitClient, transition, initialState }', gzip: true, limit: '4.5 kB' },
  { name: 'testing: the mock Transmit', path: 'dist/testing.js', import: '{ createMockTransmit }', gzip: true, limit: '6.5 kB' },
]
