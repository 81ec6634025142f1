import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { DEFAULT_POLICY } from '../../src/core/policy.js'
import { FlowDemo } from './FlowDemo.js'
import { currentMock, flowHandlers } from '../support/flowBackend.js'

const PHONE_NATIONAL = '612345678'

const meta = {
  title: 'Flows/VerifyPhone',
  component: FlowDemo,
  parameters: { msw: { handlers: flowHandlers } },
  args: {
    policy: { ...DEFAULT_POLICY },
    faults: {},
    timeoutMs: 15_000,
    latencyMs: 300,
    verifiedNumbers: [],
    defaultCountry: 'FR',
    autoSubmit: false,
    webOtp: false,
    customMessage: undefined,
    senderId: undefined,
    showServerMessages: false,
    allowRestart: true,
  },
  argTypes: {
    policy: { control: 'object', description: 'The OTP policy (mirrors the server)' },
    faults: { control: 'object', description: 'Faults per endpoint, e.g. { "send": { "kind": "status", "status": 503 } }' },
    customMessage: { control: 'text' },
    senderId: { control: 'text' },
    latencyMs: { control: { type: 'range', min: 0, max: 3000, step: 100 } },
    timeoutMs: { control: { type: 'number' } },
  },
} satisfies Meta<typeof FlowDemo>

export default meta
type Story = StoryObj<typeof meta>

type Canvas = ReturnType<typeof within>

async function sendCode(canvas: Canvas) {
  await userEvent.type(canvas.getByLabelText(/Mobile number/), PHONE_NATIONAL)
  await userEvent.click(canvas.getByRole('button', { name: 'Send code' }))
  await canvas.findByRole('heading', { name: 'Enter the code' })
}

async function typeCode(canvas: Canvas, code: string) {
  const input = canvas.getByLabelText(/Verification code/)
  await userEvent.clear(input)
  await userEvent.type(input, code)
}

function wrongCode(): string {
  const code = currentMock().outbox.latest()?.code ?? ''
  return code.startsWith('0') ? '1'.repeat(code.length) : '0'.repeat(code.length)
}

const live = (canvas: Canvas) => canvas.getByRole('status')

// The field's error, not the live region that repeats it for screen readers a moment later.
const ERROR = { selector: '[data-error]' }

/** The phone step, on the in-memory Transmit. Type a number, read the SMS on the simulated phone, type the code. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('heading', { name: 'Verify your phone number' })).toBeVisible()
    await expect(canvas.getByText(/enter a mobile number/)).toBeVisible()
    await expect(canvas.getByRole('region', { name: 'Simulated phone' })).toBeVisible()
  },
}

/** The happy path: number, SMS, code, verified. */
export const Verified: Story = {
  args: { latencyMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await sendCode(canvas)
    await expect(canvas.getByLabelText(/Verification code/)).toHaveFocus()
    await expect(canvas.getByText(/We sent a code to/)).toHaveTextContent('+33 6 12 34 56 78')
    await waitFor(() => expect(currentMock().outbox.latest()).toBeDefined())
    await typeCode(canvas, currentMock().outbox.latest()?.code ?? '')
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }))
    const heading = await canvas.findByRole('heading', { name: 'Phone number verified' })
    await expect(heading).toHaveFocus()
    // Said by the focused heading and its description, so not by the live region too.
    await expect(heading).toHaveAccessibleDescription(/is now verified/)
    await expect(live(canvas)).not.toHaveTextContent('Phone number verified.')
  },
}

/** The code step right after sending, with the resend cooldown running. */
export const CodeSent: Story = {
  args: { latencyMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await sendCode(canvas)
    await expect(canvas.getByText(/You can request a new code in 30 seconds/)).toBeVisible()
    await waitFor(() => expect(live(canvas)).toHaveTextContent('Code sent to +33 6 12 34 56 78.'))
  },
}

/** A wrong code: the message is tied to the field, attempts left show, and the typed code stays selected. */
export const WrongCode: Story = {
  args: { latencyMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await sendCode(canvas)
    await typeCode(canvas, wrongCode())
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }))
    const input = canvas.getByLabelText(/Verification code/) as HTMLInputElement
    await waitFor(() => expect(input).toHaveAccessibleDescription(/That code is not correct\. You have 2 attempts left\./))
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    await expect(input).toHaveFocus()
    await expect(input.selectionEnd! - input.selectionStart!).toBe(6)
  },
}

/** After the resend cooldown a new code can be requested; "New code sent" shows afterwards. */
export const ResendCooldown: Story = {
  args: { latencyMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await sendCode(canvas)
    const resend = canvas.getByRole('button', { name: 'Send a new code' })
    await expect(resend).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(canvas.getByRole('button', { name: /forward 30 s/ }))
    await waitFor(() => expect(resend).not.toHaveAttribute('aria-disabled'))
    await userEvent.click(resend)
    await waitFor(() => expect(canvas.getByText(/New code sent\./)).toBeVisible())
    await expect(currentMock().outbox.messages).toHaveLength(2)
  },
}

/** The code expired: it says so, and one action sends a new code. */
export const Expired: Story = {
  args: { latencyMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await sendCode(canvas)
    await userEvent.click(canvas.getByRole('button', { name: /forward 5 min/ }))
    await waitFor(() => expect(canvas.getByLabelText(/Verification code/)).toHaveAccessibleDescription('This code has expired.'))
    await expect(canvas.queryByRole('button', { name: 'Send a new code' })).toBeNull()
    await userEvent.click(canvas.getByRole('button', { name: 'Get a new code' }))
    await waitFor(() => expect(currentMock().outbox.messages).toHaveLength(2))
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Verify' })).toBeVisible())
  },
}

/** Three wrong codes: locked, in plain words, with the time it ends and a countdown. */
export const Locked: Story = {
  args: { latencyMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await sendCode(canvas)
    for (let attempt = 0; attempt < 3; attempt++) {
      await typeCode(canvas, wrongCode())
      await userEvent.click(canvas.getByRole('button', { name: 'Verify' }))
      if (attempt < 2) await waitFor(() => expect(canvas.getByLabelText(/Verification code/)).toHaveAttribute('aria-invalid', 'true'))
    }
    await expect(await canvas.findByRole('heading', { name: 'Too many attempts' })).toHaveFocus()
    await expect(canvas.getByText(/You can try again in 15 minutes/)).toBeVisible()
  },
}

/** Change number goes back with the number kept. */
export const ChangeNumber: Story = {
  args: { latencyMs: 0 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await sendCode(canvas)
    await userEvent.click(canvas.getByRole('button', { name: 'Change number' }))
    await expect(await canvas.findByRole('heading', { name: 'Verify your phone number' })).toHaveFocus()
    await expect(canvas.getByLabelText(/Mobile number/)).toHaveValue('06 12 34 56 78')
  },
}

/** The network fails once; Try again works. */
export const NetworkErrorThenRetry: Story = {
  args: { latencyMs: 0, faults: { send: { kind: 'network', times: 1 } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByLabelText(/Mobile number/), PHONE_NATIONAL)
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }))
    await expect(await canvas.findByText(/You seem to be offline/, ERROR)).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(await canvas.findByRole('heading', { name: 'Enter the code' })).toBeVisible()
  },
}

/** Too many requests: when to retry. */
export const RateLimited: Story = {
  args: { latencyMs: 0, faults: { send: { kind: 'status', status: 429, retryAfter: 60 } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByLabelText(/Mobile number/), PHONE_NATIONAL)
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }))
    await expect(await canvas.findByText('Too many requests. Try again in 60 seconds.', ERROR)).toBeVisible()
  },
}

/** The number is already verified. */
export const AlreadyVerified: Story = {
  args: { latencyMs: 0, verifiedNumbers: ['+33612345678'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByLabelText(/Mobile number/), PHONE_NATIONAL)
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }))
    await waitFor(() => expect(canvas.getByLabelText(/Mobile number/)).toHaveAccessibleDescription(/already verified/))
  },
}

/** The session ended: the access token was refused. */
export const Unauthorized: Story = {
  args: { latencyMs: 0, faults: { send: { kind: 'status', status: 401 } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByLabelText(/Mobile number/), PHONE_NATIONAL)
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }))
    await expect(await canvas.findByText(/Your session has ended/, ERROR)).toBeVisible()
  },
}

/** The server failed. */
export const ServerError: Story = {
  args: { latencyMs: 0, faults: { send: { kind: 'status', status: 503 } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByLabelText(/Mobile number/), PHONE_NATIONAL)
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }))
    await expect(await canvas.findByText(/Something went wrong on our side/, ERROR)).toBeVisible()
  },
}

/** The server never answers: the client's timeout ends the wait. */
export const Timeout: Story = {
  args: { latencyMs: 0, timeoutMs: 800, faults: { send: { kind: 'hang' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByLabelText(/Mobile number/), PHONE_NATIONAL)
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }))
    await expect(await canvas.findByText(/took too long to answer/, ERROR, { timeout: 3000 })).toBeVisible()
  },
}

/** Sending takes a while: the button says so. */
export const Sending: Story = {
  args: { latencyMs: 60_000 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByLabelText(/Mobile number/), PHONE_NATIONAL)
    await userEvent.click(canvas.getByRole('button', { name: 'Send code' }))
    await expect(await canvas.findByRole('button', { name: 'Sending…' })).toHaveAttribute('aria-disabled', 'true')
  },
}

/** Auto-submit: the code is checked as soon as it is complete, and the instructions say so. */
export const AutoSubmit: Story = {
  args: { latencyMs: 0, autoSubmit: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await sendCode(canvas)
    await expect(canvas.getByText('The code is checked as soon as you enter the last digit.')).toBeVisible()
    await waitFor(() => expect(currentMock().outbox.latest()).toBeDefined())
    await typeCode(canvas, currentMock().outbox.latest()?.code ?? '')
    await expect(await canvas.findByRole('heading', { name: 'Phone number verified' })).toBeVisible()
  },
}

/** A custom SMS text and sender id, with a live preview and the checks made before sending. */
export const CustomMessage: Story = {
  args: { customMessage: 'Your {app} code: {otp}. It expires in 5 minutes.', senderId: 'ACME' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('region', { name: 'SMS preview' })).toHaveTextContent('Your ACME code: 482913.')
  },
}
