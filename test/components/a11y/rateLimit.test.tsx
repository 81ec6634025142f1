import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { phoneInput, renderFlow, sendCode } from './flow.js'
import { settle } from './recorder.js'

const live = () => screen.getByRole('status')
const sendButton = () => screen.getByRole('button', { name: /^(Send code|Try again)$/ })
const waitMessage = (seconds: number) => `Too many requests. Try again in ${seconds} seconds.`

describe('a rate-limited send (429, Retry-After: 60)', () => {
  it('says the true wait at every moment, also after Send during the wait, and goes once the wait is over', async () => {
    const { mock } = renderFlow({}, { faults: { send: { kind: 'status', status: 429, retryAfter: 60 } } })
    await userEvent.type(phoneInput(), '612345678')
    await userEvent.click(sendButton())
    await waitFor(() => expect(sendButton()).toHaveAccessibleDescription(waitMessage(60)))
    expect(live()).toHaveTextContent(waitMessage(60))
    mock.clock.advance(3_000)
    await waitFor(() => expect(sendButton()).toHaveAccessibleDescription(waitMessage(57)))
    // Send again during the wait: refused at once, and the count goes on.
    await userEvent.click(sendButton())
    await waitFor(() => expect(sendButton()).toHaveAccessibleDescription(waitMessage(57)))
    for (const [step, left] of [[10_000, 47], [20_000, 27], [26_000, 1]] as const) {
      mock.clock.advance(step)
      await waitFor(() => expect(sendButton()).toHaveAccessibleDescription(left === 1 ? 'Too many requests. Try again in 1 second.' : waitMessage(left)))
    }
    mock.clock.advance(1_000)
    await waitFor(() => expect(screen.queryByText(/Too many requests/)).toBeNull())
    expect(sendButton()).not.toHaveAccessibleDescription()
    expect(live()).not.toHaveTextContent(/Too many requests/)
    mock.clock.advance(60_000)
    await settle()
    expect(screen.queryByText(/Too many requests/)).toBeNull()
  })
})

describe('a rate-limited resend on the code step', () => {
  it('counts down with the clock and goes once the wait is over', async () => {
    const { mock } = renderFlow()
    await sendCode()
    mock.setFaults({ send: { kind: 'status', status: 429, retryAfter: 60 } })
    mock.clock.advance(30_000)
    const resend = screen.getByRole('button', { name: 'Send a new code' })
    await waitFor(() => expect(resend).not.toHaveAttribute('aria-disabled'))
    await userEvent.click(resend)
    const shown = { selector: '[data-vp-otp] [data-part="error"]' }
    await waitFor(() => expect(screen.getByText(waitMessage(60), shown)).toBeVisible())
    mock.clock.advance(20_000)
    await waitFor(() => expect(screen.getByText(waitMessage(40), shown)).toBeVisible())
    mock.clock.advance(40_000)
    await waitFor(() => expect(screen.queryByText(/Too many requests/)).toBeNull())
  })
})
