'use client'
import { useEffect, useId, useMemo } from 'react'
import { useMessages } from '../hooks/useMessages.js'
import { useLocaleAttributes } from '../hooks/useLocaleAttributes.js'
import { VerifyPhoneProvider } from '../hooks/VerifyPhoneProvider.js'
import { en } from '../i18n/locales/en.js'
import { usePolicy } from '../hooks/usePolicy.js'
import { useVerifyPhone } from '../hooks/useVerifyPhone.js'
import type { UseVerifyPhoneOptions } from '../hooks/useVerifyPhoneOptions.js'
import { useMetadataZones, usePhoneMetadata, zonesForField } from './phoneEntry/usePhoneMetadata.js'
import { classNamer } from './verifyPhone/classNames.js'
import { CodeStep } from './verifyPhone/CodeStep.js'
import { errorText } from './verifyPhone/errorText.js'
import { formatInternational } from './verifyPhone/formatPhone.js'
import { LockedStep } from './verifyPhone/LockedStep.js'
import { PhoneStep, type PhoneStepEntryProps } from './verifyPhone/PhoneStep.js'
import type { StepProps } from './verifyPhone/types.js'
import { useLiveMessage } from './verifyPhone/useLiveMessage.js'
import { useStepHeading } from './verifyPhone/useStepHeading.js'
import { VerifiedStep } from './verifyPhone/VerifiedStep.js'
import { VISUALLY_HIDDEN } from './visuallyHidden.js'

export interface VerifyPhoneProps extends UseVerifyPhoneOptions, PhoneStepEntryProps {
  /** Called when the server refuses the access token (kind `unauthorized`): refresh the session or sign in again. */
  onUnauthorized?: (() => void) | undefined
  /** Class of the outermost element. */
  className?: string | undefined
  /** Renders the same structure and `data-*` attributes with no class of the kit. Default `false`. */
  unstyled?: boolean | undefined
  /** Shows the server's own words under the kit's messages (English, unlocalised). Default `false`. */
  showServerMessages?: boolean | undefined
  /** Offers "Verify another number" once verified. Default `false`. */
  allowRestart?: boolean | undefined
}

/**
 * The whole flow: phone step, code step, lockout and the verified state, with
 * one polite live region and focus moved to each step's heading.
 *
 * @example
 * <VerifyPhoneProvider client={createTransmitClient({ baseUrl: '/api/transmit', getAccessToken })}>
 *   <VerifyPhone defaultCountry="FR" onVerified={(phone) => save(phone)} />
 * </VerifyPhoneProvider>
 */
export function VerifyPhone(props: VerifyPhoneProps) {
  const { onUnauthorized, className, unstyled, showServerMessages = false, allowRestart = false, ...rest } = props
  const { defaultCountry, countries, preferredCountries, metadata, validation, renderFlag, ...hookOptions } = rest
  const i18n = useMessages(en, { locale: props.locale, messages: props.messages })
  const policy = usePolicy(props.policy)
  const phoneMetadata = usePhoneMetadata(metadata).metadata
  const formatPhone = useMemo(() => (e164: string) => formatInternational(e164, phoneMetadata), [phoneMetadata])
  const flow = useVerifyPhone({ formatPhoneNumber: formatPhone, ...hookOptions })
  // A flow restored after a reload shows its number before any field has loaded its zone.
  useMetadataZones(!metadata, zonesForField(flow.phoneNumber ?? '', undefined, phoneMetadata))
  const headingRef = useStepHeading(flow.step)
  const idPrefix = useId()
  const cx = classNamer(unstyled)

  const step: StepProps = { flow, i18n, cx, headingRef, formatPhone, codeLength: policy.codeLength, showServerMessages, idPrefix }
  const live = useLiveMessage(flow.announcement, flow.error, (error) =>
    errorText(error, i18n.t, { codeLength: policy.codeLength, retryInMs: flow.resendRemainingMs, showServerMessages }),
  )

  useEffect(() => {
    if (flow.error?.kind === 'unauthorized') onUnauthorized?.()
    // Once per refused request: the error object identifies it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flow.error])

  const root = [cx('verify-phone'), className].filter(Boolean).join(' ') || undefined
  const { lang, dir } = useLocaleAttributes(props.locale)
  // Every part takes the flow's locale (and so its direction), its own prop or the provider's.
  return (
    <VerifyPhoneProvider locale={props.locale}>
      <div className={root} dir={dir} lang={lang} data-state={flow.status} data-step={flow.step} aria-busy={flow.isBusy || undefined}>
        {flow.step === 'phone' ? (
          <PhoneStep {...step} entry={{ defaultCountry, countries, preferredCountries, metadata, validation, renderFlag }} />
        ) : null}
        {flow.step === 'code' ? (
          <CodeStep {...step} autoSubmit={Boolean(props.autoSubmit)} expiresInSeconds={policy.expiresInSeconds} />
        ) : null}
        {flow.step === 'locked' ? <LockedStep {...step} /> : null}
        {flow.step === 'verified' ? <VerifiedStep {...step} allowRestart={allowRestart} /> : null}
        <div role="status" aria-live="polite" aria-atomic="true" className={cx('live')} style={VISUALLY_HIDDEN} data-live="">
          {live}
        </div>
      </div>
    </VerifyPhoneProvider>
  )
}
