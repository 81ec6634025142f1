import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './test/setup/chromium.mjs'
import { engineMissing, findFirefox, FIREFOX_HOW_TO, IN_CI } from './test/setup/engines.mjs'
import { findWebKit, WEBKIT_HOW_TO, webkitBrowser } from './test/setup/webkit.mjs'
import { EngineCounts } from './test/setup/engineCounts.js'
import { SCREENSHOT_ROOT, VISUAL_MATCH } from './test/visual/match.js'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * A locale besides English for the story journeys, a project of its own: Arabic, the one with another
 * script and direction. (One project each for fr, de and es also passed, but the locale reaches the
 * preview through a per-project `define` that was seen to leak between such projects, and each one
 * more Chromium to start on a 2-core machine.)
 */
const STORY_LOCALES = ['ar']

/** Chromium for the browser projects, launched as everywhere else here (test/setup/chromium.mjs). */
const chromium = () => playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] } })

// Each browser project gets its own `browser` object: sharing one fails when
// all projects run together.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: chromium(),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
  // Six Chromium projects start at once on a 2-core machine; the default minute to connect was
  // seen to run out, which fails every browser project of the run.
  connectTimeout: 300_000,
})

// The visual baselines (test/visual): the designer-visible stories as screenshots, compared with the
// references in test/visual/__screenshots__/<engine>-<platform>/. The time zone, the browser's locale
// and the colour scheme are fixed here so that no screenshot depends on the machine's.
const visualBrowser = () => ({
  ...browser(),
  provider: playwright({
    launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--font-render-hinting=none', '--force-color-profile=srgb', '--hide-scrollbars'] },
    contextOptions: { timezoneId: 'UTC', locale: 'en-US', colorScheme: 'light' as const, reducedMotion: 'reduce' as const, deviceScaleFactor: 1 },
  }),
  expect: { toMatchScreenshot: VISUAL_MATCH },
})

// Reference images are per engine and platform. Where this platform has none yet (a Mac, Windows),
// the visual tests are left out locally with one line saying how to make them; `npm run test:visual`
// and CI=true always run them (a missing reference then fails).
const visualAsked = process.argv.some((arg) => arg === 'visual' || arg === '--project=visual')
const runVisual = IN_CI || visualAsked || existsSync(path.join(dirname, SCREENSHOT_ROOT, `chromium-${process.platform}`))
if (!runVisual) {
  console.warn(`\u26a0 No visual reference images for Chromium on ${process.platform}, so the visual tests are skipped. To make them: npm run test:visual -- --update, then review and commit ${SCREENSHOT_ROOT}/chromium-${process.platform}.`)
}

const COMPONENT_DEPS = ['react', 'react-dom', 'react-dom/client', 'react/jsx-dev-runtime', 'axe-core', 'react-hook-form', '@tanstack/react-query', 'libphonenumber-js/core', 'libphonenumber-js/min/metadata', 'libphonenumber-js/mobile/examples', 'react-dom/server', 'msw', 'fast-check']

// The other engines: the component tests in WebKit, the user journeys in Firefox.
// Locally a missing one is left out with a line saying how to get it; under CI=true it fails.
const webkit = findWebKit()
if (!webkit) engineMissing('WebKit', WEBKIT_HOW_TO)
const firefox = findFirefox()
if (!firefox) engineMissing('Firefox', FIREFOX_HOW_TO)

export default defineConfig({
  test: {
    reporters: ['default', new EngineCounts()],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/core/**/*.test.ts', 'test/api/**/*.test.ts', 'test/data/**/*.test.ts', 'test/i18n/**/*.test.ts', 'test/ssr/**/*.test.tsx'],
          environment: 'node',
          // Property tests run thousands of cases; on a loaded 2-core machine they need room.
          testTimeout: 30_000,
        },
      },
      {
        // A built page served with a strict CSP header and driven by Playwright.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'hooks',
          include: ['test/hooks/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/setup/dom.ts', 'test/setup/phoneMetadata.ts'],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        optimizeDeps: { include: COMPONENT_DEPS },
        test: {
          name: 'browser',
          include: ['test/components/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/dom.ts', 'test/setup/phoneMetadata.ts'],
          testTimeout: 30_000,
          browser: browser(),
        },
      },
      ...(webkit
        ? [
            {
              // The same component tests in WebKit (React 19 only: React 18.3 runs in Chromium).
              // WebDriver drives one page at a time, so files run one after another.
              plugins: [react()],
              optimizeDeps: { include: COMPONENT_DEPS },
              test: {
                name: 'webkit',
                include: ['test/components/**/*.test.{ts,tsx}'],
                setupFiles: ['test/setup/dom.ts', 'test/setup/phoneMetadata.ts'],
                testTimeout: 60_000,
                hookTimeout: 120_000,
                browser: webkitBrowser(webkit),
              },
            },
          ]
        : []),
      ...(firefox
        ? [
            {
              // User journeys on a built page, in Firefox through puppeteer-core (WebDriver BiDi).
              test: {
                name: 'firefox',
                include: ['test/firefox/**/*.test.ts'],
                environment: 'node',
                testTimeout: 90_000,
                hookTimeout: 120_000,
                env: { FIREFOX_PATH: firefox },
              },
            },
          ]
        : []),
      {
        // The same component tests on React 18.3, the oldest React the kit supports.
        plugins: [react()],
        resolve: {
          alias: [
            { find: /^react-dom(\/.*)?$/, replacement: path.join(dirname, 'test/react18/node_modules/react-dom$1') },
            { find: /^react(\/.*)?$/, replacement: path.join(dirname, 'test/react18/node_modules/react$1') },
          ],
        },
        optimizeDeps: { include: ['react-hook-form', '@tanstack/react-query', 'axe-core', 'libphonenumber-js/core', 'libphonenumber-js/min/metadata', 'libphonenumber-js/mobile/examples', 'msw', 'fast-check'] },
        test: {
          name: 'react18',
          include: ['test/components/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/dom.ts', 'test/setup/react18.ts', 'test/setup/phoneMetadata.ts'],
          testTimeout: 30_000,
          browser: browser(),
        },
      },
      {
        // The packed package installed into an app (test/consumer/app): typecheck, Vite build, Chromium.
        test: {
          name: 'consumer',
          include: ['test/consumer/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/consumer/setup.ts'],
          // tsc and Chromium in child processes: generous, for a machine busy with the other projects.
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      ...(runVisual
        ? [
            {
              // Its own project rather than inside `storybook`: its tests shoot every designer-visible story
              // in 2 themes x 2 locales x 2 widths, with their own browser settings, and
              // `npm run test:visual -- --update` rewrites only the reference images.
              plugins: [react()],
              optimizeDeps: { include: [...COMPONENT_DEPS, 'msw/browser', 'msw-storybook-addon/csf3', '@storybook/react-vite', 'storybook/test', '@testing-library/user-event', '@testing-library/dom', '@storybook/addon-docs/blocks', 'storybook/internal/core-events', 'storybook/preview-api', 'storybook/theming'] },
              test: {
                name: 'visual',
                include: ['test/visual/**/*.visual.test.tsx'],
                setupFiles: ['test/visual/setup.ts'],
                // Each test renders a story and shoots it twice; slow on a busy 2-core machine.
                testTimeout: 90_000,
                browser: visualBrowser(),
              },
            },
          ]
        : []),
      {
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          testTimeout: 30_000,
          browser: browser(),
        },
      },
      // The journeys again in each other locale of the toolbar (the preview opens in VITE_STORY_LOCALE),
      // so that no story test depends on English text.
      ...STORY_LOCALES.map((locale) => ({
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook'), tags: { include: ['journey'] } })],
        define: { 'import.meta.env.VITE_STORY_LOCALE': JSON.stringify(locale) },
        test: {
          name: `storybook-${locale}`,
          testTimeout: 30_000,
          browser: browser(),
        },
      })),
    ],
  },
})
