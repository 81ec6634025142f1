import type { VerifyState } from '../core/machineTypes.js'
import type { AnnouncementMessageKey } from '../i18n/locales/en/announcements.js'
import type { MessageParams } from '../i18n/types.js'

/** A milestone worth announcing, as a message key and its raw parameters. */
export interface Milestone {
  key: AnnouncementMessageKey
  phoneNumber?: string
  count?: number
  /** Epoch ms, shown as a clock time. */
  time?: number
}

/**
 * The milestone a transition reaches, if any: code sent, new code sent, wrong
 * code, code expired (by the server), locked, verified. Time-driven milestones
 * (expiry by the clock, resend available again) are found by `timeMilestone`.
 */
export function transitionMilestone(prev: VerifyState, next: VerifyState): Milestone | undefined {
  if (next.status === 'awaitingCode' && prev.status === 'sending') {
    if (next.error !== undefined) return undefined
    return { key: next.lastSend === 'resent' ? 'announceCodeResent' : 'announceCodeSent', phoneNumber: next.phoneNumber }
  }
  if (next.status === 'awaitingCode' && prev.status === 'verifying') {
    if (next.error?.kind === 'invalidCode') return { key: 'announceCodeWrong', count: next.attemptsLeft }
    if (next.error?.kind === 'codeExpired') return { key: 'announceCodeExpired' }
    return undefined
  }
  if (next.status === 'locked' && prev.status !== 'locked') return { key: 'announceLocked', time: next.lockedUntil }
  if (next.status === 'verified' && prev.status !== 'verified') return { key: 'announceVerified', phoneNumber: next.phoneNumber }
  return undefined
}

/** Flags whose rising edge is a milestone on the code step. */
export interface TimeFlags {
  /** Identifies the code on screen, so a new code re-arms the milestones. */
  codeId: number | undefined
  isExpired: boolean
  canResend: boolean
}

/** The milestone reached as time passes: the code expired, or a new code can be requested. */
export function timeMilestone(prev: TimeFlags, next: TimeFlags): Milestone | undefined {
  if (next.codeId === undefined || prev.codeId !== next.codeId) return undefined
  if (next.isExpired && !prev.isExpired) return { key: 'announceCodeExpired' }
  if (next.canResend && !prev.canResend && !next.isExpired) return { key: 'announceResendAvailable' }
  return undefined
}

/** Parameters for a milestone's message, with the number and the time formatted by the caller. */
export function milestoneParams(
  milestone: Milestone,
  formatPhone: (e164: string) => string,
  formatTime: (epochMs: number) => string,
): MessageParams {
  const params: MessageParams = {}
  if (milestone.phoneNumber !== undefined) params.phone = formatPhone(milestone.phoneNumber)
  if (milestone.count !== undefined) params.count = milestone.count
  if (milestone.time !== undefined) params.time = formatTime(milestone.time)
  return params
}
