import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { extractPasscode, MAX_PASSCODE_TEXT, normalizePasscode } from '../../src/core/passcode.js'

// Linear time, checked by structure rather than by the clock: the WebOTP line
// pattern is only ever run over one line (run over the whole text, it was tried
// at every line break and ran over all the ones after it), and only a bounded
// head of a paste is read at all.

afterEach(() => {
  vi.restoreAllMocks()
})

/** Every string a regular expression of the passcode module ran over, with the pattern's source. */
function recordRegexRuns(): { source: string; input: string }[] {
  const runs: { source: string; input: string }[] = []
  const exec = RegExp.prototype.exec
  vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, input: string) {
    runs.push({ source: this.source, input: String(input) })
    return exec.call(this, input)
  })
  return runs
}

describe('passcode normalisation reads pasted text in linear time', () => {
  it('runs the WebOTP line pattern over the last line only, never over line breaks', () => {
    const text = `${'\n'.repeat(5_000)}Your code\n@example.com #482913\n\n`
    const runs = recordRegexRuns()
    expect(extractPasscode(text, 6)).toBe('482913')
    const webOtpRuns = runs.filter((run) => run.source.includes('#'))
    expect(webOtpRuns.length).toBeGreaterThan(0)
    for (const run of webOtpRuns) expect(run.input).not.toMatch(/[\r\n]/)
  })

  it('reads no more than MAX_PASSCODE_TEXT characters: the head and the tail of a longer text', () => {
    expect(MAX_PASSCODE_TEXT).toBeGreaterThanOrEqual(1_600) // longer than any SMS a person pastes
    expect(normalizePasscode(`482913${'\n'.repeat(2 ** 20)}`, 6)).toBe('482913')
    expect(normalizePasscode(`${'\n'.repeat(2 ** 20)}Code 482913`, 6)).toBe('482913')
    const far = ' '.repeat(MAX_PASSCODE_TEXT)
    expect(normalizePasscode(`${far}482913${far}`, 6)).toBe('')
    const runs = recordRegexRuns()
    normalizePasscode(`${'\n'.repeat(2 ** 20)}x`, 6)
    expect(runs.length).toBeGreaterThan(0)
    for (const run of runs) expect(run.input.length).toBeLessThanOrEqual(MAX_PASSCODE_TEXT + 1)
  })

  it('gives the same code whatever the middle of a long text holds', () => {
    const half = MAX_PASSCODE_TEXT / 2
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), fc.string({ maxLength: 100 }), fc.string({ maxLength: 50 }), (head, tail, middle) => {
        const start = head.padEnd(half, ' ')
        const end = tail.padStart(half, ' ')
        expect(normalizePasscode(start + middle + 'x'.repeat(10) + end, 6)).toBe(normalizePasscode(start + 'y'.repeat(10) + end, 6))
      }),
      { numRuns: 200 },
    )
  })
})
