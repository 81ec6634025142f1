'use client'
import { useEffect, useRef } from 'react'
import type { Clock } from '../core/clock.js'
import { codeFieldsOf } from '../core/machine.js'
import type { VerifyState } from '../core/machineTypes.js'
import type { OtpPolicy } from '../core/policy.js'
import { canResend, isExpired } from '../core/time.js'
import { followClock } from '../core/waits.js'
import { timeMilestone, type Milestone, type TimeFlags } from './announcements.js'
import { readClock } from './systemClock.js'
import { useClockTick } from './useClockTick.js'

interface Handlers {
  onMilestone: (milestone: Milestone) => void
  onLockEnded: (now: number) => void
  /** The clock went back by more than a second, or a wait runs further ahead than the policy allows. */
  onClockChanged: (shiftMs: number, now: number) => void
}

/** A clock read that goes back by more than this is a clock set back, not jitter. */
const JUMP_TOLERANCE_MS = 1_000

/**
 * Keeps the flow in step with the clock: redraws countdowns, ends a lock once
 * its time has passed, reports the milestones time reaches (the code
 * expired, a new code can be requested), and reports a clock that went back
 * (an app's own clock set back a day: the waits keep what was left of them)
 * or a wait further ahead than the policy allows (held to the policy's longest).
 * The kit's own clock never goes back within a page's life (see `systemClock`).
 *
 * @returns the clock's time for this render.
 */
export function useTimeMilestones(state: VerifyState, clock: Clock, policy: OtpPolicy, handlers: Handlers): number {
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

  const lastNow = useRef<number | undefined>(undefined)
  useEffect(() => {
    const before = lastNow.current
    lastNow.current = now
    const shiftMs = before !== undefined && now < before - JUMP_TOLERANCE_MS ? now - before : 0
    if (shiftMs !== 0 || followClock(state, 0, now, policy) !== state) latest.current.onClockChanged(shiftMs, now)
  })

  const lockOver = state.status === 'locked' && now >= state.lockedUntil
  useEffect(() => {
    if (lockOver) latest.current.onLockEnded(readClock(clock))
  }, [lockOver, clock])

  return now
}
