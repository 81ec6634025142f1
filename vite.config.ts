import { readFileSync } from 'node:fs'
import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import dts from 'vite-plugin-dts'

/** The optional stylesheet's parts, in cascade order: tokens first, then each component. */
const STYLESHEETS = ['theme.css', 'otp-input.css', 'phone-entry.css', 'verify-phone.css']

/** Emits `dist/styles.css` (the `./styles.css` export) from the component sheets, unprocessed. */
function stylesheet(): Plugin {
  return {
    name: 'verify-phone-kit:stylesheet',
    generateBundle() {
      const source = STYLESHEETS.map((file) => readFileSync(new URL(`src/styles/${file}`, import.meta.url), 'utf8')).join('\n')
      this.emitFile({ type: 'asset', fileName: 'styles.css', source })
    },
  }
}

/** The library build: four ESM entries, peers external, types beside them. */
export default defineConfig({
  plugins: [
    react(),
    dts({ include: ['src'], exclude: ['**/*.stories.*'], tsconfigPath: './tsconfig.build.json' }),
    stylesheet(),
  ],
  publicDir: false,
  build: {
    target: 'es2022',
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core.ts',
        testing: 'src/testing.ts',
        testingMsw: 'src/testingMsw.ts',
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^react-hook-form($|\/)/, /^@tanstack\//, /^libphonenumber-js($|\/)/, /^msw($|\/)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
})
