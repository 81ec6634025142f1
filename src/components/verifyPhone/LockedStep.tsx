import { formatDuration } from '../../i18n/duration.js'
import { formatClockTime } from '../../i18n/format.js'
import type { StepProps } from './types.js'

/** Too many wrong codes: when it ends, a countdown, and the way out (another number). */
export function LockedStep({ flow, i18n, cx, headingRef, idPrefix }: StepProps) {
  const { t, locale } = i18n
  if (flow.status !== 'locked') return null
  return (
    <section className={cx('step')} data-step="locked" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`} ref={headingRef} tabIndex={-1} className={cx('heading')}>
        {t('lockedHeading')}
      </h2>
      <p className={cx('text')}>{t('lockedBody', { time: formatClockTime(flow.lockedUntil, locale) })}</p>
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
