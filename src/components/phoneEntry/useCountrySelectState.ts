'use client'
import { useMemo, useState } from 'react'
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
  query: string
  sections: CountrySection[]
  /** The options in list order, across sections. */
  visible: CountryOption[]
  /** The option the keyboard points at (`aria-activedescendant`). */
  activeCode: CountryCode | undefined
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
 * The open country list's state without any DOM: the search query, the
 * sections shown (suggested countries first, or ranked results) and the
 * active option. It lives as long as the list is open: it starts with the
 * letters typed on the button, if any, else on the selected country.
 *
 * @example
 * const picker = useCountrySelectState({ options, preferred: ['FR'], value: 'DE', initialQuery: '' })
 * picker.move(1)
 */
export function useCountrySelectState(props: {
  options: readonly CountryOption[]
  preferred?: readonly CountryCode[] | undefined
  value: CountryCode | undefined
  /** What was typed on the button to open the list; `''` points at the selected country instead. */
  initialQuery: string
}): CountrySelectState {
  const { options, preferred = [], value, initialQuery } = props
  const [query, setQueryState] = useState(initialQuery)
  const [active, setActive] = useState<CountryCode | undefined>(initialQuery === '' ? value : undefined)
  const preferredKey = preferred.join(',')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the preferred list is compared by content
  const sections = useMemo(() => sectionsFor(options, preferred, query), [options, preferredKey, query])
  const visible = useMemo(() => sections.flatMap((section) => section.options), [sections])
  const activeCode = visible.some((option) => option.code === active) ? active : visible[0]?.code
  const setQuery = (next: string, activeOption?: CountryCode) => {
    setQueryState(next)
    setActive(activeOption)
  }

  return {
    query,
    sections,
    visible,
    activeCode,
    setQuery,
    move: (by) => {
      if (visible.length === 0) return
      const index = Math.max(0, visible.findIndex((option) => option.code === activeCode))
      setActive(visible[Math.min(visible.length - 1, Math.max(0, index + by))]?.code)
    },
    setActive,
  }
}
