import { describe, expect, it } from 'vitest'
import min from 'libphonenumber-js/min/metadata'
import { flagZones, parseFlag } from '../../src/data/flags/generate.mjs'
import type { FlagZone } from '../../src/data/flags/types.js'
import flags1 from '../../src/data/flags/flags1.js'
import flags2 from '../../src/data/flags/flags2.js'
import flags3 from '../../src/data/flags/flags3.js'
import flags4 from '../../src/data/flags/flags4.js'
import flags5 from '../../src/data/flags/flags5.js'
import flags6 from '../../src/data/flags/flags6.js'
import flags7 from '../../src/data/flags/flags7.js'
import flags8 from '../../src/data/flags/flags8.js'
import flags9 from '../../src/data/flags/flags9.js'

const ZONES: Record<string, FlagZone> = { 1: flags1, 2: flags2, 3: flags3, 4: flags4, 5: flags5, 6: flags6, 7: flags7, 8: flags8, 9: flags9 }

describe('the flag zones', () => {
  // Fails after an upgrade of country-flag-icons or libphonenumber-js until `npm run flags` writes them again.
  it('are what generate.mjs makes of the installed country-flag-icons, a flag for every country of the metadata', () => {
    const made = flagZones()
    expect(Object.fromEntries(made)).toEqual(ZONES)
    const countries = Object.values(min.country_calling_codes).flat().sort()
    expect(Object.values(ZONES).flatMap((zone) => Object.keys(zone)).sort()).toEqual(countries)
  })

  it('hold each country in the zone of its calling code\'s first digit', () => {
    for (const [code, countries] of Object.entries(min.country_calling_codes)) {
      for (const country of countries) expect(ZONES[code[0]!]![country], `${country} in zone ${code[0]}`).toBeDefined()
    }
  })
})

describe('parseFlag', () => {
  it('turns markup into elements with React attribute names, the default viewBox left out', () => {
    const markup = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 513 342"><g fill="#FFF"><path d="M0 0h1z" stroke-width="2"/></g><circle class="st1" cx="1" cy="2" r="3"/></svg>'
    expect(parseFlag('XX', markup)).toEqual({
      nodes: [['g', { fill: '#FFF' }, [['path', { d: 'M0 0h1z', strokeWidth: '2' }]]], ['circle', { cx: '1', cy: '2', r: '3' }]],
    })
    expect(parseFlag('XX', '<svg viewBox="0 0 90 60"><path d="M0 0"/></svg>')).toEqual({ viewBox: '0 0 90 60', nodes: [['path', { d: 'M0 0' }]] })
  })

  it.each([
    ['a script', '<svg viewBox="0 0 3 2"><script>alert(1)</script></svg>'],
    ['an inline style', '<svg viewBox="0 0 3 2"><path style="fill:red" d="M0 0"/></svg>'],
    ['a link to another host', '<svg viewBox="0 0 3 2"><image href="https://example.com/x.png"/></svg>'],
    ['an event handler', '<svg viewBox="0 0 3 2"><path onload="x()" d="M0 0"/></svg>'],
    ['text between elements', '<svg viewBox="0 0 3 2">hello<path d="M0 0"/></svg>'],
  ])('refuses a flag with %s', (_, markup) => {
    expect(() => parseFlag('XX', markup)).toThrow(/XX/)
  })
})
