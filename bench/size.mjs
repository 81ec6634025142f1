// Size: every entry through the same esbuild settings, then min, gzip and brotli bytes.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { build } from 'esbuild'

/** Left out of every bundle, as an app already has them; libphonenumber-js is bundled. */
export const SIZE_EXTERNALS = ['react', 'react-dom', 'react/jsx-runtime', 'react-hook-form', '@tanstack/react-query']

/**
 * What is measured: `group` decides which ratios and goals an entry takes part
 * in (`oursOther` entries get a budget only); `external` adds to the externals.
 */
export const SIZE_ENTRIES = [
  { id: 'verifyPhone', label: 'VerifyPhone flow (+ provider, Transmit client)', file: 'ours-verify-phone.ts', group: 'ours' },
  { id: 'kitAll', label: 'kit: every export of `.` + all components', file: 'ours-kit-all.ts', group: 'ours' },
  { id: 'phoneEntry', label: 'PhoneEntry', file: 'ours-phone-entry.ts', group: 'ours' },
  { id: 'otpInput', label: 'OtpInput', file: 'ours-otp-input.ts', group: 'ours' },
  { id: 'otpFlow', label: 'OtpInput + useVerifyPhone + createTransmitClient', file: 'ours-otp-flow.ts', group: 'ours' },
  { id: 'core', label: 'core: createTransmitClient, transition, initialState', file: 'ours-core.ts', group: 'oursOther' },
  { id: 'testing', label: 'testing: createMockTransmit (msw external)', file: 'ours-testing.ts', group: 'oursOther', external: ['msw'] },
  { id: 'rpni', label: 'react-phone-number-input (default)', file: 'peer-rpni.ts', group: 'peer' },
  { id: 'rpniInput', label: 'react-phone-number-input/input', file: 'peer-rpni-input.ts', group: 'peer' },
  { id: 'rip', label: 'react-international-phone', file: 'peer-rip.ts', group: 'peer' },
  { id: 'inputOtp', label: 'input-otp', file: 'peer-input-otp.ts', group: 'peer' },
  { id: 'reactOtpInput', label: 'react-otp-input', file: 'peer-react-otp-input.ts', group: 'peer' },
]

/** Stylesheets, reported beside the scripts but left out of the ratios (ours are optional). */
export const CSS_ENTRIES = [
  { id: 'oursCss', label: 'ours: theme + phone-entry + otp-input + verify-phone (optional)', files: ['src/styles/theme.css', 'src/styles/phone-entry.css', 'src/styles/otp-input.css', 'src/styles/verify-phone.css'] },
  { id: 'rpniCss', label: 'react-phone-number-input/style.css (required)', files: ['node_modules/react-phone-number-input/style.css'] },
  { id: 'ripCss', label: 'react-international-phone/style.css (required)', files: ['node_modules/react-international-phone/dist/index.css'] },
]

function compressed(bytes, withBrotli = true) {
  return {
    min: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: withBrotli
      ? brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length
      : undefined,
  }
}

/** Bytes each package contributes to the minified output, largest first. */
function byPackage(metafile) {
  const output = Object.values(metafile.outputs)[0]
  const shares = new Map()
  for (const [path, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
    const name = match ? match[1] : path.startsWith('src/') ? 'kit (src/)' : 'other'
    shares.set(name, (shares.get(name) ?? 0) + bytesInOutput)
  }
  return Object.fromEntries([...shares].sort((a, b) => b[1] - a[1]))
}

/** Countries an app might serve, for the "metadata only for the countries in use" estimate. */
export const SAMPLE_COUNTRIES = ['US', 'CA', 'GB', 'FR', 'DE', 'ES', 'IT', 'NL', 'IN', 'BR']

/** Replaces the French, German, Spanish and Arabic catalogues with empty ones (English stays). */
const englishOnly = {
  name: 'english-only',
  setup(build) {
    build.onLoad({ filter: /src[\\/]i18n[\\/]locales[\\/](fr|de|es|ar)\.ts$/ }, (args) => {
      const name = /(fr|de|es|ar)\.ts$/.exec(args.path)[1]
      return { contents: `export const ${name} = {}`, loader: 'ts' }
    })
  },
}

/** Keeps libphonenumber-js's `min` metadata for `countries` only, as a generated custom metadata file would. */
function metadataFor(root, countries) {
  const require = createRequire(join(root, 'package.json'))
  const full = require('libphonenumber-js/metadata.min.json')
  const keep = new Set(countries)
  const codes = {}
  for (const [code, regions] of Object.entries(full.country_calling_codes)) {
    const kept = regions.filter((region) => keep.has(region))
    if (kept.length > 0) codes[code] = kept
  }
  const subset = {
    version: full.version,
    country_calling_codes: codes,
    countries: Object.fromEntries(Object.entries(full.countries).filter(([region]) => keep.has(region))),
  }
  return {
    name: 'metadata-subset',
    setup(build) {
      build.onLoad({ filter: /libphonenumber-js[\\/]metadata\.min\.json\.js$/ }, () => ({
        contents: `export default ${JSON.stringify(subset)}`,
        loader: 'js',
      }))
    },
  }
}

/** The largest modules of the minified output, as `[path, bytes]`. */
function topModules(metafile, count) {
  const output = Object.values(metafile.outputs)[0]
  return Object.entries(output?.inputs ?? {})
    .map(([path, { bytesInOutput }]) => [path, bytesInOutput])
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
}

async function measureEntry(root, entry, { plugins = [], external = SIZE_EXTERNALS, withBrotli = true } = {}) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join('bench/entries', entry.file)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    external,
    plugins,
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'silent',
  })
  const bytes = result.outputFiles[0].contents
  return { ...entry, ...compressed(bytes, withBrotli), packages: byPackage(result.metafile), topModules: topModules(result.metafile, 10) }
}

async function measureCss(root, entry) {
  const source = entry.files.map((file) => readFileSync(join(root, file), 'utf8')).join('\n')
  const result = await build({
    stdin: { contents: source, loader: 'css', resolveDir: root },
    minify: true,
    write: false,
    logLevel: 'silent',
  })
  return { id: entry.id, label: entry.label, ...compressed(result.outputFiles[0].contents) }
}

/** Measures every entry and stylesheet. */
export async function measureSizes(root) {
  const entries = []
  for (const entry of SIZE_ENTRIES) entries.push(await measureEntry(root, entry, { external: [...SIZE_EXTERNALS, ...(entry.external ?? [])] }))
  const css = []
  for (const entry of CSS_ENTRIES) css.push(await measureCss(root, entry))
  const ours = entries.filter((entry) => entry.group === 'ours')
  const peers = entries.filter((entry) => entry.group === 'peer')
  const ratios = {}
  for (const mine of ours) {
    ratios[mine.id] = {}
    for (const peer of peers) {
      ratios[mine.id][peer.id] = {
        min: mine.min / peer.min,
        gzip: mine.gzip / peer.gzip,
        brotli: mine.brotli / peer.brotli,
      }
    }
  }
  // What closing the size gaps could give: estimates, not shipped builds.
  const whatIf = []
  const tenCountries = metadataFor(root, SAMPLE_COUNTRIES)
  const variants = [
    { id: 'englishOnly', label: 'no catalogue but English bundled', plugins: [englishOnly] },
    { id: 'tenCountries', label: `phone metadata for ${SAMPLE_COUNTRIES.length} countries only (${SAMPLE_COUNTRIES.join(' ')})`, plugins: [tenCountries] },
    { id: 'englishOnlyTenCountries', label: 'both of the above', plugins: [englishOnly, tenCountries] },
  ]
  for (const variant of variants) {
    for (const entry of ours) {
      const measured = await measureEntry(root, entry, { plugins: variant.plugins, withBrotli: false })
      whatIf.push({ variant: variant.id, label: variant.label, entry: entry.id, min: measured.min, gzip: measured.gzip })
    }
  }
  // size-limit leaves out every peerDependency unless told otherwise, libphonenumber-js included.
  const withoutLibphonenumber = []
  for (const entry of ours) {
    const measured = await measureEntry(root, entry, { external: [...SIZE_EXTERNALS, 'libphonenumber-js'] })
    withoutLibphonenumber.push({ entry: entry.id, min: measured.min, gzip: measured.gzip, brotli: measured.brotli })
  }
  return {
    settings: {
      bundler: 'esbuild',
      format: 'esm',
      minify: true,
      platform: 'browser',
      target: 'es2022',
      jsx: 'automatic',
      external: SIZE_EXTERNALS,
      charset: 'ascii (esbuild default)',
      nodeEnv: 'production',
      gzip: 'node:zlib gzipSync level 9',
      brotli: 'node:zlib brotliCompressSync quality 11',
    },
    entries,
    css,
    ratios,
    whatIf,
    withoutLibphonenumber,
  }
}
