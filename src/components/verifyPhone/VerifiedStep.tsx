import { PhoneNumberText } from './PhoneNumberText.js'
import { MessageWithPhone } from './MessageWithPhone.js'
import { StepHeading } from './StepHeading.js'
import { SuccessIcon } from './SuccessIcon.js'
import type { StepProps } from './types.js'

/**
 * The end: the number is verified. A success panel (the `region` named by its
 * heading) holds a decorative check, the heading and the sentence with the
 * number; "Verify another number" sits under it when restarting is allowed.
 */
export function VerifiedStep({ flow, i18n, cx, headingRef, headingLevel, formatPhone, allowRestart, idPrefix }: StepProps & { allowRestart: boolean }) {
  if (flow.status !== 'verified') return null
  const bodyId = `${idPrefix}-verified-body`
  return (
    <section className={cx('step')} data-step="verified" aria-labelledby={`${idPrefix}-heading`}>
      <div className={cx('success')} data-part="success">
        <SuccessIcon className={cx('success-icon')} />
        <div className={cx('success-body')}>
          {/* The heading takes focus; the sentence under it is read with it, so the live region need not say it again. */}
          <StepHeading level={headingLevel} id={`${idPrefix}-heading`} headingRef={headingRef} className={cx('heading')} describedBy={bodyId}>
            {i18n.t('verifiedHeading')}
          </StepHeading>
          <p id={bodyId} className={cx('text')}>
            <MessageWithPhone i18n={i18n} messageKey="verifiedBody" phone={<PhoneNumberText>{formatPhone(flow.phoneNumber)}</PhoneNumberText>} />
          </p>
        </div>
      </div>
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
