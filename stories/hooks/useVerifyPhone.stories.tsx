import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { HookExplorer } from './HookExplorer.js'
import { createStoryBackend } from '../support/storyBackend.js'

const backend = createStoryBackend({ latencyMs: 150 })

const meta = {
  title: 'Hooks/useVerifyPhone',
  component: HookExplorer,
  args: { backend },
  argTypes: { backend: { table: { disable: true } }, options: { control: 'object' } },
  parameters: { msw: { handlers: backend.handlers }, layout: 'fullscreen' },
  beforeEach: () => {
    backend.mock.reset()
    backend.mock.setLatency(150)
  },
} satisfies Meta<typeof HookExplorer>

export default meta
type Story = StoryObj<typeof meta>

const field = (canvas: ReturnType<typeof within>, name: string) => canvas.getByRole('row', { name: new RegExp(`^${name}\\b`) }).querySelector('td')

/** Walk the machine by hand: every action is a button, and the mock's clock moves on demand. */
export const Explorer: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement)
    backend.mock.setLatency(0)
    await step('send a code: the SMS arrives on the simulated phone', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'sendCode' }))
      await expect(await canvas.findByText(/is your ACME verification code/)).toBeVisible()
      await waitFor(() => expect(field(canvas, 'status')).toHaveTextContent('awaitingCode'))
    })
    await step('a wrong code costs an attempt', async () => {
      const wrong = backend.mock.outbox.latest()?.code === '000000' ? '111111' : '000000'
      await userEvent.type(canvas.getByLabelText('Code'), wrong)
      await userEvent.click(canvas.getByRole('button', { name: 'submitCode' }))
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Wrong code. 2 attempts left.'))
      await waitFor(() => expect(field(canvas, 'attemptsLeft')).toHaveTextContent('2'))
    })
    await step('after 30 s on the mock clock a new code can be sent', async () => {
      await waitFor(() => expect(field(canvas, 'canResend')).toHaveTextContent('false'))
      await userEvent.click(canvas.getByRole('button', { name: /forward 30 s/ }))
      await waitFor(() => expect(field(canvas, 'canResend')).toHaveTextContent('true'))
    })
    await step('the right code verifies the number', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Type the latest SMS code' }))
      await userEvent.click(canvas.getByRole('button', { name: 'submitCode' }))
      await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Phone number verified.'))
      await waitFor(() => expect(field(canvas, 'status')).toHaveTextContent('verified'))
    })
  },
}

/** Three wrong codes lock the number; moving the clock 15 minutes ends the lock. */
export const Lockout: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    backend.mock.setLatency(0)
    await userEvent.click(canvas.getByRole('button', { name: 'sendCode' }))
    await canvas.findByText(/is your ACME verification code/)
    const wrong = backend.mock.outbox.latest()?.code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 3; i++) {
      await userEvent.clear(canvas.getByLabelText('Code'))
      await userEvent.type(canvas.getByLabelText('Code'), wrong)
      await userEvent.click(canvas.getByRole('button', { name: 'submitCode' }))
      await waitFor(() => expect(field(canvas, 'isBusy')).toHaveTextContent('false'))
    }
    await waitFor(() => expect(field(canvas, 'status')).toHaveTextContent('locked'))
    await userEvent.click(canvas.getByRole('button', { name: /forward 15 min/ }))
    await waitFor(() => expect(field(canvas, 'status')).toHaveTextContent('editing'))
  },
}
