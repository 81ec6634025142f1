// WCAG 2.2 contrast from computed styles. Colours are read through a 1×1
// canvas, so every syntax the engine computes (rgb(), color(srgb …),
// color-mix results) is understood the same way the page paints it.

export type Rgba = [number, number, number, number]

const canvas = document.createElement('canvas')
canvas.width = canvas.height = 1
const context = canvas.getContext('2d', { willReadFrequently: true })!

/** A CSS colour as 0–255 channels and 0–1 alpha. */
export function parseColor(css: string): Rgba {
  context.clearRect(0, 0, 1, 1)
  context.fillStyle = '#000'
  context.fillStyle = css
  context.fillRect(0, 0, 1, 1)
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data
  return [r!, g!, b!, a! / 255]
}

/** `top` painted over an opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3]
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba
}

function channel(value: number): number {
  const c = value / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** Relative luminance (WCAG 2.2). */
export function luminance([r, g, b]: Rgba): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/** Contrast ratio between two opaque colours, 1–21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** The opaque colour painted behind `element`'s content: its own and its ancestors' backgrounds, composited. */
export function effectiveBackground(element: Element | null): Rgba {
  const layers: Rgba[] = []
  for (let node = element; node; node = node.parentElement) {
    const color = parseColor(getComputedStyle(node).backgroundColor)
    if (color[3] > 0) layers.push(color)
    if (color[3] === 1) break
  }
  return layers.reduceRight<Rgba>((below, layer) => composite(layer, below), [255, 255, 255, 1])
}
