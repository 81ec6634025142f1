import { screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { en } from '../../src/i18n/locales/en.js'
import type { MessageKey } from '../../src/i18n/types.js'

/** An English message as the catalogue has it (tests follow the catalogue's wording). */
export function message(key: MessageKey, params: Record<string, string> = {}): string {
  const template = en[key]
  const text = typeof template === 'string' ? template : template.other
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole)
}

/** A pattern matching a message anywhere in a longer text. */
export function containing(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
}

/** The phone field by its visible label. */
export function phoneInput(label = message('phoneLabel')): HTMLInputElement {
  return screen.getByLabelText(label) as HTMLInputElement
}

/** Puts text on the real clipboard by copying it from a scratch textarea. */
export async function copyText(text: string): Promise<void> {
  const area = document.createElement('textarea')
  area.value = text
  document.body.append(area)
  area.select()
  await userEvent.copy()
  area.remove()
}

/** Focuses the field and puts the caret at `position`. */
export function caretAt(input: HTMLInputElement, position: number): void {
  input.focus()
  input.setSelectionRange(position, position)
}

/** What the text looks like with the caret drawn as `|`. */
export function withCaret(input: HTMLInputElement): string {
  const at = input.selectionStart ?? 0
  return `${input.value.slice(0, at)}|${input.value.slice(at)}`
}

/**
 * What browser autofill does: the whole value set at once, then one `input`
 * event (Chromium sends it with no typing input type).
 */
export function autofill(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set
  setter?.call(input, value)
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: value }))
}

/** The country button, found by the start of its catalogue name ("Country: "). */
export function countryButton(): HTMLElement {
  const prefix = message('countryButtonLabel').split('{country}')[0] ?? ''
  return screen.getByRole('button', { name: new RegExp(`^${containing(prefix).source}`) })
}

/** The country button's accessible name for a country. */
export function countryLabel(country: string, callingCode: string): string {
  return message('countryButtonLabel', { country, callingCode })
}

/**
 * Waits for the country list's search field, as a user waits for the list to
 * show: the list is a chunk of its own, fetched when the button is first
 * pointed at, focused or pressed (countryListLoader.ts).
 */
export function listOpened(): Promise<HTMLElement> {
  return screen.findByRole('combobox', {}, { timeout: 5000 })
}

/**
 * Moves the pointer to the page's bottom-right corner, away from where a
 * field renders: the pointer stays where the previous test or file left it,
 * and a button drawn under it counts as pointed at (the country list's intent).
 */
export async function pointerAway(): Promise<void> {
  const corner = document.createElement('div')
  corner.style.cssText = 'position: fixed; right: 0; bottom: 0; width: 8px; height: 8px'
  document.body.append(corner)
  await userEvent.hover(corner)
  corner.remove()
}
