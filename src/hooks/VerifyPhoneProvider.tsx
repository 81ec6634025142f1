'use client'
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import type { VerifyPhoneClient } from '../api/types.js'
import type { Clock } from '../core/clock.js'
import type { OtpPolicy } from '../core/policy.js'
import type { MessageOverrides } from '../i18n/types.js'

/** What a provider supplies to every hook and component below it. Each can also be passed to a hook, which wins. */
export interface VerifyPhoneConfig {
  /** The backend: `createTransmitClient(...)`, the mock's `client`, or your own two-method object. */
  client?: VerifyPhoneClient
  /** The OTP policy your server enforces (Transmit's defaults when omitted). */
  policy?: Partial<OtpPolicy>
  /** Where time comes from; the real clock by default. Tests and stories pass a manual one. */
  clock?: Clock
  /** A TanStack Query client. Default: the one from `QueryClientProvider`, else the kit's own. */
  queryClient?: QueryClient
  /** BCP 47 locale for messages, country names and times. Default: `'en'`. */
  locale?: string
  /** Overrides for any message, merged over the locale's catalogue and English. */
  messages?: MessageOverrides
}

const VerifyPhoneConfigContext = createContext<VerifyPhoneConfig>({})

export interface VerifyPhoneProviderProps extends VerifyPhoneConfig {
  children?: ReactNode
}

/**
 * Supplies the client, policy, clock, locale and messages to the kit.
 * Providers nest: an inner one overrides only what it sets.
 *
 * @example
 * const client = createTransmitClient({ baseUrl: '/api/transmit', getAccessToken })
 * <VerifyPhoneProvider client={client} policy={{ codeLength: 6 }} locale="fr">
 *   <VerifyPhone onVerified={...} />
 * </VerifyPhoneProvider>
 */
export function VerifyPhoneProvider({ children, client, policy, clock, queryClient, locale, messages }: VerifyPhoneProviderProps) {
  const outer = useContext(VerifyPhoneConfigContext)
  const value = useMemo<VerifyPhoneConfig>(
    () => ({
      client: client ?? outer.client,
      policy: policy || outer.policy ? { ...outer.policy, ...policy } : undefined,
      clock: clock ?? outer.clock,
      queryClient: queryClient ?? outer.queryClient,
      locale: locale ?? outer.locale,
      messages: messages || outer.messages ? { ...outer.messages, ...messages } : undefined,
    }),
    [outer, client, policy, clock, queryClient, locale, messages],
  )
  return <VerifyPhoneConfigContext.Provider value={value}>{children}</VerifyPhoneConfigContext.Provider>
}

/** The nearest provider's configuration (empty outside any provider). */
export function useVerifyPhoneConfig(): VerifyPhoneConfig {
  return useContext(VerifyPhoneConfigContext)
}
