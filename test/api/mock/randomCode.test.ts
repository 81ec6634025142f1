import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { randomCode } from '../../../src/api/mock/randomCode.js'

describe('randomCode', () => {
  it('gives exactly the asked number of ASCII digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (length) => {
        expect(randomCode(length)).toMatch(new RegExp(`^[0-9]{${length}}$`))
      }),
    )
  })

  it('uses every digit in every position', () => {
    const seen = Array.from({ length: 6 }, () => new Set<string>())
    for (let draw = 0; draw < 500; draw++) {
      ;[...randomCode(6)].forEach((digit, position) => seen[position]?.add(digit))
    }
    // 500 draws miss a given digit in a given position with probability 0.9^500 (about 1e-23).
    for (const digits of seen) expect(digits.size).toBe(10)
  })
})
