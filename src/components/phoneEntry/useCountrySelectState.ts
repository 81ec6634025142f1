'use client'
import { useCallback, useMemo, useState } from 'react'
import { searchCountries, type CountryOption } from '../../core/phoneInput/countries.js'
import type { CountryCode } from '../../core/phoneInput/types.js'

/** A run of options in the list: the suggested countries, all the others, or search results. */
export interface CountrySection {
  kind: 'preferred' | 'all' | 'results'
  options: CountryOption[]
}

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
  /** Sets the search query; the active option becomes its best match. */
  setQuery: (query: string) => void
  /** Moves the active option `by` places, clamped to the list (`-Infinity` is the first, `Infinity` the last). */
  move: (by: number) => void
  setActive: (code: CountryCode) => void
}

function sectionsFor(options: readonly CountryOption[], preferred: readonly CountryCode[], query: string): CountrySection[] {
  if (query.trim() !== '') return [{ kind: 'results', options: searchCountries(options, query) }]
  // Each preferred country once, in the app's order, when the list has it.
  const top = [...new Set(preferred)].flatMap((code) => options.filter((option) => option.code === code))
  const rest: CountrySection = { kind: 'all', options: options.filter((option) => !top.includes(option)) }
  return top.length > 0 ? [{ kind: 'preferred', options: top }, rest] : [rest]
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
export function useCountrySelectState(props: { options: readonly CountryOption[]; preferred?: readonly CountryCode[] | undefined; value: CountryCode | undefined }): CountrySelectState {
  const { options, preferred = [], value } = props
  const [isOpen, setOpen] = useState(false)
  const [query, setQueryState] = useState('')
  const [active, setActive] = useState<CountryCode | undefined>(undefined)
  const preferredKey = preferred.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the preferred list is compared by content
  const sections = useMemo(() => sectionsFor(options, preferred, query), [options, preferredKey, query])
  const visible = useMemo(() => sections.flatMap((section) => section.options), [sections])
  const activeCode = visible.some((option) => option.code === active) ? active : visible[0]?.code
  // Stable: the picker's effects depend on it.
  const close = useCallback(() => setOpen(false), [])
  const setQuery = (next: string, activeOption?: CountryCode) => {
    setQueryState(next)
    setActive(activeOption)
  }

  return {
    isOpen,
    query,
    sections,
    visible,
    activeCode,
    open: (initial = '') => {
      setOpen(true)
      setQuery(initial, initial === '' ? value : undefined)
    },
    close,
    setQuery,
    move: (by) => {
      if (visible.length === 0) return
      const index = Math.max(0, visible.findIndex((option) => option.code === activeCode))
      setActive(visible[Math.min(visible.length - 1, Math.max(0, index + by))]?.code)
    },
    setActive,
  }
}
