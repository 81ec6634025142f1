import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from '@testing-library/react'
import { renderToString } from 'react-dom/server'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import { countryButton, countryLabel } from './phoneEntryHelpers.js'

function useLanguages(languages: string[]) {
  Object.defineProperty(navigator, 'languages', { configurable: true, get: () => languages })
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'languages')
})

describe('the starting country', () => {
  it('hydrates server HTML without a mismatch, then moves the empty field to the browser region', async () => {
    useLanguages(['fr-FR', 'en'])
    const container = document.createElement('div')
    document.body.append(container)
    container.innerHTML = renderToString(<PhoneEntry />)
    expect(countryButton()).toHaveAccessibleName(countryLabel('United States', '1'))
    const onRecoverableError = vi.fn()
    const root = await act(async () => hydrateRoot(container, <PhoneEntry />, { onRecoverableError }))
    expect(onRecoverableError).not.toHaveBeenCalled()
    expect(countryButton()).toHaveAccessibleName(countryLabel('France', '33'))
    act(() => root.unmount())
    container.remove()
  })

  it('follows a change of browser languages while the field is empty', async () => {
    useLanguages(['de-DE'])
    const container = document.createElement('div')
    document.body.append(container)
    const root = createRoot(container)
    act(() => root.render(<PhoneEntry />))
    expect(countryButton()).toHaveAccessibleName(countryLabel('Germany', '49'))
    useLanguages(['ja-JP'])
    act(() => window.dispatchEvent(new Event('languagechange')))
    expect(countryButton()).toHaveAccessibleName(countryLabel('Japan', '81'))
    act(() => root.unmount())
    container.remove()
  })
})
