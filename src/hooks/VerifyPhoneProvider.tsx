'use client'
import { useContext, useMemo, type ReactNode } from 'react'
import { localeDirection } from '../i18n/direction.js'
import { VerifyPhoneConfigContext, type VerifyPhoneConfig } from './verifyPhoneConfig.js'

export interface VerifyPhoneProviderProps extends VerifyPhoneConfig {
  children?: ReactNode
}

/**
 * Supplies the client, policy, clock, locale, direction and messages to the
 * kit. Providers nest: an inner one overrides only what it sets (a locale
 * brings its direction with it).
 *
 * @example
 * const client = createTransmitClient({ baseUrl: '/api/transmit', getAccessToken })
 * <VerifyPhoneProvider client={client} policy={{ codeLength: 6 }} locale="fr">
 *   <VerifyPhone onVerified={...} />
 * </VerifyPhoneProvider>
 */
export function VerifyPhoneProvider({ children, client, policy, clock, queryClient, locale, dir, messages }: VerifyPhoneProviderProps) {
  const outer = useContext(VerifyPhoneConfigContext)
  const value = useMemo<VerifyPhoneConfig>(
    () => ({
      client: client ?? outer.client,
      policy: policy || outer.policy ? { ...outer.policy, ...policy } : undefined,
      clock: clock ?? outer.clock,
      queryClient: queryClient ?? outer.queryClient,
      locale: locale ?? outer.locale,
      dir: dir ?? (locale ? localeDirection(locale) : outer.dir),
      messages: messages || outer.messages ? { ...outer.messages, ...messages } : undefined,
    }),
    [outer, client, policy, clock, queryClient, locale, dir, messages],
  )
  return <VerifyPhoneConfigContext.Provider value={value}>{children}</VerifyPhoneConfigContext.Provider>
}
