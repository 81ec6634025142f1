/** A rectangle in viewport coordinates. */
export interface Rect {
  top: number
  left: number
  width: number
  height: number
}

/** Where the country popover goes. */
export interface Placement {
  top: number
  left: number
  /** The height left on the chosen side; the list scrolls within it. */
  maxHeight: number
  maxWidth: number
  side: 'bottom' | 'top'
}

/**
 * Places a popover of a natural `size` beside `anchor`, inside `viewport`
 * (the visual viewport, so that an on-screen keyboard counts): below when it
 * fits or when there is more room below, above otherwise; aligned with the
 * anchor's start edge (right in right-to-left), and shifted to stay `margin`
 * away from the viewport's edges.
 */
export function placePopover(anchor: Rect, size: { width: number; height: number }, viewport: Rect, dir: 'ltr' | 'rtl', gap = 4, margin = 8): Placement {
  const below = viewport.top + viewport.height - margin - (anchor.top + anchor.height + gap)
  const above = anchor.top - gap - (viewport.top + margin)
  const side = size.height <= below || below >= above ? 'bottom' : 'top'
  const maxHeight = Math.max(0, side === 'bottom' ? below : above)
  const height = Math.min(size.height, maxHeight)
  const maxWidth = Math.max(0, viewport.width - 2 * margin)
  const width = Math.min(size.width, maxWidth)
  const start = dir === 'rtl' ? anchor.left + anchor.width - width : anchor.left
  const left = Math.min(Math.max(start, viewport.left + margin), viewport.left + viewport.width - margin - width)
  const top = side === 'bottom' ? anchor.top + anchor.height + gap : anchor.top - gap - height
  return { top, left, maxHeight, maxWidth, side }
}
