import type { Decorator, Preview } from '@storybook/react-vite'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { VerifyPhoneProvider } from '../src/hooks/VerifyPhoneProvider.js'
import { preloadPhoneMetadata } from '../src/components/phoneEntry/metadataStore.js'
import { loadLaterSteps } from '../src/components/verifyPhone/laterStepsLoader.js'
import { catalogueFor, localeDirection } from '../src/i18n/locales.js'
// The stories' fonts come from devDependencies, not the OS, so every machine (and the visual tests) draws the same text.
import '@fontsource-variable/noto-sans'
import '@fontsource-variable/noto-sans-arabic'
import '@fontsource-variable/noto-sans-mono'
import '@fontsource-variable/noto-sans-jp'
import '../src/styles/theme.css'
import '../src/styles/otp-input.css'
import '../src/styles/phone-entry.css'
import '../src/styles/verify-phone.css'
import '../stories/support/stories.css'
import { pageTheme, PageThemeFrom, ThemedDocsContainer } from './pageTheme.js'

/**
 * The locale stories open in: English, or under Vitest the one in
 * VITE_STORY_LOCALE, so that the story tests run in each locale of the toolbar
 * (see vitest.config.ts and the Testing page).
 */
const INITIAL_LOCALE: string = import.meta.env.VITE_STORY_LOCALE || 'en'

/** Locale, direction and theme from the toolbar, applied around every story. */
const withKit: Decorator = (Story, context) => {
  const locale = String(context.globals.locale ?? 'en')
  // A direction picked in the toolbar overrides the locale's, for the kit (the provider's `dir`) and the page around it.
  const forced = context.globals.dir === 'ltr' || context.globals.dir === 'rtl' ? context.globals.dir : undefined
  const dir = forced ?? localeDirection(locale)
  const theme = pageTheme(context.globals.theme)
  return (
    <PageThemeFrom theme={theme}>
      <VerifyPhoneProvider locale={locale} dir={forced} messages={catalogueFor(locale)}>
        <div className="story-root" dir={dir} lang={locale} data-vp-theme={theme}>
          <Story />
        </div>
      </VerifyPhoneProvider>
    </PageThemeFrom>
  )
}

const preview: Preview = {
  // Stories that talk HTTP go through the real Transmit client; MSW answers
  // with the in-memory mock's handlers, so no backend and no token are needed.
  // Every phone metadata zone is in before a story renders, so that play functions type into a
  // field that formats from the first key, as the test setup does (apps load zones as numbers need them).
  // The flow's chunk and the Transmit client's request code are in too, as an app's idle prefetch has
  // them by the time a code is sent: a dev server compiles a chunk on its first request, slower than
  // a journey waits (the request code is loaded by its module, which the kit's import() then finds).
  loaders: [mswLoader(), () => preloadPhoneMetadata(), () => loadLaterSteps(), () => import('../src/api/transmitRequests.js')],
  decorators: [withKit],
  globalTypes: {
    locale: {
      description: 'Locale of messages, country names and times',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
          { value: 'de', title: 'Deutsch' },
          { value: 'es', title: 'Español' },
          { value: 'ar', title: 'العربية' },
        ],
      },
    },
    dir: {
      description: 'Writing direction (auto follows the locale)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'auto', title: 'Direction: from locale' },
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
      },
    },
    theme: {
      description: 'Light, dark, or the system’s (data-vp-theme on the story root)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'system', title: 'System (prefers-color-scheme)' },
        ],
      },
    },
  },
  initialGlobals: { locale: INITIAL_LOCALE, dir: 'auto', theme: 'light' },
  parameters: {
    layout: 'fullscreen',
    options: {
      storySort: {
        order: [
          'Docs',
          ['Introduction', 'Getting started', 'Transmit setup', 'React Hook Form', 'TanStack Query', 'Theming', 'Compared with GOV.UK', 'Localisation', 'Accessibility', 'Testing'],
          'Flows',
          'Components',
          'Hooks',
        ],
      },
    },
    controls: { expanded: true },
    docs: { container: ThemedDocsContainer },
    // A story with an accessibility violation fails in `npm test`.
    a11y: { test: 'error' },
  },
}

export default preview
