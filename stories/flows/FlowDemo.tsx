import { useEffect, useMemo, useState } from 'react'
import { createTransmitClient } from '../../src/api/transmitClient.js'
import type { MockFaults } from '../../src/api/mock/faults.js'
import type { OtpPolicy } from '../../src/core/policy.js'
import { VerifyPhone, type VerifyPhoneProps } from '../../src/components/VerifyPhone.js'
import { replaceMock } from '../support/flowBackend.js'
import { ClockControls } from '../support/ClockControls.js'
import { SimulatedPhone } from '../support/SimulatedPhone.js'
import { SmsPreview } from '../support/SmsPreview.js'
import { STORY_BASE_URL } from '../support/storyBackend.js'

export interface FlowDemoProps extends Omit<VerifyPhoneProps, 'client' | 'clock' | 'policy'> {
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

/**
 * `<VerifyPhone>` on the in-memory Transmit, through the real HTTP client,
 * with a simulated phone showing each SMS and controls for the mock's clock.
 */
export function FlowDemo({ policy, faults, timeoutMs, latencyMs, verifiedNumbers, ...props }: FlowDemoProps) {
  const policyKey = JSON.stringify(policy)
  const mock = useMemo(() => replaceMock({ policy: JSON.parse(policyKey) as OtpPolicy }), [policyKey])
  const client = useMemo(() => createTransmitClient({ baseUrl: STORY_BASE_URL, getAccessToken: () => 'storybook-demo-token', timeoutMs }), [timeoutMs])
  const [round, setRound] = useState(0)

  useEffect(() => mock.setFaults(faults), [mock, faults])
  useEffect(() => mock.setLatency(latencyMs), [mock, latencyMs])
  useEffect(() => {
    for (const phone of verifiedNumbers) mock.markVerified(phone)
  }, [mock, verifiedNumbers])

  return (
    <div className="story-flow">
      <main className="story-flow__main">
        <VerifyPhone key={`${policyKey}-${round}`} {...props} client={client} clock={mock.clock} policy={policy} />
        <ClockControls clock={mock.clock} />
        <button type="button" onClick={() => setRound((n) => n + 1)}>
          Restart the story
        </button>
      </main>
      <aside className="story-flow__side">
        <SimulatedPhone outbox={mock.outbox} />
        <SmsPreview customMessage={props.customMessage} senderId={props.senderId} />
      </aside>
    </div>
  )
}
