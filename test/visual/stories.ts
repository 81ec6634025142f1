/** A story's look: the kit's theme and the locale (its direction follows), each shot at every width. */
export interface Look {
  name: string
  theme: 'light' | 'dark'
  locale: 'en' | 'ar'
}

/** Light and dark, English and Arabic. */
export const LOOKS: Look[] = (['light', 'dark'] as const).flatMap((theme) => (['en', 'ar'] as const).map((locale) => ({ name: `${theme}-${locale}`, theme, locale })))

/** 375 px (a phone) and 1280 px (a laptop): with the looks, 8 images a story. */
export const WIDTHS = [375, 1280] as const

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
  await flagsDrawn()
  await frame()
  await frame()
}

/** Every SVG flag on the page has its drawing (each zone's flags arrive as a chunk). */
async function flagsDrawn(): Promise<void> {
  const deadline = performance.now() + 10_000
  while (document.querySelector('[data-flag="svg"] svg:not([data-loaded])')) {
    if (performance.now() > deadline) throw new Error('an SVG flag never got its drawing')
    await frame()
  }
}
