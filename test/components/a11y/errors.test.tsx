import { describe, expect, it, vi } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { codeInput, phoneInput, renderFlow, sendCode } from './flow.js'
import { recordJourney, settle } from './recorder.js'

const live = () => screen.getByRole('status')
const count = (list: string[], text: string) => list.filter((said) => said === text).length

describe('a failed Send on the phone step', () => {
  it('focuses the phone field, whose description says what is wrong: empty, then too short', async () => {
    renderFlow()
    const journey = recordJourney(live())
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }))
    await waitFor(() => expect(phoneInput()).toHaveFocus())
    expect(phoneInput()).toHaveAttribute('aria-invalid', 'true')
    expect(phoneInput()).toHaveAccessibleDescription(/Enter your mobile number\./)

    await userEvent.type(phoneInput(), '6123')
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }))
    await waitFor(() => expect(phoneInput()).toHaveFocus())
    expect(phoneInput()).toHaveAccessibleDescription(/This number is too short\./)
    // Said by the focused field, so not by the live region as well.
    expect(journey.announcements).toEqual([])
    journey.stop()
  })

  it('says the error in the live region when Enter is pressed in the field, which already has focus', async () => {
    renderFlow()
    const journey = recordJourney(live())
    await userEvent.type(phoneInput(), '6123{Enter}')
    await waitFor(() => expect(journey.announcements).toEqual(['This number is too short.']))
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(journey.announcements).toEqual(['This number is too short.', 'This number is too short.']))
    journey.stop()
  })
})

describe('the same failure twice', () => {
  it('is announced again for a second network failure on "Try again"', async () => {
    renderFlow({}, { faults: { send: { kind: 'network' } } })
    const journey = recordJourney(live())
    await userEvent.type(phoneInput(), '612345678')
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }))
    const offline = 'You seem to be offline. Check your connection and try again.'
    await waitFor(() => expect(count(journey.announcements, offline)).toBe(1))
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(count(journey.announcements, offline)).toBe(2))
    journey.stop()
  })

  it('is heard for each Verify with two digits: the field takes focus, then, focus there, the live region says it', async () => {
    renderFlow()
    await sendCode()
    const journey = recordJourney(live())
    await userEvent.type(codeInput(), '12')
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(codeInput()).toHaveFocus())
    expect(journey.focus.at(-1)?.said).toMatch(/Enter all 6 digits\./)
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(count(journey.announcements, 'Enter all 6 digits.')).toBe(1))
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(count(journey.announcements, 'Enter all 6 digits.')).toBe(2))
    journey.stop()
  })

  it('is heard for each full code submitted after the code expired', async () => {
    const { mock } = renderFlow()
    await sendCode()
    mock.clock.advance(5 * 60_000)
    await waitFor(() => expect(codeInput()).toHaveAttribute('aria-invalid', 'true'))
    const journey = recordJourney(live())
    await userEvent.type(codeInput(), `${mock.outbox.latest()?.code}{Enter}`)
    await waitFor(() => expect(count(journey.announcements, 'This code has expired.')).toBe(1))
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(count(journey.announcements, 'This code has expired.')).toBe(2))
    journey.stop()
  })
})

describe('a code expired by time', () => {
  it('is one state of the field (invalid, described as expired, no lifetime) with one action, and focus stays put', async () => {
    const { mock } = renderFlow()
    await sendCode()
    expect(codeInput()).toHaveAccessibleDescription('The code is valid for 5 minutes.')
    const verify = screen.getByRole('button', { name: 'Verify' })
    verify.focus()
    const journey = recordJourney(live())
    mock.clock.advance(5 * 60_000)
    await waitFor(() => expect(codeInput()).toHaveAttribute('aria-invalid', 'true'))
    expect(codeInput()).toHaveAccessibleDescription('This code has expired.')
    expect(screen.getAllByRole('button', { name: /new code/i }).map((button) => button.textContent)).toEqual(['Get a new code'])
    // Said once, by the field, not also in a loose paragraph.
    expect(screen.getAllByText('This code has expired.')).toHaveLength(1)
    // The button under focus changed its words, not its place: focus stayed on it.
    expect(screen.getByRole('button', { name: 'Get a new code' })).toBe(verify)
    expect(verify).toHaveFocus()
    await settle()
    expect(journey.announcements).toEqual(['The code has expired. Request a new code.'])
    journey.stop()
  })
})

describe('phone-step failures', () => {
  it.each([
    ['network', { kind: 'network' } as const, 'Try again', /You seem to be offline/],
    ['503', { kind: 'status', status: 503 } as const, 'Try again', /Something went wrong on our side/],
    ['429', { kind: 'status', status: 429, retryAfter: 60 } as const, 'Send code', /Too many requests\. Try again in 60 seconds\./],
    ['401', { kind: 'status', status: 401 } as const, 'Send code', /Your session has ended/],
  ])('tie a %s message to the control that retries', async (_label, fault, control, message) => {
    renderFlow({}, { faults: { send: fault } })
    await userEvent.type(phoneInput(), '612345678')
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }))
    await waitFor(() => expect(screen.getByRole('button', { name: control })).toHaveAccessibleDescription(message))
  })

  it('give a refused token an action that calls onUnauthorized when the app passes it', async () => {
    const onUnauthorized = vi.fn()
    renderFlow({ onUnauthorized }, { faults: { send: { kind: 'status', status: 401 } } })
    await userEvent.type(phoneInput(), '612345678')
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }))
    const signIn = await screen.findByRole('button', { name: 'Sign in again' })
    expect(signIn).toHaveAccessibleDescription(/Your session has ended/)
    onUnauthorized.mockClear()
    await userEvent.click(signIn)
    expect(onUnauthorized).toHaveBeenCalledTimes(1)
  })

  it('offer no sign-in button when the app has no way to sign in', async () => {
    renderFlow({}, { faults: { send: { kind: 'status', status: 401 } } })
    await userEvent.type(phoneInput(), '612345678')
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }))
    await screen.findByText(/Your session has ended/, { selector: 'p' })
    expect(screen.queryByRole('button', { name: 'Sign in again' })).toBeNull()
  })
})

