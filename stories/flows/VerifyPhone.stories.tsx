import type { Meta, StoryObj } from '@storybook/react-vite'
import type { FlowDemo } from './FlowDemo.js'
import { flowMetaBase, reachedState } from './flowMeta.js'
import type { FlowState } from './flowStates.js'

// The flow as a designer meets it: each story opens in one state, reached by
// its `state` arg (also a control), and is then free to try. The journeys
// that test the flow step by step are in VerifyPhone.journeys.stories.tsx.

const meta = {
  ...flowMetaBase,
  title: 'Flows/VerifyPhone',
} satisfies Meta<typeof FlowDemo>

export default meta
type Story = StoryObj<typeof meta>

/** A story in `state`; its check only waits for the state (see reachedState). */
const inState = (state: FlowState, args: Partial<Story['args']> = {}): Story => ({
  args: { ...args, state },
  play: ({ canvasElement }) => reachedState(canvasElement, state),
})

/** The phone step, empty. Type a number, read the SMS on the simulated phone, type the code. */
export const Default: Story = inState('phoneEntry')

/** Send pressed with a number too short: the field says why. */
export const InvalidNumber: Story = inState('invalidNumber')

/** The send is under way (the server does not answer): the button says so. */
export const Sending: Story = inState('sending')

/** The code step right after sending, with the resend cooldown running. */
export const CodeSent: Story = inState('codeSent')

/** After the cooldown a new code was sent: "New code sent". */
export const NewCodeSent: Story = inState('newCodeSent')

/** A wrong code: the message is tied to the field, with the attempts left. */
export const WrongCode: Story = inState('wrongCode')

/** The code expired: it says so, and one action sends a new code. */
export const Expired: Story = inState('expired')

/** Three wrong codes: locked, in plain words, with the time it ends and a countdown. */
export const Locked: Story = inState('locked')

/** The number is verified. */
export const Verified: Story = inState('verified')

/** The number is already verified on the account. */
export const AlreadyVerified: Story = inState('alreadyVerified')

/** Too many requests: when to retry. "Try again" then works. */
export const RateLimited: Story = inState('rateLimited')

/** The network failed. "Try again" then works. */
export const NetworkError: Story = inState('networkError')

/** The server never answered: the client's timeout ended the wait. */
export const Timeout: Story = inState('timeout')

/** The server failed. "Try again" then works. */
export const ServerError: Story = inState('serverError')

/** The session ended: the access token was refused. */
export const Unauthorized: Story = inState('unauthorized')

/** Auto-submit: the code is checked as soon as it is complete, and the instructions say so. */
export const AutoSubmit: Story = inState('codeSent', { autoSubmit: true })

/** A custom SMS text and sender id, with a live preview (showing the code just sent) and the checks made before sending. */
export const CustomMessage: Story = inState('codeSent', { customMessage: 'Your {app} code: {otp}. It expires in 5 minutes.', senderId: 'ACME' })
