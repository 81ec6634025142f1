// Records what a screen-reader user would be told through a journey: every
// node added to the live region (a screen reader says each addition), and
// every element that takes focus with its name and description (a screen
// reader says those on focus). It also notes any moment, after a DOM change,
// at which focus rested on <body>.

export interface FocusEntry {
  element: Element
  /** Accessible name and description as read on focus. */
  said: string
}

function textOfIds(element: Element, attribute: string): string {
  const ids = element.getAttribute(attribute)?.split(/\s+/).filter(Boolean) ?? []
  return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ')
}

/** What a screen reader says when `element` takes focus: its name (label, aria-labelledby, content) and description. */
export function saidOnFocus(element: Element): string {
  const name =
    textOfIds(element, 'aria-labelledby') ||
    element.getAttribute('aria-label') ||
    ((element as HTMLInputElement).labels?.[0]?.textContent ?? '') ||
    (element.textContent ?? '')
  return `${name.trim()} ${textOfIds(element, 'aria-describedby')}`.trim()
}

export function recordJourney(live: Element) {
  const announcements: string[] = []
  const focus: FocusEntry[] = []
  let focusLost = 0
  let hadFocus = document.activeElement !== null && document.activeElement !== document.body
  const liveObserver = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const text = node.textContent?.trim()
        if (text) announcements.push(text)
      }
      if (record.type === 'characterData' && record.target.textContent?.trim()) announcements.push(record.target.textContent.trim())
    }
  })
  liveObserver.observe(live, { childList: true, subtree: true, characterData: true })
  const pageObserver = new MutationObserver(() => {
    if (document.activeElement === document.body && hadFocus) focusLost += 1
  })
  pageObserver.observe(document.body, { childList: true, subtree: true, attributes: true })
  const onFocus = (event: FocusEvent) => {
    hadFocus = true
    focus.push({ element: event.target as Element, said: saidOnFocus(event.target as Element) })
  }
  document.addEventListener('focusin', onFocus)
  return {
    announcements,
    focus,
    /** How many DOM changes left focus on <body> after something in the page had it. */
    focusLost: () => focusLost,
    stop() {
      liveObserver.disconnect()
      pageObserver.disconnect()
      document.removeEventListener('focusin', onFocus)
    },
  }
}

/** Waits for the effects of an action to settle (a few frames, real time). */
export const settle = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms))
