// The README's TypeScript examples are the consumer app's sources, which the
// other consumer tests compile and build against the packed kit: each `ts` or
// `tsx` block in the README follows a `<!-- consumer: path -->` line naming
// its file in test/consumer/app, and equals that file.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
const BLOCK = /(?:<!-- consumer: (\S+) -->\n\n?)?```(tsx?)\n([\s\S]*?)```/g
const blocks = [...README.matchAll(BLOCK)].map(([, file, lang, code = '']) => ({ file, lang, code }))

describe('the README examples', () => {
  it('are all consumer sources, each named in a comment before it', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4)
    expect(blocks.filter((block) => block.file === undefined).map((block) => block.code.split('\n')[0])).toEqual([])
  })

  it.each(blocks.filter((block) => block.file !== undefined).map((block) => [block.file!, block.code] as const))('%s equals its block', (file, code) => {
    expect(code).toBe(readFileSync(new URL(`./app/${file}`, import.meta.url), 'utf8'))
  })
})
