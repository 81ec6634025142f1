import { useEffect, useMemo, useRef, useState } from 'react'
import { createTransmitClient } from '../../src/api/transmitClient.js'
import type { MockFaults } from '../../src/api/mock/faults.js'
import type { OtpPolicy } from '../../src/core/policy.js'
import { VerifyPhone, type VerifyPhoneProps } from '../../src/components/VerifyPhone.js'
import { replaceMock } from '../support/flowBackend.js'
import { ClockControls } from '../support/ClockControls.js'
import { SimulatedPhone } from '../support/SimulatedPhone.js'
import { SmsPreview } from '../support/SmsPreview.js'
import { STORY_BASE_URL } from '../support/storyBackend.js'
import { mockClockOption, storyClockMode, type StoryClockMode } from '../support/storyClock.js'
import { useStoryText } from '../support/storyMessages.js'
import { driveFlow } from './driveFlow.js'
import { STATE_SETUP, type FlowState } from './flowStates.js'

export interface FlowDemoProps extends Omit<VerifyPhoneProps, 'client' | 'clock' | 'policy'> {
  /** The state the story opens in, reached as a user would (see flowStates.ts). Default `'phoneEntry'`. */
  state?: FlowState
  /** The mock's clock: `'real'` ticks (default in Storybook), `'manual'` stands still. Always manual under test. */
  clock?: StoryClockMode
  /** The OTP policy, mirrored by the mock server and the component. */
  policy: OtpPolicy
  /** Faults the mock server answers with. */
  faults: MockFaults
  /** The HTTP client's timeout. */
  timeoutMs: number
  /** Delay of every mock answer, so busy states show. */
  latencyMs: number
  /** Numbers the mock already knows as verified (they answer 409). */
  verifiedNumbers: string[]
}

type Readiness = 'driving' | 'ready' | { failed: string }

/**
 * `<VerifyPhone>` on the in-memory Transmit, through the real HTTP client,
 * with a simulated phone showing each SMS and controls for the mock's clock.
 * `data-story-state` on the root says `ready` once the chosen state is on screen.
 */
export function FlowDemo({ state = 'phoneEntry', clock, policy, faults, timeoutMs, latencyMs, verifiedNumbers, ...props }: FlowDemoProps) {
  const { st } = useStoryText()
  const setup = STATE_SETUP[state]
  const mode = storyClockMode(clock)
  const [round, setRound] = useState(0)
  const policyKey = JSON.stringify(policy)
  const effectiveTimeout = setup.timeoutMs ?? timeoutMs
  // A new mock for every state, clock, policy or restart, so each starts clean, and a
  // client with it: the page's memory of each number (cooldown, lock) is kept per client.
  const { mock, client } = useMemo(
    () => ({
      mock: replaceMock({ policy: JSON.parse(policyKey) as OtpPolicy, clock: mockClockOption(mode) }),
      client: createTransmitClient({ baseUrl: STORY_BASE_URL, getAccessToken: () => 'storybook-demo-token', timeoutMs: effectiveTimeout }),
    }),
    [policyKey, mode, state, round, effectiveTimeout], // eslint-disable-line react-hooks/exhaustive-deps -- `state` and `round` start a new mock
  )
  const allFaults = useMemo(() => ({ ...faults, ...setup.faults }), [faults, setup])
  useEffect(() => mock.setFaults(allFaults), [mock, allFaults])
  useEffect(() => mock.setLatency(latencyMs), [mock, latencyMs])
  useEffect(() => {
    for (const phone of [...verifiedNumbers, ...(setup.verifiedNumbers ?? [])]) mock.markVerified(phone)
  }, [mock, verifiedNumbers, setup])

  const rootRef = useRef<HTMLDivElement>(null)
  const [readiness, setReadiness] = useState<{ mock: typeof mock; value: Readiness }>({ mock, value: 'driving' })
  useEffect(() => {
    const root = rootRef.current
    if (!root) return undefined
    const controller = new AbortController()
    setReadiness({ mock, value: 'driving' })
    // The mock's faults and numbers are set by the effects above, which run first.
    driveFlow(state, { root, mock, signal: controller.signal }).then(
      () => controller.signal.aborted || setReadiness({ mock, value: 'ready' }),
      (error: unknown) => controller.signal.aborted || setReadiness({ mock, value: { failed: error instanceof Error ? error.message : String(error) } }),
    )
    return () => controller.abort()
  }, [mock, state])
  const value = readiness.mock === mock ? readiness.value : 'driving'

  return (
    <div className="story-flow" ref={rootRef} data-story-state={typeof value === 'string' ? value : 'failed'}>
      <main className="story-flow__main">
        <VerifyPhone key={`${policyKey}-${state}-${mode}-${round}`} {...props} client={client} clock={mock.clock} policy={policy} />
        {typeof value === 'object' ? <p role="alert">{st('stateFailed', { reason: value.failed })}</p> : null}
        <ClockControls clock={mock.clock} mode={mode} />
        <button type="button" onClick={() => setRound((n) => n + 1)}>
          {st('restart')}
        </button>
      </main>
      <aside className="story-flow__side">
        <SimulatedPhone outbox={mock.outbox} />
        <SmsPreview outbox={mock.outbox} customMessage={props.customMessage} senderId={props.senderId} codeLength={policy.codeLength} />
      </aside>
    </div>
  )
}
