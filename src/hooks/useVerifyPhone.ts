'use client'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useMutation } from '@tanstack/react-query'
import type { SendCodeRequest, ValidateCodeRequest } from '../api/types.js'
import { VerifyPhoneError } from '../core/errors.js'
import { initialState, transition } from '../core/machine.js'
import type { VerifyEvent, VerifyState } from '../core/machineTypes.js'
import { assertSendOptions } from '../core/message.js'
import { isCompletePasscode, normalizePasscode, toAsciiDigits } from '../core/passcode.js'
import { assertE164 } from '../core/phone.js'
import { formatClockTime } from '../i18n/format.js'
import { milestoneParams, transitionMilestone, type Milestone } from './announcements.js'
import { rememberedNumber, rememberNumber } from './numberMemories.js'
import { clearFlow, DEFAULT_PERSIST_KEY, loadFlow, saveFlow } from './sessionPersistence.js'
import { readClock, systemClock } from './systemClock.js'
import { toVerifyPhoneError } from './toVerifyPhoneError.js'
import { useFlowQueryClient } from './useFlowQueryClient.js'
import { enAnnouncements } from '../i18n/locales/en/announcements.js'
import { useMessages } from './useMessages.js'
import { usePolicy } from './usePolicy.js'
import { useTimeMilestones } from './useTimeMilestones.js'
import { useVerifyPhoneConfig } from './verifyPhoneConfig.js'
import type { UseVerifyPhoneOptions } from './useVerifyPhoneOptions.js'
import { useWebOtp } from './useWebOtp.js'
import { deriveResult, type VerifyPhoneResult } from './verifyPhoneResult.js'

const NO_CLIENT =
  'useVerifyPhone needs a client: wrap your app in <VerifyPhoneProvider client={createTransmitClient({ getAccessToken })}> ' +
  'or pass { client } to the hook (createMockTransmit().client from "verify-phone-kit/testing" in tests).'

/**
 * A mutation's variables: the number, for apps that watch mutations, and the
 * call itself. The passcode stays inside the closure, so it never shows in the
 * mutation cache, devtools or a persister.
 */
interface RequestInput {
  phoneNumber: string
  execute: () => Promise<void>
}

const execute = ({ execute: call }: RequestInput) => call()

/**
 * `retry: 0`: a retried send is a second SMS, a retried validate burns an
 * attempt. `networkMode: 'always'`: offline, the request must fail as
 * `network` at once instead of pausing with "Sending…" on screen forever.
 * `gcTime: 0`: a settled request leaves the cache as soon as nothing observes it.
 */
const MUTATION_OPTIONS = { retry: 0, networkMode: 'always', gcTime: 0 } as const

/**
 * The send/validate flow as a hook: state, countdowns, attempts, lockout,
 * announcements and actions. Requests run as TanStack Query mutations with
 * `retry: 0` (a retried send is a second SMS; a retried validate burns an
 * attempt); the machine in `core` decides what each answer means.
 *
 * @example
 * const flow = useVerifyPhone({ onVerified: (phone) => save(phone) })
 * if (flow.status === 'editing') return <PhoneEntry onValueChange={setPhone} /> // then flow.sendCode(phone)
 * if (flow.status === 'awaitingCode') return <OtpInput value={flow.code} onValueChange={flow.setCode} />
 */
export function useVerifyPhone(options: UseVerifyPhoneOptions = {}): VerifyPhoneResult {
  const config = useVerifyPhoneConfig()
  const client = options.client ?? config.client
  if (client === undefined) throw new Error(NO_CLIENT)
  const policy = usePolicy(options.policy)
  const clock = options.clock ?? config.clock ?? systemClock
  const queryClient = useFlowQueryClient(options.queryClient ?? config.queryClient)
  const { t, locale } = useMessages(enAnnouncements, options)
  const persistKey = options.persist === 'session' ? (options.persistKey ?? DEFAULT_PERSIST_KEY) : undefined

  const [state, setState] = useState<VerifyState>(() => (persistKey && loadFlow(persistKey, policy, readClock(clock))) || initialState())
  const [localError, setLocalError] = useState<VerifyPhoneError | undefined>(undefined)
  const [code, setCodeState] = useState('')
  const [announcement, setAnnouncement] = useState('')

  // Refs read by actions and request callbacks, so that two calls in one tick
  // see each other (a double click sends one SMS) and late answers see the present.
  const stateRef = useRef(state)
  const codeRef = useRef(code)
  const mounted = useRef(false)
  const inflight = useRef<AbortController | undefined>(undefined)
  const live = useRef({ options, client, policy, clock, persistKey, t, locale })
  useEffect(() => {
    live.current = { options, client, policy, clock, persistKey, t, locale }
  })

  const sendMutation = useMutation(
    {
      mutationKey: ['verify-phone-kit', 'sendCode'],
      mutationFn: execute,
      ...MUTATION_OPTIONS,
    },
    queryClient,
  )
  const validateMutation = useMutation(
    {
      mutationKey: ['verify-phone-kit', 'validateCode'],
      mutationFn: execute,
      ...MUTATION_OPTIONS,
    },
    queryClient,
  )

  const announce = useCallback((milestone: Milestone | undefined) => {
    if (milestone === undefined || !mounted.current) return
    const { options: o, t: translate, locale: l } = live.current
    const params = milestoneParams(milestone, o.formatPhoneNumber ?? ((e164) => e164), (ms) => formatClockTime(ms, l))
    const text = translate(milestone.key, params)
    setAnnouncement(text)
    o.onAnnouncement?.({ key: milestone.key, text })
  }, [])

  const fail = useCallback((error: VerifyPhoneError) => {
    if (!mounted.current) return
    setLocalError(error)
    live.current.options.onError?.(error)
  }, [])

  const dispatch = useCallback(
    (event: VerifyEvent): VerifyState => {
      const prev = stateRef.current
      if (!mounted.current) return prev
      const next = transition(prev, event, live.current.policy)
      if (next === prev) return prev
      stateRef.current = next
      setState(next)
      setLocalError(undefined)
      const { options: o, persistKey: key } = live.current
      if (next.memory !== prev.memory) rememberNumber(live.current.client, next.memory)
      if (key !== undefined) saveFlow(key, next)
      announce(transitionMilestone(prev, next))
      if (next.status === 'awaitingCode' && prev.status === 'sending' && next.error === undefined) o.onCodeSent?.(next.phoneNumber)
      if (next.status === 'verified') o.onVerified?.(next.phoneNumber)
      if (next.status === 'locked' && prev.status !== 'locked') o.onLocked?.(next.lockedUntil)
      const error = 'error' in next ? next.error : undefined
      if (error !== undefined && error !== ('error' in prev ? prev.error : undefined)) o.onError?.(error)
      return next
    },
    [announce],
  )

  const updateCode = useCallback((value: string) => {
    codeRef.current = value
    if (mounted.current) setCodeState(value)
  }, [])

  const webOtp = useWebOtp({
    enabled: options.webOtp !== false,
    length: policy.codeLength,
    onCode: (received) => actions.setCode(received),
  })

  /** Runs one request for a state that has just started it; its answer is dropped if the flow moved on. */
  const run = useCallback(
    (
      started: VerifyState & { phoneNumber: string },
      mutate: (input: RequestInput) => Promise<void>,
      call: (signal: AbortSignal) => Promise<void>,
      ok: 'sendSucceeded' | 'codeAccepted',
      ko: 'sendFailed' | 'codeRejected',
    ) => {
      const controller = new AbortController()
      inflight.current = controller
      const requestId = started.requestId
      mutate({ phoneNumber: started.phoneNumber, execute: () => call(controller.signal) }).then(
        () => dispatch({ type: ok, requestId, now: readClock(live.current.clock) }),
        (error: unknown) => dispatch({ type: ko, requestId, error: toVerifyPhoneError(error), now: readClock(live.current.clock) }),
      ).finally(() => {
        if (inflight.current === controller) inflight.current = undefined
      })
    },
    [dispatch],
  )

  const cancel = useCallback(() => {
    inflight.current?.abort()
    inflight.current = undefined
    webOtp.abort()
  }, [webOtp])

  const startSend = useCallback(
    (next: VerifyState, prev: VerifyState) => {
      if (next.status !== 'sending' || next.requestId === prev.requestId) return
      const { customMessage, senderId } = live.current.options
      const request: SendCodeRequest = { phoneNumber: next.phoneNumber }
      if (customMessage !== undefined) request.customMessage = customMessage
      if (senderId !== undefined) request.senderId = senderId
      if (next.isResend) updateCode('')
      // A validate request that "Change number" left running ends here: the user has moved on.
      inflight.current?.abort()
      webOtp.start()
      const call = (signal: AbortSignal) => live.current.client.sendCode(request, { signal })
      run(next, sendMutation.mutateAsync, call, 'sendSucceeded', 'sendFailed')
    },
    [run, sendMutation.mutateAsync, updateCode, webOtp],
  )

  const actions = useMemo(() => {
    const submitCode = (value?: string) => {
      const prev = stateRef.current
      if (prev.status !== 'awaitingCode') return
      const length = live.current.policy.codeLength
      // Separators are forgiven; anything else (letters, a digit too many) is the caller's mistake.
      const passcode = toAsciiDigits(value ?? codeRef.current).replace(/[\s.-]/g, '')
      if (!isCompletePasscode(passcode, length)) {
        const reason = /^\d*$/.test(passcode) ? 'WRONG_LENGTH' : 'NOT_DIGITS'
        fail(new VerifyPhoneError('invalidRequest', { field: 'passcode', reason }))
        return
      }
      webOtp.abort()
      const next = dispatch({ type: 'codeSubmitted', passcode, now: readClock(live.current.clock) })
      if (next.status !== 'verifying' || next.requestId === prev.requestId) return
      const request: ValidateCodeRequest = { phoneNumber: next.phoneNumber, passcode }
      if (live.current.options.updatePrimary !== undefined) request.updatePrimary = live.current.options.updatePrimary
      const call = (signal: AbortSignal) => live.current.client.validateCode(request, { signal })
      run(next, validateMutation.mutateAsync, call, 'codeAccepted', 'codeRejected')
    }
    return {
      sendCode(phoneNumber: string) {
        const prev = stateRef.current
        if (prev.status === 'sending' || prev.status === 'verifying') return
        try {
          assertE164(phoneNumber)
          assertSendOptions({ customMessage: live.current.options.customMessage, senderId: live.current.options.senderId })
        } catch (error) {
          fail(toVerifyPhoneError(error))
          return
        }
        const memory = rememberedNumber(live.current.client, phoneNumber)
        const now = readClock(live.current.clock)
        startSend(dispatch(memory === undefined ? { type: 'sendRequested', phoneNumber, now } : { type: 'sendRequested', phoneNumber, now, memory }), prev)
      },
      resendCode() {
        const prev = stateRef.current
        startSend(dispatch({ type: 'resendRequested', now: readClock(live.current.clock) }), prev)
      },
      submitCode,
      setCode(value: string) {
        const length = live.current.policy.codeLength
        const digits = normalizePasscode(value, length)
        updateCode(digits)
        if (live.current.options.autoSubmit && isCompletePasscode(digits, length) && stateRef.current.status === 'awaitingCode') {
          announce({ key: 'announceAutoSubmit' })
          submitCode(digits)
        }
      },
      changeNumber() {
        // A validate request keeps running: if the server verifies the number,
        // that answer still counts (the machine's `lateValidation`). Anything else is cancelled.
        if (stateRef.current.status === 'verifying') webOtp.abort()
        else cancel()
        updateCode('')
        dispatch({ type: 'changeNumberRequested' })
      },
      reset() {
        cancel()
        updateCode('')
        setAnnouncement('')
        dispatch({ type: 'resetRequested' })
        if (live.current.persistKey !== undefined) clearFlow(live.current.persistKey)
      },
    }
  }, [announce, cancel, dispatch, fail, run, startSend, updateCode, validateMutation.mutateAsync, webOtp])

  useEffect(() => {
    mounted.current = true
    return () => {
      // Unmount: abort the request; WebOTP aborts itself. Late answers find `mounted` false.
      mounted.current = false
      inflight.current?.abort()
      inflight.current = undefined
    }
  }, [])

  const now = useTimeMilestones(state, clock, policy, {
    onMilestone: announce,
    onLockEnded: (at) => dispatch({ type: 'lockEnded', now: at }),
    onClockChanged: (shiftMs, at) => dispatch({ type: 'clockChanged', shiftMs, now: at }),
  })

  return deriveResult({ state, now, localError, code, announcement, actions })
}

export type { UseVerifyPhoneOptions }
