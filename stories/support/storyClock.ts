import type { MockClockOption } from '../../src/api/mock/clock.js'

/**
 * How the mock's clock runs in a story: `'real'` follows the real time (the
 * default in Storybook, so countdowns tick) and its buttons jump ahead;
 * `'manual'` stands still at 1 January 2026 09:00 UTC until a button moves it.
 */
export type StoryClockMode = 'real' | 'manual'

/**
 * Whether the story runs under Vitest: the Storybook test project, or a test
 * that renders stories with `composeStories`. Vitest runs Vite in mode `test`
 * (in Node and in browser mode alike); Storybook's dev server runs in
 * `development` and its build in `production`.
 */
export const UNDER_TEST: boolean = import.meta.env.MODE === 'test'

/**
 * The clock a story gets: always manual under test (so times, codes and
 * countdowns are the same on every run), else the story's `clock` arg.
 */
export function storyClockMode(mode: StoryClockMode | undefined): StoryClockMode {
  return UNDER_TEST ? 'manual' : (mode ?? 'real')
}

/** The mock's `clock` option for a story's mode. */
export function mockClockOption(mode: StoryClockMode | undefined): MockClockOption {
  return storyClockMode(mode)
}

const TEST_CODES = ['482913', '730516', '915372', '264809', '158436', '603927']

/**
 * The mock's codes: random in Storybook, a fixed sequence under test (first
 * 482913, then 730516, …), so that screenshots of the simulated phone match
 * from run to run. Each test story starts a new mock, so the sequence restarts.
 */
export function storyCodeGenerator(): ((length: number) => string) | undefined {
  if (!UNDER_TEST) return undefined
  let next = 0
  return (length) => {
    const code = TEST_CODES[next++ % TEST_CODES.length]!
    return code.repeat(Math.ceil(length / code.length)).slice(0, length)
  }
}
