'use client'
import { createContext, useContext } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import type { VerifyPhoneClient } from '../api/types.js'
import type { Clock } from '../core/clock.js'
import type { OtpPolicy } from '../core/policy.js'
import type { MessageOverrides } from '../i18n/types.js'

// The provider's context on its own, so that a component reading it does not
// bundle the provider.

/** What a provider supplies to every hook and component below it. Each can also be passed to a hook, which wins. */
export interface VerifyPhoneConfig {
  /** The backend: `createTransmitClient(...)`, the mock's `client`, or your own two-method object. */
  client?: VerifyPhoneClient | undefined
  /** The OTP policy your server enforces (Transmit's defaults when omitted). */
  policy?: Partial<OtpPolicy> | undefined
  /** Where time comes from; the real clock by default. Tests and stories pass a manual one. */
  clock?: Clock | undefined
  /** A TanStack Query client. Default: the one from `QueryClientProvider`, else the kit's own. */
  queryClient?: QueryClient | undefined
  /**
   * BCP 47 locale for messages, country names and times. Default: `'en'`.
   * Given, it also sets the `lang` and the writing direction of every
   * component below (`ar` is right to left); not given, they follow the page.
   */
  locale?: string | undefined
  /**
   * Writing direction of every component below, over the one `locale` implies
   * (for a right-to-left page in a left-to-right language, say). Default: the
   * locale's direction when a locale is given, else the page's (`dir` of the
   * nearest ancestor).
   */
  dir?: 'ltr' | 'rtl' | undefined
  /** Overrides for any message, merged over the locale's catalogue and English. */
  messages?: MessageOverrides | undefined
}

export const VerifyPhoneConfigContext = createContext<VerifyPhoneConfig>({})

/** The nearest provider's configuration (empty outside any provider). */
export function useVerifyPhoneConfig(): VerifyPhoneConfig {
  return useContext(VerifyPhoneConfigContext)
}
