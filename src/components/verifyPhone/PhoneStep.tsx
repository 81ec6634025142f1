import { useState, type FormEvent } from 'react'
import { PhoneEntry, type PhoneEntryProps } from '../PhoneEntry.js'
import type { PhoneValueDetails } from '../phoneEntry/usePhoneEntryState.js'
import { canRetrySend, errorText } from './errorText.js'
import type { StepProps } from './types.js'

/** What `<VerifyPhone>` passes through to its `<PhoneEntry>`. */
export type PhoneStepEntryProps = Pick<PhoneEntryProps, 'defaultCountry' | 'countries' | 'preferredCountries' | 'metadata' | 'validation' | 'renderFlag'>

/** The phone step: the number, the "mobile number needed" hint, and Send. */
export function PhoneStep(props: StepProps & { entry: PhoneStepEntryProps }) {
  const { flow, i18n, cx, headingRef, idPrefix, codeLength, showServerMessages, entry } = props
  const { t } = i18n
  const [value, setValue] = useState<string | undefined>(flow.phoneNumber)
  const [details, setDetails] = useState<PhoneValueDetails | undefined>(undefined)
  const isSending = flow.status === 'sending'
  const error = flow.status === 'editing' ? flow.error : undefined
  const message = error && errorText(error, t, { codeLength, retryInMs: flow.resendRemainingMs, showServerMessages })
  // A refused number belongs to the field; anything else to the form.
  const isPhoneError = error?.kind === 'invalidPhone' || error?.kind === 'alreadyVerified'

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (isSending || value === undefined || details?.isPossible === false) return
    flow.sendCode(value)
  }

  return (
    <section className={cx('step')} data-step="phone" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`} ref={headingRef} tabIndex={-1} className={cx('heading')}>
        {t('phoneHeading')}
      </h2>
      <form className={cx('form')} noValidate onSubmit={submit} aria-busy={isSending || undefined}>
        <PhoneEntry
          {...entry}
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
        {message !== undefined && !isPhoneError ? (
          <p className={cx('error')} data-error={error?.kind}>
            {message}
          </p>
        ) : null}
        <div className={cx('actions')}>
          <button type="submit" className={cx('button')} aria-disabled={isSending || undefined} data-busy={isSending ? '' : undefined}>
            {isSending ? t('sendingCode') : error && canRetrySend(error) ? t('retry') : t('sendCode')}
          </button>
        </div>
      </form>
    </section>
  )
}
