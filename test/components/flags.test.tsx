import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { render, screen, waitFor } from '@testing-library/react'
import { cdp, userEvent } from 'vitest/browser'
import { useState } from 'react'
import '../../src/styles/theme.css'
import '../../src/styles/phone-entry.css'
import { CountrySelect } from '../../src/components/CountrySelect.js'
import { FLAG_EMOJI_FONTS } from '../../src/components/phoneEntry/flagEmojiSupport.js'
import { flagStyle, resetFlagStore } from '../../src/components/phoneEntry/flagStore.js'
import type { MetadataZoneKey } from '../../src/components/phoneEntry/metadataStore.js'
import type { CountryCode } from '../../src/core/phoneInput/types.js'
import { listOpened } from './phoneEntryHelpers.js'
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
import { canDriveCdp, FORCED_COLOURS_BY_CDP } from './engine.js'

const FLAGS = { 1: flags1, 2: flags2, 3: flags3, 4: flags4, 5: flags5, 6: flags6, 7: flags7, 8: flags8, 9: flags9 } satisfies Record<MetadataZoneKey, FlagZone>

function Picker({ initial = 'FR' }: { initial?: CountryCode }) {
  const [value, setValue] = useState<CountryCode | undefined>(initial)
  return <CountrySelect value={value} onValueChange={setValue} />
}

const button = () => screen.getByRole('button', { name: /\(\+\d+\)$/ })
const flagOf = (element: Element) => element.querySelector<HTMLElement>('[data-part="flag"]')!

/** A loader that records each zone asked for and answers when `release` is called (at once by default). */
function recordingLoader({ held = false } = {}) {
  const asked: MetadataZoneKey[] = []
  let release = () => {}
  const gate = held ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve()
  const load = async (zone: MetadataZoneKey) => {
    asked.push(zone)
    await gate
    return FLAGS[zone]
  }
  return { asked, load, release: () => release() }
}

/**
 * Whether this browser joins 🇫🇷 into one glyph with the flag fonts, told by layout
 * rather than pixels: a flag is one glyph, narrower than the two letters set apart.
 */
function joinsFlagEmoji(): boolean {
  const width = (text: string) => {
    const span = document.createElement('span')
    span.style.font = `40px ${FLAG_EMOJI_FONTS}`
    span.textContent = text
    document.body.append(span)
    const result = span.getBoundingClientRect().width
    span.remove()
    return result
  }
  return width('\u{1F1EB}\u{1F1F7}') < width('\u{1F1EB}') + width('\u{1F1F7}') - 4
}

afterEach(async () => {
  resetFlagStore()
  if (canDriveCdp) await cdp().send('Emulation.setEmulatedMedia', { features: [] })
})
afterAll(() => resetFlagStore())

describe('the flag style', () => {
  // Headless Chromium here has no emoji font, so this is the SVG path; with one, the emoji path.
  it('is measured as the browser draws: SVG where flag emoji do not join into a flag, emoji where they do', async () => {
    const joins = joinsFlagEmoji()
    expect(flagStyle()).toBe(joins ? 'emoji' : 'svg')
    render(<Picker initial="FR" />)
    const flag = flagOf(button())
    if (joins) expect(flag).toHaveTextContent('\u{1F1EB}\u{1F1F7}')
    else await waitFor(() => expect(flag.querySelector('svg[data-loaded] path')).not.toBeNull())
  })
})

describe('SVG flags (a platform without flag emoji, as Windows)', () => {
  it('draws the country\'s flag as real SVG elements, hidden from assistive technology, with no emoji', async () => {
    resetFlagStore({ style: 'svg', load: recordingLoader().load })
    render(<Picker initial="FR" />)
    const flag = flagOf(button())
    expect(flag).toHaveAttribute('aria-hidden', 'true')
    await waitFor(() => expect(flag.querySelector('svg[data-loaded]')).not.toBeNull())
    // France's tricolour, in the colours of the package's drawing.
    const fills = [...flag.querySelectorAll('path')].map((path) => getComputedStyle(path).fill)
    expect(fills).toEqual(['rgb(255, 255, 255)', 'rgb(0, 49, 138)', 'rgb(216, 0, 39)'])
    expect(flag.textContent).toBe('')
    expect(button().textContent).not.toMatch(/\p{Regional_Indicator}/u)
  })

  it('loads each zone\'s chunk once, the shown country\'s first and the others when the list opens', async () => {
    const loader = recordingLoader()
    resetFlagStore({ style: 'svg', load: loader.load })
    render(<Picker initial="FR" />)
    await waitFor(() => expect(flagOf(button()).querySelector('svg[data-loaded]')).not.toBeNull())
    expect(loader.asked).toEqual(['3'])
    await userEvent.click(button())
    await listOpened()
    const options = screen.getAllByRole('option')
    await waitFor(() => expect(options.every((option) => flagOf(option).querySelector('svg[data-loaded] > *'))).toBe(true))
    expect([...loader.asked].sort()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9'])
  })

  it('keeps the picker usable while the flags load, in a box of the flag\'s size from the first render', async () => {
    const loader = recordingLoader({ held: true })
    resetFlagStore({ style: 'svg', load: loader.load })
    render(<Picker initial="FR" />)
    const before = flagOf(button()).getBoundingClientRect()
    const buttonBefore = button().getBoundingClientRect()
    // A flag's box (3 by 2, about a line high) before any drawing is there.
    expect(before.width / before.height).toBeCloseTo(1.5, 1)
    expect(before.height).toBeGreaterThan(6)
    expect(before.height).toBeLessThanOrEqual(parseFloat(getComputedStyle(button()).fontSize))
    await userEvent.click(button())
    await listOpened()
    await userEvent.keyboard('germ')
    await userEvent.keyboard('{Enter}')
    expect(button()).toHaveAccessibleName(/Germany/)
    expect(flagOf(button()).querySelector('svg[data-loaded]')).toBeNull()
    await userEvent.click(button())
    await listOpened()
    await userEvent.keyboard('fran{Enter}')
    loader.release()
    await waitFor(() => expect(flagOf(button()).querySelector('svg[data-loaded]')).not.toBeNull())
    const after = flagOf(button()).getBoundingClientRect()
    expect([after.width, after.height]).toEqual([before.width, before.height])
    expect(button().getBoundingClientRect().width).toBe(buttonBefore.width)
  })

  // Browsers leave an SVG's colours alone in forced colours (forced-color-adjust: none in their own
  // stylesheet); this keeps the kit from opting its flags back in.
  it.runIf(canDriveCdp)(`keeps the flag's own colours in forced colours, as a picture ${FORCED_COLOURS_BY_CDP}`, async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] })
    expect(matchMedia('(forced-colors: active)').matches).toBe(true)
    resetFlagStore({ style: 'svg', load: recordingLoader().load })
    render(<Picker initial="FR" />)
    const flag = flagOf(button())
    await waitFor(() => expect(flag.querySelector('svg[data-loaded]')).not.toBeNull())
    expect(getComputedStyle(flag.querySelectorAll('path')[1]!).fill).toBe('rgb(0, 49, 138)')
  })
})

describe('emoji flags (a platform that draws them)', () => {
  it('shows the emoji and loads no flag chunk', async () => {
    const loader = recordingLoader()
    resetFlagStore({ style: 'emoji', load: loader.load })
    render(<Picker initial="FR" />)
    const flag = flagOf(button())
    expect(flag).toHaveTextContent('\u{1F1EB}\u{1F1F7}')
    expect(flag).toHaveAttribute('aria-hidden', 'true')
    expect(flag.querySelector('svg')).toBeNull()
    await userEvent.click(button())
    await listOpened()
    expect(screen.getAllByRole('option').length).toBeGreaterThan(200)
    expect(loader.asked).toEqual([])
  })
})

describe('renderFlag', () => {
  it('overrides the kit\'s flag, which then loads nothing', async () => {
    const loader = recordingLoader()
    resetFlagStore({ load: loader.load })
    render(<CountrySelect value="FR" onValueChange={() => {}} renderFlag={(country) => <i data-testid="mine">{country}</i>} />)
    expect(screen.getByTestId('mine')).toHaveTextContent('FR')
    expect(button().querySelector('[data-part="flag"]')).toBeNull()
    expect(loader.asked).toEqual([])
  })
})
