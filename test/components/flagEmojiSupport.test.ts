import { describe, expect, it } from 'vitest'
import { colourPixels, drawsFlagEmoji, showsFlag } from '../../src/components/phoneEntry/flagEmojiSupport.js'

/** A 48×24 canvas's pixels after `paint`, as the measurement reads them. */
function pixels(paint: (context: CanvasRenderingContext2D) => void): Uint8ClampedArray {
  const canvas = document.createElement('canvas')
  canvas.width = 48
  canvas.height = 24
  const context = canvas.getContext('2d')!
  paint(context)
  return context.getImageData(0, 0, 48, 24).data
}

const letters = (text: string) =>
  pixels((context) => {
    context.font = '20px sans-serif'
    context.textBaseline = 'top'
    context.fillStyle = '#000'
    context.fillText(text, 0, 0)
  })
const tricolour = pixels((context) => {
  for (const [x, colour] of [[0, '#00318a'], [12, '#fff'], [24, '#d80027']] as const) {
    context.fillStyle = colour
    context.fillRect(x, 4, 12, 16)
  }
})

describe('colourPixels', () => {
  it('finds none in letters and boxes drawn in black, anti-aliased edges included', () => {
    expect(colourPixels(letters('FR'))).toBe(0)
    expect(colourPixels(pixels((context) => context.strokeRect(2, 2, 20, 20)))).toBe(0)
  })

  it('finds the coloured pixels of a flag, and not its white', () => {
    expect(colourPixels(tricolour)).toBe(2 * 12 * 16)
  })

  it('ignores noise of a few units per channel, as anti-fingerprinting adds', () => {
    const noisy = letters('FR').map((value, i) => (i % 4 === 3 ? value : Math.min(255, value + (i % 3))))
    expect(colourPixels(noisy)).toBe(0)
  })
})

describe('showsFlag', () => {
  it('is true for a coloured drawing unlike the letters apart', () => {
    expect(showsFlag(tricolour, letters('FR'))).toBe(true)
  })

  it('is false for letters, and for coloured letters drawn the same joined or apart (no flag ligature)', () => {
    expect(showsFlag(letters('FR'), letters('F R'))).toBe(false)
    expect(showsFlag(tricolour, tricolour.slice())).toBe(false)
  })
})

describe('drawsFlagEmoji', () => {
  it('is false, not an error, where the canvas cannot be drawn or read', () => {
    const noContext = { createElement: () => ({ getContext: () => null }) } as unknown as Document
    const unreadable = {
      createElement: () => ({
        getContext: () => ({ clearRect() {}, fillText() {}, getImageData: () => { throw new DOMException('blocked', 'SecurityError') } }),
      }),
    } as unknown as Document
    expect(drawsFlagEmoji(noContext)).toBe(false)
    expect(drawsFlagEmoji(unreadable)).toBe(false)
  })
})
