import type { StepProps } from './types.js'
import { StepHeading } from './StepHeading.js'

/** The steps that wait for the flow's chunk (see laterStepsLoader.ts): any step of a flow restored after a reload. */
export type LaterStep = 'phone' | 'code' | 'locked' | 'verified'

const HEADINGS = { phone: 'phoneHeading', code: 'codeHeading', locked: 'lockedHeading', verified: 'verifiedHeading' } as const

/**
 * What stands in a step's place while the flow's chunk downloads, which it
 * rarely does (it is fetched while the phone step is idle; a flow restored
 * after a reload asks for it at once): the step's own
 * heading, so nothing moves when the step arrives, and a short "Loading…".
 * When the chunk cannot be downloaded it says so, with "Try again"; the
 * flow's state (the number, the code sent) is kept above it.
 */
export function StepLoading({ step, failed, onRetry, i18n, cx, headingRef, headingLevel, idPrefix }: StepProps & { step: LaterStep; failed: boolean; onRetry: () => void }) {
  const { t } = i18n
  const bodyId = `${idPrefix}-loading-body`
  return (
    <section className={cx('step')} data-step={step} data-loading={failed ? 'failed' : ''} aria-labelledby={`${idPrefix}-heading`}>
      <StepHeading level={headingLevel} id={`${idPrefix}-heading`} headingRef={headingRef} className={cx('heading')} describedBy={bodyId}>
        {t(HEADINGS[step])}
      </StepHeading>
      <p id={bodyId} className={cx(failed ? 'error' : 'muted')} data-error={failed ? 'stepLoadFailed' : undefined}>
        {failed ? t('stepLoadFailed') : t('stepLoading')}
      </p>
      {failed ? (
        <div className={cx('actions')}>
          <button type="button" className={cx('button')} aria-describedby={bodyId} onClick={onRetry}>
            {t('retry')}
          </button>
        </div>
      ) : null}
    </section>
  )
}
