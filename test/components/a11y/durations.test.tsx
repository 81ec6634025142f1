import { afterEach, describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { ar } from '../../../src/i18n/locales/ar.js'
import { de } from '../../../src/i18n/locales/de.js'
import { en } from '../../../src/i18n/locales/en.js'
import { es } from '../../../src/i18n/locales/es.js'
import { fr } from '../../../src/i18n/locales/fr.js'
import type { Messages } from '../../../src/i18n/types.js'
import { renderFlow } from './flow.js'

// The word for "seconds" (30 of them) and "minutes" (15) in each locale, written by hand.
const LOCALES: Array<[string, Messages, string, string]> = [
  ['en', en, 'seconds', 'minutes'],
  ['fr', fr, 'secondes', 'minutes'],
  ['de', de, 'Sekunden', 'Minuten'],
  ['es', es, 'segundos', 'minutos'],
  ['ar', ar, 'ثانية', 'دقيقة'],
]

const CLOCK_LIKE = /\d\s*:\s*\d/

const submit = () => document.querySelector<HTMLButtonElement>('[data-step] form button[type="submit"]')!

async function reachCodeStep(locale: string, messages: Messages) {
  const view = renderFlow({ locale, messages })
  await userEvent.type(screen.getByRole('textbox'), '612345678')
  await userEvent.click(submit())
  await waitFor(() => expect(document.querySelector('[data-step="code"]')).not.toBeNull())
  return view
}

const resendNote = () => document.querySelector('[data-step="code"] [aria-disabled="true"][aria-describedby]')!

const savedDurationFormat = (Intl as { DurationFormat?: unknown }).DurationFormat

afterEach(() => {
  ;(Intl as { DurationFormat?: unknown }).DurationFormat = savedDurationFormat
})

describe.each(LOCALES)('durations in %s', (locale, messages, seconds, minutes) => {
  it('writes the resend wait and the lockout as durations, never as clock times', async () => {
    expect(typeof savedDurationFormat).toBe('function')
    const { mock } = await reachCodeStep(locale, messages)
    const wait = document.getElementById(resendNote().getAttribute('aria-describedby')!)!.textContent ?? ''
    expect(wait).toContain(seconds)
    expect(wait).not.toMatch(CLOCK_LIKE)

    const code = mock.outbox.latest()?.code ?? ''
    const wrong = code.startsWith('0') ? '111111' : '000000'
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await userEvent.clear(screen.getByRole('textbox'))
      await userEvent.type(screen.getByRole('textbox'), wrong)
      await userEvent.click(submit())
      if (attempt < 2) await waitFor(() => expect(screen.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true'))
    }
    const countdown = await waitFor(() => document.querySelector('[data-step="locked"] [data-countdown]')!)
    expect(countdown.textContent).toContain(minutes)
    expect(countdown.textContent).not.toMatch(CLOCK_LIKE)
  })

  it('falls back to the catalogue’s plural words where the engine has no Intl.DurationFormat', async () => {
    delete (Intl as { DurationFormat?: unknown }).DurationFormat
    await reachCodeStep(locale, messages)
    const wait = document.getElementById(resendNote().getAttribute('aria-describedby')!)!.textContent ?? ''
    expect(wait).toContain(seconds)
    expect(wait).not.toMatch(CLOCK_LIKE)
  })
})
