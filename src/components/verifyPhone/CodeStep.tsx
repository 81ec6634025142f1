import type { FormEvent } from 'react'
import { OtpInput } from '../OtpInput.js'
import { errorText } from './errorText.js'
import { MessageWithPhone } from './MessageWithPhone.js'
import { PhoneNumberText } from './PhoneNumberText.js'
import { ResendControl, resendNoteId } from './ResendControl.js'
import { StepHeading } from './StepHeading.js'
import type { StepProps } from './types.js'

/**
 * The code step: where the code went (with Change), the code field, Verify,
 * the resend control, and the code's lifetime. A wrong code keeps the typed
 * digits, selected, so the user can type over them. An expired code is one
 * state of the field (invalid, "This code has expired.") with one action,
 * "Get a new code", in Verify's place.
 */
export function CodeStep(props: StepProps & { autoSubmit: boolean; expiresInSeconds: number }) {
  const { flow, i18n, cx, headingRef, headingLevel, fieldRef, idPrefix, codeLength, showServerMessages, formatPhone, autoSubmit, expiresInSeconds } = props
  const { t } = i18n
  const error = flow.status === 'awaitingCode' || flow.status === 'sending' ? flow.error : undefined
  const isVerifying = flow.status === 'verifying'
  const isExpired = flow.isExpired || error?.kind === 'codeExpired'
  const errorMessage = error && errorText(error, t, { codeLength, attemptsLeft: flow.attemptsLeft, retryInMs: flow.resendRemainingMs, showServerMessages })
  const message = errorMessage ?? (isExpired ? t('codeExpired') : undefined)

  if (flow.step !== 'code' || flow.phoneNumber === undefined) return null
  const phone = <PhoneNumberText>{formatPhone(flow.phoneNumber)}</PhoneNumberText>

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!isVerifying) flow.submitCode()
  }
  const lifetime = autoSubmit ? t('autoSubmitInstructions') : t('codeLifetime', { count: Math.max(1, Math.round(expiresInSeconds / 60)) })

  return (
    <section className={cx('step')} data-step="code" data-expired={isExpired ? '' : undefined} aria-labelledby={`${idPrefix}-heading`}>
      <StepHeading level={headingLevel} id={`${idPrefix}-heading`} headingRef={headingRef} className={cx('heading')}>
        {t('codeHeading')}
      </StepHeading>
      <p className={cx('text')}>
        <MessageWithPhone i18n={i18n} messageKey="codeSentTo" phone={phone} />{' '}
        <button type="button" className={cx('button-link')} onClick={flow.changeNumber}>
          {t('changeNumber')}
        </button>
      </p>
      <form className={cx('form')} noValidate onSubmit={submit} aria-busy={isVerifying || undefined}>
        <OtpInput
          ref={fieldRef}
          length={codeLength}
          label={t('codeLabel', { count: codeLength })}
          value={flow.code}
          onValueChange={flow.setCode}
          invalid={message !== undefined}
          error={message}
          // An expired code's lifetime is no longer true.
          description={isExpired ? undefined : lifetime}
        />
        <div className={cx('actions')}>
          {/* One button in one place: focus stays on it when the code expires under it. */}
          {isExpired ? (
            <button
              type="button"
              className={cx('button')}
              aria-disabled={!flow.canResend || undefined}
              aria-describedby={flow.canResend ? undefined : resendNoteId(idPrefix)}
              onClick={() => flow.canResend && flow.resendCode()}
            >
              {t('getNewCode')}
            </button>
          ) : (
            <button type="submit" className={cx('button')} aria-disabled={isVerifying || undefined} data-busy={isVerifying ? '' : undefined}>
              {isVerifying ? t('verifying') : t('verify')}
            </button>
          )}
        </div>
      </form>
      <ResendControl {...props} hideButton={isExpired} />
    </section>
  )
}
