'use client'
import { createElement, useEffect, useSyncExternalStore, type ReactNode } from 'react'
import type { CountryCode } from '../../core/phoneInput/types.js'
import type { FlagNode } from '../../data/flags/types.js'
import { flagStyle, loadedFlags, loadFlags, subscribeFlags, type FlagStyle } from './flagStore.js'
import { zoneOfCountry } from './metadataStore.js'

const REGIONAL_INDICATOR_A = 0x1f1e6
const DEFAULT_VIEW_BOX = '0 0 513 342'

/**
 * A flag as a pair of Unicode regional indicator symbols (`FR` → 🇫🇷): no
 * asset, no request; the system's emoji font draws it, where it has flags.
 */
export function flagEmoji(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return ''
  return String.fromCodePoint(REGIONAL_INDICATOR_A + code.charCodeAt(0) - 65, REGIONAL_INDICATOR_A + code.charCodeAt(1) - 65)
}

/** Draws a country's flag; decorative, so it stays out of the accessible name. */
export type RenderFlag = (country: CountryCode) => ReactNode

/** Real SVG elements from the kit's flag data (generated from country-flag-icons): no markup string is parsed. */
function draw(nodes: readonly FlagNode[]): ReactNode[] {
  return nodes.map(([tag, attributes, children], index) => createElement(tag, { key: index, ...attributes }, children && draw(children)))
}

const noStyle = (): FlagStyle | undefined => undefined
const noFlags = () => undefined

/**
 * The kit's flag: the emoji where the browser draws flag emoji, else an SVG
 * flag from the chunk of the country's zone, loaded on first use. The SVG's
 * box has its size from its first render (in `em`, so without the stylesheet
 * too): nothing moves when the drawing arrives. Servers and hydration render
 * an empty span; the browser measures its emoji after.
 */
function Flag({ country }: { country: CountryCode }) {
  const style = useSyncExternalStore(subscribeFlags, flagStyle, noStyle)
  const zone = zoneOfCountry(country)
  const flags = useSyncExternalStore(subscribeFlags, () => (zone ? loadedFlags(zone) : undefined), noFlags)
  useEffect(() => {
    // A chunk that cannot load (offline) leaves the box empty; the next flag of its zone to mount asks again.
    if (style === 'svg' && zone) loadFlags(zone).catch(() => undefined)
  }, [style, zone])
  const drawing = flags?.[country]
  return (
    <span aria-hidden="true" data-part="flag" data-flag={style}>
      {style === 'emoji' && flagEmoji(country)}
      {style === 'svg' && (
        <svg viewBox={drawing?.viewBox ?? DEFAULT_VIEW_BOX} width="1.35em" height="0.9em" focusable="false" data-loaded={drawing ? '' : undefined}>
          {drawing && draw(drawing.nodes)}
        </svg>
      )}
    </span>
  )
}

/** The kit's default `renderFlag`. */
export const renderKitFlag: RenderFlag = (country) => <Flag country={country} />
