import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { getResponse } from 'msw'
import { createMockTransmit } from '../../src/api/mock/createMockTransmit.js'
import { createMockHandlers } from '../../src/api/mock/mockHandlers.js'
import { createTransmitClient } from '../../src/api/transmitClient.js'
import { VerifyPhone } from '../../src/components/VerifyPhone.js'
import { VerifyPhoneProvider } from '../../src/hooks/VerifyPhoneProvider.js'

const TOKEN = 'eyJ.secret-access-token.sig'
const BASE_URL = 'https://api.example.test/cis'

afterEach(() => {
  vi.restoreAllMocks()
  sessionStorage.clear()
  localStorage.clear()
})

describe('<VerifyPhone>: nothing secret leaks', () => {
  it('keeps the code and the token out of storage, the URL and the console, and calls only the configured API', async () => {
    const consoleCalls: unknown[][] = []
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void consoleCalls.push(args))
    }
    // Fixed codes whose digits cannot turn up inside the stored timestamps by chance.
    const mock = createMockTransmit({ accessToken: TOKEN, generateCode: () => '482913' })
    const handlers = createMockHandlers(mock, { baseUrl: BASE_URL })
    const hosts: string[] = []
    // The real HTTP client; MSW's handlers answer without a service worker.
    const fetchThroughMock = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init)
      hosts.push(new URL(request.url).host)
      return (await getResponse(handlers, request)) ?? new Response(null, { status: 599 })
    }
    const client = createTransmitClient({ baseUrl: BASE_URL, getAccessToken: async () => TOKEN, fetch: fetchThroughMock })
    const urlBefore = location.href
    const resourcesBefore = performance.getEntriesByType('resource').length

    render(
      <VerifyPhoneProvider client={client} clock={mock.clock}>
        <VerifyPhone defaultCountry="FR" persist="session" webOtp={false} />
      </VerifyPhoneProvider>,
    )
    await userEvent.type(screen.getByLabelText(/Mobile number/), '612345678')
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }))
    await screen.findByRole('heading', { name: 'Enter the code' })
    const code = mock.outbox.latest()?.code ?? ''
    const wrong = '375846'
    await userEvent.type(screen.getByLabelText(/Verification code/), wrong)
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(screen.getByLabelText(/Verification code/)).toHaveAttribute('aria-invalid', 'true'))
    const storedMidway = JSON.stringify({ ...sessionStorage, ...localStorage })
    await userEvent.keyboard(code)
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    await screen.findByRole('heading', { name: 'Phone number verified' })

    const everything = [storedMidway, JSON.stringify({ ...sessionStorage, ...localStorage }), location.href, JSON.stringify(consoleCalls), document.cookie]
    for (const secret of [TOKEN, code, wrong]) {
      for (const place of everything) expect(place).not.toContain(secret)
    }
    expect(storedMidway).toContain('+33612345678')
    expect(location.href).toBe(urlBefore)
    expect(new Set(hosts)).toEqual(new Set(['api.example.test']))
    expect(mock.requests().map((r) => r.endpoint)).toEqual(['send', 'validate', 'validate'])
    // Nothing else went over the network while the journey ran (the page's own modules were loaded before).
    const newResources = performance.getEntriesByType('resource').slice(resourcesBefore).map((entry) => new URL(entry.name).host)
    expect(newResources.filter((host) => host !== location.host)).toEqual([])
  })
})
