import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import type { FlowDemo } from './FlowDemo.js'
import { flowMetaBase } from './flowMeta.js'
import { currentMock } from '../support/flowBackend.js'
import { containsText, kitText, type KitText } from '../support/kitText.js'
import { wrongCodeFor } from './driveFlow.js'

// The flow's journeys, step by step, as tests: `!dev` keeps them out of the
// sidebar of `npm start` (a designer opens the stories of VerifyPhone.stories.tsx),
// `test` (implied) keeps them in `npm test`. Expected text comes from the kit's
// catalogue in the story's locale, so they hold in every locale of the toolbar.

const meta = {
  ...flowMetaBase,
  title: 'Flows/VerifyPhone/Journeys',
  tags: ['!dev', '!autodocs', 'journey'],
  args: { ...flowMetaBase.args, clock: 'manual', latencyMs: 0 },
} satisfies Meta<typeof FlowDemo>

export default meta
type Story = StoryObj<typeof meta>

const PHONE_NATIONAL = '612345678'
const PHONE_DISPLAY = '+33 6 12 34 56 78'

type Canvas = ReturnType<typeof within>

const phoneField = (canvas: Canvas, k: KitText) => canvas.getByRole('textbox', { name: k.has('phoneLabel') })
const codeField = (canvas: Canvas, k: KitText) => canvas.getByRole('textbox', { name: k.has('codeLabel', { count: 6 }) })

async function requestCode(canvas: Canvas, k: KitText) {
  await userEvent.type(phoneField(canvas, k), PHONE_NATIONAL)
  await userEvent.click(canvas.getByRole('button', { name: k.t('sendCode') }))
}

async function sendCode(canvas: Canvas, k: KitText) {
  await requestCode(canvas, k)
  await canvas.findByRole('heading', { name: k.t('codeHeading') })
}

async function typeCode(canvas: Canvas, k: KitText, code: string) {
  const input = codeField(canvas, k)
  await userEvent.clear(input)
  await userEvent.type(input, code)
}

const latestCode = async () => {
  await waitFor(() => expect(currentMock().outbox.latest()).toBeDefined())
  return currentMock().outbox.latest()!.code
}

const live = (canvas: Canvas) => canvas.getByRole('status')

/** Moves the mock clock with the story's own button for `ms`. */
async function advance(canvasElement: HTMLElement, ms: number) {
  const button = canvasElement.querySelector<HTMLButtonElement>(`[data-clock] button[data-advance="${ms}"]`)
  await userEvent.click(button!)
}

// The field's error, not the live region that repeats it for screen readers a moment later.
const ERROR = { selector: '[data-error]' }

/** The happy path: number, SMS, code, verified; focus and announcements along the way. */
export const Verified: Story = {
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await sendCode(canvas, k)
    await expect(codeField(canvas, k)).toHaveFocus()
    await expect(canvas.getByText(containsText(k.t('codeSentTo', { phone: PHONE_DISPLAY })))).toBeVisible()
    await typeCode(canvas, k, await latestCode())
    await userEvent.click(canvas.getByRole('button', { name: k.t('verify') }))
    const heading = await canvas.findByRole('heading', { name: k.t('verifiedHeading') })
    await expect(heading).toHaveFocus()
    // Said by the focused heading and its description, so not by the live region too.
    await expect(heading).toHaveAccessibleDescription(k.has('verifiedBody', { phone: PHONE_DISPLAY }))
    await expect(live(canvas)).not.toHaveTextContent(k.t('announceVerified'))
  },
}

/** The code step right after sending, with the resend cooldown running and the send announced. */
export const CodeSent: Story = {
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await sendCode(canvas, k)
    await expect(canvas.getByText(k.has('resendIn', { time: k.duration(30_000) }))).toBeVisible()
    await waitFor(() => expect(live(canvas)).toHaveTextContent(k.t('announceCodeSent', { phone: PHONE_DISPLAY })))
  },
}

/** A wrong code: the message is tied to the field, attempts left show, and the typed code stays selected. */
export const WrongCode: Story = {
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await sendCode(canvas, k)
    await typeCode(canvas, k, wrongCodeFor(await latestCode()))
    await userEvent.click(canvas.getByRole('button', { name: k.t('verify') }))
    const input = codeField(canvas, k) as HTMLInputElement
    await waitFor(() => expect(input).toHaveAccessibleDescription(k.has('codeWrong', { count: 2 })))
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    await expect(input).toHaveFocus()
    await expect(input.selectionEnd! - input.selectionStart!).toBe(6)
  },
}

/** After the resend cooldown a new code can be requested; "New code sent" shows afterwards. */
export const ResendCooldown: Story = {
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await sendCode(canvas, k)
    const resend = canvas.getByRole('button', { name: k.t('resendCode') })
    await expect(resend).toHaveAttribute('aria-disabled', 'true')
    await advance(canvasElement, 30_000)
    await waitFor(() => expect(resend).not.toHaveAttribute('aria-disabled'))
    await userEvent.click(resend)
    await waitFor(() => expect(canvas.getByText(k.has('newCodeSent'))).toBeVisible())
    await expect(currentMock().outbox.messages).toHaveLength(2)
  },
}

/** The code expired: it says so, and one action sends a new code. */
export const Expired: Story = {
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await sendCode(canvas, k)
    await advance(canvasElement, 5 * 60_000)
    await waitFor(() => expect(codeField(canvas, k)).toHaveAccessibleDescription(k.t('codeExpired')))
    await expect(canvas.queryByRole('button', { name: k.t('resendCode') })).toBeNull()
    await userEvent.click(canvas.getByRole('button', { name: k.t('getNewCode') }))
    await waitFor(() => expect(currentMock().outbox.messages).toHaveLength(2))
    await waitFor(() => expect(canvas.getByRole('button', { name: k.t('verify') })).toBeVisible())
  },
}

/** Three wrong codes: locked, in plain words, with the time it ends and a countdown. */
export const Locked: Story = {
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await sendCode(canvas, k)
    for (let attempt = 0; attempt < 3; attempt++) {
      await typeCode(canvas, k, wrongCodeFor(await latestCode()))
      await userEvent.click(canvas.getByRole('button', { name: k.t('verify') }))
      if (attempt < 2) await waitFor(() => expect(codeField(canvas, k)).toHaveAccessibleDescription(k.has('codeWrong', { count: 2 - attempt })))
    }
    await expect(await canvas.findByRole('heading', { name: k.t('lockedHeading') })).toHaveFocus()
    await expect(canvas.getByText(k.has('lockedCountdown', { countdown: k.duration(15 * 60_000) }))).toBeVisible()
  },
}

/** Change number goes back with the number kept. */
export const ChangeNumber: Story = {
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await sendCode(canvas, k)
    await userEvent.click(canvas.getByRole('button', { name: k.t('changeNumber') }))
    await expect(await canvas.findByRole('heading', { name: k.t('phoneHeading') })).toHaveFocus()
    await expect(phoneField(canvas, k)).toHaveValue('06 12 34 56 78')
  },
}

/** The network fails once; Try again works. */
export const NetworkErrorThenRetry: Story = {
  args: { faults: { send: { kind: 'network', times: 1 } } },
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await requestCode(canvas, k)
    await expect(await canvas.findByText(k.t('errorNetwork'), ERROR)).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: k.t('retry') }))
    await expect(await canvas.findByRole('heading', { name: k.t('codeHeading') })).toBeVisible()
  },
}

/** Too many requests: when to retry. */
export const RateLimited: Story = {
  args: { faults: { send: { kind: 'status', status: 429, retryAfter: 60 } } },
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await requestCode(canvas, k)
    await expect(await canvas.findByText(k.t('errorRateLimited', { count: 60 }), ERROR)).toBeVisible()
  },
}

/** The number is already verified. */
export const AlreadyVerified: Story = {
  args: { verifiedNumbers: ['+33612345678'] },
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await requestCode(canvas, k)
    await waitFor(() => expect(phoneField(canvas, k)).toHaveAccessibleDescription(k.has('errorAlreadyVerified')))
  },
}

/** The session ended: the access token was refused. */
export const Unauthorized: Story = {
  args: { faults: { send: { kind: 'status', status: 401 } } },
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await requestCode(canvas, k)
    await expect(await canvas.findByText(k.t('errorUnauthorized'), ERROR)).toBeVisible()
  },
}

/** The server failed. */
export const ServerError: Story = {
  args: { faults: { send: { kind: 'status', status: 503 } } },
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await requestCode(canvas, k)
    await expect(await canvas.findByText(k.t('errorServer'), ERROR)).toBeVisible()
  },
}

/** The server never answers: the client's timeout ends the wait. */
export const Timeout: Story = {
  args: { timeoutMs: 800, faults: { send: { kind: 'hang' } } },
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await requestCode(canvas, k)
    await expect(await canvas.findByText(k.t('errorTimeout'), ERROR, { timeout: 3000 })).toBeVisible()
  },
}

/** Sending takes a while: the button says so. */
export const Sending: Story = {
  args: { latencyMs: 60_000 },
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await requestCode(canvas, k)
    await expect(await canvas.findByRole('button', { name: k.t('sendingCode') })).toHaveAttribute('aria-disabled', 'true')
  },
}

/** Auto-submit: the code is checked as soon as it is complete, and the instructions say so. */
export const AutoSubmit: Story = {
  args: { autoSubmit: true },
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await sendCode(canvas, k)
    await expect(canvas.getByText(k.t('autoSubmitInstructions'))).toBeVisible()
    await typeCode(canvas, k, await latestCode())
    await expect(await canvas.findByRole('heading', { name: k.t('verifiedHeading') })).toBeVisible()
  },
}

/** The SMS preview shows the code the simulated phone received, in the custom text. */
export const CustomMessage: Story = {
  args: { customMessage: 'Your {app} code: {otp}. It expires in 5 minutes.', senderId: 'ACME' },
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await sendCode(canvas, k)
    const code = await latestCode()
    await waitFor(() => expect(canvas.getByTestId('sms-text')).toHaveTextContent(`Your ACME code: ${code}.`))
    await expect(canvas.getByTestId('sms-preview-text')).toHaveTextContent(`Your ACME code: ${code}.`)
  },
}
