/** One screenshot of a story: page width, kit theme and locale (its direction follows). */
export interface Variant {
  name: string
  width: 375 | 1280
  theme: 'light' | 'dark'
  locale: 'en' | 'ar'
  /** Check that no text is drawn with a font of the machine's: once per story and locale, as the text is the same at every width and theme. */
  checkFonts: boolean
}

/** 375 px (a phone) and 1280 px (a laptop), light and dark, English and Arabic: 8 images a story. */
export const VARIANTS: Variant[] = ([375, 1280] as const).flatMap((width) =>
  (['light', 'dark'] as const).flatMap((theme) => (['en', 'ar'] as const).map((locale) => ({ name: `${width}-${theme}-${locale}`, width, theme, locale, checkFonts: width === 1280 && theme === 'light' }))),
)

interface ComposedLike {
  id: string
  storyName: string
  tags: string[]
  run: (context?: Record<string, unknown>) => Promise<void>
}

/**
 * The stories a designer sees in the Storybook's sidebar: those tagged `dev`
 * (Storybook's default). Test-only journeys, tagged `!dev`, are left to the
 * `storybook` project.
 */
export function designerStories(composed: object): ComposedLike[] {
  return Object.values(composed as Record<string, ComposedLike>).filter((story) => story.tags.includes('dev'))
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

/** Fonts in, layout done and two frames painted: what the page shows now is what it will keep showing. */
export async function settle(): Promise<void> {
  await document.fonts.ready
  await frame()
  await frame()
}
