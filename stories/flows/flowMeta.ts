import type { Meta } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { DEFAULT_POLICY } from '../../src/core/policy.js'
import { flowHandlers } from '../support/flowBackend.js'
import { FlowDemo } from './FlowDemo.js'
import { FLOW_STATES, type FlowState } from './flowStates.js'

/** Args and controls shared by the designer stories and the journeys of `<VerifyPhone>`. */
export const flowMetaBase = {
  component: FlowDemo,
  parameters: { msw: { handlers: flowHandlers } },
  args: {
    state: 'phoneEntry',
    clock: 'real',
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
    state: { control: 'select', options: FLOW_STATES, description: 'The state the story opens in, reached as a user would' },
    clock: {
      control: 'inline-radio',
      options: ['real', 'manual'],
      description: 'The mock clock: real time (countdowns tick) or manual (moves only with the clock buttons). Always manual in tests.',
    },
    policy: { control: 'object', description: 'The OTP policy (mirrors the server)' },
    faults: { control: 'object', description: 'Faults per endpoint, e.g. { "send": { "kind": "status", "status": 503 } }' },
    customMessage: { control: 'text' },
    senderId: { control: 'text' },
    latencyMs: { control: { type: 'range', min: 0, max: 3000, step: 100 } },
    timeoutMs: { control: { type: 'number' } },
  },
} satisfies Partial<Meta<typeof FlowDemo>>

/** The flow's `data-state` in each story state. */
const STATUS: Readonly<Record<FlowState, string>> = {
  phoneEntry: 'editing',
  invalidNumber: 'editing',
  sending: 'sending',
  codeSent: 'awaitingCode',
  newCodeSent: 'awaitingCode',
  wrongCode: 'awaitingCode',
  expired: 'awaitingCode',
  locked: 'locked',
  verified: 'verified',
  alreadyVerified: 'editing',
  rateLimited: 'editing',
  networkError: 'editing',
  timeout: 'editing',
  serverError: 'editing',
  unauthorized: 'editing',
}

/**
 * Waits until the story's state is on screen (`data-story-state="ready"`) and
 * checks the flow's status. It edits nothing: a designer's story opens as its
 * args say, and the test knows the state was reached in every locale.
 */
export async function reachedState(canvasElement: HTMLElement, state: FlowState): Promise<void> {
  const root = canvasElement.querySelector<HTMLElement>('[data-story-state]')
  await waitFor(() => expect(root).toHaveAttribute('data-story-state', 'ready'), { timeout: 10_000 })
  await expect(root!.querySelector('[data-state][data-step]')).toHaveAttribute('data-state', STATUS[state])
}
