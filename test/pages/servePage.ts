import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { basename } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const STYLESHEETS = ['theme.css', 'otp-input.css', 'phone-entry.css', 'verify-phone.css']

/**
 * A page built from `entry` as an app's bundler would (split chunks, production React), with the
 * kit's stylesheet, served on a free port; `headers` go on every answer (a Content-Security-Policy).
 */
export async function servePage(entry: URL, headers: Record<string, string> = {}): Promise<{ origin: string; close: () => Promise<void> }> {
  const bundle = await build({
    entryPoints: { app: fileURLToPath(entry) },
    bundle: true,
    splitting: true,
    outdir: fileURLToPath(new URL('./.out', import.meta.url)),
    format: 'esm',
    minify: true,
    write: false,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  const files = new Map<string, [string, string]>([
    ['/', ['text/html', '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>verify-phone-kit</title><link rel="stylesheet" href="/styles.css"></head><body><div id="root"></div><script type="module" src="/app.js"></script></body></html>']],
    ['/styles.css', ['text/css', STYLESHEETS.map((name) => readFileSync(new URL(`../../src/styles/${name}`, import.meta.url), 'utf8')).join('\n')]],
    ...bundle.outputFiles.map((file): [string, [string, string]] => [`/${basename(file.path)}`, ['text/javascript', file.text]]),
  ])
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://page').pathname
    const file = files.get(path)
    if (path === '/favicon.ico') response.writeHead(204, headers).end()
    else if (!file) response.writeHead(404).end()
    else response.writeHead(200, { ...headers, 'Content-Type': file[0] }).end(file[1])
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
