import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import type { HookExplorer } from './HookExplorer.js'
import { hookMetaBase } from './hookMeta.js'
import { currentMock } from '../support/flowBackend.js'
import { kitText } from '../support/kitText.js'
import { wrongCodeFor } from '../flows/driveFlow.js'

// The hook's journeys as tests, out of the sidebar (`!dev`); see the Testing page.

const meta = {
  ...hookMetaBase,
  title: 'Hooks/useVerifyPhone/Journeys',
  tags: ['!dev', '!autodocs', 'journey'],
  args: { clock: 'manual', latencyMs: 0 },
} satisfies Meta<typeof HookExplorer>

export default meta
type Story = StoryObj<typeof meta>

const field = (canvasElement: HTMLElement, name: string) => canvasElement.querySelector(`[data-field="${name}"]`)

/** send, a wrong code, the cooldown on the mock clock, the right code. */
export const Walkthrough: Story = {
  play: async ({ canvasElement, globals, step }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await step('send a code: the SMS arrives on the simulated phone', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'sendCode' }))
      await waitFor(() => expect(canvas.getByTestId('sms-text')).toHaveTextContent(currentMock().outbox.latest()!.code))
      await waitFor(() => expect(field(canvasElement, 'status')).toHaveTextContent('awaitingCode'))
    })
    await step('a wrong code costs an attempt', async () => {
      await userEvent.type(canvas.getByLabelText('code'), wrongCodeFor(currentMock().outbox.latest()!.code))
      await userEvent.click(canvas.getByRole('button', { name: 'submitCode' }))
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(k.t('announceCodeWrong', { count: 2 })))
      await waitFor(() => expect(field(canvasElement, 'attemptsLeft')).toHaveTextContent('2'))
    })
    await step('after 30 s on the mock clock a new code can be sent', async () => {
      await waitFor(() => expect(field(canvasElement, 'canResend')).toHaveTextContent('false'))
      await userEvent.click(canvasElement.querySelector<HTMLButtonElement>('[data-clock] button[data-advance="30000"]')!)
      await waitFor(() => expect(field(canvasElement, 'canResend')).toHaveTextContent('true'))
    })
    await step('the right code verifies the number', async () => {
      await userEvent.click(canvasElement.querySelector<HTMLButtonElement>('[data-action="type-latest"]')!)
      await userEvent.click(canvas.getByRole('button', { name: 'submitCode' }))
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(k.t('announceVerified')))
      await waitFor(() => expect(field(canvasElement, 'status')).toHaveTextContent('verified'))
    })
  },
}

/** Three wrong codes lock the number; moving the clock 15 minutes ends the lock. */
export const Lockout: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'sendCode' }))
    await waitFor(() => expect(currentMock().outbox.latest()).toBeDefined())
    const wrong = wrongCodeFor(currentMock().outbox.latest()!.code)
    for (let i = 0; i < 3; i++) {
      await userEvent.clear(canvas.getByLabelText('code'))
      await userEvent.type(canvas.getByLabelText('code'), wrong)
      await userEvent.click(canvas.getByRole('button', { name: 'submitCode' }))
      await waitFor(() => expect(field(canvasElement, 'isBusy')).toHaveTextContent('false'))
    }
    await waitFor(() => expect(field(canvasElement, 'status')).toHaveTextContent('locked'))
    await userEvent.click(canvasElement.querySelector<HTMLButtonElement>('[data-clock] button[data-advance="900000"]')!)
    await waitFor(() => expect(field(canvasElement, 'status')).toHaveTextContent('editing'))
  },
}
