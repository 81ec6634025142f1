import type { ToMatchScreenshotOptions } from 'vitest/node'

/**
 * Where the reference images live: one folder per engine and platform, because
 * Chromium on Linux and WebKit on macOS draw the same page differently;
 * inside it one folder per story and one image per variant, for example
 * `test/visual/__screenshots__/chromium-linux/flows-verifyphone--code-sent/375-dark-ar.png`.
 */
export const SCREENSHOT_ROOT = 'test/visual/__screenshots__'

type PathData = Parameters<NonNullable<ToMatchScreenshotOptions['resolveScreenshotPath']>>[0]

/** `<engine>-<platform>`, the folder of one engine's references. */
export const engineFolder = ({ browserName, platform }: Pick<PathData, 'browserName' | 'platform'>) => `${browserName}-${platform}`

/**
 * How close a screenshot must be to its reference.
 *
 * pixelmatch compares each pixel's colour in YIQ. `threshold` 0.05 lets two
 * colours count as equal up to about 9/255 of brightness apart (a colour
 * profile or blending rounding), and anti-aliased pixels (glyph and corner
 * edges, which differ a little between Chromium builds) are recognised and not
 * counted. Up to `allowedMismatchedPixels` others may differ: a few glyphs
 * drawn a subpixel aside pass, while a changed colour variable, which repaints
 * a whole border, fill or text run (hundreds to thousands of pixels), fails.
 * test/visual/README.md says how this was checked.
 */
export const VISUAL_COMPARATOR = {
  threshold: 0.05,
  includeAA: false,
  allowedMismatchedPixels: 250,
}

export const VISUAL_MATCH = {
  comparatorName: 'pixelmatch' as const,
  comparatorOptions: VISUAL_COMPARATOR,
  resolveScreenshotPath: (data: PathData) => `${data.root}/${SCREENSHOT_ROOT}/${engineFolder(data)}/${data.arg}${data.ext}`,
  // Failures leave the actual image and the diff in the attachments folder (git-ignored).
  resolveDiffPath: (data: PathData) => `${data.root}/${data.attachmentsDir}/visual/${engineFolder(data)}/${data.arg}${data.ext}`,
} satisfies ToMatchScreenshotOptions & Record<string, unknown>
