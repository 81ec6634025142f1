'use client'
import { useId, useLayoutEffect, useRef, type CSSProperties, type FocusEvent, type KeyboardEvent } from 'react'
import type { CountryOption } from '../../core/phoneInput/countries.js'
import type { CountryCode } from '../../core/phoneInput/types.js'
import type { Translate } from '../../i18n/format.js'
import type { PhoneEntryMessageKey } from '../../i18n/locales/en/phoneEntry.js'
import { placePopover, type Rect } from './placement.js'
import type { CountryMove, CountrySection, CountrySelectState } from './useCountrySelectState.js'

export interface UseCountrySelectProps {
  value: CountryCode | undefined
  onValueChange: (country: CountryCode) => void
  /** Where focus goes after a choice; back to the button by default. */
  focusAfterSelect?: () => void
  disabled?: boolean
  t: Translate<PhoneEntryMessageKey>
}

const KEY_MOVES: Record<string, CountryMove> = { ArrowDown: 'next', ArrowUp: 'previous', Home: 'first', End: 'last', PageDown: 'pageDown', PageUp: 'pageUp' }

// The Popover API puts the list in the top layer, above modals and outside
// any `overflow: hidden`; without it the list is simply fixed-positioned.
const supportsPopover = typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function'

function viewportRect(): Rect {
  const view = window.visualViewport
  return view ? { top: view.offsetTop, left: view.offsetLeft, width: view.width, height: view.height } : { top: 0, left: 0, width: window.innerWidth, height: window.innerHeight }
}

function maxHeight(pixels: number): string {
  return `min(var(--vp-country-popover-max-height, 100vh), ${Math.floor(pixels)}px)`
}

function position(popover: HTMLElement, anchor: HTMLElement): void {
  const viewport = viewportRect()
  popover.style.maxHeight = maxHeight(viewport.height - 16)
  const size = popover.getBoundingClientRect()
  const dir = getComputedStyle(anchor).direction === 'rtl' ? 'rtl' : 'ltr'
  const place = placePopover(anchor.getBoundingClientRect(), size, viewport, dir)
  Object.assign(popover.style, { top: `${place.top}px`, left: `${place.left}px`, maxHeight: maxHeight(place.maxHeight), maxWidth: `${place.maxWidth}px` })
  popover.dataset.side = place.side
}

function scrollIntoList(list: HTMLElement, option: HTMLElement, center: boolean): void {
  const outer = list.getBoundingClientRect()
  const inner = option.getBoundingClientRect()
  if (center) list.scrollTop += inner.top - outer.top - (outer.height - inner.height) / 2
  else if (inner.top < outer.top) list.scrollTop -= outer.top - inner.top
  else if (inner.bottom > outer.bottom) list.scrollTop += inner.bottom - outer.bottom
}

/**
 * Behaviour of the country picker: a button that opens a popover holding a
 * search field (a WAI-ARIA combobox, focus stays in it) over a listbox whose
 * active option is named by `aria-activedescendant`. Arrows, Home/End,
 * PageUp/PageDown move; Enter picks; Escape closes and returns focus to the
 * button; typing on the button opens the search with that letter.
 *
 * @example
 * const picker = useCountrySelectState({ options, value })
 * const { buttonProps, searchProps, listboxProps, getOptionProps } = useCountrySelect({ value, onValueChange, t }, picker)
 */
export function useCountrySelect(props: UseCountrySelectProps, state: CountrySelectState) {
  const { value, onValueChange, focusAfterSelect, disabled, t } = props
  const { isOpen, activeCode, open, close, move } = state
  const base = useId()
  const ids = { button: `${base}button`, popover: `${base}popover`, listbox: `${base}listbox` }
  const optionId = (code: CountryCode) => `${base}option-${code}`
  const buttonRef = useRef<HTMLButtonElement | null>(null)
  const popoverRef = useRef<HTMLDivElement | null>(null)
  const searchRef = useRef<HTMLInputElement | null>(null)
  const listboxRef = useRef<HTMLDivElement | null>(null)
  const justOpened = useRef(false)

  useLayoutEffect(() => {
    const popover = popoverRef.current
    const anchor = buttonRef.current
    if (!isOpen || !popover || !anchor) return
    if (supportsPopover && !popover.matches(':popover-open')) popover.showPopover()
    const reposition = (event?: Event) => {
      if (event?.target instanceof Node && popover.contains(event.target)) return
      position(popover, anchor)
    }
    reposition()
    searchRef.current?.focus({ preventScroll: true })
    justOpened.current = true
    const outside = (event: PointerEvent) => {
      const target = event.target as Node
      if (!popover.contains(target) && !anchor.contains(target)) close()
    }
    window.addEventListener('resize', reposition)
    window.visualViewport?.addEventListener('resize', reposition)
    document.addEventListener('scroll', reposition, true)
    document.addEventListener('pointerdown', outside, true)
    return () => {
      window.removeEventListener('resize', reposition)
      window.visualViewport?.removeEventListener('resize', reposition)
      document.removeEventListener('scroll', reposition, true)
      document.removeEventListener('pointerdown', outside, true)
    }
  }, [isOpen, close])

  useLayoutEffect(() => {
    const list = listboxRef.current
    const option = activeCode ? list?.ownerDocument.getElementById(optionId(activeCode)) : null
    if (!list || !option) return
    scrollIntoList(list, option, justOpened.current)
    justOpened.current = false
    // eslint-disable-next-line react-hooks/exhaustive-deps -- ids derive from `base`
  }, [activeCode, isOpen, state.sections])

  const select = (code: CountryCode) => {
    // Focus moves before the list unmounts, or it would fall to the page.
    if (focusAfterSelect) focusAfterSelect()
    else buttonRef.current?.focus()
    close()
    if (code !== value) onValueChange(code)
  }

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const to = KEY_MOVES[event.key]
    if (to) {
      event.preventDefault()
      move(to)
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

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (isOpen || event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      open()
    } else if (event.key.length === 1 && event.key.trim() !== '') {
      event.preventDefault()
      open(event.key)
    }
  }

  const hasResults = state.visible.length > 0
  const popoverStyle: CSSProperties = { position: 'fixed', inset: 'auto', margin: 0, display: 'flex', flexDirection: 'column', boxSizing: 'border-box', overflow: 'hidden' }
  return {
    buttonProps: {
      ref: buttonRef,
      id: ids.button,
      type: 'button' as const,
      disabled,
      'aria-haspopup': 'dialog' as const,
      'aria-expanded': isOpen,
      'aria-controls': isOpen ? ids.popover : undefined,
      'data-state': isOpen ? 'open' : 'closed',
      onClick: () => (isOpen ? close() : open()),
      onKeyDown: onButtonKeyDown,
    },
    popoverProps: {
      ref: popoverRef,
      id: ids.popover,
      role: 'dialog',
      'aria-labelledby': ids.button,
      popover: supportsPopover ? ('manual' as const) : undefined,
      style: popoverStyle,
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
      'aria-controls': hasResults ? ids.listbox : undefined,
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
      id: ids.listbox,
      role: 'listbox',
      'aria-label': t('countryListLabel'),
      // A scrolling box would otherwise become a tab stop of its own in Chromium.
      tabIndex: -1,
      style: { overflowY: 'auto', flex: '1 1 auto', minHeight: 0 } satisfies CSSProperties,
    },
    getSectionLabelId: (section: CountrySection) => `${base}group-${section.kind}`,
    getOptionProps: (option: CountryOption) => ({
      id: optionId(option.code),
      role: 'option',
      'aria-selected': option.code === value,
      'data-active': option.code === activeCode ? '' : undefined,
      'data-selected': option.code === value ? '' : undefined,
      // Keeps focus in the search field, where the keyboard works.
      onMouseDown: (event: { preventDefault(): void }) => event.preventDefault(),
      onPointerMove: () => option.code !== activeCode && state.setActive(option.code),
      onClick: () => select(option.code),
    }),
  }
}
