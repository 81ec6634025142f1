'use client'
import { useEffect, useState } from 'react'
import type { VerifyPhoneError } from '../../core/errors.js'

/** Error kinds the hook already announces as milestones (wrong code, expired, locked). */
const ANNOUNCED_BY_HOOK = new Set(['invalidCode', 'codeExpired', 'locked', 'aborted'])

/**
 * The text of the flow's one polite live region: the hook's milestone
 * announcements, plus errors the milestones do not cover (a failed send, a
 * network error), each once, when it happens.
 */
export function useLiveMessage(announcement: string, error: VerifyPhoneError | undefined, describe: (error: VerifyPhoneError) => string | undefined): string {
  const [text, setText] = useState(announcement)
  useEffect(() => {
    setText(announcement)
  }, [announcement])
  useEffect(() => {
    if (error === undefined || ANNOUNCED_BY_HOOK.has(error.kind)) return
    const message = describe(error)
    if (message !== undefined) setText(message)
    // `describe` is recreated every render; the error object is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error])
  return text
}
