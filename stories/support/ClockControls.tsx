import { useSyncExternalStore } from 'react'
import type { MockClock } from '../../src/api/mock/clock.js'

const STEPS: Array<[string, number]> = [
  ['+1 s', 1_000],
  ['+30 s', 30_000],
  ['+5 min', 5 * 60_000],
  ['+15 min', 15 * 60_000],
]

/** Moves the mock's clock, so cooldowns, expiry and lockouts show without waiting. */
export function ClockControls({ clock }: { clock: MockClock }) {
  const now = useSyncExternalStore(clock.subscribe, clock.now, clock.now)
  return (
    <div role="group" aria-label="Mock clock" className="story-clock">
      <span>
        Mock time: <time dateTime={new Date(now).toISOString()}>{new Date(now).toISOString().slice(11, 19)} UTC</time>
      </span>
      {STEPS.map(([label, ms]) => (
        <button key={label} type="button" onClick={() => clock.advance(ms)} aria-label={`Move the mock clock forward ${label.slice(1)}`}>
          {label}
        </button>
      ))}
    </div>
  )
}
