'use client'
import { useLayoutEffect, useRef, type CSSProperties, type RefObject } from 'react'
import type { Translate } from '../../i18n/format.js'
import type { PhoneEntryMessageKey } from '../../i18n/locales/en/phoneEntry.js'
import type { CountryListIds } from './countryListIds.js'

export interface CountryListFailedProps {
  ids: CountryListIds
  buttonRef: RefObject<HTMLButtonElement | null>
  /** Asks for the list's chunk again. */
  onRetry: () => void
  /** Closes the message (Escape, or focus moving elsewhere). */
  onClose: () => void
  t: Translate<PhoneEntryMessageKey>
}

// The popover's own look (the stylesheet's `country-popover`), placed under the button without the
// list's placement code, which is in the chunk that failed to arrive.
const STYLE: CSSProperties = { position: 'fixed', inset: 'auto', margin: 0, boxSizing: 'border-box', maxWidth: 'calc(100vw - 16px)' }
const supportsPopover = typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function'

/**
 * Stands where the country list would open when its chunk cannot be
 * downloaded (offline, say): a short message saying so, announced, and "Try
 * again", which takes focus as the search field would have.
 */
export function CountryListFailed({ ids, buttonRef, onRetry, onClose, t }: CountryListFailedProps) {
  const boxRef = useRef<HTMLDivElement | null>(null)
  const retryRef = useRef<HTMLButtonElement | null>(null)
  const messageId = `${ids.base}load-failed`

  useLayoutEffect(() => {
    const box = boxRef.current
    const anchor = buttonRef.current
    if (!box || !anchor) return
    if (supportsPopover) box.showPopover()
    const button = anchor.getBoundingClientRect()
    const width = box.getBoundingClientRect().width
    const start = getComputedStyle(anchor).direction === 'rtl' ? button.right - width : button.left
    const left = Math.max(8, Math.min(start, window.innerWidth - 8 - width))
    Object.assign(box.style, { top: `${button.bottom + 4}px`, left: `${left}px` })
    retryRef.current?.focus()
  }, [buttonRef])

  return (
    <div
      ref={boxRef}
      id={ids.popover}
      role="dialog"
      aria-labelledby={ids.button}
      aria-describedby={messageId}
      popover={supportsPopover ? 'manual' : undefined}
      style={STYLE}
      data-part="country-popover"
      data-state="failed"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault() // nor closes a dialog around it
        event.stopPropagation()
        buttonRef.current?.focus()
        onClose()
      }}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null
        if (next && !event.currentTarget.contains(next) && next !== buttonRef.current) onClose()
      }}
    >
      <p id={messageId} role="alert" data-part="country-load-error">
        {t('countryListLoadFailed')}
      </p>
      <button ref={retryRef} type="button" data-part="country-retry" onClick={onRetry}>
        {t('countryListRetry')}
      </button>
    </div>
  )
}
