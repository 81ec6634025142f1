// Goals, budgets and the printed table, all computed from the results object.

/** 1 kB = 1024 bytes, as size-limit reads a limit. */
export const KB = 1024
const kb = (bytes) => `${(bytes / KB).toFixed(2)} kB`
const x = (ratio) => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : 'n/a')
const ms = (value) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a')
const pct = (ratio) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)}%`

const pad = (text, width) => String(text).padEnd(width)
const lpad = (text, width) => String(text).padStart(width)

function table(rows, aligns) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)))
  return rows
    .map((row) => row.map((cell, column) => (aligns[column] === 'r' ? lpad(cell, widths[column]) : pad(cell, widths[column]))).join('  ').trimEnd())
    .join('\n')
}

const entryOf = (size, id) => size.entries.find((entry) => entry.id === id)
/** The lazy chunk counted with an entry's bundle (its largest metadata zone), if it has any. */
const largestZone = (entry) => entry.lazy?.find((chunk) => chunk.name === entry.largestLazy)
const zonesOf = (entry) => (entry.lazy ?? []).filter((chunk) => /^zone\d$/.test(chunk.name))
const allZonesGzip = (entry) => zonesOf(entry).reduce((total, chunk) => total + chunk.gzip, 0)
/** ' (initial … + chunks … + zone3 …)' after a figure that counts lazy chunks, so a goal shows what it adds up. */
const countedParts = (entry) => {
  const zone = largestZone(entry)
  const others = entry.lazyOthers ? ` + ${entry.lazyOthers.names.join(', ')} ${kb(entry.lazyOthers.gzip)}` : ''
  return zone ? ` (initial ${kb(entry.initial.gzip)}${others} + ${zone.name} ${kb(zone.gzip)})` : ''
}

/** The initial-JS goal of the flow, and its stretch, gzip. */
export const INITIAL_GOAL = { target: 20 * KB, stretch: 15 * KB }

/** The pairs the typing table compares: ours against each peer of its kind. */
export const TYPING_PAIRS = [
  { ours: 'oursPhone', peer: 'rpni' },
  { ours: 'oursPhone', peer: 'rip' },
  { ours: 'oursOtp', peer: 'inputOtp' },
  { ours: 'oursOtp', peer: 'reactOtpInput' },
]

/** Ours/peer ratios of median and p95, raw and with the floor (a plain controlled input) taken off both sides. */
export function typingComparisons(timing) {
  const floor = timing.plainInput?.perKeystrokeMs.median ?? 0
  return TYPING_PAIRS.filter(({ ours, peer }) => timing[ours] && timing[peer]).map(({ ours, peer }) => {
    const a = timing[ours].perKeystrokeMs
    const b = timing[peer].perKeystrokeMs
    return {
      ours,
      peer,
      medianRatio: a.median / b.median,
      p95Ratio: a.p95 / b.p95,
      medianRatioAboveFloor: (a.median - floor) / (b.median - floor),
    }
  })
}

function sizeGoals(size) {
  const goals = []
  const rpni = entryOf(size, 'rpni')
  const inputOtp = entryOf(size, 'inputOtp')
  const lpnGzip = (id) => entryOf(size, id).gzip - (size.withoutLibphonenumber.find((entry) => entry.entry === id)?.gzip ?? 0)
  const whatIf = (variant, id) => size.whatIf.find((entry) => entry.variant === variant && entry.entry === id)
  const phoneNote = (id, factor) => {
    const entry = entryOf(size, id)
    const zone = largestZone(entry)
    const english = whatIf('englishOnly', id)
    const target = rpni.gzip * factor
    const parts = [
      `libphonenumber-js (its parser and formatter; the metadata is the kit's own) is ~${kb(lpnGzip(id))} of the ${kb(entry.gzip)}`,
      `and the kit's own code and metadata the rest (largest modules: ${entry.topModules
        .filter(([path]) => path.startsWith('src/'))
        .slice(0, 4)
        .map(([path, bytes]) => `${path.replace(/^src\//, '')} ${(bytes / KB).toFixed(1)} kB min`)
        .join(', ')}).`,
    ]
    if (zone) {
      // The metadata is already split: say whether the bundle or the zone counted with it is what misses.
      parts.push(
        `The kit loads the phone metadata a zone at a time (by the first digit of the calling code), so the figure is the ${kb(entry.initial.gzip)} bundle ` +
          `plus the largest zone, ${zone.name} at ${kb(zone.gzip)} (all ${zonesOf(entry).length} zones together: ${kb(allZonesGzip(entry))});`,
        entry.initial.gzip <= target
          ? `the bundle alone meets the goal (${x(entry.initial.gzip / rpni.gzip)}), so a page whose numbers fall in a smaller zone may too;`
          : `the bundle alone is ${x(entry.initial.gzip / rpni.gzip)} the peer, so the gap is in the bundle, not the metadata;`,
      )
    }
    if (english && english.gzip === entry.gzip) parts.push('message catalogues are already opt-in here (leaving them out changes nothing).')
    else if (english) parts.push(`bundling no catalogue but English: ${kb(english.gzip)} (${x(english.gzip / rpni.gzip)}).`)
    return parts.join(' ')
  }

  const kit = entryOf(size, 'verifyPhone')
  const kitRatio = kit.gzip / rpni.gzip
  goals.push({
    id: 'size.kit',
    goal: 'whole kit (VerifyPhone flow) ≤ 1.0× react-phone-number-input default export, gzip',
    measured: `${kb(kit.gzip)}${countedParts(kit)} vs ${kb(rpni.gzip)} = ${x(kitRatio)}`,
    met: kitRatio <= 1,
    by: kitRatio <= 1 ? `${kb(rpni.gzip - kit.gzip)} under` : `${kb(kit.gzip - rpni.gzip)} (${x(kitRatio - 1)}) over`,
    note: kitRatio <= 1 ? undefined : phoneNote('verifyPhone', 1),
  })

  const initial = kit.initial.gzip
  goals.push({
    id: 'size.initial',
    goal: `initial JS of the VerifyPhone flow (what a page downloads before the phone step works) ≤ ${kb(INITIAL_GOAL.target)} gzip (stretch ≤ ${kb(INITIAL_GOAL.stretch)})`,
    measured:
      `${kb(initial)} in ${kit.initial.files} files as esbuild splits it (the entry chunk and what it imports statically; later: ${kit.lazyOthers?.names.join(', ') ?? 'nothing'} and one metadata zone)` +
      (kit.initialOneFile ? `; ${kb(kit.initialOneFile.gzip)} as one file, as Rollup and Vite keep it` : ''),
    met: initial <= INITIAL_GOAL.target,
    by:
      initial <= INITIAL_GOAL.target
        ? `${kb(INITIAL_GOAL.target - initial)} under${initial <= INITIAL_GOAL.stretch ? ', stretch met' : `; stretch missed by ${kb(initial - INITIAL_GOAL.stretch)}`}`
        : `${kb(initial - INITIAL_GOAL.target)} over`,
    note:
      initial <= INITIAL_GOAL.target
        ? undefined
        : `Largest modules still loaded up front, minified: ${kit.topModules
            .slice(0, 8)
            .map(([path, bytes]) => `${path.replace(/^src\//, '')} ${(bytes / KB).toFixed(1)} kB`)
            .join(', ')}.`,
  })

  const phone = entryOf(size, 'phoneEntry')
  const phoneRatio = phone.gzip / rpni.gzip
  goals.push({
    id: 'size.phoneEntry',
    goal: 'PhoneEntry ≤ 0.85× react-phone-number-input default export, gzip',
    measured: `${kb(phone.gzip)}${countedParts(phone)} vs ${kb(rpni.gzip)} = ${x(phoneRatio)}`,
    met: phoneRatio <= 0.85,
    by: phoneRatio <= 0.85 ? `${kb(rpni.gzip * 0.85 - phone.gzip)} under` : `${kb(phone.gzip - rpni.gzip * 0.85)} over (needs ≤ ${kb(rpni.gzip * 0.85)})`,
    note: phoneRatio <= 0.85 ? undefined : phoneNote('phoneEntry', 0.85),
  })

  const flow = entryOf(size, 'otpFlow')
  const allowed = inputOtp.gzip + 3 * KB
  const flowModules = flow.topModules
    .slice(0, 6)
    .map(([path, bytes]) => `${path.replace(/^src\//, '')} ${(bytes / KB).toFixed(1)} kB`)
    .join(', ')
  goals.push({
    id: 'size.otpFlow',
    goal: 'OtpInput + useVerifyPhone + createTransmitClient ≤ input-otp + 3 kB, gzip',
    measured: `${kb(flow.gzip)} vs ${kb(inputOtp.gzip)} + 3 kB = ${kb(allowed)}`,
    met: flow.gzip <= allowed,
    by: flow.gzip <= allowed ? `${kb(allowed - flow.gzip)} under` : `${kb(flow.gzip - allowed)} over (${x(flow.gzip / allowed)} the allowance)`,
    note:
      flow.gzip <= allowed
        ? undefined
        : `No phone metadata here: it is the kit's own code (largest modules, minified: ${flowModules}). ` +
          'input-otp is a field only; this entry also carries the verification machine, the request layer and its error mapping, ' +
          'so closing the gap means trimming those (for instance the session snapshot and announcements loaded only when used) or setting the goal against the field alone ' +
          `(OtpInput alone: ${kb(entryOf(size, 'otpInput').gzip)} vs input-otp ${kb(inputOtp.gzip)}).`,
  })
  return goals
}

function typingGoals(typing) {
  const goals = []
  const { timing, commits } = typing
  const comparisons = typingComparisons(timing)
  const describeSources = (id) =>
    Object.entries(timing[id].bySourceMs)
      .slice(0, 4)
      .map(([source, value]) => `${source} ${ms(value)} ms`)
      .join(', ')
  const phone = comparisons.find((c) => c.ours === 'oursPhone' && c.peer === 'rpni')
  if (phone) {
    goals.push({
      id: 'typing.phone',
      goal: 'phone typing ≤ 0.8× react-phone-number-input per keystroke (median)',
      measured: `${ms(timing.oursPhone.perKeystrokeMs.median)} vs ${ms(timing.rpni.perKeystrokeMs.median)} ms = ${x(phone.medianRatio)} (p95 ${x(phone.p95Ratio)}; above the floor ${x(phone.medianRatioAboveFloor)})`,
      met: phone.medianRatio <= 0.8,
      by: phone.medianRatio <= 0.8 ? `${x(0.8 - phone.medianRatio)} under` : `${x(phone.medianRatio - 0.8)} over`,
      note:
        (Math.abs(phone.medianRatio - 0.8) < 0.1 ? `A thin margin: medians of a few milliseconds move by several percent between runs on a shared machine. ` : '') +
        `Per keystroke, ours spends: ${describeSources('oursPhone')}; the peer: ${describeSources('rpni')}.`,
    })
  }
  const otp = comparisons.find((c) => c.ours === 'oursOtp' && c.peer === 'inputOtp')
  if (otp) {
    goals.push({
      id: 'typing.otp',
      goal: 'code typing ≤ 1.0× input-otp per keystroke (median)',
      measured: `${ms(timing.oursOtp.perKeystrokeMs.median)} vs ${ms(timing.inputOtp.perKeystrokeMs.median)} ms = ${x(otp.medianRatio)} (p95 ${x(otp.p95Ratio)}; above the floor ${x(otp.medianRatioAboveFloor)})`,
      met: otp.medianRatio <= 1,
      by: otp.medianRatio <= 1 ? `${x(1 - otp.medianRatio)} under` : `${x(otp.medianRatio - 1)} over`,
      note:
        otp.medianRatio <= 1
          ? undefined
          : `Per keystroke, ours spends: ${describeSources('oursOtp')}; input-otp: ${describeSources('inputOtp')}. ` +
            'Fewer commits per keystroke (below) is the first lever.',
    })
  }
  if (commits) {
    const oursIds = ['oursPhone', 'oursOtp'].filter((id) => commits[id])
    const exact = oursIds.every((id) => Object.keys(commits[id].commitsHistogram).every((count) => count === '1'))
    const show = (id) => `${commits[id].label}: ${Object.entries(commits[id].commitsHistogram).map(([n, keys]) => `${n} commit(s) on ${keys} keys`).join(', ')}`
    const extra = oursIds
      .filter((id) => !Object.keys(commits[id].commitsHistogram).every((count) => count === '1'))
      .map((id) => `${commits[id].label} commits per keystroke by trigger: ${Object.entries(commits[id].commitsBySource).map(([source, n]) => `${source} ${n.toFixed(2)}`).join(', ')}`)
    goals.push({
      id: 'typing.commits',
      goal: 'one React commit per keystroke (ours, Profiler)',
      measured: oursIds.map(show).join('; '),
      met: exact,
      by: exact
        ? 'exactly 1 on every keystroke'
        : oursIds.map((id) => `${commits[id].label} ${commits[id].commitsPerKeystroke.median} per key (median)`).join(', '),
      note: exact
        ? undefined
        : `${extra.join('; ')}. An edit that writes the value through an input event (React flushes a controlled input's update synchronously at the end of that event) ` +
          'and then stores the caret position in state makes a second commit, and the selectionchange that follows can make a third; ' +
          'setting the selection state before dispatching the input event (so both land in the same flush), or keeping the caret out of React state unless it changes what the slots show, would bring it to one.',
    })
  }
  return goals
}

/**
 * Whose the growth is: JavaScript objects are the only kind a page's code can keep alive; compiled
 * code, V8's own structures, the browser's objects and its performance timeline are the engine's.
 */
function snapshotVerdict(run) {
  const growth = run.heapSnapshotGrowth
  if (!growth || run.heapGrowthBytes <= 0) return undefined
  const objects = growth.kinds['JavaScript objects'] ?? 0
  const share = Math.max(0, objects) / run.heapGrowthBytes
  return share < 0.05
    ? `Not the kit's: JavaScript objects, all a page's code can keep, grew by ${kb(objects)} (${(share * 100).toFixed(1)}% of the growth); the rest is the engine's (compiled code, V8's structures, browser objects).`
    : `JavaScript objects, what a page's code keeps, grew by ${kb(objects)} (${(share * 100).toFixed(1)}% of the growth): look for what the kit keeps.`
}

/** "compiled code +390 kB, …" from a run's snapshot growth, largest first. */
function snapshotGrowthText(run) {
  const growth = run.heapSnapshotGrowth
  if (!growth) return undefined
  const kinds = Object.entries(growth.kinds)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, bytes]) => `${kind} ${bytes >= 0 ? '+' : ''}${kb(bytes)}`)
    .join(', ')
  const objects = Object.entries(growth.javascriptObjects)
    .slice(0, 4)
    .map(([name, bytes]) => `${name} +${kb(bytes)}`)
    .join(', ')
  return `Heap snapshots, start → end: ${kinds}${objects ? ` (JavaScript objects that grew most: ${objects})` : ''}.`
}

function memoryGoals(memory) {
  const goals = []
  for (const [mode, label] of [
    ['mount', 'mount/unmount VerifyPhone'],
    ['sendCode', 'mount, send a code, unmount (stricter: countdowns and requests run)'],
  ]) {
    const run = memory[mode]
    if (!run) continue
    const heapOk = run.heapRatio <= 1.1
    const timersOk = run.end.liveTimers === 0
    const timers = run.timersLeft.map((group) => `${group.count} × ${group.kind} of ${group.delayMs} ms from ${group.scheduledBy}`).join('; ')
    const fromQuery = run.timersLeft.some((group) => group.scheduledBy.includes('@tanstack/query-core') || group.via.some((v) => v.includes('@tanstack/query-core')))
    const diagnostic = memory.sendCodeGcTime0
    const diagnosticNote =
      diagnostic && mode === 'sendCode'
        ? ` Checked: with an app QueryClient whose mutations have gcTime 0, ${diagnostic.cycles} cycles end at ${pct(diagnostic.heapRatio)} heap and ${diagnostic.end.liveTimers} timers.`
        : ''
    const half = run.halfway ? run.cycles - run.halfway.cycles : 0
    const levelsOff = run.secondHalfGrowthBytes !== undefined && Math.abs(run.secondHalfGrowthBytes) < run.heapGrowthBytes / 4
    const plateau =
      run.secondHalfGrowthBytes === undefined || run.heapGrowthBytes <= 0
        ? undefined
        : levelsOff
          ? `The growth levels off: ${kb(run.secondHalfGrowthBytes)} over the last ${half} cycles (${Math.round(run.secondHalfGrowthBytes / half)} B per cycle) against ${kb(run.heapGrowthBytes)} in all, ` +
            `so most of it is filled once early in the run (compiled code, caches) rather than kept per mount${run.heapSnapshotGrowth ? '.' : '; a heap-snapshot comparison would name what remains.'}`
          : `The heap is still rising at the end: ${kb(run.secondHalfGrowthBytes)} over the last ${half} cycles (${Math.round(run.secondHalfGrowthBytes / half)} B per cycle)${run.heapSnapshotGrowth ? '.' : '; a heap-snapshot comparison between two points would name what is kept.'}`
    goals.push({
      id: `memory.${mode}`,
      goal: `${label} ${run.cycles}×: heap within 10% of the start, no timers left`,
      measured: `heap ${kb(run.start.heapUsedBytes)} → ${kb(run.end.heapUsedBytes)} (${pct(run.heapRatio)}), ${run.end.liveTimers} timers left, DOM nodes ${run.start.domNodes} → ${run.end.domNodes}, listeners ${run.start.jsEventListeners} → ${run.end.jsEventListeners}`,
      met: heapOk && timersOk,
      by: [heapOk ? 'heap within' : `heap ${pct(run.heapRatio)} (${kb(run.heapGrowthBytes)}, ${Math.round(run.heapGrowthBytes / run.cycles)} B per cycle)`, timersOk ? 'no timers' : `${run.end.liveTimers} timers`].join(', '),
      note:
        heapOk && timersOk
          ? [plateau, snapshotGrowthText(run)].filter(Boolean).join(' ')
          : [
              snapshotGrowthText(run),
              snapshotVerdict(run),
              timersOk ? undefined : `Left: ${timers}.`,
              fromQuery
                ? 'These are TanStack Query mutation garbage-collection timers (gcTime, 5 minutes by default): each send or validate stays in the mutation cache, with its closure, for 5 minutes after the component is gone. ' +
                  'Setting `gcTime: 0` on the kit\'s two mutations (their results are never read back from the cache), or clearing the mutation cache of the QueryClient the kit creates for itself when the component unmounts, would close it.' +
                  diagnosticNote
                : undefined,
              heapOk ? undefined : plateau,
            ]
              .filter(Boolean)
              .join(' '),
    })
  }
  return goals
}

function requestGoals(requests) {
  const failed = requests.filter((scenario) => !scenario.ok)
  return [
    {
      id: 'requests',
      goal: 'exactly one request per user action',
      measured: requests.map((scenario) => `${scenario.id}: send ${scenario.send}, validate ${scenario.validate}`).join('; '),
      met: failed.length === 0,
      by: failed.length === 0 ? `${requests.length}/${requests.length} scenarios` : `${failed.length} of ${requests.length} scenarios off: ${failed.map((s) => s.id).join(', ')}`,
      note: failed.length === 0 ? undefined : failed.map((s) => `${s.label}: expected ${JSON.stringify(s.expected)}, saw send ${s.send} validate ${s.validate}${s.error ? ` (${s.error})` : ''}`).join('; '),
    },
  ]
}

/** Every goal of the issue, met or missed, with by how much and what would close a miss. */
export function evaluateGoals(results) {
  return [
    ...(results.size ? sizeGoals(results.size) : []),
    ...(results.typing ? typingGoals(results.typing) : []),
    ...(results.memory ? memoryGoals(results.memory) : []),
    ...(results.requests ? requestGoals(results.requests) : []),
  ]
}

/**
 * Budgets for size-limit at the figures reached: the measured bytes and a
 * limit rounded up to the next 0.1 kB. size-limit leaves every peerDependency
 * out of a check (libphonenumber-js included) unless the check overrides
 * esbuild's `external`; both figures are given.
 */
export function budgets(size) {
  const imports = {
    verifyPhone: '{ VerifyPhone, VerifyPhoneProvider, createTransmitClient }',
    kitAll: '*',
    phoneEntry: '{ PhoneEntry }',
    otpInput: '{ OtpInput }',
    otpFlow: '{ OtpInput, useVerifyPhone, createTransmitClient }',
    core: '{ createTransmitClient, transition, initialState }',
    testing: '{ createMockTransmit }',
  }
  const paths = { core: 'dist/core.js', testing: 'dist/testing.js' }
  const limit = (bytes) => `${(Math.ceil((bytes / KB) * 10) / 10).toFixed(1)} kB`
  const kit = entryOf(size, 'verifyPhone')
  const initialBudget = {
    name: 'VerifyPhone flow, initial JS',
    path: 'dist/index.js',
    import: imports.verifyPhone,
    gzipBytes: kit.initial.gzip,
    brotliBytes: kit.initial.brotli,
    gzipLimit: limit(kit.initial.gzip),
    brotliLimit: limit(kit.initial.brotli),
  }
  return [initialBudget, ...size.entries
    .filter((entry) => entry.group === 'ours' || entry.group === 'oursOther')
    .map((entry) => {
      const bare = size.withoutLibphonenumber.find((other) => other.entry === entry.id)
      return {
        name: entry.label,
        path: paths[entry.id] ?? 'dist/index.js',
        import: imports[entry.id],
        gzipBytes: entry.gzip,
        brotliBytes: entry.brotli,
        gzipLimit: limit(entry.gzip),
        brotliLimit: limit(entry.brotli),
        withoutLibphonenumber: bare ? { gzipBytes: bare.gzip, brotliBytes: bare.brotli, gzipLimit: limit(bare.gzip), brotliLimit: limit(bare.brotli) } : undefined,
      }
    })]
}

function sizeSection(size) {
  const lines = []
  lines.push(
    'SIZE  esbuild, minified ESM; react, react-dom, react/jsx-runtime, react-hook-form, @tanstack/react-query external; libphonenumber-js bundled; ' +
      'ours are initial JS + every lazy chunk of the kit + the largest metadata zone (loaded on demand; SVG flags, loaded only where the browser draws no flag emoji, listed apart), each file compressed on its own',
  )
  const rows = [['entry', 'min', 'gzip', 'brotli']]
  for (const entry of size.entries) rows.push([`${entry.group === 'peer' ? 'peer ' : 'ours '} ${entry.label}`, entry.min, entry.gzip, entry.brotli])
  lines.push(table(rows, ['l', 'r', 'r', 'r']))
  lines.push('')
  // What the figures above add up: the zone counted is the largest; a page loads the one its numbers need.
  const zoned = size.entries.filter((entry) => largestZone(entry))
  if (zoned.length > 0) {
    const zoneRows = [['ours with lazy chunks, gzip', 'initial JS (files)', 'as one file', 'other chunks', 'largest zone', 'zone', 'counted', 'all zones', 'on intent, not counted', 'SVG flags, not counted: largest (all)']]
    for (const entry of zoned) {
      const zone = largestZone(entry)
      const others = entry.lazyOthers ? `${entry.lazyOthers.gzip} (${entry.lazyOthers.names.join(', ')})` : ''
      const flags = entry.flags ? `${entry.flags.largest.name} ${entry.flags.largest.gzip} (${entry.flags.gzip} in ${entry.flags.count})` : ''
      const onIntent = entry.onIntent ? `${entry.onIntent.gzip} (${entry.onIntent.names.join(', ')})` : ''
      zoneRows.push([entry.label, `${entry.initial.gzip} (${entry.initial.files})`, entry.initialOneFile?.gzip ?? '', others, zone.name, zone.gzip, entry.gzip, `${allZonesGzip(entry)} (${zonesOf(entry).length})`, onIntent, flags])
    }
    lines.push(table(zoneRows, ['l', 'r', 'r', 'r', 'l', 'r', 'r', 'r', 'r', 'r']))
    lines.push('')
  }
  const peers = size.entries.filter((entry) => entry.group === 'peer')
  const ratioRows = [['ours / peer, gzip (brotli)', ...peers.map((peer) => peer.label.replace('react-phone-number-input', 'rpni'))]]
  for (const [id, byPeer] of Object.entries(size.ratios)) {
    ratioRows.push([entryOf(size, id).label, ...peers.map((peer) => `${byPeer[peer.id].gzip.toFixed(2)} (${byPeer[peer.id].brotli.toFixed(2)})`)])
  }
  lines.push(table(ratioRows, ['l', ...peers.map(() => 'r')]))
  lines.push('')
  const cssRows = [['stylesheets (not in the ratios)', 'min', 'gzip', 'brotli']]
  for (const css of size.css) cssRows.push([css.label, css.min, css.gzip, css.brotli])
  lines.push(table(cssRows, ['l', 'r', 'r', 'r']))
  lines.push('')
  const variants = [...new Set(size.whatIf.map((entry) => entry.variant))]
  const whatRows = [['estimates, gzip', 'as built', ...variants.map((variant) => size.whatIf.find((entry) => entry.variant === variant).label)]]
  for (const entry of size.entries.filter((e) => e.group === 'ours')) {
    whatRows.push([entry.label, entry.gzip, ...variants.map((variant) => size.whatIf.find((w) => w.variant === variant && w.entry === entry.id)?.gzip ?? '')])
  }
  lines.push(table(whatRows, ['l', 'r', ...variants.map(() => 'r')]))
  return lines.join('\n')
}

function typingSection(typing) {
  const { timing, commits, settings } = typing
  const lines = []
  lines.push(
    `TYPING  Chromium, ${settings.rounds} rounds (+${settings.warmup} warm-up) interleaved; ms of main-thread time per keystroke (events, microtasks, timers, frames, style+layout; not paint)`,
  )
  const rows = [['component', 'keys', 'median', 'p95', 'mean', 'commits/key', 'cdp tasks/key − floor']]
  const cdpFloor = timing.plainInput?.cdpTaskMsPerKeystroke.median ?? 0
  for (const [id, subject] of Object.entries(timing)) {
    const c = commits?.[id]
    const histogram = c ? Object.entries(c.commitsHistogram).map(([n, keys]) => `${n}×${keys}`).join(' ') : ''
    const cdp = subject.floor ? `(${ms(cdpFloor)})` : ms(subject.cdpTaskMsPerKeystroke.median - cdpFloor)
    rows.push([subject.label, subject.keystrokes, ms(subject.perKeystrokeMs.median), ms(subject.perKeystrokeMs.p95), ms(subject.perKeystrokeMs.mean), histogram, cdp])
  }
  lines.push(table(rows, ['l', 'r', 'r', 'r', 'r', 'l', 'r']))
  lines.push(
    '(commits/key: "1×300" = one commit on each of 300 keystrokes, from a separate pass on React\'s profiling build. ' +
      'cdp tasks/key − floor: a cross-check from DevTools\' TaskDuration, every renderer task of the round incl. paint, less the floor\'s, which is mostly the driver\'s own calls)',
  )
  const problems = Object.values(timing).filter((subject) => subject.failures.length > 0)
  for (const subject of problems) lines.push(`WARNING: ${subject.label}: ${subject.failures.length} round(s) did not type what was sent, e.g. ${JSON.stringify(subject.failures[0])}`)
  lines.push('')
  const comparisonRows = [['ours / peer', 'median', 'p95', 'median above floor']]
  for (const c of typingComparisons(timing)) comparisonRows.push([`${timing[c.ours].label} / ${timing[c.peer].label}`, x(c.medianRatio), x(c.p95Ratio), x(c.medianRatioAboveFloor)])
  lines.push(table(comparisonRows, ['l', 'r', 'r', 'r']))
  return lines.join('\n')
}

const MEMORY_LABELS = {
  mount: 'mount → unmount',
  sendCode: 'mount → send code → unmount',
  sendCodeGcTime0: 'same, app QueryClient with mutations gcTime 0 (diagnostic)',
}

function memorySection(memory) {
  const rows = [['run', 'cycles', 'heap at page start', 'heap at start', 'heap at end', 'change', 'second half', 'DOM nodes', 'listeners', 'timers left', 'ms/cycle']]
  for (const run of Object.values(memory)) {
    rows.push([
      MEMORY_LABELS[run.mode] ?? run.mode,
      run.cycles,
      kb(run.pageStart.heapUsedBytes),
      kb(run.start.heapUsedBytes),
      kb(run.end.heapUsedBytes),
      pct(run.heapRatio),
      run.secondHalfGrowthBytes === undefined ? '' : `${run.secondHalfGrowthBytes >= 0 ? '+' : ''}${kb(run.secondHalfGrowthBytes)}`,
      `${run.start.domNodes} → ${run.end.domNodes}`,
      `${run.start.jsEventListeners} → ${run.end.jsEventListeners}`,
      run.end.liveTimers,
      ms(run.msPerCycle),
    ])
  }
  const growth = Object.values(memory)
    .map((run) => (run.heapSnapshotGrowth ? `${MEMORY_LABELS[run.mode] ?? run.mode}: ${snapshotGrowthText(run)}` : undefined))
    .filter(Boolean)
  return `MEMORY  VerifyPhone in Chromium with --expose-gc; heap after full GC; "start" is after ${Object.values(memory)[0]?.warmupCycles ?? 0} warm-up cycles; "second half": growth from the halfway point to the end\n${table(rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'])}${growth.length ? `\n${growth.join('\n')}` : ''}`
}

function requestsSection(requests) {
  const rows = [['action', 'send', 'validate', 'expected', 'ok']]
  for (const s of requests) rows.push([s.label, s.send, s.validate, `${s.expected.send}/${s.expected.validate}`, s.ok ? 'yes' : 'NO'])
  return `REQUESTS  counted by the in-memory Transmit\n${table(rows, ['l', 'r', 'r', 'r', 'l'])}`
}

function pasteSection(paste) {
  const texts = Object.keys(Object.values(paste)[0]?.byText ?? {})
  const rows = [['1 MiB pasted (median ms: field / clipboard read; characters kept)', ...texts]]
  for (const subject of Object.values(paste)) {
    rows.push([subject.label, ...texts.map((name) => {
      const text = subject.byText[name]
      return `${ms(text.kitMs)} / ${ms(text.clipboardMs)}; ${text.keptChars ?? '?'}`
    })])
  }
  return `PASTE  main-thread ms per Ctrl+V of 1 MiB in Chromium; "field": everything but Chromium's own clipboardData.getData, timed apart\n${table(rows, ['l', ...texts.map(() => 'r')])}`
}

/** Per field: the median of its slowest text (the clipboard read apart), and that text. */
export function pasteWorst(subject) {
  return Object.entries(subject.byText).reduce(
    (worst, [name, text]) => (text.kitMs > worst.ms ? { name, ms: text.kitMs, clipboardMs: text.clipboardMs } : worst),
    { name: '', ms: -1, clipboardMs: 0 },
  )
}

function goalsSection(goals) {
  const lines = ['GOALS']
  for (const goal of goals) {
    lines.push(`[${goal.met ? 'met   ' : 'MISSED'}] ${goal.goal}`)
    lines.push(`         ${goal.measured}`)
    lines.push(`         ${goal.by}`)
    if (goal.note) lines.push(`         → ${goal.note}`)
  }
  return lines.join('\n')
}

function budgetsSection(list) {
  const rows = [['size-limit budget', 'import', 'gzip', 'limit', 'brotli', 'limit', 'gzip w/o libphonenumber-js']]
  for (const b of list) rows.push([b.name, `${b.path} ${b.import}`, b.gzipBytes, b.gzipLimit, b.brotliBytes, b.brotliLimit, b.withoutLibphonenumber?.gzipLimit ?? ''])
  return `BUDGETS  suggested, at the figures reached (1 kB = 1024 B)\n${table(rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r'])}`
}

/** A short Markdown table for the project README, from the latest run. */
export function formatMarkdown(results) {
  const { meta, size, typing, memory, requests, paste } = results
  const lines = [`Measured by \`npm run bench\` on ${meta.date.slice(0, 10)}, ${meta.machine.cpu} × ${meta.machine.nproc}, ${meta.chromium.split(' built')[0]}.`, '']
  if (size) {
    // Each entry against the peer it replaces: phone fields and the flow against react-phone-number-input, code fields against input-otp.
    const peerOf = (id) => entryOf(size, id.startsWith('otp') ? 'inputOtp' : 'rpni')
    lines.push(
      '| entry (minified ESM, libphonenumber-js bundled; ours: initial JS + the lazy chunks every page fetches + largest metadata zone; not the country list, fetched on intent, nor the SVG flags) | gzip | brotli | against |',
      '| --- | ---: | ---: | --- |',
    )
    for (const entry of size.entries.filter((e) => e.group === 'ours')) {
      const peer = peerOf(entry.id)
      lines.push(`| ${entry.label} | ${kb(entry.gzip)} | ${kb(entry.brotli)} | ${x(entry.gzip / peer.gzip)} ${peer.label} (${kb(peer.gzip)}) |`)
    }
    const kit = entryOf(size, 'verifyPhone')
    const oneFile = kit.initialOneFile ? `; ${kb(kit.initialOneFile.gzip)} as one file, as Rollup and Vite keep it` : ''
    lines.push(
      `| VerifyPhone flow, initial JS (before the phone step works; the rest arrives while it is idle): ${kit.initial.files} files as esbuild splits it${oneFile} | ${kb(kit.initial.gzip)} | ${kb(kit.initial.brotli)} | goal ≤ ${kb(INITIAL_GOAL.target)} (stretch ${kb(INITIAL_GOAL.stretch)}) |`,
    )
    if (kit.onIntent) lines.push(`| the country list, when it is opened (fetched on intent) | ${kb(kit.onIntent.gzip)} | ${kb(kit.onIntent.brotli)} | |`)
    lines.push('')
  }
  if (typing) {
    lines.push('| typing, main-thread ms per keystroke | median | p95 | React commits per keystroke |', '| --- | ---: | ---: | ---: |')
    for (const [id, subject] of Object.entries(typing.timing)) {
      const c = typing.commits?.[id]
      lines.push(`| ${subject.label} | ${ms(subject.perKeystrokeMs.median)} | ${ms(subject.perKeystrokeMs.p95)} | ${c ? ms(c.commitsPerKeystroke.mean) : ''} |`)
    }
    lines.push('')
  }
  if (memory?.mount) {
    const verdict = memory.sendCode ? snapshotVerdict(memory.sendCode) : undefined
    lines.push(
      `Memory: ${memory.mount.cycles} mounts of \`VerifyPhone\` leave the heap at ${pct(memory.mount.heapRatio)} and ${memory.mount.end.liveTimers} timers; with a code sent each time, ${pct(memory.sendCode?.heapRatio ?? Number.NaN)} and ${memory.sendCode?.end.liveTimers ?? 'n/a'} timers.` +
        (verdict ? ` Heap snapshots of that run: ${verdict.charAt(0).toLowerCase()}${verdict.slice(1)}` : ''),
    )
  }
  if (paste) {
    lines.push('', '| 1 MiB pasted with Ctrl+V, main-thread ms (median of the slowest of five texts) | field | clipboard read | slowest text |', '| --- | ---: | ---: | --- |')
    for (const subject of Object.values(paste)) {
      const worst = pasteWorst(subject)
      lines.push(`| ${subject.label} | ${ms(worst.ms)} | ${ms(worst.clipboardMs)} | ${worst.name} |`)
    }
    lines.push('')
  }
  if (requests) lines.push(`Requests: ${requests.filter((s) => s.ok).length} of ${requests.length} repeated-action scenarios (double clicks, double autofill) reach the server exactly once.`)
  return `${lines.join('\n')}\n`
}

/** The whole printed report. */
export function formatReport(results) {
  const { meta } = results
  const parts = [
    `verify-phone-kit bench — ${meta.date}\n${meta.machine.cpu} × ${meta.machine.nproc}, ${meta.machine.os}; Node ${meta.node}; ${meta.chromium}; git ${meta.git}` +
      `\nload average ${meta.machine.loadAverageAtStart?.toFixed(1)} at start, ${meta.machine.loadAverageAtEnd?.toFixed(1)} at end; ${meta.elapsedSeconds} s`,
  ]
  if (results.size) parts.push(sizeSection(results.size))
  if (results.typing) parts.push(typingSection(results.typing))
  if (results.memory) parts.push(memorySection(results.memory))
  if (results.requests) parts.push(requestsSection(results.requests))
  if (results.paste) parts.push(pasteSection(results.paste))
  if (results.goals) parts.push(goalsSection(results.goals))
  if (results.budgets) parts.push(budgetsSection(results.budgets))
  if (results.meta.pageErrors?.length) parts.push(`WARNING: errors in the pages:\n${results.meta.pageErrors.slice(0, 10).join('\n')}`)
  return parts.join('\n\n')
}
