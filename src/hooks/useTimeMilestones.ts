'use client'
import { useEffect, useRef } from 'react'
import type { Clock } from '../core/clock.js'
import { codeFieldsOf } from '../core/machine.js'
import type { VerifyState } from '../core/machineTypes.js'
import { canResend, isExpired } from '../core/time.js'
import { timeMilestone, type Milestone, type TimeFlags } from './announcements.js'
import { useClockTick } from './useClockTick.js'

interface Handlers {
  onMilestone: (milestone: Milestone) => void
  onLockEnded: (now: number) => void
}

/**
 * Keeps the flow in step with the clock: redraws countdowns, ends a lock once
 * its time has passed, and reports the milestones time reaches (the code
 * expired, a new code can be requested).
 *
 * @returns the clock's time for this render.
 */
export function useTimeMilestones(state: VerifyState, clock: Clock, handlers: Handlers): number {
  const code = codeFieldsOf(state)
  const editingCooldown = state.status === 'editing' && state.memory?.phoneNumber === state.phoneNumber ? state.memory?.resendAvailableAt : undefined
  const now = useClockTick(
    clock,
    [code?.resendAvailableAt, state.status === 'locked' ? state.lockedUntil : undefined, editingCooldown],
    [code?.expiresAt],
  )

  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  const flags: TimeFlags = { codeId: code?.sentAt, isExpired: isExpired(state, now), canResend: canResend(state, now) }
  const previous = useRef(flags)
  useEffect(() => {
    const milestone = timeMilestone(previous.current, flags)
    previous.current = flags
    if (milestone !== undefined) latest.current.onMilestone(milestone)
  })

  const lockOver = state.status === 'locked' && now >= state.lockedUntil
  useEffect(() => {
    if (lockOver) latest.current.onLockEnded(clock.now())
  }, [lockOver, clock])

  return now
}
