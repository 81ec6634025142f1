import './probe.js'
import { createRoot } from 'react-dom/client'
import { createMockTransmit } from '../../src/api/mock/createMockTransmit.js'
import { OtpInput } from '../../src/components/OtpInput.js'
import { VerifyPhone } from '../../src/components/VerifyPhone.js'
import { useVerifyPhone } from '../../src/hooks/useVerifyPhone.js'
import type { VerifyPhoneResult } from '../../src/hooks/verifyPhoneResult.js'
import { VerifyPhoneProvider } from '../../src/hooks/VerifyPhoneProvider.js'

// ?latency=<ms of every mock answer>&autoSubmit=1&hook=1 (the hook with a bare OtpInput instead of <VerifyPhone>)
const params = new URLSearchParams(location.search)
const latencyMs = Math.max(0, Math.min(Number(params.get('latency') ?? '150') || 0, 5000))
const autoSubmit = params.get('autoSubmit') === '1'
const mock = createMockTransmit({ latencyMs })
let flow: VerifyPhoneResult | undefined

export interface RequestCounts {
  send: number
  validate: number
  outcomes: Array<number | string>
}

declare global {
  interface Window {
    __requests: {
      counts(): RequestCounts
      code(): string | undefined
      status(): string | undefined
      /** Writes `values` into the code field one after the other, each with an `input` event, as autofill does. */
      autofill(values: string[], separateTasks: boolean): Promise<void>
      /** Sends a code through the hook (hook page only). */
      sendCode(phone: string): void
      /** Calls the hook's `setCode` with each value in one task (hook page only). */
      setCodes(values: string[]): void
    }
  }
}

function HookPage() {
  const current = useVerifyPhone({ autoSubmit })
  flow = current
  return <OtpInput value={current.code} onValueChange={current.setCode} data-status={current.status} />
}

const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set

window.__requests = {
  counts: () => ({
    send: mock.requests('send').length,
    validate: mock.requests('validate').length,
    outcomes: mock.requests().map((entry) => `${entry.endpoint}:${entry.outcome}`),
  }),
  code: () => mock.outbox.latest()?.code,
  status: () => flow?.status ?? document.querySelector('[data-state]')?.getAttribute('data-state') ?? undefined,
  async autofill(values, separateTasks) {
    const input = document.querySelector<HTMLInputElement>('input[autocomplete="one-time-code"]')
    if (!input || !setValue) throw new Error('no code field')
    for (const value of values) {
      setValue.call(input, value)
      input.dispatchEvent(new Event('input', { bubbles: true }))
      if (separateTasks) await window.__probe.sleep(0)
    }
  },
  sendCode(phone) {
    flow?.sendCode(phone)
  },
  setCodes(values) {
    for (const value of values) flow?.setCode(value)
  },
}

const container = document.getElementById('root')
if (!container) throw new Error('no #root')
createRoot(container).render(
  <VerifyPhoneProvider client={mock.client}>
    {params.get('hook') === '1' ? <HookPage /> : <VerifyPhone defaultCountry="US" autoSubmit={autoSubmit} />}
  </VerifyPhoneProvider>,
)
