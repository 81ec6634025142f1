'use client'
import { useCallback, useEffect, useMemo, useRef } from 'react'
import { extractPasscode } from '../core/passcode.js'

interface OtpCredentialLike {
  code?: unknown
}

/** Whether this browser offers the WebOTP API (`navigator.credentials.get({ otp })`). */
export function hasWebOtp(): boolean {
  return typeof window !== 'undefined' && 'OTPCredential' in window && typeof navigator.credentials?.get === 'function'
}

export interface WebOtpControls {
  /** Starts listening for an SMS code (aborting any earlier listen). */
  start(): void
  /** Stops listening. Safe to call at any time. */
  abort(): void
}

/**
 * Listens for the code through WebOTP, where the browser has it. The SMS must
 * end with the domain-bound line `@your.domain #123456` for the browser to
 * offer it. An abort, a refusal or an unsupported browser are all silent: the
 * user can always type the code.
 *
 * @example
 * const webOtp = useWebOtp({ enabled: true, length: 6, onCode: setCode })
 * webOtp.start() // as the send starts; webOtp.abort() on submit
 */
export function useWebOtp({ enabled, length, onCode }: { enabled: boolean; length: number; onCode: (code: string) => void }): WebOtpControls {
  const controller = useRef<AbortController | undefined>(undefined)
  const latest = useRef({ length, onCode })
  useEffect(() => {
    latest.current = { length, onCode }
  })

  const abort = useCallback(() => {
    controller.current?.abort()
    controller.current = undefined
  }, [])

  const start = useCallback(() => {
    abort()
    if (!enabled || !hasWebOtp()) return
    const current = new AbortController()
    controller.current = current
    const options = { otp: { transport: ['sms'] }, signal: current.signal } as CredentialRequestOptions
    navigator.credentials.get(options).then(
      (credential) => {
        if (current.signal.aborted) return
        controller.current = undefined
        const text = (credential as OtpCredentialLike | null)?.code
        const code = typeof text === 'string' ? extractPasscode(text, latest.current.length) : undefined
        if (code !== undefined) latest.current.onCode(code)
      },
      () => {
        // AbortError after submit or unmount, NotAllowedError when the user
        // dismisses the prompt: typing still works, so nothing to report.
      },
    )
  }, [abort, enabled])

  useEffect(() => abort, [abort])

  return useMemo(() => ({ start, abort }), [start, abort])
}
