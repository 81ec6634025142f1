import { useLayoutEffect, useSyncExternalStore, type ReactNode } from 'react'
import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks'
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events'
import { addons } from 'storybook/preview-api'
import { themes } from 'storybook/theming'

// The toolbar's theme over the whole preview page: the canvas around a story
// (the iframe's <html> and <body>, which are Storybook's, not a host's) and the
// docs pages, where no story decorator runs.

export type PageTheme = 'light' | 'dark' | 'system'

export const pageTheme = (value: unknown): PageTheme => (value === 'dark' || value === 'system' ? value : 'light')

let current: PageTheme = 'light'
const listeners = new Set<() => void>()

function setPageTheme(theme: PageTheme) {
  // stories.css keys the page's colour scheme and background on this attribute.
  document.documentElement.dataset.storyTheme = theme
  if (theme === current) return
  current = theme
  for (const listener of [...listeners]) listener()
}

// Docs pages hear of the globals on the channel; under Vitest there is no manager, and no docs.
try {
  const channel = addons.getChannel()
  const follow = ({ globals }: { globals?: Record<string, unknown> }) => setPageTheme(pageTheme(globals?.theme))
  channel.on(SET_GLOBALS, follow)
  channel.on(GLOBALS_UPDATED, follow)
} catch {
  // No channel: the decorator alone sets the theme.
}

/** Sets the page's theme from a story's globals (in the canvas, in tests, and for each story in a docs page). */
export function PageThemeFrom({ theme, children }: { theme: PageTheme; children: ReactNode }) {
  useLayoutEffect(() => setPageTheme(theme), [theme])
  return children
}

const subscribe = (listener: () => void) => {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const prefersDark = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches

/** Storybook's docs container in the toolbar's theme (`system` follows the reader's colour scheme). */
export function ThemedDocsContainer(props: DocsContainerProps & { children?: ReactNode }) {
  const theme = useSyncExternalStore(subscribe, () => current)
  const dark = theme === 'dark' || (theme === 'system' && prefersDark())
  return <DocsContainer {...props} theme={dark ? themes.dark : themes.light} />
}
