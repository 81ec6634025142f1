import { Profiler, type ComponentType } from 'react'
import { createRoot } from 'react-dom/client'
import { flushSync } from 'react-dom'

/** What the driver calls in a typing page. */
export interface TypingBench {
  /** Mounts a fresh copy of the component, focuses its input and puts the caret at the end. */
  reset(): Promise<void>
  /** The focused input's value (for checking that the round typed what it should). */
  value(): string
  /** The combined value of every input in the component (multi-input OTP fields). */
  allValues(): string
}

declare global {
  interface Window {
    __bench: TypingBench
  }
}

export interface TypingPageOptions {
  /** The component under test, written the way its README shows. */
  Component: ComponentType
  /** Selector of the input that receives the keys first. */
  input: string
}

/**
 * Renders a typing page: the component under a Profiler that reports every
 * commit to the probe, remounted (new key) for each round.
 */
export function mountTypingPage({ Component, input }: TypingPageOptions): void {
  const container = document.getElementById('root')
  if (!container) throw new Error('no #root')
  const root = createRoot(container)
  let round = 0
  const draw = () =>
    root.render(
      <Profiler id="bench" onRender={() => window.__probe.commit()}>
        <Component key={round} />
      </Profiler>,
    )
  window.__bench = {
    async reset() {
      round++
      flushSync(draw)
      await window.__probe.frames(1)
      const field = container.querySelector<HTMLInputElement>(input)
      if (!field) throw new Error(`no input matches ${input}`)
      field.focus()
      const end = field.value.length
      field.setSelectionRange(end, end)
      await window.__probe.frames(1)
    },
    value: () => (document.activeElement instanceof HTMLInputElement ? document.activeElement.value : ''),
    allValues: () =>
      [...container.querySelectorAll<HTMLInputElement>('input:not([type="hidden"])')].map((field) => field.value).join(''),
  }
  draw()
}
