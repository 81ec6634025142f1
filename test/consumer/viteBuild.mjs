// Builds the consumer app for production, as `vite build` with the React
// plugin would, and prints its files as JSON. It runs in its own process with
// NODE_ENV=production: inside Vitest (NODE_ENV=test) Vite would bundle
// React's development build. Usage: node viteBuild.mjs <app root>
import react from '@vitejs/plugin-react'
import { build } from 'vite'

const output = await build({
  root: process.argv[2],
  mode: 'production',
  configFile: false,
  envDir: false,
  plugins: [react()],
  logLevel: 'warn',
  // The README's CSS target: Vite 8's default lowers light-dark(), which leaves the kit without colours.
  build: { outDir: 'dist', emptyOutDir: true, cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5'] },
})
if (Array.isArray(output) || !('output' in output)) throw new Error('expected one build output')
const files = output.output.map((file) =>
  file.type === 'chunk'
    ? { fileName: file.fileName, isEntry: file.isEntry, isDynamicEntry: file.isDynamicEntry, imports: file.imports }
    : { fileName: file.fileName, isEntry: false, isDynamicEntry: false, imports: [] },
)
process.stdout.write(JSON.stringify(files))
