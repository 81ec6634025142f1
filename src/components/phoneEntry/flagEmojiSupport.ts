/**
 * The fonts the kit draws flag emoji with: the stylesheet's flag rule
 * (phone-entry.css) names the same, so what is measured here is what shows.
 */
export const FLAG_EMOJI_FONTS = "'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji', sans-serif"

const SIZE = 24
/** A channel spread that no grey reaches, even with a browser's anti-fingerprinting noise (a unit or two). */
const SATURATED = 64
/** Pixels of colour a flag drawn at 24 px has by the hundred; a stray few are noise. */
const ENOUGH = 12

/**
 * Counts the pixels of an RGBA image that are coloured (not grey) and mostly
 * opaque. Letters and the empty boxes of a missing glyph are drawn in the
 * fill colour, black: grey at every edge. A flag emoji is not.
 */
export function colourPixels(rgba: ArrayLike<number>): number {
  let count = 0
  for (let i = 0; i + 3 < rgba.length; i += 4) {
    const r = rgba[i]!
    const g = rgba[i + 1]!
    const b = rgba[i + 2]!
    if (rgba[i + 3]! > 127 && Math.max(r, g, b) - Math.min(r, g, b) >= SATURATED) count += 1
  }
  return count
}

/**
 * Whether a drawing of a flag emoji shows a flag: in colour, and unlike the
 * drawing of its two letters apart (a platform without flags, as Windows,
 * draws the pair as those two letters, in colour or not).
 */
export function showsFlag(flag: ArrayLike<number>, letters: ArrayLike<number>): boolean {
  if (colourPixels(flag) < ENOUGH) return false
  for (let i = 0; i < flag.length; i += 1) if (flag[i] !== letters[i]) return true
  return false
}

function draw(context: CanvasRenderingContext2D, text: string): Uint8ClampedArray {
  context.clearRect(0, 0, SIZE * 2, SIZE)
  context.fillText(text, 0, 0)
  return context.getImageData(0, 0, SIZE * 2, SIZE).data
}

/**
 * Whether this browser draws flag emoji, measured once on a canvas that
 * never joins the page: 🇫🇷 against 🇫 and 🇷 kept apart by a zero-width
 * space. Only in a browser (never on a server); false when the canvas is
 * unavailable or unreadable, so the kit then draws its own flags.
 */
export function drawsFlagEmoji(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas')
    canvas.width = SIZE * 2
    canvas.height = SIZE
    const context = canvas.getContext('2d', { willReadFrequently: true })
    if (!context) return false
    context.font = `${SIZE - 4}px ${FLAG_EMOJI_FONTS}`
    context.textBaseline = 'top'
    context.fillStyle = '#000'
    return showsFlag(draw(context, '\u{1F1EB}\u{1F1F7}'), draw(context, '\u{1F1EB}\u200B\u{1F1F7}'))
  } catch {
    return false
  }
}
