'use client'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { useVerifyPhone } from '../../hooks/useVerifyPhone.js'
import type { UseVerifyPhoneOptions } from '../../hooks/useVerifyPhoneOptions.js'
import type { VerifyPhoneResult } from '../../hooks/verifyPhoneResult.js'
import { CodeStep } from './CodeStep.js'
import { LockedStep } from './LockedStep.js'
import type { StepProps } from './types.js'
import { VerifiedStep } from './VerifiedStep.js'

const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect

type Milestone = Parameters<NonNullable<UseVerifyPhoneOptions['onAnnouncement']>>[0]

export interface FlowBodyProps {
  /** The hook's options, with `formatPhoneNumber` set by `<VerifyPhone>`. */
  options: UseVerifyPhoneOptions
  /** What every step receives, but the flow. */
  step: Omit<StepProps, 'flow'>
  /** The step `<VerifyPhone>` shows: this renders it only once `<VerifyPhone>` has caught up (see below). */
  shown: VerifyPhoneResult['step']
  /** A number Send was pressed for before this arrived: sent once, on mount. */
  firstSend: string | undefined
  /** The flow as `<VerifyPhone>` shows it (the phone step, the root's state, focus and the live region), with the milestones reached since. */
  onFlow: (flow: VerifyPhoneResult, milestones: Milestone[]) => void
  /** The user left a step by an action of theirs ("Change number"). */
  onUserChangedStep: () => void
  autoSubmit: boolean
  expiresInSeconds: number
  allowRestart: boolean
}

// Countdowns as the frame shows them: in whole seconds. Read to the millisecond, every render
// would differ from the last, and telling the frame re-renders this, which would tell it again.
const shownValue = (key: string, value: unknown) => (key.endsWith('RemainingMs') && typeof value === 'number' ? Math.ceil(value / 1000) : value)

// Every field the frame shows, but the code being typed, which only the code step (rendered here) reads.
const isSameForFrame = (a: VerifyPhoneResult, b: VerifyPhoneResult) =>
  (Object.keys(b) as Array<keyof VerifyPhoneResult>).every((key) => key === 'code' || Object.is(shownValue(key, a[key]), shownValue(key, b[key])))

/**
 * The flow itself: the `useVerifyPhone` state machine and the code, locked and
 * verified steps. It comes in the chunk fetched while the phone step is idle,
 * so a page downloads none of it before the phone step works. `<VerifyPhone>`
 * keeps the phone step, the root, focus and the live region, and is told of
 * each change here in a layout effect; a later step renders only once
 * `<VerifyPhone>` shows it (`shown`), so both change in the same frame and
 * focus moves to a field that is there.
 */
export function FlowBody({ options, step, shown, firstSend, onFlow, onUserChangedStep, autoSubmit, expiresInSeconds, allowRestart }: FlowBodyProps) {
  const milestones = useRef<Milestone[]>([])
  const flow = useVerifyPhone({
    ...options,
    onAnnouncement: (milestone) => {
      milestones.current.push(milestone)
      options.onAnnouncement?.(milestone)
    },
  })

  // A Send that came before the flow: sent once the hook has mounted (its own effect, above this one
  // in order), from a microtask, so that StrictMode's mount, unmount and mount again (whose unmount
  // aborts whatever the hook has running) sends it once, for good.
  const latest = useRef(flow)
  latest.current = flow
  const sent = useRef(firstSend === undefined)
  useEffect(() => {
    if (sent.current || firstSend === undefined) return undefined
    let cancelled = false
    queueMicrotask(() => {
      if (cancelled || sent.current) return
      sent.current = true
      latest.current.sendCode(firstSend)
    })
    return () => {
      cancelled = true
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const told = useRef<VerifyPhoneResult | undefined>(undefined)
  useIsomorphicLayoutEffect(() => {
    // Until that Send has gone, `<VerifyPhone>` keeps showing the number as being sent.
    if (!sent.current) return
    if (told.current !== undefined && milestones.current.length === 0 && isSameForFrame(told.current, flow)) return
    told.current = flow
    onFlow(flow, milestones.current.splice(0))
  })

  const props: StepProps = {
    ...step,
    flow: {
      ...flow,
      changeNumber: () => {
        onUserChangedStep()
        flow.changeNumber()
      },
    },
  }
  if (flow.step !== shown) return null
  if (flow.step === 'code') return <CodeStep {...props} autoSubmit={autoSubmit} expiresInSeconds={expiresInSeconds} />
  if (flow.step === 'locked') return <LockedStep {...props} />
  if (flow.step === 'verified') return <VerifiedStep {...props} allowRestart={allowRestart} />
  return null
}
