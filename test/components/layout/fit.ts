/** Helpers that tell whether the kit's markup fits a narrow box, whatever the fonts. */

/** A short name for an element in failure messages. */
function describe(element: Element): string {
  const part = element.getAttribute('data-part') ?? element.getAttribute('data-step') ?? element.className
  return `<${element.tagName.toLowerCase()}${part ? ` ${String(part)}` : ''}>`
}

/** Elements that are visually hidden on purpose (the live region, a label kept for screen readers). */
function isClippedAway(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = getComputedStyle(node)
    if (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.display === 'none') return true
  }
  return false
}

/**
 * What sticks out of `box` sideways: the box scrolling (`scrollWidth` over
 * `clientWidth`), and any visible element whose border box crosses its left
 * or right edge (overflow to the start of a right-to-left box cannot be
 * scrolled to, so `scrollWidth` alone misses it).
 */
export function horizontalOverflow(box: HTMLElement): string[] {
  const problems: string[] = []
  if (box.scrollWidth > box.clientWidth) problems.push(`the box scrolls: scrollWidth ${box.scrollWidth} > clientWidth ${box.clientWidth}`)
  const edges = box.getBoundingClientRect()
  for (const element of box.querySelectorAll('*')) {
    const rect = element.getBoundingClientRect()
    if (rect.width === 0 || element.closest('[popover], [role="dialog"]') || isClippedAway(element)) continue
    if (rect.left < edges.left - 0.5 || rect.right > edges.right + 0.5) {
      problems.push(`${describe(element)} spans ${Math.round(rect.left)}–${Math.round(rect.right)} outside ${Math.round(edges.left)}–${Math.round(edges.right)}`)
    }
  }
  return problems
}

/** Overflow of the page itself (the viewport scrolling sideways). */
export function pageOverflow(): string[] {
  const root = document.documentElement
  return root.scrollWidth > root.clientWidth ? [`the page scrolls: ${root.scrollWidth} > ${root.clientWidth}`] : []
}

/**
 * Checks `box` in the ways a host lays the kit out: as a block of the box's
 * width; as an item of a flex row, which gives it no less than its
 * min-content width (a content-sized container); and at that min-content
 * width itself, where every part must still fit inside the kit's own box.
 */
export function overflowWhereverPlaced(box: HTMLElement): string[] {
  const problems: string[] = []
  const check = (layout: string) => {
    problems.push(...horizontalOverflow(box).map((problem) => `${layout}: ${problem}`))
    problems.push(...pageOverflow().map((problem) => `${layout}: ${problem}`))
  }
  const width = box.style.width
  box.style.display = 'flex'
  check('flex row')
  box.style.display = 'block'
  check('block')
  box.style.width = 'min-content'
  check('min-content')
  box.style.width = width
  return problems
}

/** The narrowest the content of `box` can be laid out: its min-content width, in CSS px. */
export function minContentWidth(box: HTMLElement): number {
  const previous = box.style.width
  box.style.width = 'min-content'
  const width = box.getBoundingClientRect().width
  box.style.width = previous
  return width
}
