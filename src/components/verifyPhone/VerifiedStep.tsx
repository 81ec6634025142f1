import { PhoneNumberText } from './PhoneNumberText.js'
import { MessageWithPhone } from './MessageWithPhone.js'
import type { StepProps } from './types.js'

/** The end: the number is verified. */
export function VerifiedStep({ flow, i18n, cx, headingRef, formatPhone, allowRestart, idPrefix }: StepProps & { allowRestart: boolean }) {
  if (flow.status !== 'verified') return null
  return (
    <section className={cx('step')} data-step="verified" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`} ref={headingRef} tabIndex={-1} className={cx('heading')}>
        {i18n.t('verifiedHeading')}
      </h2>
      <p className={cx('text')}>
        <MessageWithPhone i18n={i18n} messageKey="verifiedBody" phone={<PhoneNumberText>{formatPhone(flow.phoneNumber)}</PhoneNumberText>} />
      </p>
      {allowRestart ? (
        <div className={cx('actions')}>
          <button type="button" className={cx('button-secondary')} onClick={flow.reset}>
            {i18n.t('startOver')}
          </button>
        </div>
      ) : null}
    </section>
  )
}
