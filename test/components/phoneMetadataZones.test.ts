import { afterAll, describe, expect, it } from 'vitest'
import { AsYouType, getExampleNumber, type CountryCode } from 'libphonenumber-js/core'
import examples from 'libphonenumber-js/mobile/examples'
import min from 'libphonenumber-js/min/metadata'
import { CALLING_CODES, METADATA_VERSION } from '../../src/data/phoneMetadata/callingCodes.js'
import { loadedMetadata, loadZones, preloadPhoneMetadata, resetMetadataStore, type MetadataZoneKey } from '../../src/components/phoneEntry/metadataStore.js'
import type { MetadataZone } from '../../src/data/phoneMetadata/types.js'
import zone1 from '../../src/data/phoneMetadata/zone1.js'
import zone2 from '../../src/data/phoneMetadata/zone2.js'
import zone3 from '../../src/data/phoneMetadata/zone3.js'
import zone4 from '../../src/data/phoneMetadata/zone4.js'
import zone5 from '../../src/data/phoneMetadata/zone5.js'
import zone6 from '../../src/data/phoneMetadata/zone6.js'
import zone7 from '../../src/data/phoneMetadata/zone7.js'
import zone8 from '../../src/data/phoneMetadata/zone8.js'
import zone9 from '../../src/data/phoneMetadata/zone9.js'

const ZONES = { 1: zone1, 2: zone2, 3: zone3, 4: zone4, 5: zone5, 6: zone6, 7: zone7, 8: zone8, 9: zone9 } satisfies Record<MetadataZoneKey, MetadataZone>

describe('the metadata zones', () => {
  // Fails after an upgrade of libphonenumber-js until `npm run metadata` writes the zones again.
  it('put together, are the installed libphonenumber-js min metadata', () => {
    const zones = Object.values(ZONES)
    expect(METADATA_VERSION).toBe(min.version)
    expect(Object.assign({}, ...zones.map((zone) => zone.country_calling_codes))).toEqual(min.country_calling_codes)
    expect(Object.assign({}, ...zones.map((zone) => zone.countries))).toEqual(min.countries)
    expect(Object.assign({}, ...zones.map((zone) => zone.nonGeographic))).toEqual(min.nonGeographic)
    expect(Object.fromEntries(Object.entries(CALLING_CODES).map(([code, countries]) => [code, countries.split(' ')]))).toEqual(min.country_calling_codes)
  })

  // A zone is all a number of its calling codes needs: typing every example mobile number in
  // national form with only its zone gives the text and the number the whole metadata gives.
  it('each read and format their countries\' numbers alone, as the whole metadata does', () => {
    let checked = 0
    for (const country of Object.keys(examples) as CountryCode[]) {
      const example = getExampleNumber(country, examples, min)!
      const zone = ZONES[String(example.countryCallingCode)[0] as MetadataZoneKey]
      const alone = { version: min.version, ...zone } as unknown as typeof min
      for (const digits of [example.formatNational(), example.number]) {
        const whole = new AsYouType(country, min)
        const mine = new AsYouType(country, alone)
        expect(mine.input(digits), `${country} ${digits}`).toBe(whole.input(digits))
        expect(mine.getNumber()?.number).toBe(whole.getNumber()?.number)
        expect(mine.getNumber()?.isValid()).toBe(true)
      }
      checked += 1
    }
    expect(checked).toBeGreaterThan(240)
  })

  it('hold each calling code in the zone of its first digit', () => {
    for (const [key, zone] of Object.entries(ZONES)) {
      for (const code of [...Object.keys(zone.country_calling_codes), ...Object.keys(zone.nonGeographic)]) expect(code[0]).toBe(key)
    }
  })
})

describe('the metadata store', () => {
  afterAll(async () => {
    resetMetadataStore()
    await preloadPhoneMetadata()
  })

  it('loads only the zones of the countries asked for, once each', async () => {
    const asked: string[] = []
    resetMetadataStore(async (zone) => (asked.push(zone), ZONES[zone]))
    await Promise.all([preloadPhoneMetadata(['FR', 'DE', 'BE']), preloadPhoneMetadata(['GB', 'IT']), loadZones(['4'])])
    await preloadPhoneMetadata(['FR'])
    expect(asked.sort()).toEqual(['3', '4'])
    expect(Object.keys(loadedMetadata().countries)).toContain('GG')
    expect(Object.keys(loadedMetadata().countries)).not.toContain('US')
  })

  it('gives metadata that libphonenumber-js reads: loaded zones format, others are an unknown calling code', async () => {
    resetMetadataStore(async (zone) => ZONES[zone])
    await loadZones(['3'])
    expect(new AsYouType('FR', loadedMetadata()).input('0612345678')).toBe('06 12 34 56 78')
    const foreign = new AsYouType(undefined, loadedMetadata())
    expect(foreign.input('+442079460958')).toBe('+442079460958')
    expect(foreign.getNumber()).toBeUndefined()
  })

  it('rejects when a zone cannot load and asks for it again on the next call', async () => {
    let failures = 1
    resetMetadataStore(async (zone) => {
      if (failures-- > 0) throw new Error('offline')
      return ZONES[zone]
    })
    await expect(loadZones(['7'])).rejects.toThrow('offline')
    await loadZones(['7'])
    expect(Object.keys(loadedMetadata().countries)).toEqual(['RU', 'KZ'])
  })
})
