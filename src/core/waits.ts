import type { CodeFields, NumberMemory, VerifyState } from './machineTypes.js'
import type { OtpPolicy } from './policy.js'

// The longest waits the flow accepts, and how its timestamps follow a clock
// that was moved. Pure: `now` always comes in from the caller.

/**
 * The longest wait before a send, in ms: the longer of the resend cooldown and
 * the lockout. A server's `Retry-After` is held to it (so is a restored
 * snapshot): a wait longer than the server's own lockout is a fault or a hostile
 * answer, and if the server really means it, it says so again on the next send.
 */
export function cooldownLimitMs(policy: OtpPolicy): number {
  return Math.max(policy.resendCooldownSeconds, policy.lockoutSeconds) * 1000
}

/** The longest lock, in ms: the policy's lockout. A server's or a client's `lockedUntil` is held to it. */
export function lockLimitMs(policy: OtpPolicy): number {
  return policy.lockoutSeconds * 1000
}

function moveCode(code: CodeFields, shiftMs: number, now: number, policy: OtpPolicy): CodeFields {
  return {
    ...code,
    sentAt: Math.min(code.sentAt + shiftMs, now),
    expiresAt: Math.min(code.expiresAt + shiftMs, now + policy.expiresInSeconds * 1000),
    resendAvailableAt: Math.min(code.resendAvailableAt + shiftMs, now + cooldownLimitMs(policy)),
  }
}

function moveMemory(memory: NumberMemory | undefined, shiftMs: number, now: number, policy: OtpPolicy): NumberMemory | undefined {
  if (memory === undefined) return undefined
  const moved: NumberMemory = { ...memory, resendAvailableAt: Math.min(memory.resendAvailableAt + shiftMs, now + cooldownLimitMs(policy)) }
  if (memory.lockedUntil !== undefined) return { ...moved, lockedUntil: Math.min(memory.lockedUntil + shiftMs, now + lockLimitMs(policy)) }
  return moved
}

const TIME_KEYS = ['sentAt', 'expiresAt', 'resendAvailableAt', 'lockedUntil', 'verifiedAt'] as const

function sameTimes(a: object | undefined, b: object | undefined): boolean {
  const x = a as Record<string, unknown> | undefined
  const y = b as Record<string, unknown> | undefined
  return TIME_KEYS.every((key) => x?.[key] === y?.[key])
}

/**
 * `state` with every timestamp moved by `shiftMs` (negative when the clock went
 * back), then every deadline held to `now` plus the longest wait the policy
 * allows (`expiresInSeconds` for a code, {@link cooldownLimitMs} for a
 * cooldown, {@link lockLimitMs} for a lock), and no moment in the past of a
 * state placed after `now`. The very same object when nothing moves.
 */
export function followClock(state: VerifyState, shiftMs: number, now: number, policy: OtpPolicy): VerifyState {
  const memory = moveMemory(state.memory, shiftMs, now, policy)
  let next: VerifyState
  switch (state.status) {
    case 'editing':
      next = { ...state, memory }
      break
    case 'sending':
      next = state.isResend ? { ...state, memory, code: moveCode(state.code, shiftMs, now, policy) } : { ...state, memory }
      break
    case 'awaitingCode':
    case 'verifying':
      next = { ...state, ...moveCode(state, shiftMs, now, policy), memory }
      break
    case 'verified':
      next = { ...state, memory, verifiedAt: Math.min(state.verifiedAt + shiftMs, now) }
      break
    case 'locked':
      next = { ...state, memory, lockedUntil: Math.min(state.lockedUntil + shiftMs, now + lockLimitMs(policy)) }
      break
    default:
      return state satisfies never
  }
  const code = next.status === 'sending' ? next.code : next
  const prevCode = state.status === 'sending' ? state.code : state
  return sameTimes(next, state) && sameTimes(code, prevCode) && sameTimes(next.memory, state.memory) ? state : next
}
