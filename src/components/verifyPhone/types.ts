import type { RefObject } from 'react'
import type { I18n } from '../../hooks/useMessages.js'
import type { VerifyPhoneResult } from '../../hooks/verifyPhoneResult.js'
import type { ClassNamer } from './classNames.js'

/** What every step of `<VerifyPhone>` receives from the composed flow. */
export interface StepProps {
  flow: VerifyPhoneResult
  i18n: I18n
  cx: ClassNamer
  headingRef: RefObject<HTMLHeadingElement | null>
  /** The number as people read it, for display (kept left-to-right by the caller). */
  formatPhone: (e164: string) => string
  /** Digits in a code. */
  codeLength: number
  showServerMessages: boolean
  /** Unique per instance (`useId`), so two flows on one page never share an id. */
  idPrefix: string
}
