import { formatDuration } from '../../i18n/duration.js'
import type { StepProps } from './types.js'

/** The id of the resend note ("You can request a new code in 25 seconds."). */
export const resendNoteId = (idPrefix: string) => `${idPrefix}-resend-note`

/**
 * The resend control, always in the same place. While the cooldown runs the
 * button stays focusable but inert (`aria-disabled`), so focus is never lost
 * or stolen, and the wait reads beside it; the seconds are not announced.
 * With `hideButton` (an expired code, whose own action is "Get a new code")
 * only the note stays, so there is one action, not two.
 */
export function ResendControl({ flow, i18n, cx, idPrefix, hideButton = false }: StepProps & { hideButton?: boolean }) {
  const { t } = i18n
  const isResending = flow.status === 'sending'
  const waiting = !flow.canResend && !isResending && flow.resendRemainingMs > 0
  const notes: string[] = []
  if (isResending) notes.push(t('resendSending'))
  else if (flow.lastSend === 'resent') notes.push(t('newCodeSent'))
  if (waiting) notes.push(t('resendIn', { time: formatDuration(flow.resendRemainingMs, i18n.locale, i18n.messages) }))
  return (
    <div className={cx('resend')} data-state={isResending ? 'sending' : waiting ? 'waiting' : 'ready'}>
      {hideButton ? null : (
        <button
          type="button"
          className={cx('button-link')}
          aria-disabled={!flow.canResend || undefined}
          aria-describedby={resendNoteId(idPrefix)}
          onClick={() => {
            if (flow.canResend) flow.resendCode()
          }}
        >
          {t('resendCode')}
        </button>
      )}
      <span id={resendNoteId(idPrefix)} className={cx('muted')}>
        {notes.join(' ')}
      </span>
    </div>
  )
}
