import { setProjectAnnotations } from '@storybook/react-vite'
import preview from '../../.storybook/preview.js'
import { resetFlagStore } from '../../src/components/phoneEntry/flagStore.js'

// The stories render with the Storybook's own decorators, loaders and globals
// (locale, theme), so the screenshots follow what a designer sees.
setProjectAnnotations([preview])

// Still frames only, in the visual tests alone: no animation or transition in
// flight and no blinking caret when a screenshot is taken. The page itself has
// no margin, as Storybook's fullscreen canvas.
const still = document.createElement('style')
still.textContent = `
*, *::before, *::after {
  animation-duration: 0s !important;
  animation-delay: 0s !important;
  animation-iteration-count: 1 !important;
  transition: none !important;
  caret-color: transparent !important;
  scroll-behavior: auto !important;
}
html, body { margin: 0; padding: 0; }
`
document.head.append(still)

// Flags as SVG whatever the machine's fonts: emoji flags would be drawn by the OS's emoji font, if
// any, and differ from machine to machine (this is the path of a platform without flag emoji).
resetFlagStore({ style: 'svg' })
