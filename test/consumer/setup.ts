// Installs the kit into test/consumer/app exactly as an app would: the library
// is built and packed, and the tarball installed with npm into two copies of
// the app, one without MSW (npm ci --omit=optional) and one with it. The
// copies live outside the repository, so that nothing resolves from the
// repository's own node_modules (a missing `msw` must stay missing). Each copy
// is then built for production with Vite (the repository's, as the app's
// build tool).
import { execFile } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { TestProject } from 'vitest/node'
import type { BuiltFile, ConsumerApps } from './consumer.js'

const exec = promisify(execFile)
const REPO = fileURLToPath(new URL('../..', import.meta.url))
const APP = fileURLToPath(new URL('./app', import.meta.url))
const VITE_BUILD = fileURLToPath(new URL('./viteBuild.mjs', import.meta.url))
const NPM_QUIET = ['--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error']

// Not Vitest's environment (NODE_ENV=test, VITEST...): under it Vite builds
// React's development JSX (jsxDEV), which production React lacks.
const PRODUCTION_ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|VITE_|TEST$|NODE_ENV$)/.test(name))),
  NODE_ENV: 'production',
}

async function npm(args: string[], cwd: string): Promise<string> {
  const { stdout } = await exec('npm', args, { cwd, env: PRODUCTION_ENV, maxBuffer: 16 * 1024 * 1024 })
  return stdout
}

/** Copies the app and installs its own dependencies from its lockfile, MSW (optional) only when asked. */
async function prepareApp(dir: string, withMsw: boolean): Promise<void> {
  await cp(APP, dir, { recursive: true, filter: (source) => !/[\\/](node_modules|dist)$/.test(source) })
  await npm(['ci', ...(withMsw ? [] : ['--omit=optional']), ...NPM_QUIET, '--prefer-offline'], dir)
}

/**
 * What `npm install verify-phone-kit-x.y.z.tgz` does, without writing the
 * tarball's path into the fixture's package.json and lockfile.
 */
async function installTarball(dir: string, tarball: string, withMsw: boolean): Promise<void> {
  const install = ['install', '--no-save', ...(withMsw ? [] : ['--omit=optional']), ...NPM_QUIET, tarball]
  await npm([...install, '--offline'], dir).catch(() => npm([...install, '--prefer-offline'], dir))
}

/** Builds an app for production in a child process (see viteBuild.mjs) and returns its files. */
async function buildApp(root: string): Promise<BuiltFile[]> {
  const { stdout } = await exec(process.execPath, [VITE_BUILD, root], {
    cwd: REPO,
    env: PRODUCTION_ENV,
    maxBuffer: 16 * 1024 * 1024,
  })
  return JSON.parse(stdout) as BuiltFile[]
}

export default async function setup(project: TestProject) {
  const work = await mkdtemp(join(tmpdir(), 'verify-phone-kit-consumer-'))
  const apps: ConsumerApps = { withoutMsw: join(work, 'without-msw'), withMsw: join(work, 'with-msw'), chunks: [], chunksWithMsw: [] }
  const prepared = Promise.all([prepareApp(apps.withoutMsw, false), prepareApp(apps.withMsw, true)])
  // From a fresh clone there is no dist/: build it, as a release would before `npm publish`.
  await npm(['run', 'build', '--silent'], REPO)
  const [packed] = JSON.parse(await npm(['pack', '--json', '--silent', '--pack-destination', work], REPO)) as { filename: string }[]
  if (!packed) throw new Error('npm pack wrote no tarball')
  const tarball = join(work, packed.filename)
  await prepared
  await Promise.all([installTarball(apps.withoutMsw, tarball, false), installTarball(apps.withMsw, tarball, true)])
  ;[apps.chunks, apps.chunksWithMsw] = await Promise.all([buildApp(apps.withoutMsw), buildApp(apps.withMsw)])
  project.provide('consumerApps', apps)

  return async () => {
    await rm(work, { recursive: true, force: true })
  }
}
