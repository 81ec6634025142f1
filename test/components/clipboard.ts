import { userEvent } from 'vitest/browser'

/** Puts text on the real clipboard with a real Ctrl+C, then gives focus back. */
export async function copy(text: string, then: HTMLElement) {
  const source = document.createElement('textarea')
  source.value = text
  document.body.append(source)
  source.focus()
  source.select()
  await userEvent.copy()
  source.remove()
  then.focus()
}
