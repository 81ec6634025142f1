import { formatDuration } from '../../i18n/duration.js'
import type { StepProps } from './types.js'

/**
 * The resend control, always in the same place. While the cooldown runs the
 * button stays focusable but inert (`aria-disabled`), so focus is never lost
 * or stolen, and the wait reads beside it; the seconds are not announced.
 */
export function ResendControl({ flow, i18n, cx, idPrefix }: StepProps) {
  const { t } = i18n
  const isResending = flow.status === 'sending'
  const waiting = !flow.canResend && !isResending && flow.resendRemainingMs > 0
  const notes: string[] = []
  if (isResending) notes.push(t('resendSending'))
  else if (flow.lastSend === 'resent') notes.push(t('newCodeSent'))
  if (waiting) notes.push(t('resendIn', { time: formatDuration(flow.resendRemainingMs, i18n.locale, i18n.messages) }))
  return (
    <div className={cx('resend')} data-state={isResending ? 'sending' : waiting ? 'waiting' : 'ready'}>
      <button
        type="button"
        className={cx('button-link')}
        aria-disabled={!flow.canResend || undefined}
        aria-describedby={`${idPrefix}-resend-note`}
        onClick={() => {
          if (flow.canResend) flow.resendCode()
        }}
      >
        {t('resendCode')}
      </button>
      <span id={`${idPrefix}-resend-note`} className={cx('muted')}>
        {notes.join(' ')}
      </span>
    </div>
  )
}
