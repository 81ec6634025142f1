import type { RefObject } from 'react'
import type { I18n } from '../../hooks/useMessages.js'
import type { VerifyPhoneResult } from '../../hooks/verifyPhoneResult.js'
import type { ClassNamer } from './classNames.js'
import type { HeadingLevel } from './StepHeading.js'

/** What every step of `<VerifyPhone>` receives from the composed flow. */
export interface StepProps {
  flow: VerifyPhoneResult
  i18n: I18n
  cx: ClassNamer
  headingRef: RefObject<HTMLHeadingElement | null>
  /** The level of each step's heading. */
  headingLevel: HeadingLevel
  /** The step's field (phone or code), which a failed action focuses. */
  fieldRef: RefObject<HTMLInputElement | null>
  /** The number as people read it, for display (kept left-to-right by the caller). */
  formatPhone: (e164: string) => string
  /** Digits in a code. */
  codeLength: number
  showServerMessages: boolean
  /** Unique per instance (`useId`), so two flows on one page never share an id. */
  idPrefix: string
}
