import { describe, expect, it } from 'vitest'
import { parseRetryAfter, readHeader } from '../../src/api/retryAfter.js'

const NOW = Date.UTC(2026, 0, 1, 9, 0)

describe('parseRetryAfter', () => {
  const table: { value: string | null | undefined; expected: number | undefined }[] = [
    { value: '0', expected: 0 },
    { value: '30', expected: 30_000 },
    { value: ' 120 ', expected: 120_000 },
    { value: 'Thu, 01 Jan 2026 09:00:30 GMT', expected: 30_000 },
    { value: 'Thursday, 01-Jan-26 09:01:00 GMT', expected: 60_000 },
    { value: 'Thu Jan  1 09:00:10 2026', expected: 10_000 },
    { value: 'Wed, 31 Dec 2025 09:00:00 GMT', expected: 0 },
    { value: '', expected: undefined },
    { value: null, expected: undefined },
    { value: undefined, expected: undefined },
    { value: '-5', expected: undefined },
    { value: '1.5', expected: undefined },
    { value: 'soon', expected: undefined },
  ]
  it.each(table)('reads $value as $expected ms', ({ value, expected }) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected)
  })
})

describe('readHeader', () => {
  it('finds a header of a plain record whatever the case of its name', () => {
    expect(readHeader({ 'RETRY-after': '5' }, 'Retry-After')).toBe('5')
  })

  it('reads a fetch Headers object', () => {
    expect(readHeader(new Headers({ 'retry-after': '5' }), 'Retry-After')).toBe('5')
  })

  it('gives undefined for an absent header', () => {
    expect(readHeader(new Headers(), 'Retry-After')).toBeUndefined()
    expect(readHeader({}, 'Retry-After')).toBeUndefined()
  })
})
