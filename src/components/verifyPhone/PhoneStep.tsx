import { useState, type FormEvent } from 'react'
import { PhoneEntry, type PhoneEntryProps } from '../PhoneEntry.js'
import type { PhoneValueDetails } from '../phoneEntry/usePhoneEntryState.js'
import { canRetrySend, errorText } from './errorText.js'
import { StepHeading } from './StepHeading.js'
import type { StepProps } from './types.js'

/** What `<VerifyPhone>` passes through to its `<PhoneEntry>`. */
export type PhoneStepEntryProps = Pick<PhoneEntryProps, 'defaultCountry' | 'countries' | 'preferredCountries' | 'metadata' | 'validation' | 'renderFlag'>

interface PhoneStepProps extends StepProps {
  entry: PhoneStepEntryProps
  /** Send was pressed with no number or one that cannot be right: the flow reports it at the field. */
  onInvalidSubmit: () => void
  /** The app's way to sign in again; given, a refused token gets a button for it. */
  onUnauthorized: (() => void) | undefined
}

/**
 * The phone step: the number, the "mobile number needed" hint, and Send.
 * A refused number is the field's error; any other failure is tied to the
 * control that acts on it (Send or Try again, or Sign in again after a refused token).
 */
export function PhoneStep(props: PhoneStepProps) {
  const { flow, i18n, cx, headingRef, headingLevel, fieldRef, idPrefix, codeLength, showServerMessages, entry, onInvalidSubmit, onUnauthorized } = props
  const { t } = i18n
  const [value, setValue] = useState<string | undefined>(flow.phoneNumber)
  const [details, setDetails] = useState<PhoneValueDetails | undefined>(undefined)
  const isSending = flow.status === 'sending'
  const error = flow.status === 'editing' ? flow.error : undefined
  // A rate limit's message counts down with the flow's clock and goes once the wait is over.
  const message = error && errorText(error, t, { codeLength, retryInMs: flow.resendRemainingMs, showServerMessages })
  // A refused number belongs to the field; anything else to the control that acts on it.
  const isPhoneError = error?.kind === 'invalidPhone' || error?.kind === 'alreadyVerified'
  const errorId = `${idPrefix}-send-error`
  const formError = message !== undefined && !isPhoneError ? message : undefined
  const signIn = error?.kind === 'unauthorized' && onUnauthorized !== undefined

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (isSending) return
    if (value === undefined || details?.isPossible === false) onInvalidSubmit()
    else flow.sendCode(value)
  }

  return (
    <section className={cx('step')} data-step="phone" aria-labelledby={`${idPrefix}-heading`}>
      <StepHeading level={headingLevel} id={`${idPrefix}-heading`} headingRef={headingRef} className={cx('heading')}>
        {t('phoneHeading')}
      </StepHeading>
      <form className={cx('form')} noValidate onSubmit={submit} aria-busy={isSending || undefined}>
        <PhoneEntry
          {...entry}
          ref={fieldRef}
          required
          defaultValue={flow.phoneNumber}
          onValueChange={(next, nextDetails) => {
            setValue(next)
            setDetails(nextDetails)
          }}
          invalid={isPhoneError || undefined}
          error={isPhoneError ? message : undefined}
          // No locale of its own: it takes the flow's from context, and with none, the page's direction.
          messages={i18n.messages}
        />
        {formError !== undefined ? (
          <p id={errorId} className={cx('error')} data-error={error?.kind}>
            {formError}
          </p>
        ) : null}
        <div className={cx('actions')}>
          <button
            type="submit"
            className={cx('button')}
            aria-disabled={isSending || undefined}
            aria-describedby={formError !== undefined && !signIn ? errorId : undefined}
            data-busy={isSending ? '' : undefined}
          >
            {isSending ? t('sendingCode') : error && canRetrySend(error) ? t('retry') : t('sendCode')}
          </button>
          {signIn ? (
            <button type="button" className={cx('button-secondary')} aria-describedby={errorId} onClick={onUnauthorized}>
              {t('signInAgain')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  )
}
