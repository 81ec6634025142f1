/**
 * The verified step's check: a filled circle in the current colour with the
 * mark cut out in the panel's contrast colour. Decorative (the heading says
 * it), so hidden from assistive technology and never focusable. The size
 * attributes keep it small where no stylesheet is loaded (`unstyled`).
 */
export function SuccessIcon({ className }: { className: string | undefined }) {
  return (
    <svg className={className} viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="12" fill="currentColor" />
      <path data-part="check" d="M6.5 12.5l3.5 3.5 7.5-8" fill="none" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}
