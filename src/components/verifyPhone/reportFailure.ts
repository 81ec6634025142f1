/** The text of a field's error message: the elements of its `aria-describedby` that are errors (`data-part="error"`). */
export function errorTextOf(field: HTMLElement): string {
  const ids = field.getAttribute('aria-describedby')?.split(/\s+/) ?? []
  return ids
    .map((id) => field.ownerDocument.getElementById(id))
    .filter((element) => element?.getAttribute('data-part') === 'error')
    .map((element) => element?.textContent?.trim() ?? '')
    .filter(Boolean)
    .join(' ')
}

/**
 * Makes a failed action heard once, where it belongs (the GOV.UK way): focus
 * moves to the field in error, whose description carries the message. When
 * focus is already there (the user pressed Enter in it), moving it would say
 * nothing, so the message goes to the live region instead.
 */
export function reportFailure(field: HTMLInputElement | null, announce: (text: string) => void, options: { select?: boolean } = {}): void {
  if (field === null) return
  if (field.ownerDocument.activeElement !== field) field.focus()
  else {
    const text = errorTextOf(field)
    if (text) announce(text)
  }
  if (options.select) field.select()
}
