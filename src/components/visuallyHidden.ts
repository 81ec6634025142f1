import type { CSSProperties } from 'react'

/**
 * Hidden on screen, read by assistive technology. Inline on purpose: it is
 * behaviour (a live region, a label kept for screen readers), so it holds
 * with or without the optional stylesheet, and under a strict CSP.
 */
export const VISUALLY_HIDDEN: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: 0,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
}
