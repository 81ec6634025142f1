/** Anything that tells the time in epoch milliseconds. */
export interface ClockSource {
  now(): number
}

/**
 * The mock's clock: code expiry and lockout are measured on it, and tests and
 * stories move it instead of waiting.
 */
export interface MockClock extends ClockSource {
  /** Moves the clock forward by `ms` milliseconds (negative moves it back). */
  advance(ms: number): void
  /** Puts the clock at `ms` epoch milliseconds. */
  set(ms: number): void
  /** Calls `listener` after every `advance` or `set`; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
}

/** Where a manual clock starts by default: 1 January 2026, 09:00 UTC. */
export const DEFAULT_MOCK_EPOCH = Date.UTC(2026, 0, 1, 9, 0)

function checkTime(ms: number, name: string): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new TypeError(`${name} must be a finite number of milliseconds`)
  return ms
}

/** A clock whose time is `source.now()` plus an offset that `advance` and `set` change. */
function createShiftedClock(source: () => number, initialOffset: number): MockClock {
  let offset = initialOffset
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const listener of [...listeners]) listener()
  }
  return {
    now: () => source() + offset,
    advance(ms) {
      offset += checkTime(ms, 'advance')
      notify()
    },
    set(ms) {
      offset = checkTime(ms, 'set') - source()
      notify()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}

/**
 * A clock that stands still until moved.
 *
 * @param start epoch milliseconds; default {@link DEFAULT_MOCK_EPOCH}.
 */
export function createManualClock(start: number = DEFAULT_MOCK_EPOCH): MockClock {
  return createShiftedClock(() => 0, checkTime(start, 'start'))
}

function isMockClock(value: ClockSource): value is MockClock {
  const clock = value as Partial<MockClock>
  return typeof clock.advance === 'function' && typeof clock.set === 'function' && typeof clock.subscribe === 'function'
}

/** What the mock accepts as its `clock` option. */
export type MockClockOption = 'manual' | 'real' | ClockSource

/**
 * The mock's clock from its option: a new manual clock (`'manual'`, the
 * default), the real time that `advance` and `set` can still shift
 * (`'real'`), a given {@link MockClock} as it is, or any other `{ now() }`
 * wrapped so that it can be shifted too.
 */
export function resolveClock(option: MockClockOption = 'manual'): MockClock {
  if (option === 'manual') return createManualClock()
  if (option === 'real') return createShiftedClock(() => Date.now(), 0)
  if (isMockClock(option)) return option
  const source = option
  return createShiftedClock(() => source.now(), 0)
}
