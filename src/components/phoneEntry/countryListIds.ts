/** The ids the country button and its lazily loaded list share (from one `useId()`). */
export interface CountryListIds {
  /** Prefix of the list's own ids (listbox, options, groups). */
  base: string
  /** The button's id: the popover is named by it. */
  button: string
  /** The popover's id: the button's `aria-controls` while the list is open. */
  popover: string
}

/** The shared ids from a `useId()` value. */
export function countryListIds(base: string): CountryListIds {
  return { base, button: `${base}button`, popover: `${base}popover` }
}
