'use client'
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { VerifyPhoneError } from '../core/errors.js'
import { useMessages } from '../hooks/useMessages.js'
import { useLocaleAttributes } from '../hooks/useLocaleAttributes.js'
import { VerifyPhoneProvider } from '../hooks/VerifyPhoneProvider.js'
import { enFlowFirst } from '../i18n/locales/en/flowFirst.js'
import { enPhoneEntry } from '../i18n/locales/en/phoneEntry.js'
import type { Messages } from '../i18n/types.js'
import { DEFAULT_PERSIST_KEY, persistedStep } from '../hooks/persistedStep.js'
import { usePolicy } from '../hooks/usePolicy.js'
import type { UseVerifyPhoneOptions } from '../hooks/useVerifyPhoneOptions.js'
import type { VerifyPhoneResult } from '../hooks/verifyPhoneResult.js'
import { useMetadataZones, usePhoneMetadata, zonesForField } from './phoneEntry/usePhoneMetadata.js'
import { classNamer } from './verifyPhone/classNames.js'
import { loadLaterSteps, useLaterSteps } from './verifyPhone/laterStepsLoader.js'
import { PhoneStep, type PhoneStepEntryProps } from './verifyPhone/PhoneStep.js'
import { restingFlow } from './verifyPhone/restingFlow.js'
import { headingLevelOf } from './verifyPhone/StepHeading.js'
import { StepLoading } from './verifyPhone/StepLoading.js'
import type { StepProps } from './verifyPhone/types.js'
import { useFlowAccessibility } from './verifyPhone/useFlowAccessibility.js'
import { VISUALLY_HIDDEN } from './visuallyHidden.js'

/**
 * English for what shows before the flow's chunk arrives (the phone step, the other steps' stand-ins,
 * any error Send meets); the chunk brings the rest. No other string is asked for before then.
 */
const EN_FIRST = { ...enPhoneEntry, ...enFlowFirst } as Messages

// Focus moves before paint, so it never rests on <body> between a step's stand-in and the step.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

export interface VerifyPhoneProps extends UseVerifyPhoneOptions, PhoneStepEntryProps {
  /**
   * Called when the server refuses the access token (kind `unauthorized`): refresh the session or sign in
   * again. Given, the message also gets a "Sign in again" button that calls it.
   */
  onUnauthorized?: (() => void) | undefined
  /** Class of the outermost element. */
  className?: string | undefined
  /** Renders the same structure and `data-*` attributes with no class of the kit. Default `false`. */
  unstyled?: boolean | undefined
  /** Shows the server's own words under the kit's messages (English, unlocalised). Default `false`. */
  showServerMessages?: boolean | undefined
  /** Offers "Verify another number" once verified. Default `false`. */
  allowRestart?: boolean | undefined
  /** Level of each step's heading, 1 to 6: `1` when the flow is the page's main content. Default `2`. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | undefined
}

/**
 * The whole flow: phone step, code step, lockout and the verified state, with
 * one polite live region. A page downloads the phone step only: the flow's
 * state machine and later steps come as a chunk fetched while the phone step
 * is idle (a Send pressed before it arrives waits for it, shown as sending).
 * Focus starts each new step (the code field on the code step, the heading
 * elsewhere) and goes to the field in error after a failed action; each piece
 * of news is said once (see the Accessibility page).
 *
 * @example
 * <VerifyPhoneProvider client={createTransmitClient({ baseUrl: '/api/transmit', getAccessToken })}>
 *   <VerifyPhone defaultCountry="FR" onVerified={(phone) => save(phone)} />
 * </VerifyPhoneProvider>
 */
export function VerifyPhone(props: VerifyPhoneProps) {
  const { onUnauthorized, className, unstyled, showServerMessages = false, allowRestart = false, headingLevel, ...rest } = props
  const { defaultCountry, countries, preferredCountries, metadata, validation, renderFlag, ...hookOptions } = rest
  const policy = usePolicy(props.policy)
  const { metadata: phoneMetadata, engine } = usePhoneMetadata(metadata)
  // Until the formatter arrives (with the first metadata zone), a number shows as E.164.
  const formatPhone = useMemo(() => (e164: string) => (engine ? engine.formatInternational(e164, phoneMetadata) : e164), [engine, phoneMetadata])

  // A flow saved before a reload waits for the flow's chunk, with its step's stand-in.
  const persistKey = props.persist === 'session' ? (props.persistKey ?? DEFAULT_PERSIST_KEY) : undefined
  const [saved] = useState(() => (persistKey === undefined ? undefined : persistedStep(persistKey)))
  // Send pressed before the flow arrived: the number, and which press it was (a retry after a failed fetch is another).
  const [early, setEarly] = useState<{ phoneNumber: string; press: number } | undefined>(undefined)
  const [reported, setReported] = useState<VerifyPhoneResult | undefined>(undefined)
  const later = useLaterSteps(saved !== undefined || early !== undefined)
  const { chunk: steps } = later
  const i18n = useMessages(steps?.en ?? EN_FIRST, { locale: props.locale, messages: props.messages })
  const fetchFailed = later.status === 'failed' && early !== undefined
  // One error object per failed fetch: the flow's accessibility tells of a new error once.
  const fetchError = useMemo(() => (fetchFailed && early ? new VerifyPhoneError('network') : undefined), [fetchFailed, early])
  const sendEarly = useCallback((phoneNumber: string) => {
    setEarly((last) => ({ phoneNumber, press: (last?.press ?? 0) + 1 }))
    // Asked for at once, and again after a failed fetch: the user is waiting for it.
    void loadLaterSteps()
  }, [])
  const flow = reported ?? restingFlow(fetchFailed ? undefined : early?.phoneNumber, fetchError, sendEarly)

  // A flow restored after a reload shows its number before any field has loaded its zone.
  useMetadataZones(!metadata, zonesForField(flow.phoneNumber ?? '', undefined, phoneMetadata, engine))
  const rootRef = useRef<HTMLDivElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const fieldRef = useRef<HTMLInputElement>(null)
  const idPrefix = useId()
  const cx = classNamer(unstyled)
  const a11y = useFlowAccessibility({ flow, i18n, root: rootRef, heading: headingRef, field: fieldRef, codeLength: policy.codeLength, showServerMessages })
  const { onMilestone } = a11y
  const onFlow = useCallback(
    (next: VerifyPhoneResult, milestones: Array<{ key: Parameters<typeof onMilestone>[0]['key']; text: string }>) => {
      for (const milestone of milestones) onMilestone(milestone)
      setReported(next)
    },
    [onMilestone],
  )

  const step: StepProps = {
    flow,
    i18n,
    cx,
    headingRef,
    headingLevel: headingLevelOf(headingLevel),
    fieldRef,
    formatPhone,
    codeLength: policy.codeLength,
    showServerMessages,
    idPrefix,
  }

  // A restored flow's step, shown as a stand-in until the flow arrives and says where it is.
  const standIn = reported === undefined && saved !== undefined ? saved : undefined
  const waitedForSteps = useRef(false)
  if (standIn !== undefined) waitedForSteps.current = true
  useIsomorphicLayoutEffect(() => {
    if (reported === undefined || !waitedForSteps.current) return
    waitedForSteps.current = false
    // The step replaced its stand-in: focus moves on as it would have (code field, else heading) if it was on the stand-in.
    const active = document.activeElement
    if (active !== null && active !== document.body && !rootRef.current?.contains(active)) return
    ;(flow.step === 'code' ? fieldRef.current : headingRef.current)?.focus()
  }, [reported === undefined])

  useEffect(() => {
    if (flow.error?.kind === 'unauthorized') onUnauthorized?.()
    // Once per refused request: the error object identifies it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [flow.error])

  const root = [cx('verify-phone'), className].filter(Boolean).join(' ') || undefined
  const { lang, dir } = useLocaleAttributes(props.locale)
  // Every part takes the flow's locale (and so its direction), its own prop or the provider's.
  // No aria-busy here: assistive technology may hold back a busy element's changes, the live region's included.
  return (
    <VerifyPhoneProvider locale={props.locale}>
      <div ref={rootRef} className={root} dir={dir} lang={lang} data-state={flow.status} data-step={standIn ?? flow.step}>
        {standIn === undefined && flow.step === 'phone' ? (
          <PhoneStep {...step} entry={{ defaultCountry, countries, preferredCountries, metadata, validation, renderFlag }} onInvalidSubmit={a11y.invalidSubmit} onUnauthorized={onUnauthorized} />
        ) : null}
        {standIn !== undefined ? <StepLoading {...step} step={standIn} failed={later.status === 'failed'} onRetry={later.retry} /> : null}
        {steps ? (
          <steps.FlowBody
            options={{ formatPhoneNumber: formatPhone, ...hookOptions }}
            step={step}
            shown={flow.step}
            firstSend={early?.phoneNumber}
            onFlow={onFlow}
            onUserChangedStep={a11y.userChangedStep}
            autoSubmit={Boolean(props.autoSubmit)}
            expiresInSeconds={policy.expiresInSeconds}
            allowRestart={allowRestart}
          />
        ) : null}
        <div role="status" aria-live="polite" aria-atomic="true" className={cx('live')} style={VISUALLY_HIDDEN} data-live="">
          {/* A new node for every announcement, so the same words twice are said twice. */}
          {a11y.said.text ? <span key={a11y.said.id}>{a11y.said.text}</span> : null}
        </div>
      </div>
    </VerifyPhoneProvider>
  )
}
