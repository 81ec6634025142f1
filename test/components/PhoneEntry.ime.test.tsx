import { describe, expect, it, vi } from 'vitest'
import { render } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import { cancelComposition, commitLikeFirefox, commitLikeSafari, compose, typeWithIme } from './ime.js'
import { caretAt, phoneInput, withCaret } from './phoneEntryHelpers.js'
import { canDriveIme, IME_BY_CDP } from './engine.js'

// Japanese, Chinese and Korean keyboards type through an IME: digits arrive
// full-width (０-９) in a composition that the user commits with Enter.

describe.skipIf(!canDriveIme)(`typing through an IME ${IME_BY_CDP}`, () => {
  it('reads full-width digits committed at the end as the number they are', async () => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry="JP" onValueChange={onValueChange} />)
    phoneInput().focus()
    await typeWithIme('０９０１２３４５６７８')
    expect(withCaret(phoneInput())).toBe('090-1234-5678|')
    expect(onValueChange).toHaveBeenCalledTimes(1)
    expect(onValueChange).toHaveBeenCalledWith('+819012345678', expect.objectContaining({ country: 'JP', isValid: true }))
  })

  it('reads a number an IME composed in ASCII digits', async () => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry="JP" onValueChange={onValueChange} />)
    phoneInput().focus()
    await typeWithIme('09012345678')
    expect(phoneInput()).toHaveValue('090-1234-5678')
    expect(onValueChange.mock.calls.map(([value]) => value)).toEqual(['+819012345678'])
  })

  it('leaves the composition as the IME shows it, and reports nothing before it is committed', async () => {
    const onValueChange = vi.fn()
    const onCountryChange = vi.fn()
    render(<PhoneEntry defaultCountry="JP" onValueChange={onValueChange} onCountryChange={onCountryChange} />)
    phoneInput().focus()
    const seen: string[] = []
    await compose('０９０１２３', { each: () => seen.push(phoneInput().value) })
    // Read digit by digit, `09` would be an international prefix and `090…` a Turkish number.
    expect(seen).toEqual(['０', '０９', '０９０', '０９０１', '０９０１２', '０９０１２３'])
    expect(onValueChange).not.toHaveBeenCalled()
    expect(onCountryChange).not.toHaveBeenCalled()
  })

  it('puts digits composed in the middle of a number where the caret was', async () => {
    render(<PhoneEntry defaultCountry="FR" />)
    await userEvent.type(phoneInput(), '0612')
    caretAt(phoneInput(), 2) // "06| 12"
    await typeWithIme('３４')
    expect(withCaret(phoneInput())).toBe('06 34| 12')
  })

  it('replaces a selected number with the composed one', async () => {
    render(<PhoneEntry defaultCountry="JP" />)
    await userEvent.type(phoneInput(), '09012345678')
    phoneInput().select()
    await typeWithIme('０３１２３４５６７８')
    expect(withCaret(phoneInput())).toBe('03-1234-5678|')
  })

  it('keeps the number as it was when the composition is abandoned', async () => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry="FR" onValueChange={onValueChange} />)
    await userEvent.type(phoneInput(), '0612')
    const calls = onValueChange.mock.calls.length
    await compose('５６')
    await cancelComposition()
    expect(phoneInput()).toHaveValue('06 12')
    expect(onValueChange).toHaveBeenCalledTimes(calls)
    await userEvent.keyboard('3')
    expect(phoneInput()).toHaveValue('06 12 3')
  })
})

describe('other browsers’ orders of events', () => {
  it.each([
    ['Safari', commitLikeSafari],
    ['Firefox', commitLikeFirefox],
  ])('reads the committed number once in %s’s order', async (_, commitLike) => {
    const onValueChange = vi.fn()
    render(<PhoneEntry defaultCountry="JP" onValueChange={onValueChange} />)
    phoneInput().focus()
    await commitLike(phoneInput(), '０３１２３４５６７８')
    await expect.poll(() => phoneInput().value).toBe('03-1234-5678')
    expect(onValueChange.mock.calls.map(([value]) => value)).toEqual(['+81312345678'])
  })
})
