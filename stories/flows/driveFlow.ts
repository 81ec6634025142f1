import { userEvent } from '@testing-library/user-event'
import { waitFor } from '@testing-library/dom'
import type { MockTransmit } from '../../src/api/mock/createMockTransmit.js'
import { STORY_PHONE, type FlowState } from './flowStates.js'

// Takes a freshly rendered `<VerifyPhone>` to a state as a user would: it types
// and submits through the real fields and forms, so the state on screen is the
// one a person would reach. Elements are found by role-free, locale-free hooks
// (input types, `data-*` attributes), so the same steps hold in every locale.

export interface DriveOptions {
  /** An element around the flow (the story's root). */
  root: HTMLElement
  /** The mock Transmit the flow talks to. */
  mock: MockTransmit
  /** Aborted when the story re-renders or unmounts: the drive stops at its next step. */
  signal: AbortSignal
}

const PHONE_ERRORS: ReadonlySet<FlowState> = new Set(['invalidNumber', 'alreadyVerified', 'rateLimited', 'networkError', 'timeout', 'serverError', 'unauthorized'])

class Stopped extends Error {}

/** A code that differs from `code` in every digit. */
export function wrongCodeFor(code: string): string {
  return code.replace(/\d/g, (digit) => String((Number(digit) + 1) % 10))
}

/** Drives the flow under `root` to `state`; resolves once it is on screen. */
export async function driveFlow(state: FlowState, { root, mock, signal }: DriveOptions): Promise<void> {
  if (state === 'phoneEntry') return
  const user = userEvent.setup({ document: root.ownerDocument })
  const flow = () => root.querySelector<HTMLElement>('[data-state][data-step]')
  const status = () => flow()?.dataset.state
  const step = async <T>(action: () => Promise<T> | T): Promise<T> => {
    if (signal.aborted) throw new Stopped()
    const result = await action()
    if (signal.aborted) throw new Stopped()
    return result
  }
  const until = <T>(find: () => T | null | undefined | false, what: string) =>
    step(() =>
      waitFor(
        () => {
          const found = signal.aborted ? undefined : find()
          if (!found) throw new Error(`Waited for ${what}; the flow is ${status() ?? 'not rendered'}.`)
          return found
        },
        { timeout: 8_000 },
      ),
    )
  const codeInput = () => until(() => status() === 'awaitingCode' && root.querySelector<HTMLInputElement>('[data-step="code"] input[autocomplete="one-time-code"]'), 'the code step')
  const submitCode = async (code: string) => {
    const input = await codeInput()
    const answered = mock.requests('validate').length
    await step(() => user.clear(input))
    await step(() => user.type(input, code))
    // A flow with autoSubmit has already sent it; the form ignores a second submit while it verifies.
    input.form?.requestSubmit()
    await until(() => mock.requests('validate').length > answered && status() !== 'verifying', 'the answer to the code')
  }
  const latestCode = () => until(() => mock.outbox.latest()?.code, 'the SMS')

  try {
    const phone = await until(() => root.querySelector<HTMLInputElement>('[data-step="phone"] input[type="tel"]'), 'the phone field')
    await step(() => user.type(phone, state === 'invalidNumber' ? STORY_PHONE.slice(0, 6) : STORY_PHONE))
    phone.form?.requestSubmit()
    if (PHONE_ERRORS.has(state)) {
      await until(() => status() === 'editing' && (root.querySelector('[data-error]') || phone.getAttribute('aria-invalid') === 'true'), 'the error')
      return
    }
    if (state === 'sending') {
      await until(() => status() === 'sending', 'the send')
      return
    }
    await codeInput()
    switch (state) {
      case 'codeSent':
        return
      case 'newCodeSent': {
        mock.clock.advance(mock.policy.resendCooldownSeconds * 1000)
        const resend = await until(() => root.querySelector<HTMLButtonElement>('[data-step="code"] button[aria-describedby$="-resend-note"]:not([aria-disabled])'), 'the resend button')
        await step(() => user.click(resend))
        await until(() => mock.outbox.messages.length === 2 && status() === 'awaitingCode', 'the new code')
        return
      }
      case 'expired':
        mock.clock.advance(mock.policy.expiresInSeconds * 1000)
        await until(() => root.querySelector('[data-step="code"][data-expired]'), 'the expiry')
        return
      case 'wrongCode':
        await submitCode(wrongCodeFor(await latestCode()))
        await until(() => status() === 'awaitingCode' && root.querySelector('[data-step="code"] input[aria-invalid="true"]'), 'the wrong-code error')
        return
      case 'locked':
        for (let attempt = 0; attempt < mock.policy.maxFailures; attempt++) {
          await submitCode(wrongCodeFor(await latestCode()))
        }
        await until(() => status() === 'locked', 'the lockout')
        return
      case 'verified':
        await submitCode(await latestCode())
        await until(() => status() === 'verified', 'the verified state')
        return
    }
  } catch (error) {
    if (!(error instanceof Stopped)) throw error
  }
}
