import { build } from 'esbuild'
import { gzipSync } from 'node:zlib'
const entry = process.argv[2]
const r = await build({ absWorkingDir: process.cwd(), entryPoints: [entry], bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', jsx: 'automatic',
 external: ['react','react-dom','react/jsx-runtime','react-hook-form','@tanstack/react-query'], define: {'process.env.NODE_ENV':'"production"'}, legalComments:'none', metafile: true, splitting: true, outdir: '/tmp/modsout', chunkNames: '[name]-[hash]', write: false, logLevel: 'silent' })
for (const [k, o] of Object.entries(r.metafile.outputs)) {
  if (!k.endsWith('.js')) continue
  const file = r.outputFiles.find(f => f.path.endsWith(k.split('/').pop()))
  const gz = gzipSync(file.contents, {level: 9}).length
  if (/zone\d|flags\d/.test(k)) { continue }
  console.log(`\n== ${k} min ${o.bytes} gz ${gz} entry ${o.entryPoint ?? ''} imports ${o.imports.filter(i=>!i.external).map(i=>i.kind[0]+':'+i.path.split('/').pop()).join(' ')}`)
  for (const [p, { bytesInOutput }] of Object.entries(o.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) if (bytesInOutput > 150) console.log(String(bytesInOutput).padStart(7), p.replace('node_modules/', 'nm/'))
}
