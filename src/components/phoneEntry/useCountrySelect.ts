'use client'
import { useLayoutEffect, useRef, type CSSProperties, type FocusEvent, type KeyboardEvent, type RefObject } from 'react'
import type { CountryOption } from '../../core/phoneInput/countries.js'
import type { CountryCode } from '../../core/phoneInput/types.js'
import type { Translate } from '../../i18n/format.js'
import type { PhoneEntryMessageKey } from '../../i18n/locales/en/phoneEntry.js'
import type { CountryListIds } from './countryListIds.js'
import { PAGE_SIZE, type CountrySection, type CountrySelectState } from './useCountrySelectState.js'

export interface UseCountrySelectProps {
  value: CountryCode | undefined
  onValueChange: (country: CountryCode) => void
  /** Where focus goes after a choice; back to the button by default. */
  focusAfterSelect?: (() => void) | undefined
  /** Closes the list (the button owns whether it is open); must be stable. */
  close: () => void
  /** The button that opened the list: the popover sits beside it and gives focus back to it. */
  buttonRef: RefObject<HTMLButtonElement | null>
  /** The ids the button already uses: its own (the popover's name) and the popover's (its `aria-controls`). */
  ids: CountryListIds
  t: Translate<PhoneEntryMessageKey>
}

// How far each key moves the active option; Home and End go all the way.
const KEY_MOVES: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: PAGE_SIZE, PageUp: -PAGE_SIZE, Home: -Infinity, End: Infinity }

// The Popover API puts the list in the top layer, above modals and outside
// any `overflow: hidden`; without it the list is simply fixed-positioned.
const supportsPopover = typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function'

const POPOVER_STYLE: CSSProperties = { position: 'fixed', inset: 'auto', margin: 0, display: 'flex', flexDirection: 'column', boxSizing: 'border-box', overflow: 'hidden' }
const LISTBOX_STYLE: CSSProperties = { overflowY: 'auto', flex: '1 1 auto', minHeight: 0 }

function maxHeight(pixels: number): string {
  return `min(var(--vp-country-popover-max-height, 22rem), ${Math.floor(pixels)}px)`
}

/** Space between the button and the popover, and between the popover and the viewport's edges. */
const GAP = 4
const MARGIN = 8

/**
 * Places the popover beside the button, inside the visual viewport (so that
 * an on-screen keyboard counts): below when it fits or when there is more
 * room below, above otherwise; aligned with the button's start edge (its
 * right in right-to-left), and shifted to stay `MARGIN` away from the
 * viewport's edges. The list scrolls within the height left on that side.
 */
function position(popover: HTMLElement, anchor: HTMLElement): void {
  const view = window.visualViewport
  const viewTop = view?.offsetTop ?? 0
  const viewLeft = view?.offsetLeft ?? 0
  const viewWidth = view?.width ?? window.innerWidth
  const viewHeight = view?.height ?? window.innerHeight
  popover.style.maxHeight = maxHeight(viewHeight - 2 * MARGIN)
  const size = popover.getBoundingClientRect()
  const button = anchor.getBoundingClientRect()
  const below = viewTop + viewHeight - MARGIN - (button.bottom + GAP)
  const above = button.top - GAP - (viewTop + MARGIN)
  const side = size.height <= below || below >= above ? 'bottom' : 'top'
  const room = Math.max(0, side === 'bottom' ? below : above)
  const maxWidth = Math.max(0, viewWidth - 2 * MARGIN)
  const width = Math.min(size.width, maxWidth)
  const start = getComputedStyle(anchor).direction === 'rtl' ? button.right - width : button.left
  const left = Math.min(Math.max(start, viewLeft + MARGIN), viewLeft + viewWidth - MARGIN - width)
  const top = side === 'bottom' ? button.bottom + GAP : button.top - GAP - Math.min(size.height, room)
  Object.assign(popover.style, { top: `${top}px`, left: `${left}px`, maxHeight: maxHeight(room), maxWidth: `${maxWidth}px` })
  popover.dataset.side = side
}

function scrollIntoList(list: HTMLElement, option: HTMLElement, center: boolean): void {
  const outer = list.getBoundingClientRect()
  const inner = option.getBoundingClientRect()
  if (center) list.scrollTop += inner.top - outer.top - (outer.height - inner.height) / 2
  else if (inner.top < outer.top) list.scrollTop -= outer.top - inner.top
  else if (inner.bottom > outer.bottom) list.scrollTop += inner.bottom - outer.bottom
}

/**
 * Behaviour of the open country list (the button's own is `useCountryButton`):
 * a popover beside the button holding a search field (a WAI-ARIA combobox,
 * focus stays in it) over a listbox whose active option is named by
 * `aria-activedescendant`. Arrows, Home/End, PageUp/PageDown move; Enter
 * picks; Escape closes and returns focus to the button. It exists only while
 * the list is open, in the lazily loaded chunk (see countryListLoader.ts).
 *
 * @example
 * const picker = useCountrySelectState({ options, value, initialQuery: '' })
 * const { popoverProps, searchProps, listboxProps, getOptionProps } = useCountrySelect({ value, onValueChange, close, buttonRef, ids, t }, picker)
 */
export function useCountrySelect(props: UseCountrySelectProps, state: CountrySelectState) {
  const { value, onValueChange, focusAfterSelect, close, buttonRef, ids, t } = props
  const { activeCode } = state
  const base = ids.base
  const listboxId = `${base}listbox`
  const optionId = (code: CountryCode) => `${base}option-${code}`
  const popoverRef = useRef<HTMLDivElement | null>(null)
  const searchRef = useRef<HTMLInputElement | null>(null)
  const listboxRef = useRef<HTMLDivElement | null>(null)
  const justOpened = useRef(false)

  useLayoutEffect(() => {
    const popover = popoverRef.current
    const anchor = buttonRef.current
    if (!popover || !anchor) return
    if (supportsPopover && !popover.matches(':popover-open')) popover.showPopover()
    const reposition = (event?: Event) => {
      if (event?.target instanceof Node && popover.contains(event.target)) return
      position(popover, anchor)
    }
    reposition()
    searchRef.current?.focus({ preventScroll: true })
    justOpened.current = true
    const controller = new AbortController()
    const signal = controller.signal
    const capture = { capture: true, signal }
    window.addEventListener('resize', reposition, { signal })
    window.visualViewport?.addEventListener('resize', reposition, { signal })
    document.addEventListener('scroll', reposition, capture)
    const outside = (event: PointerEvent) => {
      const target = event.target as Node
      if (!popover.contains(target) && !anchor.contains(target)) close()
    }
    document.addEventListener('pointerdown', outside, capture)
    return () => controller.abort()
  }, [buttonRef, close])

  useLayoutEffect(() => {
    const list = listboxRef.current
    const option = activeCode ? list?.ownerDocument.getElementById(optionId(activeCode)) : null
    if (!list || !option) return
    scrollIntoList(list, option, justOpened.current)
    justOpened.current = false
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ids derive from `base`
  }, [activeCode, state.sections])

  const select = (code: CountryCode) => {
    // Focus moves before the list unmounts, or it would fall to the page.
    if (focusAfterSelect) focusAfterSelect()
    else buttonRef.current?.focus()
    close()
    if (code !== value) onValueChange(code)
  }

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Keys that pick an IME candidate (arrows, Enter, Escape) are the IME's;
    // Safari ends the composition before its keydown, which then has keyCode 229.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return
    const by = KEY_MOVES[event.key]
    if (by) {
      event.preventDefault()
      state.move(by)
    } else if (event.key === 'Enter') {
      event.preventDefault() // never submits the form around the field
      if (activeCode) select(activeCode)
    } else if (event.key === 'Escape') {
      event.preventDefault() // nor closes a dialog around it
      event.stopPropagation()
      buttonRef.current?.focus()
      close()
    }
  }

  const hasResults = state.visible.length > 0
  return {
    popoverProps: {
      ref: popoverRef,
      id: ids.popover,
      role: 'dialog',
      'aria-labelledby': ids.button,
      popover: supportsPopover ? ('manual' as const) : undefined,
      style: POPOVER_STYLE,
      'data-state': 'open',
      onBlur: (event: FocusEvent<HTMLDivElement>) => {
        const next = event.relatedTarget as Node | null
        if (next && !event.currentTarget.contains(next)) close()
      },
    },
    searchProps: {
      ref: searchRef,
      type: 'text',
      role: 'combobox',
      value: state.query,
      'aria-label': t('countrySearchLabel'),
      placeholder: t('countrySearchPlaceholder'),
      'aria-autocomplete': 'list' as const,
      'aria-expanded': hasResults,
      'aria-controls': hasResults ? listboxId : undefined,
      'aria-activedescendant': hasResults && activeCode ? optionId(activeCode) : undefined,
      autoComplete: 'off',
      autoCorrect: 'off',
      spellCheck: false,
      enterKeyHint: 'done' as const,
      onChange: (event: { currentTarget: HTMLInputElement }) => state.setQuery(event.currentTarget.value),
      onKeyDown: onSearchKeyDown,
    },
    listboxProps: {
      ref: listboxRef,
      id: listboxId,
      role: 'listbox',
      'aria-label': t('countryListLabel'),
      // A scrolling box would otherwise become a tab stop of its own in Chromium.
      tabIndex: -1,
      style: LISTBOX_STYLE,
    },
    getSectionLabelId: (section: CountrySection) => `${base}group-${section.kind}`,
    getOptionProps: (option: CountryOption) => ({
      id: optionId(option.code),
      role: 'option',
      // Single-select listbox: only the chosen option says it is selected; the
      // others leave the attribute out rather than each announcing "not selected".
      'aria-selected': option.code === value || undefined,
      'data-active': option.code === activeCode ? '' : undefined,
      'data-selected': option.code === value ? '' : undefined,
      // Keeps focus in the search field, where the keyboard works.
      onMouseDown: (event: { preventDefault(): void }) => event.preventDefault(),
      onPointerMove: () => option.code !== activeCode && state.setActive(option.code),
      onClick: () => select(option.code),
    }),
  }
}
