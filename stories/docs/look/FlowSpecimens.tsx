import { CodeStep } from '../../../src/components/verifyPhone/CodeStep.js'
import { PhoneStep } from '../../../src/components/verifyPhone/PhoneStep.js'
import type { VerifyPhoneError } from '../../../src/core/errors.js'
import type { VerifyPhoneResult } from '../../../src/hooks/verifyPhoneResult.js'
import { NUMBER, useStepProps } from './StateSpecimens.js'

// The flow's phone and code steps in fixed states, drawn by the kit's own step
// components (the steps read only a few fields of the flow).

const noop = () => {}

/** The phone step; with `refused`, as after the server refused the number. */
export function KitPhoneStep({ refused = false }: { refused?: boolean }) {
  const props = useStepProps({
    status: 'editing',
    step: 'phone',
    phoneNumber: refused ? '+447700900982' : undefined,
    error: refused ? ({ kind: 'invalidPhone' } as VerifyPhoneError) : undefined,
    sendCode: noop,
  } as Partial<VerifyPhoneResult>)
  return (
    <div className="vp-verify-phone">
      <PhoneStep {...props} entry={{ defaultCountry: 'GB' }} onInvalidSubmit={noop} onUnauthorized={undefined} />
    </div>
  )
}

/** The code step, waiting out the resend cooldown; with `wrong`, after a wrong code with two attempts left. */
export function KitCodeStep({ wrong = false }: { wrong?: boolean }) {
  const props = useStepProps({
    status: 'awaitingCode',
    step: 'code',
    phoneNumber: NUMBER,
    code: wrong ? '482931' : '',
    setCode: noop,
    submitCode: noop,
    isExpired: false,
    attemptsLeft: 2,
    canResend: false,
    resendRemainingMs: 25_000,
    lastSend: 'sent',
    error: wrong ? ({ kind: 'invalidCode', attemptsLeft: 2 } as VerifyPhoneError) : undefined,
  } as Partial<VerifyPhoneResult>)
  return (
    <div className="vp-verify-phone">
      <CodeStep {...props} autoSubmit={false} expiresInSeconds={300} />
    </div>
  )
}
