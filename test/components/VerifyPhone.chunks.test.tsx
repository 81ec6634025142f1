import { StrictMode } from 'react'
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { createMockTransmit } from '../../src/api/mock/createMockTransmit.js'
import { VerifyPhone } from '../../src/components/VerifyPhone.js'
import { preloadPhoneMetadata, resetMetadataStore, type MetadataZoneKey } from '../../src/components/phoneEntry/metadataStore.js'
import { loadLaterSteps, resetLaterSteps, type LaterSteps } from '../../src/components/verifyPhone/laterStepsLoader.js'
import * as laterSteps from '../../src/components/verifyPhone/laterSteps.js'
import * as phoneEngine from '../../src/core/phoneInput/engine.js'
import type { PhoneEngine } from '../../src/core/phoneInput/bare.js'
import zone3 from '../../src/data/phoneMetadata/zone3.js'
import type { MetadataZone } from '../../src/data/phoneMetadata/types.js'
import { VerifyPhoneProvider } from '../../src/hooks/VerifyPhoneProvider.js'
import { countryButton, countryLabel, listOpened, phoneInput } from './phoneEntryHelpers.js'

// The chunks as the network would bring them: each waits until the test lets it through (or fails it).
interface Gate<T> {
  asked: number
  resolve: (value: T) => void
  reject: (error: Error) => void
}
function gate<T>(): { gate: Gate<T>; load: () => Promise<T> } {
  const state: Gate<T> = { asked: 0, resolve: () => undefined, reject: () => undefined }
  return {
    gate: state,
    load: () =>
      new Promise<T>((resolve, reject) => {
        state.asked += 1
        state.resolve = resolve
        state.reject = reject
      }),
  }
}

let steps: ReturnType<typeof gate<LaterSteps>>

beforeEach(async () => {
  steps = gate<LaterSteps>()
  resetLaterSteps(steps.load)
  // Every zone and the formatter in, as the other files have them, unless a test holds them back.
  resetMetadataStore()
  await preloadPhoneMetadata()
})

afterEach(() => {
  vi.restoreAllMocks()
})

// The other test files start with every chunk in; leave it so for whatever runs next here.
afterAll(async () => {
  resetLaterSteps()
  resetMetadataStore()
  await Promise.all([loadLaterSteps(), preloadPhoneMetadata()])
})

function renderFlow({ strict = false } = {}) {
  const mock = createMockTransmit()
  const flow = (
    <VerifyPhoneProvider client={mock.client} clock={mock.clock}>
      <VerifyPhone defaultCountry="FR" webOtp={false} />
    </VerifyPhoneProvider>
  )
  const view = render(strict ? <StrictMode>{flow}</StrictMode> : flow)
  return { mock, ...view }
}

const send = () => userEvent.click(screen.getByRole('button', { name: 'Send code' }))
const codeField = () => screen.queryByLabelText(/Verification code/)

describe('the flow past the phone step arrives as a chunk of its own', () => {
  it('asks for the flow as soon as the phone step is idle, before any interaction', async () => {
    renderFlow()
    expect(steps.gate.asked).toBe(0)
    await vi.waitFor(() => expect(steps.gate.asked).toBe(1), { timeout: 5000 })
    expect(phoneInput()).toBeEnabled()
  })

  it('works through the phone step with the flow and the formatter held back: types, picks a country, formats when the zone comes, sends once the flow comes', async () => {
    const zones = new Map<MetadataZoneKey, Gate<MetadataZone>>()
    const formatter = gate<PhoneEngine>()
    resetMetadataStore((zone) => {
      const next = gate<MetadataZone>()
      zones.set(zone, next.gate)
      return next.load()
    }, formatter.load)
    const { mock } = renderFlow()

    await userEvent.click(countryButton())
    await listOpened()
    await userEvent.click(screen.getByRole('option', { name: 'Belgium +32' }))
    expect(countryButton()).toHaveAccessibleName(countryLabel('Belgium', '32'))
    await userEvent.type(phoneInput(), '0470123456')
    // Neither the zone nor the formatter is in: the digits show as typed, with no error.
    expect(phoneInput()).toHaveValue('0470123456')
    expect(phoneInput()).not.toHaveAttribute('aria-invalid')

    await vi.waitFor(() => expect(zones.has('3') && formatter.gate.asked > 0).toBe(true))
    await act(async () => {
      zones.get('3')!.resolve(zone3)
      formatter.gate.resolve(phoneEngine)
    })
    expect(phoneInput()).toHaveValue('0470 12 34 56')

    await send()
    // The flow's chunk is still held back: Send waits for it, shown as sending, with nothing sent yet.
    expect(screen.getByRole('button', { name: 'Sending…' })).toHaveAttribute('aria-disabled', 'true')
    expect(mock.requests('send')).toHaveLength(0)
    expect(phoneInput()).toHaveValue('0470 12 34 56')
    expect(steps.gate.asked).toBe(1)

    await act(async () => steps.gate.resolve(laterSteps))
    await vi.waitFor(() => expect(mock.outbox.latest()?.to).toBe('+32470123456'))
    expect(await screen.findByLabelText(/Verification code/)).toHaveFocus()
    expect(screen.getByText(/We sent a code to/)).toHaveTextContent('We sent a code to +32 470 12 34 56.')
    expect(mock.requests('send')).toHaveLength(1)
  })

  it('keeps the phone field itself (focus, caret, value) when the flow arrives while the user types', async () => {
    renderFlow()
    const field = phoneInput()
    await userEvent.type(field, '06123')
    field.setSelectionRange(2, 2)
    await vi.waitFor(() => expect(steps.gate.asked).toBe(1), { timeout: 5000 })
    await act(async () => steps.gate.resolve(laterSteps))

    // Same element, not a new one in its place: nothing the user was doing is lost.
    expect(phoneInput()).toBe(field)
    expect(field).toHaveFocus()
    expect(field.selectionStart).toBe(2)
    await userEvent.keyboard('{End}45678')
    expect(field).toHaveValue('06 12 34 56 78')
  })

  it('shows the code step at once after Send when its chunk came while the phone step was idle: no stand-in', async () => {
    const { container } = renderFlow()
    await vi.waitFor(() => expect(steps.gate.asked).toBe(1), { timeout: 5000 })
    await act(async () => steps.gate.resolve(laterSteps))
    const standIns: Element[] = []
    const observer = new MutationObserver(() => standIns.push(...container.querySelectorAll('[data-loading]')))
    observer.observe(container, { subtree: true, childList: true })

    await userEvent.type(phoneInput(), '0612345678')
    await send()
    expect(await screen.findByLabelText(/Verification code/)).toHaveFocus()
    observer.disconnect()
    expect(standIns).toEqual([])
  })

  it('sends a number given before the flow came once, under StrictMode too (whose remount aborts what runs)', async () => {
    const { mock } = renderFlow({ strict: true })
    await userEvent.type(phoneInput(), '0612345678')
    await send()
    await vi.waitFor(() => expect(steps.gate.asked).toBeGreaterThan(0))
    await act(async () => steps.gate.resolve(laterSteps))
    expect(await screen.findByLabelText(/Verification code/)).toHaveFocus()
    expect(mock.requests('send')).toHaveLength(1)
    expect(screen.queryByText(/could not|went wrong|offline/)).toBeNull()
  })

  it('says so at Send when the flow cannot be downloaded, and sends once it can', async () => {
    const { mock } = renderFlow()
    await vi.waitFor(() => expect(steps.gate.asked).toBe(1), { timeout: 5000 })
    await act(async () => steps.gate.reject(new TypeError('Failed to fetch dynamically imported module')))

    await userEvent.type(phoneInput(), '0612345678')
    await send()
    // Send asked once more, and that failed too: the phone step says so at Send, as for any network failure.
    await vi.waitFor(() => expect(steps.gate.asked).toBe(2))
    await act(async () => steps.gate.reject(new TypeError('Failed to fetch dynamically imported module')))
    const retry = screen.getByRole('button', { name: 'Try again' })
    expect(retry).toHaveAccessibleDescription('You seem to be offline. Check your connection and try again.')
    expect(phoneInput()).toHaveValue('06 12 34 56 78')
    expect(mock.requests('send')).toHaveLength(0)

    await userEvent.click(retry)
    expect(steps.gate.asked).toBe(3)
    expect(screen.getByRole('button', { name: 'Sending…' })).toBeInTheDocument()
    await act(async () => steps.gate.resolve(laterSteps))
    expect(await screen.findByLabelText(/Verification code/)).toHaveFocus()
    expect(screen.getByText(/We sent a code to/)).toHaveTextContent('We sent a code to +33 6 12 34 56 78.')
    expect(mock.requests('send')).toHaveLength(1)
    await userEvent.type(codeField()!, mock.outbox.latest()!.code)
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    expect(await screen.findByRole('heading', { name: 'Phone number verified' })).toBeInTheDocument()
  })

  it('shows a flow restored after a reload as its step’s stand-in until the flow arrives, then the step', async () => {
    // A first page sends a code, with every chunk in, and is then "reloaded" (unmounted).
    resetLaterSteps()
    const mock = createMockTransmit()
    const page = (
      <VerifyPhoneProvider client={mock.client} clock={mock.clock}>
        <VerifyPhone defaultCountry="FR" webOtp={false} persist="session" persistKey="chunks-test" />
      </VerifyPhoneProvider>
    )
    const first = render(page)
    await userEvent.type(phoneInput(), '0612345678')
    await send()
    expect(await screen.findByLabelText(/Verification code/)).toBeInTheDocument()
    first.unmount()

    // The reloaded page has not got the flow yet: the code step's heading stands in, and it is asked for at once.
    resetLaterSteps(steps.load)
    try {
      render(page)
      expect(screen.getByRole('heading', { name: 'Enter the code' })).toHaveAccessibleDescription('Loading…')
      expect(screen.queryByRole('textbox')).toBeNull()
      await vi.waitFor(() => expect(steps.gate.asked).toBe(1))
      await act(async () => steps.gate.resolve(laterSteps))
      expect(await screen.findByText(/We sent a code to/)).toHaveTextContent('We sent a code to +33 6 12 34 56 78.')
      expect(mock.requests('send')).toHaveLength(1)
    } finally {
      sessionStorage.removeItem('chunks-test')
    }
  })
})
