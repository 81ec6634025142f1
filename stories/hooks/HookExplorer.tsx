import { useMemo, useState } from 'react'
import { createTransmitClient } from '../../src/api/transmitClient.js'
import type { VerifyPhoneClient } from '../../src/api/types.js'
import { useVerifyPhone, type UseVerifyPhoneOptions } from '../../src/hooks/useVerifyPhone.js'
import { replaceMock } from '../support/flowBackend.js'
import { ClockControls } from '../support/ClockControls.js'
import { SimulatedPhone } from '../support/SimulatedPhone.js'
import { STORY_BASE_URL } from '../support/storyBackend.js'
import { mockClockOption, storyClockMode, type StoryClockMode } from '../support/storyClock.js'

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

export interface HookExplorerProps {
  /** The mock's clock: `'real'` ticks (default in Storybook), `'manual'` stands still. Always manual under test. */
  clock?: StoryClockMode
  /** Delay of every mock answer. */
  latencyMs?: number
  /** Options of `useVerifyPhone` over the explorer's client, clock and policy. */
  options?: UseVerifyPhoneOptions
}

/**
 * The hook's live state as a table, with a button for every action and for the
 * mock's clock. The table and the actions are the hook's own API names, left untranslated.
 */
export function HookExplorer({ clock, latencyMs = 150, options }: HookExplorerProps) {
  const mode = storyClockMode(clock)
  // A client with each mock: the page's memory of each number (cooldown, lock) is kept per client, so each story starts clean.
  const { mock, client } = useMemo(
    () => ({
      mock: replaceMock({ clock: mockClockOption(mode), latencyMs }),
      client: createTransmitClient({ baseUrl: STORY_BASE_URL, getAccessToken: () => 'storybook-demo-token' }),
    }),
    [mode, latencyMs],
  )
  return <Explorer key={`${mode}-${latencyMs}`} mock={mock} client={client} mode={mode} options={options} />
}

interface ExplorerProps {
  mock: ReturnType<typeof replaceMock>
  client: VerifyPhoneClient
  mode: StoryClockMode
  options: UseVerifyPhoneOptions | undefined
}

function Explorer({ mock, client, mode, options }: ExplorerProps) {
  const flow = useVerifyPhone({ client, clock: mock.clock, policy: mock.policy, ...options })
  const [phone, setPhone] = useState('+33612345678')
  const record = flow as unknown as Record<string, unknown>
  return (
    <div className="story-explorer">
      <main>
        <h1>useVerifyPhone</h1>
        <table>
          <caption>useVerifyPhone()</caption>
          <tbody>
            {FIELDS.map((field) => (
              <tr key={field}>
                <th scope="row">{field}</th>
                <td data-field={field}>
                  <bdi>{show(record[field])}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div role="group" aria-label="Actions" className="story-actions" dir="ltr">
          <label>
            phoneNumber <input value={phone} onChange={(event) => setPhone(event.target.value)} dir="ltr" />
          </label>
          <button type="button" onClick={() => flow.sendCode(phone)}>sendCode</button>
          <button type="button" onClick={() => flow.resendCode()}>resendCode</button>
          <label>
            code <input value={flow.code} onChange={(event) => flow.setCode(event.target.value)} dir="ltr" inputMode="numeric" autoComplete="one-time-code" />
          </label>
          <button type="button" onClick={() => flow.submitCode()}>submitCode</button>
          <button type="button" data-action="type-latest" onClick={() => flow.setCode(mock.outbox.latest()?.code ?? '')}>
            setCode(latest SMS)
          </button>
          <button type="button" data-action="type-wrong" onClick={() => flow.setCode('000000'.slice(0, mock.policy.codeLength))}>
            setCode(wrong)
          </button>
          <button type="button" onClick={() => flow.changeNumber()}>changeNumber</button>
          <button type="button" onClick={() => flow.reset()}>reset</button>
        </div>
        <ClockControls clock={mock.clock} mode={mode} />
        <p role="status" aria-live="polite" className="story-announcement">{flow.announcement}</p>
      </main>
      <SimulatedPhone outbox={mock.outbox} />
    </div>
  )
}
