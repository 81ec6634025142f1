// npm run bench [-- --rounds=30 --warmup=2 --commit-rounds=3 --cycles=1000 --diagnostic-cycles=200 --memory-warmup=20
//                     --paste-rounds=3 --skip=size,typing,memory,requests,paste]
// Sizes, typing cost, memory and requests of the kit beside its peers; prints one report and writes bench/results.json.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { version as esbuildVersion } from 'esbuild'
import { chromiumVersion, CHROMIUM_PATH, launch } from './browser.mjs'
import { buildPages } from './build-pages.mjs'
import { runMemory } from './memory.mjs'
import { budgets, evaluateGoals, formatMarkdown, formatReport } from './report.mjs'
import { runPaste } from './paste.mjs'
import { runRequests } from './requests.mjs'
import { serveStatic } from './server.mjs'
import { measureSizes } from './size.mjs'
import { round3 } from './stats.mjs'
import { runTyping } from './typing.mjs'

const benchDir = dirname(fileURLToPath(import.meta.url))
const root = dirname(benchDir)
const buildDir = join(benchDir, '.build', 'pages')
/** A package's version from its package.json, read from disk (some packages do not export it). */
const versionOf = (name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version

function option(name, fallback, max) {
  const arg = process.argv.find((value) => value.startsWith(`--${name}=`))
  if (!arg) return fallback
  const value = Number(arg.slice(name.length + 3))
  if (!Number.isInteger(value) || value < 0 || value > max) throw new Error(`--${name} takes a whole number from 0 to ${max}`)
  return value
}

const settings = {
  rounds: option('rounds', 30, 200),
  warmup: option('warmup', 2, 20),
  commitRounds: option('commit-rounds', 3, 50),
  cycles: option('cycles', 1000, 5000),
  diagnosticCycles: option('diagnostic-cycles', 200, 5000),
  memoryWarmup: option('memory-warmup', 20, 500),
  pasteRounds: option('paste-rounds', 3, 100),
}
const skip = new Set((process.argv.find((value) => value.startsWith('--skip='))?.slice(7) ?? '').split(',').filter(Boolean))

const started = Date.now()
const log = (message) => console.error(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`)

function git() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: root, encoding: 'utf8' }).trim() !== ''
    return dirty ? `${head} + uncommitted changes in src/` : head
  } catch {
    return 'unknown'
  }
}

const results = {
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    chromium: chromiumVersion(),
    chromiumPath: CHROMIUM_PATH,
    playwrightCore: versionOf('playwright-core'),
    esbuild: esbuildVersion,
    react: versionOf('react'),
    peers: Object.fromEntries(
      ['react-phone-number-input', 'react-international-phone', 'input-otp', 'react-otp-input', 'libphonenumber-js'].map((name) => [name, versionOf(name)]),
    ),
    machine: {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      nproc: typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length,
      os: `${os.type()} ${os.release()} ${os.arch()}`,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      // Other work on the machine inflates every timing; interleaving keeps the ratios fair, not the absolute figures.
      loadAverageAtStart: os.loadavg()[0],
    },
    git: git(),
    settings,
  },
}

async function main() {
  if (!skip.has('size')) {
    log('size: bundling every entry')
    results.size = await measureSizes(root)
  }
  const browserParts = ['typing', 'memory', 'requests', 'paste'].filter((part) => !skip.has(part))
  if (browserParts.length > 0) {
    log('building pages')
    await buildPages(root, buildDir)
    const server = await serveStatic(buildDir)
    const browsers = []
    try {
      if (!skip.has('typing') || !skip.has('requests') || !skip.has('paste')) {
        const session = await launch({ origin: server.origin })
        browsers.push(session)
        if (!skip.has('typing')) {
          log(`typing: ${settings.rounds} rounds + ${settings.warmup} warm-up, production build`)
          const timing = await runTyping({ context: session.context, origin: server.origin, variant: 'prod', rounds: settings.rounds, warmup: settings.warmup, log })
          log(`typing: ${settings.commitRounds} rounds on the profiling build, for commits`)
          const commits = await runTyping({ context: session.context, origin: server.origin, variant: 'profiling', rounds: settings.commitRounds, warmup: 1, log })
          results.typing = {
            settings: {
              rounds: settings.rounds,
              warmup: settings.warmup,
              commitRounds: settings.commitRounds,
              method:
                'In-page probe: every keydown opens a bucket; each input-related event (first capture listener on window to last bubble listener on window, microtasks included) and every timer, animation-frame and MessagePort callback until the next keydown adds its duration, each closed by a forced style+layout. Idle time and paint are not counted.',
              keys: { phone: 'US national number, 10 digits', otp: '6 digits' },
            },
            timing,
            commits: Object.fromEntries(
              Object.entries(commits).map(([id, subject]) => [id, { label: subject.label, commitsPerKeystroke: subject.commitsPerKeystroke, commitsHistogram: subject.commitsHistogram, commitsBySource: subject.commitsBySource, failures: subject.failures }]),
            ),
          }
        }
        if (!skip.has('requests')) {
          log('requests: repeated actions against the mock')
          results.requests = await runRequests({ context: session.context, origin: server.origin })
        }
        if (!skip.has('paste')) {
          log(`paste: 1 MiB pasted into each field, ${settings.pasteRounds} rounds + 1 warm-up per text`)
          results.paste = await runPaste({ context: session.context, origin: server.origin, rounds: settings.pasteRounds, warmup: 1, log })
        }
      }
      if (!skip.has('memory')) {
        const session = await launch({ origin: server.origin, exposeGc: true })
        browsers.push(session)
        log(`memory: ${settings.cycles} cycles per run (+${settings.memoryWarmup} warm-up)`)
        results.memory = await runMemory({
          context: session.context,
          origin: server.origin,
          bundlePath: join(buildDir, 'prod', 'memory.js'),
          cycles: settings.cycles,
          diagnosticCycles: settings.diagnosticCycles,
          warmup: settings.memoryWarmup,
          log,
        })
      }
      results.meta.blockedOrigins = [...new Set(browsers.flatMap((session) => [...session.blocked]))]
      results.meta.pageErrors = browsers.flatMap((session) => session.pageErrors)
    } finally {
      for (const session of browsers) await session.browser.close()
      await server.close()
    }
  }
  results.goals = evaluateGoals(results)
  if (results.size) results.budgets = budgets(results.size)
  results.meta.elapsedSeconds = Math.round((Date.now() - started) / 1000)
  results.meta.machine.loadAverageAtEnd = os.loadavg()[0]
  const json = JSON.stringify(results, (_, value) => (typeof value === 'number' && !Number.isInteger(value) ? round3(value) : value), 2)
  writeFileSync(join(benchDir, 'results.json'), `${json}\n`)
  writeFileSync(join(benchDir, 'results.md'), formatMarkdown(results))
  console.log(formatReport(results))
  log('done; wrote bench/results.json and bench/results.md')
}

main().catch((error) => {
  console.error(error)
  process.exitCode = 1
})
