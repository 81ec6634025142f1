// In-page instrumentation, evaluated before any page code (it is the first import of every page).
//
// Main-thread time per keystroke: every keydown opens a bucket, and every piece
// of work that runs until the next keydown is added to it:
// - each input-related event, from the first capture listener on `window` to
//   the last bubble listener on `window`, microtasks included (the browser runs
//   them between listeners, so React's render and commit fall inside), then a
//   forced style and layout, so that rendering the edit counts where it would
//   otherwise wait for the next frame;
// - each timer, animation-frame and MessagePort callback (React's scheduler
//   runs on a MessageChannel), with the microtasks it queued and a forced layout.
// Paint and compositing are not counted. Idle time between pieces is never
// counted, so the figure does not depend on frame timing or on how fast the
// driver sends keys.
//
// Timers: setTimeout/setInterval/requestAnimationFrame are wrapped to keep the
// set of those still scheduled (the memory run reads it after unmounting).

export interface ProbeRound {
  /** Main-thread milliseconds per keystroke, in keydown order. */
  busyMs: number[]
  /** React commits per keystroke (Profiler `onRender`; zero in production builds). */
  commits: number[]
  /** Event segments closed by the fallback tick (an event whose propagation was stopped). */
  unclosed: number
  /** Milliseconds by what started the work (`event:input`, `timeout`, `animationFrame`, `message`), summed over the round. */
  bySource: Record<string, number>
  /** React commits by what started the work that committed, summed over the round. */
  commitsBySource: Record<string, number>
}

export interface LiveTimer {
  kind: 'timeout' | 'interval' | 'animationFrame'
  delay: number
  stack: string | undefined
}

export interface Probe {
  /** Starts recording keystrokes. */
  startRound(): void
  /** Waits `ms` (for late timers) and a frame, stops recording and returns the keystrokes. */
  endRound(ms: number): Promise<ProbeRound>
  /** Waits for `n` animation frames, on the browser's own timers. */
  frames(n: number): Promise<void>
  /** Waits `ms` on the browser's own timer. */
  sleep(ms: number): Promise<void>
  /** Waits for the next task (a MessageChannel message: no timer clamping). */
  tick(): Promise<void>
  /** A React commit (from `<Profiler onRender>`). */
  commit(): void
  /** Timers and animation frames still scheduled. */
  liveTimers(): LiveTimer[]
  /** Records a stack with every timer (for the memory run, where survivors need explaining). */
  captureStacks(on: boolean): void
}

declare global {
  interface Window {
    __probe: Probe
  }
}

const TRACKED_EVENTS = ['keydown', 'keypress', 'beforeinput', 'textInput', 'input', 'keyup', 'change', 'select', 'selectionchange', 'paste']

const nativeSetTimeout = window.setTimeout.bind(window)
const nativeClearTimeout = window.clearTimeout.bind(window)
const nativeSetInterval = window.setInterval.bind(window)
const nativeClearInterval = window.clearInterval.bind(window)
const nativeRaf = window.requestAnimationFrame.bind(window)
const nativeCancelRaf = window.cancelAnimationFrame.bind(window)
const tick = new MessageChannel()
const tickCallbacks: Array<() => void> = []
tick.port1.onmessage = () => tickCallbacks.shift()?.()
const nextTick = (callback: () => void) => {
  tickCallbacks.push(callback)
  tick.port2.postMessage(null)
}

let recording = false
let busy: number[] = []
let commits: number[] = []
let unclosed = 0
let depth = 0
let segmentStart = 0
let segmentSource = ''
let bySource: Record<string, number> = {}
let commitsBySource: Record<string, number> = {}
let stacks = false

function begin(source: string) {
  if (depth++ > 0) return
  segmentStart = performance.now()
  segmentSource = source
}

function end() {
  if (depth === 0) return
  if (--depth > 0) return
  // Style and layout of whatever the work changed, now rather than at the next frame.
  document.body?.getBoundingClientRect()
  const last = busy.length - 1
  if (!recording || last < 0) return
  const ms = performance.now() - segmentStart
  busy[last] = (busy[last] ?? 0) + ms
  bySource[segmentSource] = (bySource[segmentSource] ?? 0) + ms
}

/** Ends after the microtasks the work queued (and those they queued, a few levels down). */
function endAfterMicrotasks() {
  queueMicrotask(() => queueMicrotask(() => queueMicrotask(end)))
}

function timed<A extends unknown[]>(source: string, callback: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    begin(source)
    try {
      callback(...args)
    } finally {
      endAfterMicrotasks()
    }
  }
}

// Events. Each event gets a closing listener of its own, added at the first
// capture so that it runs after every other listener: on `window` when the
// event bubbles there, on its target otherwise (selectionchange at the
// document). An event whose propagation was stopped never reaches it, and is
// closed on the next task instead.
for (const type of TRACKED_EVENTS) {
  window.addEventListener(
    type,
    (event: Event) => {
      if (type === 'keydown' && recording) {
        busy.push(0)
        commits.push(0)
      }
      begin(`event:${type}`)
      const closer: EventTarget = event.bubbles || !event.target ? window : event.target
      let closed = false
      const close = () => {
        if (closed) return
        closed = true
        closer.removeEventListener(type, close)
        end()
      }
      closer.addEventListener(type, close)
      nextTick(() => {
        if (closed) return
        unclosed++
        close()
      })
    },
    { capture: true },
  )
}

// Timers.
const liveTimeouts = new Map<number, LiveTimer>()
const liveFrames = new Map<number, LiveTimer>()
const stackOf = () => (stacks ? new Error('scheduled').stack : undefined)

window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  if (typeof handler !== 'function') return nativeSetTimeout(handler, delay, ...args)
  const run = timed('timeout', handler as (...a: unknown[]) => unknown)
  const id: number = nativeSetTimeout(
    (...a: unknown[]) => {
      liveTimeouts.delete(id)
      run(...a)
    },
    delay,
    ...args,
  )
  liveTimeouts.set(id, { kind: 'timeout', delay: Number(delay ?? 0), stack: stackOf() })
  return id
}) as typeof window.setTimeout

window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
  if (typeof handler !== 'function') return nativeSetInterval(handler, delay, ...args)
  const id = nativeSetInterval(timed('interval', handler as (...a: unknown[]) => unknown), delay, ...args)
  liveTimeouts.set(id, { kind: 'interval', delay: Number(delay ?? 0), stack: stackOf() })
  return id
}) as typeof window.setInterval

// Browsers share one id pool between timeouts and intervals, and either clear function clears either.
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) liveTimeouts.delete(id)
  nativeClearTimeout(id)
}) as typeof window.clearTimeout
window.clearInterval = ((id?: number) => {
  if (id !== undefined) liveTimeouts.delete(id)
  nativeClearInterval(id)
}) as typeof window.clearInterval

window.requestAnimationFrame = (callback: FrameRequestCallback) => {
  const run = timed('animationFrame', callback)
  const id = nativeRaf((time) => {
    liveFrames.delete(id)
    run(time)
  })
  liveFrames.set(id, { kind: 'animationFrame', delay: 0, stack: stackOf() })
  return id
}
window.cancelAnimationFrame = (id: number) => {
  liveFrames.delete(id)
  nativeCancelRaf(id)
}

// MessagePort handlers set after this point (React's scheduler sets one when it loads).
const onmessage = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')
if (onmessage?.set && onmessage.get) {
  const { get, set } = onmessage
  Object.defineProperty(MessagePort.prototype, 'onmessage', {
    configurable: true,
    enumerable: onmessage.enumerable ?? true,
    get() {
      return get.call(this)
    },
    set(handler: unknown) {
      set.call(this, typeof handler === 'function' ? timed('message', handler as (event: MessageEvent) => unknown) : handler)
    },
  })
}

const frames = (n: number) =>
  new Promise<void>((resolve) => {
    let left = Math.max(1, Math.min(n, 60))
    const step = () => (--left <= 0 ? resolve() : nativeRaf(step))
    nativeRaf(step)
  })
const sleep = (ms: number) => new Promise<void>((resolve) => nativeSetTimeout(resolve, Math.max(0, Math.min(ms, 10_000))))

window.__probe = {
  startRound() {
    busy = []
    commits = []
    unclosed = 0
    bySource = {}
    commitsBySource = {}
    recording = true
  },
  async endRound(ms) {
    await sleep(ms)
    await frames(1)
    await new Promise<void>((resolve) => nextTick(resolve))
    recording = false
    return { busyMs: busy, commits, unclosed, bySource, commitsBySource }
  },
  frames,
  sleep,
  tick: () => new Promise<void>((resolve) => nextTick(resolve)),
  commit() {
    const last = commits.length - 1
    if (!recording || last < 0) return
    commits[last] = (commits[last] ?? 0) + 1
    const source = depth > 0 ? segmentSource : 'outside'
    commitsBySource[source] = (commitsBySource[source] ?? 0) + 1
  },
  liveTimers: () => [...liveTimeouts.values(), ...liveFrames.values()],
  captureStacks(on) {
    stacks = on
  },
}
