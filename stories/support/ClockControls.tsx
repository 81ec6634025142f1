import { useSyncExternalStore } from 'react'
import type { MockClock } from '../../src/api/mock/clock.js'
import type { StoryClockMode } from './storyClock.js'
import { StoryMessage } from './StoryMessage.js'
import { useStoryText } from './storyMessages.js'

const STEPS: Array<[number, 'second' | 'minute']> = [
  [1, 'second'],
  [30, 'second'],
  [5, 'minute'],
  [15, 'minute'],
]

const MS = { second: 1_000, minute: 60_000 }

/** Shows the mock's time (ticking in real-time mode) and moves it forward, so cooldowns, expiry and lockouts show without waiting. */
export function ClockControls({ clock, mode }: { clock: MockClock; mode: StoryClockMode }) {
  const { locale, st } = useStoryText()
  // A real-time clock changes every second with no event; read it on a one-second beat.
  // The snapshot is the whole second, so that a clock in real time gives the same value until it changes.
  const second = () => Math.floor(clock.now() / 1000)
  useSyncExternalStore(mode === 'real' ? everySecond(clock) : clock.subscribe, second, second)
  const now = clock.now()
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'UTC', timeZoneName: 'short' }).format(now)
  return (
    <div role="group" aria-label={st('clockGroup')} className="story-clock" data-clock={mode}>
      <span>
        <StoryMessage
          id="clockTime"
          values={{
            time: (
              <bdi>
                <time dateTime={new Date(now).toISOString()}>{time}</time>
              </bdi>
            ),
          }}
        />
      </span>
      {STEPS.map(([amount, unit]) => {
        const duration = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(amount)
        const label = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'narrow', signDisplay: 'always' }).format(amount)
        return (
          <button key={`${amount}${unit}`} type="button" data-advance={amount * MS[unit]} onClick={() => clock.advance(amount * MS[unit])} title={st('clockForward', { duration })}>
            <bdi>{label}</bdi>
          </button>
        )
      })}
      <span className="story-clock__mode">{st(mode === 'real' ? 'clockReal' : 'clockManual')}</span>
    </div>
  )
}

const beats = new WeakMap<MockClock, (listener: () => void) => () => void>()

/** A subscribe function that also calls back every second, for a clock that follows the real time. */
function everySecond(clock: MockClock): (listener: () => void) => () => void {
  let subscribe = beats.get(clock)
  if (!subscribe) {
    subscribe = (listener) => {
      const timer = setInterval(listener, 1_000)
      const stop = clock.subscribe(listener)
      return () => {
        clearInterval(timer)
        stop()
      }
    }
    beats.set(clock, subscribe)
  }
  return subscribe
}
