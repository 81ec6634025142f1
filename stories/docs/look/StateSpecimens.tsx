import { useId, useRef, type ReactNode } from 'react'
import { OtpInput } from '../../../src/components/OtpInput.js'
import { PhoneEntry } from '../../../src/components/PhoneEntry.js'
import { classNamer } from '../../../src/components/verifyPhone/classNames.js'
import { ResendControl } from '../../../src/components/verifyPhone/ResendControl.js'
import type { StepProps } from '../../../src/components/verifyPhone/types.js'
import { VerifiedStep } from '../../../src/components/verifyPhone/VerifiedStep.js'
import { useMessages } from '../../../src/hooks/useMessages.js'
import type { VerifyPhoneResult } from '../../../src/hooks/verifyPhoneResult.js'
import { en } from '../../../src/i18n/locales/en.js'

// The kit's own components in fixed states, for the docs pages. The flow's
// steps read only a few fields of the flow, so a partial one stands in for it.

const noop = () => {}
export const NUMBER = '+33612345678'
const shownNumber = () => '+33 6 12 34 56 78'

/** The props a step of the flow receives, around a flow fixed in one state. */
export function useStepProps(flow: Partial<VerifyPhoneResult>): StepProps {
  const i18n = useMessages(en)
  return {
    flow: { resendCode: noop, reset: noop, changeNumber: noop, ...flow } as VerifyPhoneResult,
    i18n,
    cx: classNamer(false),
    headingRef: useRef<HTMLHeadingElement>(null),
    headingLevel: 3,
    fieldRef: useRef<HTMLInputElement>(null),
    formatPhone: shownNumber,
    codeLength: 6,
    showServerMessages: false,
    idPrefix: useId(),
  }
}

function State({ name, children }: { name: string; children: ReactNode }) {
  return (
    <div className="look-state">
      <p className="look-state-name">{name}</p>
      {children}
    </div>
  )
}

/** The verified step as the flow draws it: the success panel and "Verify another number". */
export function VerifiedSpecimen() {
  const props = useStepProps({ status: 'verified', step: 'verified', phoneNumber: NUMBER } as Partial<VerifyPhoneResult>)
  return (
    <div className="vp-verify-phone">
      <VerifiedStep {...props} allowRestart />
    </div>
  )
}

/** The resend control ready, waiting out its cooldown, and just after a new code went. */
export function ResendSpecimen({ state }: { state: 'ready' | 'waiting' | 'resent' }) {
  const props = useStepProps({
    status: 'awaitingCode',
    canResend: state !== 'waiting',
    resendRemainingMs: state === 'waiting' ? 25_000 : 0,
    lastSend: state === 'resent' ? 'resent' : 'sent',
  } as Partial<VerifyPhoneResult>)
  return (
    <div className="vp-verify-phone">
      <ResendControl {...props} />
    </div>
  )
}

/** Buttons of the flow: primary, primary while inert, secondary. */
export function ButtonSpecimens() {
  return (
    <div className="vp-verify-phone">
      <div className="vp-actions">
        <button type="button" className="vp-button">
          Verify
        </button>
        <button type="button" className="vp-button" aria-disabled="true" data-busy="">
          Verifying…
        </button>
        <button type="button" className="vp-button-secondary">
          Change number
        </button>
      </div>
    </div>
  )
}

/** Every state of the fields and controls, live, with the kit's components. */
export function StateSpecimens() {
  return (
    <div className="look-states">
      <State name="Phone field: default">
        <PhoneEntry defaultCountry="FR" />
      </State>
      <State name="Phone field: invalid">
        <PhoneEntry defaultCountry="FR" defaultValue="+336123" invalid error="This number is too short." />
      </State>
      <State name="Phone field: disabled">
        <PhoneEntry defaultCountry="FR" defaultValue={NUMBER} disabled />
      </State>
      <State name="Code field: default">
        <OtpInput description="The code works for 5 minutes." />
      </State>
      <State name="Code field: invalid (focus it: the active slot keeps the invalid colour)">
        <OtpInput defaultValue="000000" error="That code is not right. 2 attempts left." />
      </State>
      <State name="Code field: disabled">
        <OtpInput defaultValue="48" disabled />
      </State>
      <State name="Buttons: primary, inert (busy), secondary">
        <ButtonSpecimens />
      </State>
      <State name="Resend: ready (acts)">
        <ResendSpecimen state="ready" />
      </State>
      <State name="Resend: waiting (inert)">
        <ResendSpecimen state="waiting" />
      </State>
      <State name="Success: the verified step">
        <VerifiedSpecimen />
      </State>
    </div>
  )
}
