import './probe.js'
import { QueryClient } from '@tanstack/react-query'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { createMockTransmit } from '../../src/api/mock/createMockTransmit.js'
import { VerifyPhone } from '../../src/components/VerifyPhone.js'
import { VerifyPhoneProvider } from '../../src/hooks/VerifyPhoneProvider.js'

/**
 * `mount`: mount then unmount. `sendCode`: mount, send a code, wait for the
 * code step (countdowns running), unmount. `sendCodeGcTime0`: the same with an
 * app-supplied QueryClient whose mutations are not kept once settled.
 */
export type CycleMode = 'mount' | 'sendCode' | 'sendCodeGcTime0'

export interface CycleReport {
  completed: number
  /** Cycles that reached the code step (sendCode only). */
  reachedCode: number
}

declare global {
  interface Window {
    __memory: { cycles(count: number, mode: CycleMode): Promise<CycleReport> }
    gc?: () => void
  }
}

const NUMBER = '2133734253'
const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set

/** Waits, task by task, until `done()` holds; at most `max` tasks. */
async function until(done: () => boolean, max: number): Promise<boolean> {
  for (let i = 0; i < max; i++) {
    if (done()) return true
    await window.__probe.tick()
  }
  return done()
}

async function cycle(mode: CycleMode): Promise<boolean> {
  const container = document.createElement('div')
  document.body.append(container)
  // A mock per cycle, so that its request log and outbox never pile up in the heap.
  const mock = createMockTransmit()
  const root = createRoot(container)
  const queryClient = mode === 'sendCodeGcTime0' ? new QueryClient({ defaultOptions: { mutations: { gcTime: 0 } } }) : undefined
  flushSync(() =>
    root.render(
      <VerifyPhoneProvider client={mock.client} queryClient={queryClient}>
        <VerifyPhone defaultCountry="US" />
      </VerifyPhoneProvider>,
    ),
  )
  let reached = false
  if (mode !== 'mount') {
    const input = container.querySelector<HTMLInputElement>('input[type="tel"]')
    if (input && setValue) {
      setValue.call(input, NUMBER)
      input.dispatchEvent(new Event('input', { bubbles: true }))
      await window.__probe.tick()
      container.querySelector('form')?.requestSubmit()
      reached = await until(() => container.querySelector('[data-step="code"]') !== null, 200)
    }
  } else {
    await window.__probe.tick()
  }
  root.unmount()
  container.remove()
  return reached
}

window.__memory = {
  async cycles(count, mode) {
    let reachedCode = 0
    const total = Math.max(0, Math.min(count, 5000))
    for (let i = 0; i < total; i++) if (await cycle(mode)) reachedCode++
    return { completed: total, reachedCode }
  },
}
