import { describe, expect, it } from 'vitest'
import { screen, waitFor } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { codeInput, phoneInput, renderFlow, sendCode, wrongCode } from './flow.js'
import { recordJourney, saidOnFocus, settle } from './recorder.js'

const live = () => screen.getByRole('status')

/**
 * Types a code and submits it. After a wrong code the kit has focused the field and selected the code, so
 * typing replaces it, as it does for the user (clearing it first would hide a break of that, and under
 * WebDriver `clear` writes the value from script, which React does not see).
 */
async function typeCode(code: string) {
  const field = codeInput()
  if (field.value !== '') {
    expect(field).toHaveFocus()
    expect([field.selectionStart, field.selectionEnd], 'the code is selected').toEqual([0, field.value.length])
  }
  await userEvent.type(field, code)
  await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
}

async function lockOut(mock: ReturnType<typeof renderFlow>['mock']) {
  const wrong = wrongCode(mock.outbox.latest()?.code)
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await typeCode(wrong)
    if (attempt < 2) await waitFor(() => expect(codeInput()).toHaveAttribute('aria-invalid', 'true'))
  }
  return screen.findByRole('heading', { name: 'Too many attempts' })
}

/** No announcement repeats what a focused element said. */
function expectEachThingSaidOnce(journey: ReturnType<typeof recordJourney>) {
  for (const said of journey.announcements) {
    for (const entry of journey.focus) expect(entry.said, `"${said}" was also said on focus`).not.toContain(said.replace(/\.$/, ''))
  }
}

describe('each thing said once, by focus or by the live region', () => {
  it('through a wrong code and the verified end', async () => {
    const { mock } = renderFlow()
    const journey = recordJourney(live())
    await sendCode()
    await waitFor(() => expect(journey.announcements).toEqual(['Code sent to +33 6 12 34 56 78.']))
    await typeCode(wrongCode(mock.outbox.latest()?.code))
    await waitFor(() => expect(codeInput()).toHaveAccessibleDescription(/not correct/))
    expect(codeInput()).toHaveFocus()
    expect(journey.focus.at(-1)?.said).toMatch(/That code is not correct\. You have 2 attempts left\./)
    await typeCode(mock.outbox.latest()?.code ?? '')
    const heading = await screen.findByRole('heading', { name: 'Phone number verified' })
    expect(heading).toHaveFocus()
    expect(journey.focus.at(-1)?.said).toMatch(/Phone number verified .*is now verified/)
    await settle()
    expect(journey.announcements).toEqual(['Code sent to +33 6 12 34 56 78.'])
    expectEachThingSaidOnce(journey)
    journey.stop()
  })

  it('through a lockout', async () => {
    const { mock } = renderFlow()
    await sendCode()
    const journey = recordJourney(live())
    const heading = await lockOut(mock)
    expect(heading).toHaveFocus()
    expect(saidOnFocus(heading)).toMatch(/Too many attempts For your security, verification is paused until/)
    await settle()
    expect(journey.announcements.filter((said) => /attempt/i.test(said))).toEqual([])
    expectEachThingSaidOnce(journey)
    journey.stop()
  })
})

describe('the live region', () => {
  it('is never inside an element marked busy while a request runs', async () => {
    const { mock } = renderFlow()
    mock.setLatency(400)
    await userEvent.type(phoneInput(), '612345678')
    await userEvent.click(screen.getByRole('button', { name: 'Send code' }))
    await screen.findByRole('button', { name: 'Sending…' })
    expect(live().closest('[aria-busy="true"]')).toBeNull()
    await screen.findByRole('heading', { name: 'Enter the code' })
    await userEvent.type(codeInput(), mock.outbox.latest()?.code ?? '')
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    await screen.findByRole('button', { name: 'Verifying…' })
    expect(live().closest('[aria-busy="true"]')).toBeNull()
  })
})

describe('the end of a lockout', () => {
  it('is announced once, and focus moves from the step that went to the phone step without resting on the page', async () => {
    const { mock } = renderFlow()
    await sendCode()
    await lockOut(mock)
    screen.getByRole('button', { name: 'Change number' }).focus()
    const journey = recordJourney(live())
    mock.clock.advance(15 * 60_000)
    const heading = await screen.findByRole('heading', { name: 'Verify your phone number' })
    await settle()
    expect(journey.announcements).toEqual(['The pause is over. You can try again now.'])
    expect(heading).toHaveFocus()
    expect(journey.focusLost()).toBe(0)
    expect(live()).not.toHaveTextContent(/Too many attempts/)
    journey.stop()
  })

  it('leaves focus where the user is when that is outside the flow', async () => {
    const { mock } = renderFlow()
    await sendCode()
    await lockOut(mock)
    const elsewhere = document.createElement('button')
    elsewhere.textContent = 'Elsewhere on the page'
    document.body.append(elsewhere)
    elsewhere.focus()
    const journey = recordJourney(live())
    mock.clock.advance(15 * 60_000)
    await screen.findByRole('heading', { name: 'Verify your phone number' })
    await settle()
    expect(elsewhere).toHaveFocus()
    expect(journey.announcements).toEqual(['The pause is over. You can try again now.'])
    journey.stop()
    elsewhere.remove()
  })
})

describe('entering the code step', () => {
  it('focuses the code field once, and nothing after it', async () => {
    renderFlow()
    await userEvent.type(phoneInput(), '612345678')
    const send = screen.getByRole('button', { name: 'Send code' })
    const journey = recordJourney(live())
    await userEvent.click(send)
    await screen.findByRole('heading', { name: 'Enter the code' })
    await settle(150)
    expect(journey.focus.map((entry) => entry.element)).toEqual([send, codeInput()])
    journey.stop()
  })
})

describe('headingLevel', () => {
  it.each([
    [undefined, 2],
    [1, 1],
    [3, 3],
  ] as const)('renders every step heading at level %s → h%i', async (headingLevel, level) => {
    const { mock } = renderFlow(headingLevel === undefined ? {} : { headingLevel })
    expect(screen.getByRole('heading', { name: 'Verify your phone number' })).toHaveProperty('tagName', `H${level}`)
    await sendCode()
    expect(screen.getByRole('heading', { name: 'Enter the code', level })).toBeVisible()
    await typeCode(mock.outbox.latest()?.code ?? '')
    expect(await screen.findByRole('heading', { name: 'Phone number verified', level })).toBeVisible()
  })

  it('falls back to h2 for a level that is not one', async () => {
    renderFlow({ headingLevel: 7 as 1 })
    expect(screen.getByRole('heading', { name: 'Verify your phone number', level: 2 })).toBeVisible()
  })
})
