'use client'
import { useEffect, useRef } from 'react'

/**
 * Moves focus to the heading of a step when the step changes (not on first
 * render), so keyboard and screen-reader users land where the new content
 * starts instead of on a button that disappeared.
 *
 * @example
 * const headingRef = useStepHeading(flow.step)
 * <h2 ref={headingRef} tabIndex={-1}>…</h2>
 */
export function useStepHeading(step: string) {
  const heading = useRef<HTMLHeadingElement>(null)
  const previous = useRef(step)
  useEffect(() => {
    if (previous.current === step) return
    previous.current = step
    heading.current?.focus()
  }, [step])
  return heading
}
