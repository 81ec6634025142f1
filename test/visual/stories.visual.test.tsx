import { afterAll, describe, expect, test } from 'vitest'
import { page } from 'vitest/browser'
import { composeStories } from '@storybook/react-vite'
import { systemFontsUsed } from './fonts.js'
import { designerStories, LOOKS, settle, WIDTHS } from './stories.js'

// Every story a designer can open, rendered as the Storybook renders it (its
// args, decorators, loaders and play function, with the toolbar's locale and
// theme as globals), then shot at each width against its reference image.

// Every stories file: the designer's stories start clean and hold in every locale (the journeys,
// tagged !dev, are left out by designerStories).
const modules = import.meta.glob<Record<string, unknown>>('../../stories/**/*.stories.tsx', { eager: true })

/** The page's height at least; it grows to the story's, so the whole story is in the image. */
const MIN_HEIGHT = 600
/** Time to get two equal screenshots in a row; generous, for a 2-core machine busy with other tests. */
const SCREENSHOT_TIMEOUT = 20_000
const CANVAS = 'visual-canvas'

let canvas: HTMLElement | undefined

function newCanvas(): HTMLElement {
  canvas?.remove()
  canvas = document.createElement('div')
  canvas.dataset.testid = CANVAS
  document.body.append(canvas)
  return canvas
}

/** Sizes the page to `width` and to the story's height, as a browser window of that size would show it. */
async function fitPage(element: HTMLElement, width: number): Promise<void> {
  await page.viewport(width, MIN_HEIGHT)
  await settle()
  const height = Math.ceil(element.getBoundingClientRect().height)
  if (height > MIN_HEIGHT) {
    await page.viewport(width, height)
    await settle()
  }
}

afterAll(() => canvas?.remove())

for (const [file, module] of Object.entries(modules)) {
  const stories = designerStories(composeStories(module as Parameters<typeof composeStories>[0]))
  if (stories.length === 0) continue
  describe(file.replace('../../stories/', ''), () => {
    for (const story of stories) {
      describe(story.storyName, () => {
        // One render per look, shot at both widths (the kit re-lays itself out on resize, as in a browser).
        test.each(LOOKS)('$name', async (look) => {
          const element = newCanvas()
          await page.viewport(WIDTHS[0], MIN_HEIGHT)
          await story.run({ canvasElement: element, globals: { locale: look.locale, theme: look.theme, dir: 'auto' } })
          if (look.theme === 'light') {
            // Text drawn with a font of the machine's would make these images differ elsewhere
            // (the text is the same in both themes, so once per locale is enough).
            await settle()
            expect(await systemFontsUsed(CANVAS)).toEqual([])
          }
          for (const width of WIDTHS) {
            await fitPage(element, width)
            await expect.element(page.elementLocator(element)).toMatchScreenshot(`${story.id}/${width}-${look.name}`, { timeout: SCREENSHOT_TIMEOUT })
          }
        })
      })
    }
  })
}
