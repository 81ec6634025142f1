'use client'
import { useCallback, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react'
import type { CountryListIds } from './countryListIds.js'
import { loadCountryList, type CountryListStatus } from './countryListLoader.js'

export interface UseCountryButtonProps {
  disabled?: boolean | undefined
}

/** Printable keys type into the search; Space is the button's own (it clicks). */
const isTyped = (key: string) => key.length === 1 && key.trim() !== ''

/**
 * Behaviour of the country picker's button, which is all of the picker a page
 * loads up front: the list itself (search field, listbox, their keyboard) is
 * a chunk fetched on intent (pointer over or down on the button, a touch, focus)
 * and at the latest when the list is asked for. Asked for before it has
 * arrived, the list opens as it arrives, with the letters typed meanwhile in
 * its search; until then the button is `aria-busy` and nothing moves. If it
 * cannot be downloaded, `isFailed` says so and `retry` asks again.
 *
 * `status` is the chunk's (`useCountryListChunk().status`).
 *
 * @example
 * const { buttonProps, isShown, isFailed, query, close, retry } = useCountryButton({ disabled }, status, ids)
 */
export function useCountryButton(props: UseCountryButtonProps, status: CountryListStatus, ids: CountryListIds) {
  const { disabled } = props
  // The list asked for, with what was typed on the button to open it; undefined while closed.
  const [request, setRequest] = useState<{ query: string } | undefined>(undefined)
  const buttonRef = useRef<HTMLButtonElement | null>(null)
  const isOpen = request !== undefined
  const isShown = isOpen && status === 'loaded'
  const isBusy = isOpen && (status === 'idle' || status === 'loading')
  const isFailed = isOpen && status === 'failed'
  // Stable: the list's effects depend on it.
  const close = useCallback(() => setRequest(undefined), [])

  const prefetch = () => {
    if (!disabled && status === 'idle') void loadCountryList()
  }
  const open = (query = '') => {
    setRequest({ query })
    // Fetched now if intent has not fetched it yet, and again after a failure.
    if (status === 'idle' || status === 'failed') void loadCountryList()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (isShown || event.altKey || event.ctrlKey || event.metaKey) return
    if (isBusy) {
      // Still arriving: what is typed meanwhile goes to the search, as it would have once open.
      if (isTyped(event.key)) {
        event.preventDefault()
        setRequest({ query: request.query + event.key })
      } else if (event.key === 'Escape') {
        event.preventDefault()
        event.stopPropagation()
        close()
      }
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      open()
    } else if (isTyped(event.key)) {
      event.preventDefault()
      open(event.key)
    }
  }

  return {
    buttonRef,
    /** The list is open and here. */
    isShown,
    /** The list was asked for and its chunk could not be downloaded. */
    isFailed,
    /** What was typed on the button before the list opened. */
    query: request?.query ?? '',
    close,
    /** Asks for the list's chunk again; focus waits on the button, where the list will take it. */
    retry: () => {
      buttonRef.current?.focus()
      void loadCountryList()
    },
    buttonProps: {
      ref: buttonRef,
      id: ids.button,
      type: 'button' as const,
      disabled,
      'aria-haspopup': 'dialog' as const,
      'aria-expanded': isShown || isFailed,
      'aria-controls': isShown || isFailed ? ids.popover : undefined,
      // Asked for, still downloading: a screen reader hears that the button is working on it.
      'aria-busy': isBusy || undefined,
      'data-state': isShown || isFailed ? 'open' : 'closed',
      // A press on the button while the list is open keeps focus in the
      // search field, so the popover's blur does not close it before the
      // click does (it would then reopen at once).
      onMouseDown: (event: { preventDefault(): void }) => isShown && event.preventDefault(),
      onClick: () => {
        if (!isOpen) return open()
        // Pressed again while it is on its way: still wanted (Escape or moving on cancels).
        if (isBusy) return
        buttonRef.current?.focus()
        close()
      },
      onKeyDown,
      // Intent: the chunk is on its way before the click lands.
      onPointerEnter: prefetch,
      onPointerDown: prefetch,
      onTouchStart: prefetch,
      onFocus: prefetch,
      // Moving on while the list is still on its way: it does not open later and take focus.
      onBlur: (event: FocusEvent<HTMLButtonElement>) => {
        if (isBusy && event.relatedTarget !== null) close()
      },
    },
  }
}
