import type { ReactNode, RefObject } from 'react'

/** A heading level, `h1` to `h6`. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6

/** The level asked for when it is one, else 2. */
export function headingLevelOf(level: number | undefined): HeadingLevel {
  return level !== undefined && Number.isInteger(level) && level >= 1 && level <= 6 ? (level as HeadingLevel) : 2
}

/**
 * A step's heading, at the level the page needs. Focusable by script only
 * (`tabIndex={-1}`), so that focus can start a step without adding a tab stop;
 * `describedBy` lets the sentence under it be read with it when it takes focus.
 */
export function StepHeading(props: { level: HeadingLevel; id: string; headingRef: RefObject<HTMLHeadingElement | null>; className: string | undefined; describedBy?: string; children: ReactNode }) {
  const Tag = `h${props.level}` as const
  return (
    <Tag id={props.id} ref={props.headingRef} tabIndex={-1} className={props.className} aria-describedby={props.describedBy}>
      {props.children}
    </Tag>
  )
}
