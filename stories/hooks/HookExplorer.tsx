import { useState } from 'react'
import { useVerifyPhone, type UseVerifyPhoneOptions } from '../../src/hooks/useVerifyPhone.js'
import type { StoryBackend } from '../support/storyBackend.js'
import { ClockControls } from '../support/ClockControls.js'
import { SimulatedPhone } from '../support/SimulatedPhone.js'

function show(value: unknown): string {
  if (value === undefined) return '—'
  if (value instanceof Error) return `${(value as { kind?: string }).kind ?? value.name}: ${value.message}`
  if (typeof value === 'function') return 'ƒ'
  return String(value)
}

const FIELDS = [
  'status', 'step', 'phoneNumber', 'error', 'code', 'isBusy', 'attemptsLeft', 'canResend', 'resendRemainingMs',
  'sentAt', 'expiresAt', 'expiryRemainingMs', 'isExpired', 'lockedUntil', 'lockRemainingMs', 'announcement',
] as const

/** The hook's live state as a table, with a button for every action and for the mock's clock. */
export function HookExplorer({ backend, options }: { backend: StoryBackend; options?: UseVerifyPhoneOptions }) {
  const flow = useVerifyPhone({ client: backend.client, clock: backend.mock.clock, policy: backend.mock.policy, ...options })
  const [phone, setPhone] = useState('+33612345678')
  const record = flow as unknown as Record<string, unknown>
  return (
    <div className="story-explorer">
      <main>
        <h1>useVerifyPhone</h1>
        <table>
          <caption>Hook state</caption>
          <tbody>
            {FIELDS.map((field) => (
              <tr key={field}>
                <th scope="row">{field}</th>
                <td data-field={field}>{show(record[field])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div role="group" aria-label="Actions" className="story-actions">
          <label>
            Phone number (E.164) <input value={phone} onChange={(event) => setPhone(event.target.value)} dir="ltr" />
          </label>
          <button type="button" onClick={() => flow.sendCode(phone)}>sendCode</button>
          <button type="button" onClick={() => flow.resendCode()}>resendCode</button>
          <label>
            Code <input value={flow.code} onChange={(event) => flow.setCode(event.target.value)} dir="ltr" inputMode="numeric" autoComplete="one-time-code" />
          </label>
          <button type="button" onClick={() => flow.submitCode()}>submitCode</button>
          <button type="button" onClick={() => flow.setCode(backend.mock.outbox.latest()?.code ?? '')}>Type the latest SMS code</button>
          <button type="button" onClick={() => flow.setCode('000000'.slice(0, backend.mock.policy.codeLength))}>Type a wrong code</button>
          <button type="button" onClick={() => flow.changeNumber()}>changeNumber</button>
          <button type="button" onClick={() => flow.reset()}>reset</button>
        </div>
        <ClockControls clock={backend.mock.clock} />
        <p role="status" aria-live="polite" className="story-announcement">{flow.announcement}</p>
      </main>
      <SimulatedPhone outbox={backend.mock.outbox} />
    </div>
  )
}
