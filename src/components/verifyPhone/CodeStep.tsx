import { useEffect, useRef, type FormEvent } from 'react'
import { OtpInput } from '../OtpInput.js'
import { errorText } from './errorText.js'
import { MessageWithPhone } from './MessageWithPhone.js'
import { PhoneNumberText } from './PhoneNumberText.js'
import { ResendControl } from './ResendControl.js'
import type { StepProps } from './types.js'

/**
 * The code step: where the code went (with Change), the code field, Verify,
 * the resend control, and the code's lifetime. A wrong code keeps the typed
 * digits, selected, so the user can type over them.
 */
export function CodeStep(props: StepProps & { autoSubmit: boolean; expiresInSeconds: number }) {
  const { flow, i18n, cx, headingRef, idPrefix, codeLength, showServerMessages, formatPhone, autoSubmit, expiresInSeconds } = props
  const { t } = i18n
  const input = useRef<HTMLInputElement>(null)
  const error = flow.status === 'awaitingCode' || flow.status === 'sending' ? flow.error : undefined
  const isVerifying = flow.status === 'verifying'
  const isExpired = flow.isExpired || error?.kind === 'codeExpired'
  const message = error && errorText(error, t, { codeLength, attemptsLeft: flow.attemptsLeft, showServerMessages })

  useEffect(() => {
    if (error?.kind !== 'invalidCode') return
    input.current?.focus()
    input.current?.select()
  }, [error])

  if (flow.step !== 'code' || flow.phoneNumber === undefined) return null
  const phone = <PhoneNumberText>{formatPhone(flow.phoneNumber)}</PhoneNumberText>

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!isVerifying) flow.submitCode()
  }

  return (
    <section className={cx('step')} data-step="code" data-expired={isExpired ? '' : undefined} aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`} ref={headingRef} tabIndex={-1} className={cx('heading')}>
        {t('codeHeading')}
      </h2>
      <p className={cx('text')}>
        <MessageWithPhone i18n={i18n} messageKey="codeSentTo" phone={phone} />{' '}
        <button type="button" className={cx('button-link')} onClick={flow.changeNumber}>
          {t('changeNumber')}
        </button>
      </p>
      <form className={cx('form')} noValidate onSubmit={submit} aria-busy={isVerifying || undefined}>
        <OtpInput
          ref={input}
          length={codeLength}
          label={t('codeLabel', { count: codeLength })}
          value={flow.code}
          onValueChange={flow.setCode}
          invalid={message !== undefined}
          error={message}
          description={autoSubmit ? t('autoSubmitInstructions') : t('codeLifetime', { count: Math.max(1, Math.round(expiresInSeconds / 60)) })}
          autoFocus
        />
        {isExpired && error?.kind !== 'codeExpired' ? <p className={cx('error')}>{t('codeExpired')}</p> : null}
        <div className={cx('actions')}>
          {isExpired ? (
            <button type="button" className={cx('button')} aria-disabled={!flow.canResend || undefined} onClick={() => flow.canResend && flow.resendCode()}>
              {t('getNewCode')}
            </button>
          ) : (
            <button type="submit" className={cx('button')} aria-disabled={isVerifying || undefined} data-busy={isVerifying ? '' : undefined}>
              {isVerifying ? t('verifying') : t('verify')}
            </button>
          )}
        </div>
      </form>
      <ResendControl {...props} />
    </section>
  )
}
