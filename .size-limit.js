// Size budgets, min+gzip, React and the other peers external, each at the figure reached (issue 18):
// `npm run bench` prints the same figures beside the peers'.
//
// PhoneEntry and the whole flow are measured with libphonenumber-js bundled, because an app pays
// for it with them (size-limit leaves every peer dependency out unless told otherwise), and with the
// phone metadata as a page loads it: one zone, the largest (zone 3, Europe), with the bundle; the
// other zones are chunks a page with only European numbers never loads. The SVG flags load only
// where the browser draws no flag emoji, a zone at a time: budgeted on their own, never counted.

/** The kit's lazy chunks, by their `import()` specifiers in dist/. */
const FORMATTER = '../../core/phoneInput/engine.js'
const FLOW = './laterSteps.js'
const REQUESTS = './transmitRequests.js'
// Fetched on intent (the pointer over the country button, its focus): a user who keeps the country
// shown never downloads it. Left out of the whole-flow check, budgeted on its own.
const COUNTRY_LIST = './CountryList.js'
const ON_DEMAND = ['../../data/phoneMetadata/zone*', '../../data/flags/flags*']

const withoutPeers = (config) => config.external.filter((name) => !name.startsWith('libphonenumber-js'))

/**
 * What a page downloads in all: split as an app's bundler splits it, every chunk counted but those
 * in `left` (without splitting, esbuild would inline the chunks and wrap each module they reach).
 */
const whole = (...left) => (config) => ({ ...config, splitting: true, format: 'esm', external: [...withoutPeers(config), ...ON_DEMAND, ...left] })
/** What a page downloads before it works: every lazy chunk left out. */
const initial = (config) => ({ ...config, external: [...withoutPeers(config), ...ON_DEMAND, FORMATTER, FLOW, REQUESTS, COUNTRY_LIST] })
const withLargestZone = (imports) => ({ 'dist/index.js': imports, 'dist/data/phoneMetadata/zone3.js': 'zone3' })
const FLOW_IMPORT = '{ VerifyPhone, VerifyPhoneProvider, createTransmitClient }'

const checks = [
  // No chunk is reached from here; left out, esbuild would inline each import() it sees in the modules.
  { name: 'OtpInput', path: 'dist/index.js', import: '{ OtpInput }', modifyEsbuildConfig: initial, gzip: true, limit: '5.15 kB' },
  // Issue 18's goal is input-otp + 3 kB (6.9 kB): missed. The request code is a chunk fetched at idle, counted.
  {
    name: 'OtpInput + useVerifyPhone + createTransmitClient (+ the request chunk)',
    path: 'dist/index.js',
    import: '{ OtpInput, useVerifyPhone, VerifyPhoneProvider, createTransmitClient }',
    modifyEsbuildConfig: whole(FORMATTER, FLOW, COUNTRY_LIST),
    gzip: true,
    limit: '17.8 kB',
  },
  // ≤ 0.85× react-phone-number-input's default export (49.6 kB measured the same way, npm run bench).
  { name: 'PhoneEntry (+ the formatter, + the largest metadata zone)', path: 'dist/index.js', import: withLargestZone('{ PhoneEntry }'), modifyEsbuildConfig: whole(FLOW, REQUESTS, COUNTRY_LIST), gzip: true, limit: '29.45 kB' },
  // Issue 18's goal: 20 kB (stretch 15 kB).
  { name: 'VerifyPhone, initial JS (before the phone step works)', path: 'dist/index.js', import: FLOW_IMPORT, modifyEsbuildConfig: initial, gzip: true, limit: '17 kB' },
  // Issue 18's goal is ≤ 1.0× react-phone-number-input: missed (each chunk compresses on its own).
  { name: 'VerifyPhone, the whole kit (+ every lazy chunk a French user needs)', path: 'dist/index.js', import: withLargestZone(FLOW_IMPORT), modifyEsbuildConfig: whole(COUNTRY_LIST), gzip: true, limit: '53.8 kB' },
  { name: 'CountrySelect: the country list chunk, with what it shares', path: 'dist/components/phoneEntry/CountryList.js', gzip: true, limit: '3.3 kB' },
  { name: "SVG flags: the largest zone's chunk (2, Africa)", path: 'dist/data/flags/flags2.js', gzip: true, limit: '10.5 kB' },
  { name: 'core: client and machine (the request chunk left out)', path: 'dist/core.js', import: '{ createTransmitClient, transition, initialState }', modifyEsbuildConfig: initial, gzip: true, limit: '3.7 kB' },
  { name: "core: the Transmit client's request chunk, with what it shares", path: 'dist/api/transmitRequests.js', gzip: true, limit: '4.05 kB' },
  { name: 'testing: the mock Transmit', path: 'dist/testing.js', import: '{ createMockTransmit }', gzip: true, limit: '6.5 kB' },
  // MSW itself is a peer, left out: this is the routing the kit adds over the mock.
  { name: "testing/msw: the mock's MSW handlers", path: 'dist/testingMsw.js', import: '{ createMockHandlers }', gzip: true, limit: '1 kB' },
]

export default checks
