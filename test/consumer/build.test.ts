// The production build of the app: one chunk per phone metadata zone and per flag zone, the
// stylesheet bundled, the initial JavaScript reported, and no MSW in it even
// where MSW is installed.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, inject, it } from 'vitest'
import './consumer.js'
import type { BuiltFile } from './consumer.js'

const apps = inject('consumerApps')
const read = (fileName: string) => readFileSync(join(apps.withoutMsw, 'dist', fileName))
const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`

/** The entry chunk and every chunk it imports statically: what a page loads before any dynamic import. */
function initialChunks(files: readonly BuiltFile[]): BuiltFile[] {
  const byName = new Map(files.map((file) => [file.fileName, file]))
  const seen = new Set<string>()
  const visit = (name: string) => {
    if (seen.has(name)) return
    seen.add(name)
    for (const imported of byName.get(name)?.imports ?? []) visit(imported)
  }
  for (const file of files) if (file.isEntry) visit(file.fileName)
  return [...seen].map((name) => byName.get(name)!)
}

describe('a production vite build of the app, without MSW installed', () => {
  it('splits each of the nine metadata zones into its own chunk, loaded on demand', () => {
    const zones = apps.chunks.filter((file) => /(^|\/)zone\d-[\w-]+\.js$/.test(file.fileName))
    expect(zones.map((file) => /zone(\d)/.exec(file.fileName)?.[1]).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'])
    expect(zones.every((file) => file.isDynamicEntry && !file.isEntry)).toBe(true)
    const initial = new Set(initialChunks(apps.chunks).map((file) => file.fileName))
    expect(zones.filter((file) => initial.has(file.fileName))).toEqual([])
  })

  it('splits the SVG flags into nine chunks of their own, one per zone, none loaded with the page', () => {
    const flags = apps.chunks.filter((file) => /(^|\/)flags\d-[\w-]+\.js$/.test(file.fileName))
    expect(flags.map((file) => /flags(\d)/.exec(file.fileName)?.[1]).sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'])
    expect(flags.every((file) => file.isDynamicEntry && !file.isEntry)).toBe(true)
    const initial = new Set(initialChunks(apps.chunks).map((file) => file.fileName))
    expect(flags.filter((file) => initial.has(file.fileName))).toEqual([])
  })

  it('splits the phone formatter, the later steps of the flow and the country list into chunks of their own, loaded after the page', () => {
    const lazy = (name: string) => apps.chunks.filter((file) => new RegExp(`(^|/)${name}-[\\w-]+\\.js$`).test(file.fileName))
    const initial = new Set(initialChunks(apps.chunks).map((file) => file.fileName))
    for (const name of ['engine', 'laterSteps', 'CountryList']) {
      const chunks = lazy(name)
      expect(chunks.map((file) => file.isDynamicEntry && !file.isEntry)).toEqual([true])
      expect(chunks.filter((file) => initial.has(file.fileName))).toEqual([])
    }
    // libphonenumber-js's number plans (method names survive minifying) are in the formatter's chunk, none in the initial JavaScript.
    const initialText = [...initial].map((name) => read(name).toString()).join('\n')
    expect(lazy('engine').map((file) => read(file.fileName).toString()).join('')).toMatch(/nationalPrefixForParsing/)
    expect(initialText).not.toMatch(/nationalPrefixForParsing|nationalNumberPattern/)
    // The country list's combobox (its search field) is in the list's chunk, not in the initial JavaScript.
    expect(lazy('CountryList').map((file) => read(file.fileName).toString()).join('')).toMatch(/aria-activedescendant/)
    expect(initialText).not.toMatch(/aria-activedescendant/)
  })

  it('bundles the kit\'s stylesheet from `import "verify-phone-kit/styles.css"`', () => {
    const css = apps.chunks.filter((file) => file.fileName.endsWith('.css')).map((file) => read(file.fileName).toString()).join('\n')
    expect(css).toContain('[data-vp-phone-entry]')
    expect(css).toContain('[data-vp-otp]')
  })

  it('reports its chunks and keeps its initial JavaScript (raw and gzip) within 110 kB gzip', () => {
    const rows = apps.chunks
      .filter((file) => /\.(js|css)$/.test(file.fileName))
      .map((file) => {
        const bytes = read(file.fileName)
        return { file: file.fileName, raw: bytes.length, gzip: gzipSync(bytes).length }
      })
    const initialNames = new Set(initialChunks(apps.chunks).map((file) => file.fileName))
    const initial = rows.filter((row) => initialNames.has(row.file))
    const total = { raw: initial.reduce((sum, row) => sum + row.raw, 0), gzip: initial.reduce((sum, row) => sum + row.gzip, 0) }
    console.log(
      [
        'consumer build (React, React DOM, TanStack Query, the kit and its mock, libphonenumber-js core):',
        ...rows.map((row) => `  ${row.file.padEnd(36)} ${kB(row.raw).padStart(10)} ${kB(row.gzip).padStart(10)} gzip${initialNames.has(row.file) ? '  (initial)' : ''}`),
        `  initial JS: ${kB(total.raw)}, ${kB(total.gzip)} gzip`,
      ].join('\n'),
    )
    // React, React DOM, TanStack Query, the flow's phone step and the mock come to about 105 kB gzip
    // (118 kB before the formatter, 15 kB, and the later steps, 5.5 kB, became chunks of their own);
    // MSW would add about 100 kB more, and the formatter, a zone or a second copy of React a few more.
    expect(total.gzip).toBeLessThan(110_000)
  })
})

describe('the same app built with MSW installed', () => {
  it('bundles exactly the same files: the in-process mock pulls in no MSW', () => {
    const names = (files: readonly BuiltFile[]) => files.map((file) => file.fileName).sort()
    expect(names(apps.chunksWithMsw)).toEqual(names(apps.chunks))
  })
})
