// Memory: mount and unmount <VerifyPhone> many times, then compare the heap after a full GC and list the timers left.
import { readFileSync } from 'node:fs'
import { heapBreakdown, heapGrowth } from './heapSnapshot.mjs'

const BATCH = 50

async function settle(page, cdp) {
  await page.evaluate(() => window.__probe.sleep(300))
  // --expose-gc gives the page `gc()`; the DevTools collection also clears what only it can see.
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.gc?.())
    await cdp.send('HeapProfiler.collectGarbage')
  }
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const metric = (name) => metrics.find((entry) => entry.name === name)?.value ?? null
  const timers = await page.evaluate(() => window.__probe.liveTimers())
  return { heapUsedBytes: usedSize, domNodes: metric('Nodes'), jsEventListeners: metric('JSEventListeners'), liveTimers: timers }
}

/** The bundle's module comment above a stack frame's line: `// src/hooks/useClockTick.ts`. */
function moduleAt(bundleLines, line) {
  for (let index = Math.min(line - 1, bundleLines.length - 1); index >= 0; index--) {
    const match = /^\/\/ ((?:src|node_modules|bench)\/\S+)$/.exec(bundleLines[index] ?? '')
    if (match) return match[1]
  }
  return 'unknown'
}

/** Groups live timers by kind, delay and the first module below the probe that scheduled them. */
function describeTimers(timers, bundleLines) {
  const groups = new Map()
  for (const timer of timers) {
    const frames = (timer.stack ?? '').split('\n').slice(1)
    const modules = frames
      .map((frame) => /:(\d+):\d+\)?$/.exec(frame.trim()))
      .filter(Boolean)
      .map((match) => moduleAt(bundleLines, Number(match[1])))
      .filter((module) => !module.endsWith('bench/pages/probe.ts'))
    const origin = modules[0] ?? 'unknown'
    const key = `${timer.kind} ${timer.delay} ms from ${origin}`
    const group = groups.get(key) ?? { kind: timer.kind, delayMs: timer.delay, scheduledBy: origin, via: modules.slice(1, 4), count: 0 }
    group.count++
    groups.set(key, group)
  }
  return [...groups.values()].sort((a, b) => b.count - a.count)
}

async function runMode(context, origin, bundlePath, mode, { cycles, warmup, log, snapshots = true }) {
  const page = await context.newPage()
  page.setDefaultTimeout(120_000)
  await page.goto(`${origin}/prod/memory.html`)
  await page.waitForFunction(() => typeof window.__memory?.cycles === 'function')
  await page.evaluate(() => window.__probe.captureStacks(true))
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  const bundleLines = readFileSync(bundlePath, 'utf8').split('\n')

  const pageStart = await settle(page, cdp)
  const warm = await page.evaluate(([count, m]) => window.__memory.cycles(count, m), [warmup, mode])
  const start = await settle(page, cdp)
  // Heap snapshots at the start and the end (after the heap figures, which they would disturb) say what grew.
  const startHeap = snapshots ? await heapBreakdown(cdp) : undefined
  let elapsedMs = 0
  let reachedCode = warm.reachedCode
  let half
  const halfAt = Math.floor(cycles / 2 / BATCH) * BATCH
  for (let done = 0; done < cycles; ) {
    const count = Math.min(BATCH, cycles - done)
    const started = Date.now()
    const result = await page.evaluate(([n, m]) => window.__memory.cycles(n, m), [count, mode])
    elapsedMs += Date.now() - started
    reachedCode += result.reachedCode
    done += count
    // Halfway, to tell a leak (growing all along) from a plateau (caches and compiled code, filled once).
    if (done === halfAt && done < cycles) half = await settle(page, cdp)
    if (done % 250 === 0) log?.(`  memory (${mode}): ${done}/${cycles}`)
  }
  const end = await settle(page, cdp)
  const growth = startHeap ? heapGrowth(startHeap, await heapBreakdown(cdp)) : undefined
  await page.close()
  const summarise = (snapshot) => ({
    heapUsedBytes: snapshot.heapUsedBytes,
    domNodes: snapshot.domNodes,
    jsEventListeners: snapshot.jsEventListeners,
    liveTimers: snapshot.liveTimers.length,
  })
  return {
    mode,
    cycles,
    warmupCycles: warmup,
    reachedCodeStep: mode === 'mount' ? undefined : reachedCode,
    msPerCycle: elapsedMs / cycles,
    pageStart: summarise(pageStart),
    start: summarise(start),
    end: summarise(end),
    halfway: half ? { cycles: halfAt, ...summarise(half) } : undefined,
    heapGrowthBytes: end.heapUsedBytes - start.heapUsedBytes,
    secondHalfGrowthBytes: half ? end.heapUsedBytes - half.heapUsedBytes : undefined,
    heapRatio: end.heapUsedBytes / start.heapUsedBytes,
    heapRatioFromPageStart: end.heapUsedBytes / pageStart.heapUsedBytes,
    timersLeft: describeTimers(end.liveTimers, bundleLines),
    // Snapshot bytes (self sizes) gained from start to end, by kind; usedSize counts the same heap.
    heapSnapshotGrowth: growth,
  }
}

/**
 * Runs, each in a fresh page: `mount` mounts and unmounts the flow (the phone
 * step); `sendCode` also sends a code and waits for the code step, where the
 * resend countdown and the code's expiry schedule timers, before unmounting;
 * `sendCodeGcTime0` (a diagnostic, `diagnosticCycles` times, run only when
 * `sendCode` left timers) does the same with an app-supplied QueryClient
 * whose mutations have `gcTime: 0`. "start"
 * is measured after `warmup` cycles, so that caches filled once per page
 * (phone metadata, Intl formatters, compiled code) are not counted as growth.
 */
export async function runMemory({ context, origin, bundlePath, cycles, diagnosticCycles, warmup, log }) {
  const runs = {}
  for (const mode of ['mount', 'sendCode']) runs[mode] = await runMode(context, origin, bundlePath, mode, { cycles, warmup, log })
  // Only worth its time when timers were left: it checks whether they are TanStack Query's.
  if (diagnosticCycles > 0 && runs.sendCode.end.liveTimers > 0) {
    runs.sendCodeGcTime0 = await runMode(context, origin, bundlePath, 'sendCodeGcTime0', { cycles: diagnosticCycles, warmup, log, snapshots: false })
  }
  return runs
}
