// Page bundles for the browser runs: a normal app bundle per page, React included.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'

/** Typing pages: one per component under test, named after its page file. */
export const TYPING_PAGES = ['plain-input', 'ours-phone', 'rpni', 'rip', 'ours-otp', 'input-otp', 'react-otp-input']
/** Pages of the memory and request runs (production build only). */
export const FLOW_PAGES = ['memory', 'requests']

/**
 * The package declares every module free of side effects except CSS, which
 * would let the bundler drop the probe's bare import: keep it.
 */
const keepProbe = {
  name: 'keep-probe',
  setup(build) {
    build.onResolve({ filter: /\/probe\.js$/ }, (args) => ({ path: join(args.resolveDir, 'probe.ts'), sideEffects: true }))
  },
}

function html(name, hasCss) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${name}</title>${hasCss ? `<link rel="stylesheet" href="${name}.css">` : ''}</head>
<body><div id="root"></div><script type="module" src="${name}.js"></script></body>
</html>
`
}

/**
 * Builds every page into `outDir/<variant>/`: `prod` (React's production
 * build, for timings), `profiling` (React's profiling build, so that
 * `<Profiler onRender>` reports commits). Flow pages are built unminified, so
 * the stack of a timer left behind points at a readable module.
 */
export async function buildPages(root, outDir) {
  rmSync(outDir, { recursive: true, force: true })
  const variants = [
    { name: 'prod', pages: [...TYPING_PAGES, ...FLOW_PAGES], alias: {} },
    { name: 'profiling', pages: TYPING_PAGES, alias: { 'react-dom/client': 'react-dom/profiling' } },
  ]
  const built = {}
  for (const variant of variants) {
    const dir = join(outDir, variant.name)
    mkdirSync(dir, { recursive: true })
    for (const page of variant.pages) {
      const flow = FLOW_PAGES.includes(page)
      const result = await build({
        absWorkingDir: root,
        entryPoints: { [page]: join('bench/pages', `${page}.tsx`) },
        outdir: dir,
        bundle: true,
        minify: !flow,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        jsx: 'automatic',
        alias: variant.alias,
        define: { 'process.env.NODE_ENV': '"production"' },
        loader: { '.svg': 'dataurl', '.png': 'dataurl' },
        plugins: [keepProbe],
        metafile: true,
        logLevel: 'silent',
      })
      const hasCss = Object.keys(result.metafile.outputs).some((file) => file.endsWith(`${page}.css`))
      writeFileSync(join(dir, `${page}.html`), html(page, hasCss))
      built[`${variant.name}/${page}`] = { js: join(dir, `${page}.js`) }
    }
  }
  return built
}
