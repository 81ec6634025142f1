// Size: every entry through the same esbuild settings, then min, gzip and brotli bytes.
import { readFileSync } from 'node:fs'
import { basename, join, relative, sep } from 'node:path'
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
  { id: 'testing', label: 'testing: createMockTransmit (no msw)', file: 'ours-testing.ts', group: 'oursOther' },
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

/** The modules of the initial chunk(s) with their minified bytes: what a page loads up front. */
function initialInputs(initial) {
  return initial.flatMap(({ output }) => Object.entries(output.inputs).map(([path, { bytesInOutput }]) => [path, bytesInOutput]))
}

/** Bytes each package contributes to the initial output, largest first. */
function byPackage(initial) {
  const shares = new Map()
  for (const [path, bytesInOutput] of initialInputs(initial)) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)
    const name = match ? match[1] : path.startsWith('src/') ? 'kit (src/)' : 'other'
    shares.set(name, (shares.get(name) ?? 0) + bytesInOutput)
  }
  return Object.fromEntries([...shares].sort((a, b) => b[1] - a[1]))
}

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

/** The largest modules of the initial output, as `[path, bytes]`. */
function topModules(initial, count) {
  return initialInputs(initial)
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
}

/** A metafile output key for an output file: relative to the root, with forward slashes. */
const outputKey = (root, path) => relative(root, path).split(sep).join('/')

/** An output's name without the hash `chunkNames` adds: 'zone3-ABCD1234.js' → 'zone3'. */
const chunkName = (key) => basename(key, '.js').replace(/-[A-Z0-9]{8}$/, '')

/**
 * Splits a split build into what a page loads up front (the entry chunk and
 * any chunk it imports statically) and the lazy chunks (reached by `import()`
 * only). Dynamically imported modules get an `entryPoint` of their own in the
 * metafile too, so the entry chunk is the one whose `entryPoint` is the entry.
 */
function splitOutputs(root, result, entryPoint) {
  const chunks = result.outputFiles
    .filter((file) => file.path.endsWith('.js'))
    .map((file) => {
      const key = outputKey(root, file.path)
      return { key, name: chunkName(key), bytes: file.contents, output: result.metafile.outputs[key] }
    })
  const byKey = new Map(chunks.map((chunk) => [chunk.key, chunk]))
  const entry = chunks.find((chunk) => chunk.output.entryPoint === entryPoint)
  if (!entry) throw new Error(`size: no output for ${entryPoint} among ${chunks.map((chunk) => chunk.key).join(', ')}`)
  // A shared chunk the entry imports statically loads with it, so it counts as initial.
  const initial = new Set([entry.key])
  const queue = [entry]
  while (queue.length > 0) {
    for (const { path, kind, external } of queue.shift().output.imports) {
      if (external || kind !== 'import-statement' || initial.has(path) || !byKey.has(path)) continue
      initial.add(path)
      queue.push(byKey.get(path))
    }
  }
  return { initial: chunks.filter((chunk) => initial.has(chunk.key)), lazy: chunks.filter((chunk) => !initial.has(chunk.key)) }
}

/** A metadata zone's chunk ('zone3'): a page loads the ones its numbers need. */
export const isZoneChunk = (name) => /^zone\d$/.test(name)

/**
 * An SVG flags chunk ('flags2'): loaded only where the browser draws no flag emoji (Windows, Linux
 * without an emoji font), a zone at a time, so a French user on a phone or a Mac loads none. Listed
 * apart, never counted: the kit's own stand-in for what the platform draws elsewhere.
 */
export const isFlagChunk = (name) => /^flags\d$/.test(name)

/**
 * The country list (search, list, keyboard), fetched on intent: the pointer over the country
 * button, its focus, a touch. A user who keeps the country shown never downloads it, so it is
 * listed apart from what a page downloads, with what it adds when the list is opened.
 */
export const isOnIntentChunk = (name) => name === 'CountryList'

/** Sizes of files a browser downloads one by one: each compressed on its own, then summed. */
function sumOf(sizes) {
  return {
    min: sizes.reduce((total, size) => total + size.min, 0),
    gzip: sizes.reduce((total, size) => total + size.gzip, 0),
    brotli: sizes.some((size) => size.brotli === undefined) ? undefined : sizes.reduce((total, size) => total + size.brotli, 0),
  }
}

/** The esbuild settings every entry goes through (see bench/README.md). */
const bundleOptions = (root, entryPoint, external) => ({
  absWorkingDir: root,
  entryPoints: [entryPoint],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  external,
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  write: false,
  logLevel: 'silent',
})

/** Leaves every `import()` out: the entry's static graph alone, in one file. */
const dynamicImportsExternal = {
  name: 'dynamic-imports-external',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined))
  },
}

/**
 * The initial JS as one file, as Rollup and Vite (Rolldown) build an app: the modules the entry
 * imports statically stay in its chunk, and a lazy chunk imports them from there. esbuild's splitting
 * (the figure counted) also puts each module shared with a lazy chunk in a small file of its own.
 */
async function initialAsOneFile(root, entryPoint, { plugins, external, withBrotli }) {
  const result = await build({ ...bundleOptions(root, entryPoint, external), plugins: [...plugins, dynamicImportsExternal] })
  return compressed(result.outputFiles[0].contents, withBrotli)
}

async function measureEntry(root, entry, { plugins = [], external = SIZE_EXTERNALS, withBrotli = true } = {}) {
  const entryPoint = join('bench/entries', entry.file)
  const result = await build({
    ...bundleOptions(root, entryPoint, external),
    plugins,
    metafile: true,
    // Without splitting, esbuild inlines every `import()` (all nine metadata zones) into the one output.
    splitting: true,
    outdir: join(root, 'bench/.out'),
    chunkNames: '[name]-[hash]',
  })
  const { initial, lazy } = splitOutputs(root, result, entryPoint.split(sep).join('/'))
  const initialSize = sumOf(initial.map((chunk) => compressed(chunk.bytes, withBrotli)))
  // Brotli for the chunks counted only: the other zones are listed, not counted.
  const lazySizes = lazy.map((chunk) => ({ name: chunk.name, ...compressed(chunk.bytes, false), bytes: chunk.bytes })).sort((a, b) => a.name.localeCompare(b.name))
  const zones = lazySizes.filter((chunk) => isZoneChunk(chunk.name))
  const largest = zones.reduce((max, chunk) => (max === undefined || chunk.gzip > max.gzip ? chunk : max), undefined)
  // The kit's other lazy chunks (the formatter, the later steps, and what they share) are fetched
  // by every page that shows the entry, as soon as it is idle or with the first zone: all counted.
  const others = lazy.filter((chunk) => !isZoneChunk(chunk.name) && !isFlagChunk(chunk.name) && !isOnIntentChunk(chunk.name))
  const onIntent = lazy.filter((chunk) => isOnIntentChunk(chunk.name))
  const onIntentSize = sumOf(onIntent.map((chunk) => compressed(chunk.bytes, withBrotli)))
  const flags = lazySizes.filter((chunk) => isFlagChunk(chunk.name))
  const othersSize = sumOf(others.map((chunk) => compressed(chunk.bytes, withBrotli)))
  // What a page downloads: the bundle, every other chunk, and one zone, the largest (zone 3, Europe:
  // what a French user needs), as the worst case.
  const counted = sumOf([initialSize, ...(others.length > 0 ? [othersSize] : []), ...(largest ? [compressed(largest.bytes, withBrotli)] : [])])
  return {
    ...entry,
    ...counted,
    initial: { ...initialSize, files: initial.length },
    initialOneFile: lazy.length > 0 ? await initialAsOneFile(root, entryPoint, { plugins, external, withBrotli }) : undefined,
    lazyOthers: others.length > 0 ? { ...othersSize, names: others.map((chunk) => chunk.name).sort() } : undefined,
    onIntent: onIntent.length > 0 ? { ...onIntentSize, names: onIntent.map((chunk) => chunk.name) } : undefined,
    flags: flags.length > 0 ? { count: flags.length, gzip: flags.reduce((total, chunk) => total + chunk.gzip, 0), largest: flags.reduce((max, chunk) => (chunk.gzip > max.gzip ? chunk : max)) } : undefined,
    lazy: lazySizes.map(({ name, min, gzip }) => ({ name, min, gzip })),
    largestLazy: largest?.name,
    packages: byPackage(initial),
    topModules: topModules(initial, 10),
  }
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
  // (The phone metadata is no longer an estimate: the kit loads it a zone at a time.)
  const whatIf = []
  const variants = [{ id: 'englishOnly', label: 'no catalogue but English bundled', plugins: [englishOnly] }]
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
      splitting: 'on; ours count the initial JS (the entry chunk and what it imports statically), every lazy chunk but the metadata zones, and the largest zone (zone 3, what a French user needs), each file compressed on its own',
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
