'use client'
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import type { VerifyPhoneError } from '../../core/errors.js'
import type { I18n } from '../../hooks/useMessages.js'
import type { VerifyPhoneResult } from '../../hooks/verifyPhoneResult.js'
import type { AnnouncementMessageKey } from '../../i18n/locales/en/announcements.js'
import { errorText } from './errorText.js'
import { reportFailure } from './reportFailure.js'

// Effects that move focus run before paint, so focus never rests on <body> between two steps.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

/** Milestones said by what takes focus (the field in error, the new step's heading), never by the live region too. */
const SAID_BY_FOCUS = new Set<AnnouncementMessageKey>(['announceCodeWrong', 'announceLocked', 'announceVerified'])

/** Errors that belong to the step's field: focus goes there and its description says them. */
function isFieldError(error: VerifyPhoneError, step: VerifyPhoneResult['step']): boolean {
  if (step === 'code') return error.kind === 'invalidCode' || error.kind === 'codeExpired' || (error.kind === 'invalidRequest' && error.field === 'passcode')
  return step === 'phone' && (error.kind === 'invalidPhone' || error.kind === 'alreadyVerified')
}

interface Options {
  flow: VerifyPhoneResult
  i18n: I18n
  root: RefObject<HTMLElement | null>
  heading: RefObject<HTMLHeadingElement | null>
  field: RefObject<HTMLInputElement | null>
  codeLength: number
  showServerMessages: boolean
}

/**
 * Where the flow's news goes, each piece once (see the Accessibility page):
 *
 * - a new step takes focus when focus was in the flow (or lost with the step
 *   that went): the code field on the code step, the heading elsewhere;
 * - a failed action focuses the field in error, whose description says it,
 *   or, when focus is already there, says it in the live region;
 * - everything that happens without moving focus (a code sent, a new code,
 *   the code expiring, a failed request, the end of a lock) goes to the one
 *   polite live region, as a new node each time, so the same words are said again.
 *
 * @returns what the live region holds (`id` changes with every announcement) and the
 * `invalidSubmit` and `userChangedStep` callbacks for the steps.
 */
export function useFlowAccessibility({ flow, i18n, root, heading, field, codeLength, showServerMessages }: Options) {
  const [said, setSaid] = useState<{ id: number; text: string; error?: VerifyPhoneError | undefined }>({ id: 0, text: '' })
  const announce = useCallback((text: string, error?: VerifyPhoneError) => setSaid((last) => ({ id: last.id + 1, text, error })), [])
  const clear = useCallback(() => setSaid((last) => (last.text === '' ? last : { id: last.id + 1, text: '' })), [])
  const milestones = useRef<Array<{ key: AnnouncementMessageKey; text: string }>>([])
  const userMoved = useRef(false)
  const [invalidSubmits, setInvalidSubmits] = useState(0)

  const previousStep = useRef(flow.step)
  useIsomorphicLayoutEffect(() => {
    const from = previousStep.current
    if (from === flow.step) return
    previousStep.current = flow.step
    const lockEnded = from === 'locked' && flow.step === 'phone' && !userMoved.current
    userMoved.current = false
    // Old news goes with its step.
    if (lockEnded) announce(i18n.t('lockedTryAgain'))
    else clear()
    const active = document.activeElement
    if (active !== null && active !== document.body && !root.current?.contains(active)) return
    // The code step's stand-in, while its chunk downloads, has a heading but no field yet.
    ;(flow.step === 'code' ? (field.current ?? heading.current) : heading.current)?.focus()
  }, [flow.step])

  useIsomorphicLayoutEffect(() => {
    for (const milestone of milestones.current.splice(0)) {
      if (SAID_BY_FOCUS.has(milestone.key)) continue
      // The server's "expired" answers a Verify: the field says it (below). Expiry by the clock has no field action.
      if (milestone.key === 'announceCodeExpired' && flow.error?.kind === 'codeExpired') continue
      announce(milestone.text)
    }
  })

  const lastError = useRef(flow.error)
  useIsomorphicLayoutEffect(() => {
    const error = flow.error
    if (error === lastError.current) return
    lastError.current = error
    if (error === undefined || error.kind === 'aborted' || flow.step === 'locked' || flow.step === 'verified') return
    if (isFieldError(error, flow.step)) {
      reportFailure(field.current, announce, { select: error.kind === 'invalidCode' })
      return
    }
    const text = errorText(error, i18n.t, { codeLength, retryInMs: flow.resendRemainingMs, attemptsLeft: flow.attemptsLeft, showServerMessages })
    if (text !== undefined) announce(text, error)
  }, [flow.error])

  useIsomorphicLayoutEffect(() => {
    if (invalidSubmits > 0) reportFailure(field.current, announce)
  }, [invalidSubmits])

  // A wait that is over is no longer news.
  const waitOver = said.error?.kind === 'rateLimited' && (said.error.retryAfterMs ?? 0) > 0 && flow.resendRemainingMs === 0
  useEffect(() => {
    if (waitOver) clear()
  }, [waitOver, clear])

  return {
    said,
    /** For `onAnnouncement`: milestones wait for the render that shows them. */
    onMilestone: useCallback((milestone: { key: AnnouncementMessageKey; text: string }) => milestones.current.push(milestone), []),
    /** The phone step refused to send (no number, too short): after this render, report it at the field. */
    invalidSubmit: useCallback(() => setInvalidSubmits((n) => n + 1), []),
    /** The user left a step by an action of theirs (not the clock). */
    userChangedStep: useCallback(() => (userMoved.current = true), []),
  }
}
