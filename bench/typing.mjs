// Typing cost: real key presses into each component, rounds interleaved, main-thread time per keystroke.
import { summary } from './stats.mjs'

/** The components under test; `ours` ones are compared with the peers of the same kind. */
export const TYPING_SUBJECTS = [
  { id: 'plainInput', page: 'plain-input', kind: 'phone', label: 'plain controlled input (floor)', floor: true },
  { id: 'oursPhone', page: 'ours-phone', kind: 'phone', label: 'PhoneEntry (ours)', ours: true },
  { id: 'rpni', page: 'rpni', kind: 'phone', label: 'react-phone-number-input' },
  { id: 'rip', page: 'rip', kind: 'phone', label: 'react-international-phone' },
  { id: 'oursOtp', page: 'ours-otp', kind: 'otp', label: 'OtpInput (ours)', ours: true },
  { id: 'inputOtp', page: 'input-otp', kind: 'otp', label: 'input-otp' },
  { id: 'reactOtpInput', page: 'react-otp-input', kind: 'otp', label: 'react-otp-input' },
]

/** A 10-digit US national number (every phone field starts in the US), and a 6-digit code. */
export const KEYS = { phone: '2133734253', otp: '482913' }

const digits = (text) => text.replace(/\D/g, '')

function typedRight(kind, value) {
  return kind === 'phone' ? digits(value).endsWith(KEYS.phone) : digits(value) === KEYS.otp
}

async function openPages(context, origin, variant) {
  const pages = {}
  for (const subject of TYPING_SUBJECTS) {
    const page = await context.newPage()
    page.setDefaultTimeout(15_000)
    await page.goto(`${origin}/${variant}/${subject.page}.html`)
    await page.waitForFunction(() => typeof window.__bench?.reset === 'function')
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    pages[subject.id] = { page, cdp }
  }
  return pages
}

async function taskSeconds(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN
}

async function typeRound({ page, cdp }, subject) {
  await page.bringToFront()
  await page.evaluate(() => window.__bench.reset())
  await page.evaluate(() => window.__probe.startRound())
  const tasksBefore = await taskSeconds(cdp)
  for (const key of KEYS[subject.kind]) {
    await page.keyboard.press(key)
    // One frame between keys, so that work a keystroke defers lands before the next one.
    await page.evaluate(() => window.__probe.frames(1))
  }
  // input-otp schedules timers up to 50 ms after an edit: wait them out.
  const round = await page.evaluate(() => window.__probe.endRound(60))
  const tasksMs = ((await taskSeconds(cdp)) - tasksBefore) * 1000
  const value = await page.evaluate(() => window.__bench.allValues())
  return { ...round, tasksMs, value, ok: typedRight(subject.kind, value) && round.busyMs.length === KEYS[subject.kind].length }
}

/**
 * Types into every subject, `warmup + rounds` times; each round visits every
 * subject once, starting one further along each time, so that no component
 * always runs first or right after the same other one.
 */
export async function runTyping({ context, origin, variant, rounds, warmup, log }) {
  const pages = await openPages(context, origin, variant)
  const samples = Object.fromEntries(TYPING_SUBJECTS.map((subject) => [subject.id, { busy: [], commits: [], roundTotals: [], taskPerKey: [], failures: [], unclosed: 0, bySource: {}, commitsBySource: {} }]))
  for (let round = -warmup; round < rounds; round++) {
    const start = ((round % TYPING_SUBJECTS.length) + TYPING_SUBJECTS.length) % TYPING_SUBJECTS.length
    const order = [...TYPING_SUBJECTS.slice(start), ...TYPING_SUBJECTS.slice(0, start)]
    for (const subject of order) {
      const result = await typeRound(pages[subject.id], subject)
      if (round < 0) continue
      const sample = samples[subject.id]
      if (!result.ok) sample.failures.push({ round, value: result.value, keystrokes: result.busyMs.length })
      sample.busy.push(...result.busyMs)
      sample.commits.push(...result.commits)
      sample.roundTotals.push(result.busyMs.reduce((sum, ms) => sum + ms, 0))
      sample.taskPerKey.push(result.tasksMs / KEYS[subject.kind].length)
      sample.unclosed += result.unclosed
      for (const [source, ms] of Object.entries(result.bySource)) sample.bySource[source] = (sample.bySource[source] ?? 0) + ms
      for (const [source, n] of Object.entries(result.commitsBySource)) sample.commitsBySource[source] = (sample.commitsBySource[source] ?? 0) + n
    }
    if (round >= 0 && (round + 1) % 10 === 0) log?.(`  typing (${variant}): ${round + 1}/${rounds} rounds`)
  }
  for (const { page } of Object.values(pages)) await page.close()
  return Object.fromEntries(
    TYPING_SUBJECTS.map((subject) => {
      const sample = samples[subject.id]
      return [
        subject.id,
        {
          label: subject.label,
          kind: subject.kind,
          ours: Boolean(subject.ours),
          floor: Boolean(subject.floor),
          keystrokes: sample.busy.length,
          perKeystrokeMs: summary(sample.busy),
          perRoundMs: summary(sample.roundTotals),
          // Cross-check: every main-thread task of the renderer during the round (CDP TaskDuration),
          // paint and the driver's own calls included, divided by the keys typed.
          cdpTaskMsPerKeystroke: summary(sample.taskPerKey),
          commitsPerKeystroke: summary(sample.commits),
          commitsHistogram: histogram(sample.commits),
          failures: sample.failures,
          unclosedEvents: sample.unclosed,
          // Commits per keystroke by what started the work that committed.
          commitsBySource: Object.fromEntries(
            Object.entries(sample.commitsBySource).map(([source, n]) => [source, sample.commits.length ? n / sample.commits.length : 0]),
          ),
          // Mean milliseconds per keystroke by what started the work.
          bySourceMs: Object.fromEntries(
            Object.entries(sample.bySource)
              .sort((a, b) => b[1] - a[1])
              .map(([source, ms]) => [source, sample.busy.length ? ms / sample.busy.length : 0]),
          ),
        },
      ]
    }),
  )
}

function histogram(values) {
  const counts = {}
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1
  return counts
}
