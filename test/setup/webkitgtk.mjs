// WebKitGTK's WebDriver server (Debian: `apt-get install webkit2gtk-driver xvfb`),
// started for the test run on a display and a port nobody else uses, and stopped
// by process id. MiniBrowser has no headless mode, so it gets its own Xvfb display.

import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { delimiter, join } from 'node:path'

const onPath = (name) => (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)).find((file) => existsSync(file))

const MINIBROWSERS = ['x86_64-linux-gnu', 'aarch64-linux-gnu', 'arm-linux-gnueabihf', 'i386-linux-gnu'].flatMap((arch) =>
  ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'].map((dir) => `/usr/lib/${arch}/${dir}/MiniBrowser`),
)

/** The WebKitGTK pieces on this machine, or `undefined` when one of them is missing. */
export function findWebKitGtk() {
  const driver = onPath('WebKitWebDriver')
  const miniBrowser = process.env.WEBKIT_MINIBROWSER ?? MINIBROWSERS.find((file) => existsSync(file))
  const xvfb = onPath('Xvfb')
  if (!driver || !miniBrowser || !xvfb) return undefined
  return { driver, miniBrowser, xvfb }
}

/** Capabilities WebKitWebDriver matches: no `browserName`, classic WebDriver only. */
export const webKitGtkCapabilities = (miniBrowser) => ({
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
})

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })

/** Starts Xvfb on the first free display; resolves with its number once it accepts clients. */
function startXvfb(xvfb) {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let output = ''
    let errors = ''
    child.stderr.on('data', (chunk) => (errors += chunk))
    child.stdio[3].on('data', (chunk) => {
      output += chunk
      if (output.includes('\n')) resolve({ child, display: `:${output.trim()}` })
    })
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${errors.trim()}`)))
  })
}

async function waitForDriver(origin, child, deadline) {
  let exited = false
  child.once('exit', () => (exited = true))
  while (Date.now() < deadline) {
    if (exited) throw new Error('WebKitWebDriver exited before it was ready')
    try {
      const response = await fetch(`${origin}/status`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`WebKitWebDriver did not answer on ${origin} in time`)
}

const stop = (child) => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
}

/**
 * Starts Xvfb and WebKitWebDriver; `stop()` ends both by process id (also when
 * the process exits without calling it).
 */
export async function startWebKitGtk({ driver, xvfb }) {
  const screen = await startXvfb(xvfb)
  const children = [screen.child]
  const stopAll = () => children.reverse().forEach(stop)
  process.once('exit', stopAll)
  try {
    const port = await freePort()
    const server = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: 'ignore',
      // English in the US, as Playwright gives Chromium: tests do not depend on the machine's locale.
      env: { ...process.env, DISPLAY: screen.display, WAYLAND_DISPLAY: '', LANGUAGE: 'en_US', LANG: 'en_US.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    })
    children.push(server)
    await waitForDriver(`http://127.0.0.1:${port}`, server, Date.now() + 30_000)
    return {
      port,
      stop: () => {
        process.off('exit', stopAll)
        stopAll()
      },
    }
  } catch (error) {
    stopAll()
    throw error
  }
}
