import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { resetDevWarnings } from '../../src/api/devWarning.js'
import { createMockTransmit } from '../../src/api/mock/createMockTransmit.js'
import type { VerifyPhoneClient } from '../../src/api/types.js'
import { VerifyPhone } from '../../src/components/VerifyPhone.js'
import { VerifyPhoneError } from '../../src/core/errors.js'
import { VerifyPhoneProvider } from '../../src/hooks/VerifyPhoneProvider.js'
import { fr } from '../../src/i18n/locales/fr.js'

afterEach(() => {
  vi.restoreAllMocks()
  resetDevWarnings()
})

async function sendCode() {
  await userEvent.type(screen.getByRole('textbox', { name: /Mobile number|Numéro/ }), '612345678')
  await userEvent.click(screen.getByRole('button', { name: /Send code|Envoyer/ }))
}

const warnings = (warn: { mock: { calls: unknown[][] } }): string[] => warn.mock.calls.map((args) => String(args[0]))

describe('VerifyPhone with an invalid locale', () => {
  it('reaches the code step in English and warns the developer once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const mock = createMockTransmit()
    render(
      <VerifyPhoneProvider client={mock.client} clock={mock.clock} locale="xx-INVALID-!!">
        <VerifyPhone defaultCountry="FR" webOtp={false} />
      </VerifyPhoneProvider>,
    )
    await sendCode()
    expect(await screen.findByRole('heading', { name: 'Enter the code' })).toBeTruthy()
    expect(screen.getByLabelText(/Verification code, 6 digits/)).toBeTruthy()
    const invalid = warnings(warn).filter((text) => text.includes('not a valid BCP 47'))
    expect(invalid).toHaveLength(1)
  })
})

describe('VerifyPhone with a locale and no catalogue', () => {
  it('warns once that the text stays English, naming the catalogue to pass', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const mock = createMockTransmit()
    render(
      <VerifyPhoneProvider client={mock.client} clock={mock.clock} locale="fr">
        <VerifyPhone defaultCountry="FR" webOtp={false} />
      </VerifyPhoneProvider>,
    )
    const text = warnings(warn).filter((line) => line.includes('no messages were passed'))
    expect(text).toHaveLength(1)
    expect(text[0]).toContain('messages={fr}')
  })

  it('says nothing when the catalogue is passed', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const mock = createMockTransmit()
    render(
      <VerifyPhoneProvider client={mock.client} clock={mock.clock} locale="fr" messages={fr}>
        <VerifyPhone defaultCountry="FR" webOtp={false} />
      </VerifyPhoneProvider>,
    )
    expect(warnings(warn).filter((line) => line.includes('verify-phone-kit'))).toEqual([])
  })
})

describe('VerifyPhone with a custom client that rejects with lockedUntil: 1e300', () => {
  it('shows the locked step with a real time and calls onLocked', async () => {
    const client: VerifyPhoneClient = {
      sendCode: () => Promise.resolve(),
      validateCode: () => Promise.reject(new VerifyPhoneError('locked', { lockedUntil: 1e300 })),
    }
    const mock = createMockTransmit()
    const onLocked = vi.fn()
    render(
      <VerifyPhoneProvider client={client} clock={mock.clock}>
        <VerifyPhone defaultCountry="FR" webOtp={false} onLocked={onLocked} />
      </VerifyPhoneProvider>,
    )
    await sendCode()
    await screen.findByRole('heading', { name: 'Enter the code' })
    await userEvent.type(screen.getByLabelText(/Verification code/), '123456')
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    expect(await screen.findByRole('heading', { name: 'Too many attempts' })).toBeTruthy()
    expect(onLocked).toHaveBeenCalledWith(mock.clock.now() + 900_000)
    expect(screen.getByText(/verification is paused until \S/)).toBeTruthy()
  })
})
