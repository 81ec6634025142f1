import type { Reporter, TestModule } from 'vitest/node'

/** The engine each project runs in, as the summary names it. */
const ENGINES: Record<string, string> = {
  unit: 'Node',
  hooks: 'happy-dom',
  e2e: 'Chromium (built page)',
  browser: 'Chromium, React 19',
  react18: 'Chromium, React 18.3',
  storybook: 'Chromium (stories)',
  webkit: 'WebKit, React 19',
  firefox: 'Firefox (journeys)',
}

/** After the run, one line per project: its engine and how many tests passed, failed and were skipped. */
export class EngineCounts implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = new Map<string, { passed: number; failed: number; skipped: number }>()
    for (const module of testModules) {
      const name = module.project.name.replace(/ \(.*\)$/, '')
      const count = counts.get(name) ?? { passed: 0, failed: 0, skipped: 0 }
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') count.passed += 1
        else if (state === 'failed') count.failed += 1
        else count.skipped += 1
      }
      counts.set(name, count)
    }
    if (counts.size === 0) return
    const lines = [...counts].map(
      ([name, { passed, failed, skipped }]) =>
        `  ${name.padEnd(10)} ${(ENGINES[name] ?? '').padEnd(24)} ${passed} passed${failed ? `, ${failed} failed` : ''}${skipped ? `, ${skipped} skipped` : ''}`,
    )
    process.stdout.write(`\nTests per engine:\n${lines.join('\n')}\n`)
  }
}
