'use client'
import { useCallback, useMemo, useState } from 'react'
import { searchCountries, type CountryOption } from '../../core/phoneInput/countries.js'
import type { CountryCode } from '../../core/phoneInput/types.js'

/** A run of options in the list: the suggested countries, all the others, or search results. */
export interface CountrySection {
  kind: 'preferred' | 'all' | 'results'
  options: CountryOption[]
}

/** Where a key moves the active option. */
export type CountryMove = 'next' | 'previous' | 'first' | 'last' | 'pageDown' | 'pageUp'

/** How many options PageUp and PageDown move over. */
export const PAGE_SIZE = 10

export interface CountrySelectState {
  isOpen: boolean
  query: string
  sections: CountrySection[]
  /** The options in list order, across sections. */
  visible: CountryOption[]
  /** The option the keyboard points at (`aria-activedescendant`). */
  activeCode: CountryCode | undefined
  open: (query?: string) => void
  close: () => void
  setQuery: (query: string) => void
  move: (to: CountryMove) => void
  setActive: (code: CountryCode) => void
}

function sectionsFor(options: readonly CountryOption[], preferred: readonly CountryCode[], query: string): CountrySection[] {
  if (query.trim() !== '') return [{ kind: 'results', options: searchCountries(options, query) }]
  const byCode = new Map(options.map((option) => [option.code, option]))
  const top = [...new Set(preferred)].flatMap((code) => byCode.get(code) ?? [])
  if (top.length === 0) return [{ kind: 'all', options: [...options] }]
  const shown = new Set(top.map((option) => option.code))
  return [
    { kind: 'preferred', options: top },
    { kind: 'all', options: options.filter((option) => !shown.has(option.code)) },
  ]
}

/**
 * The country picker's state without any DOM: open or not, the search query,
 * the sections shown (suggested countries first, or ranked results) and the
 * active option. Opening points at the selected country.
 *
 * @example
 * const picker = useCountrySelectState({ options, preferred: ['FR'], value: 'DE' })
 * picker.open(); picker.move('next')
 */
export function useCountrySelectState(props: { options: readonly CountryOption[]; preferred?: readonly CountryCode[]; value: CountryCode | undefined }): CountrySelectState {
  const { options, preferred = [], value } = props
  const [isOpen, setOpen] = useState(false)
  const [query, setQueryState] = useState('')
  const [active, setActiveState] = useState<CountryCode | undefined>(undefined)
  const preferredKey = preferred.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the preferred list is compared by content
  const sections = useMemo(() => sectionsFor(options, preferred, query), [options, preferredKey, query])
  const visible = useMemo(() => sections.flatMap((section) => section.options), [sections])
  const activeCode = visible.some((option) => option.code === active) ? active : visible[0]?.code

  const open = useCallback(
    (initial = '') => {
      setOpen(true)
      setQueryState(initial)
      setActiveState(initial === '' ? value : undefined)
    },
    [value],
  )
  const close = useCallback(() => setOpen(false), [])
  const setQuery = useCallback((next: string) => {
    setQueryState(next)
    setActiveState(undefined)
  }, [])
  const move = useCallback(
    (to: CountryMove) => {
      if (visible.length === 0) return
      const last = visible.length - 1
      const index = Math.max(0, visible.findIndex((option) => option.code === activeCode))
      const steps: Record<CountryMove, number> = { next: index + 1, previous: index - 1, first: 0, last, pageDown: index + PAGE_SIZE, pageUp: index - PAGE_SIZE }
      setActiveState(visible[Math.min(last, Math.max(0, steps[to]))]?.code)
    },
    [visible, activeCode],
  )
  return { isOpen, query, sections, visible, activeCode, open, close, setQuery, move, setActive: setActiveState }
}
