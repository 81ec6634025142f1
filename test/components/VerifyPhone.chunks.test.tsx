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

function renderFlow() {
  const mock = createMockTransmit()
  const view = render(
    <VerifyPhoneProvider client={mock.client} clock={mock.clock}>
      <VerifyPhone defaultCountry="FR" webOtp={false} />
    </VerifyPhoneProvider>,
  )
  return { mock, ...view }
}

const send = () => userEvent.click(screen.getByRole('button', { name: 'Send code' }))
const codeField = () => screen.queryByLabelText(/Verification code/)

describe('the code step arrives as a chunk of its own', () => {
  it('asks for the code step as soon as the phone step is idle, before any interaction', async () => {
    renderFlow()
    expect(steps.gate.asked).toBe(0)
    await vi.waitFor(() => expect(steps.gate.asked).toBe(1), { timeout: 5000 })
    expect(phoneInput()).toBeEnabled()
  })

  it('works through the phone step with the code step and the formatter held back: types, picks a country, formats when the zone comes, sends', async () => {
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
    await vi.waitFor(() => expect(mock.outbox.latest()?.to).toBe('+32470123456'))
    // The code step's chunk is still held back: its heading stands in, and nothing jumps when it arrives.
    expect(await screen.findByRole('heading', { name: 'Enter the code' })).toBeInTheDocument()
    expect(screen.getByText('Loading…')).toBeInTheDocument()
    expect(codeField()).toBeNull()
    expect(steps.gate.asked).toBe(1)

    await act(async () => steps.gate.resolve(laterSteps))
    expect(codeField()).toHaveFocus()
    expect(screen.getByText(/We sent a code to/)).toHaveTextContent('We sent a code to +32 470 12 34 56.')
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

  it('says so when the code step cannot be downloaded, and tries again without losing the code sent', async () => {
    const { mock } = renderFlow()
    await vi.waitFor(() => expect(steps.gate.asked).toBe(1), { timeout: 5000 })
    await act(async () => steps.gate.reject(new TypeError('Failed to fetch dynamically imported module')))

    await userEvent.type(phoneInput(), '0612345678')
    await send()
    // Send asked once more, and that failed too: the error shows in the step's place, with a way out.
    await vi.waitFor(() => expect(steps.gate.asked).toBe(2))
    await act(async () => steps.gate.reject(new TypeError('Failed to fetch dynamically imported module')))
    const heading = screen.getByRole('heading', { name: 'Enter the code' })
    expect(heading).toHaveAccessibleDescription('This step could not be loaded. Check your connection and try again.')
    expect(codeField()).toBeNull()

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(steps.gate.asked).toBe(3)
    await act(async () => steps.gate.resolve(laterSteps))
    expect(codeField()).toHaveFocus()
    expect(screen.getByText(/We sent a code to/)).toHaveTextContent('We sent a code to +33 6 12 34 56 78.')
    // The flow kept its state: one code sent, and it is still the one to type.
    expect(mock.requests('send')).toHaveLength(1)
    await userEvent.type(codeField()!, mock.outbox.latest()!.code)
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    expect(await screen.findByRole('heading', { name: 'Phone number verified' })).toBeInTheDocument()
  })
})
