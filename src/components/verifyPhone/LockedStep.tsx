import { formatDuration } from '../../i18n/duration.js'
import { formatClockTime } from '../../i18n/format.js'
import { StepHeading } from './StepHeading.js'
import type { StepProps } from './types.js'

/** Too many wrong codes: when it ends, the time left, and the way out (another number). */
export function LockedStep({ flow, i18n, cx, headingRef, headingLevel, idPrefix }: StepProps) {
  const { t, locale } = i18n
  if (flow.status !== 'locked') return null
  const bodyId = `${idPrefix}-locked-body`
  return (
    <section className={cx('step')} data-step="locked" aria-labelledby={`${idPrefix}-heading`}>
      {/* The heading takes focus; the sentence under it is read with it, so the live region need not say it again. */}
      <StepHeading level={headingLevel} id={`${idPrefix}-heading`} headingRef={headingRef} className={cx('heading')} describedBy={bodyId}>
        {t('lockedHeading')}
      </StepHeading>
      <p id={bodyId} className={cx('text')}>
        {t('lockedBody', { time: formatClockTime(flow.lockedUntil, locale) })}
      </p>
      <p className={cx('muted')} data-countdown="">
        {t('lockedCountdown', { countdown: formatDuration(flow.lockRemainingMs, locale, i18n.messages) })}
      </p>
      <div className={cx('actions')}>
        <button type="button" className={cx('button-secondary')} onClick={flow.changeNumber}>
          {t('changeNumber')}
        </button>
      </div>
    </section>
  )
}
