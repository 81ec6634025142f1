import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react'
import './look.css'

type Theme = 'light' | 'dark'

/**
 * Draws a specimen twice, light and dark, each on its own background with
 * `data-vp-theme`, so the page shows both themes whatever the docs' own theme.
 * Inside, `.vp-verify-phone` is a kit root: the theme's variables resolve there.
 */
export function ThemePair({ children }: { children: (theme: Theme) => ReactNode }) {
  return (
    <div className="look-pair">
      {(['light', 'dark'] as const).map((theme) => (
        <div key={theme} className="look-theme" data-vp-theme={theme}>
          <p className="look-theme-name">{theme === 'light' ? 'Light' : 'Dark'}</p>
          {children(theme)}
        </div>
      ))}
    </div>
  )
}

/** The computed value of a CSS property on the element, read after layout, for a label. */
function useComputed(property: string): [React.RefObject<HTMLElement | null>, string] {
  const ref = useRef<HTMLElement | null>(null)
  const [value, setValue] = useState('')
  useEffect(() => {
    if (ref.current) setValue(getComputedStyle(ref.current).getPropertyValue(property))
  }, [property])
  return [ref, value]
}

/** Public colour variables and the internal each resolves to in the stylesheet. */
export const COLOUR_TOKENS = [
  { state: 'default', name: '--vp-color-fg', internal: '--_fg', use: 'text' },
  { state: 'default', name: '--vp-color-bg', internal: '--_bg', use: 'fields, slots, popover' },
  { state: 'default', name: '--vp-color-muted', internal: '--_muted', use: 'hints, notes' },
  { state: 'default', name: '--vp-color-border', internal: '--_border', use: 'field and slot borders' },
  { state: 'default', name: '--vp-color-accent', internal: '--_accent', use: 'primary button, links' },
  { state: 'default', name: '--vp-color-accent-fg', internal: '--_accent-fg', use: 'text on the accent' },
  { state: 'hover', name: '--vp-color-accent-hover', internal: '--_accent-hover', use: 'primary button, links' },
  { state: 'hover', name: '--vp-color-border-hover', internal: '--_border-hover', use: 'field borders' },
  { state: 'focus', name: '--vp-color-focus', internal: '--_focus', use: 'focus ring (default: accent)' },
  { state: 'invalid', name: '--vp-color-danger', internal: '--_danger', use: 'border, message, ring' },
  { state: 'disabled', name: '--vp-color-disabled', internal: '--_disabled', use: 'an inert link (default: muted)' },
  { state: 'success', name: '--vp-color-success', internal: '--_success', use: 'panel border, icon' },
  { state: 'success', name: '--vp-color-success-fg', internal: '--_success-fg', use: 'the check mark' },
  { state: 'success', name: '--vp-color-success-bg', internal: '--_success-bg', use: 'panel tint' },
] as const

function Swatch({ name, internal, use }: { name: string; internal: string; use: string }) {
  const [ref, value] = useComputed('background-color')
  return (
    <li className="look-swatch">
      <span ref={ref} className="look-swatch-chip" style={{ background: `var(${internal})` }} />
      <code>{name}</code>
      <span>{use}</span>
      <span className="look-swatch-value">{value}</span>
    </li>
  )
}

/** Every state colour of the theme, as the kit resolves it (with any override the page sets). */
export function Swatches() {
  return (
    <ThemePair>
      {() => (
        <div className="vp-verify-phone" style={{ maxWidth: 'none' }}>
          <ul className="look-swatches">
            {COLOUR_TOKENS.map((token) => (
              <Swatch key={token.name} {...token} />
            ))}
          </ul>
        </div>
      )}
    </ThemePair>
  )
}

const TYPE_SCALE: { name: string; sample: string; style: CSSProperties }[] = [
  { name: '--vp-font-size-heading · --vp-font-weight-heading', sample: 'Enter the code', style: { fontSize: 'var(--_heading-size)', fontWeight: 'var(--_heading-weight)' as CSSProperties['fontWeight'] } },
  { name: '--vp-font-size · --vp-font-weight-label', sample: 'Mobile number', style: { fontWeight: 'var(--_label-weight)' as CSSProperties['fontWeight'] } },
  { name: '--vp-font-size · --vp-line-height', sample: 'We sent a code to +33 6 12 34 56 78.', style: {} },
  { name: '--vp-font-size-small', sample: 'You can request a new code in 25 seconds.', style: { fontSize: 'var(--_small)', color: 'var(--_muted)' } },
  { name: '--vp-otp-font-size', sample: '482 913', style: { fontSize: 'var(--vp-otp-font-size, 1.5rem)', fontVariantNumeric: 'tabular-nums' } },
]

/** The type scale, drawn with the kit's variables. */
export function TypeScale() {
  return (
    <div className="vp-verify-phone look-rows" style={{ maxWidth: 'none' }}>
      {TYPE_SCALE.map((step) => (
        <div key={step.name} className="look-row">
          <code>{step.name}</code>
          <span style={step.style}>{step.sample}</span>
        </div>
      ))}
    </div>
  )
}

/** The spacing unit in the multiples the kit uses. */
export function SpaceScale() {
  const steps = [
    { times: 0.75, use: 'label to field, field to hint' },
    { times: 1, use: 'between buttons, the resend row' },
    { times: 2, use: 'between the parts of a step' },
    { times: 2.5, use: 'a button’s inline padding' },
  ]
  return (
    <div className="vp-verify-phone look-rows" style={{ maxWidth: 'none' }}>
      {steps.map((step) => (
        <div key={step.times} className="look-row">
          <code>--vp-space × {step.times}</code>
          <span style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
            <span className="look-bar" style={{ width: `calc(var(--_space) * ${step.times})` }} />
            <span>{step.use}</span>
          </span>
        </div>
      ))}
    </div>
  )
}

/** Radii and border widths, drawn with the kit's variables. */
export function Shapes() {
  const shapes = [
    { name: '--vp-radius', style: { borderRadius: 'var(--_radius)', borderWidth: 'var(--_border-width)' }, use: 'fields, slots, buttons, panel' },
    { name: '--vp-radius − 0.125rem', style: { borderRadius: 'calc(var(--_radius) - 0.125rem)', borderWidth: 'var(--_border-width)' }, use: 'options, country search' },
    { name: '--vp-border-width', style: { borderRadius: 'var(--_radius)', borderWidth: 'var(--_border-width)', borderColor: 'var(--_border)' }, use: 'every border' },
    { name: '--vp-focus-width · --vp-focus-offset', style: { borderRadius: 'var(--_radius)', borderWidth: 'var(--_border-width)', borderColor: 'var(--_border)', outline: 'var(--_focus-width) solid var(--_focus)', outlineOffset: 'var(--_focus-offset)' }, use: 'the focus ring' },
  ]
  return (
    <div className="vp-verify-phone look-rows" style={{ maxWidth: 'none' }}>
      {shapes.map((shape) => (
        <div key={shape.name} className="look-row">
          <code>{shape.name}</code>
          <span style={{ display: 'flex', alignItems: 'center', gap: '0.75rem' }}>
            <span className="look-box" style={{ ...shape.style, borderStyle: 'solid' }} />
            <span>{shape.use}</span>
          </span>
        </div>
      ))}
    </div>
  )
}
