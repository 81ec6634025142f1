import { describe, expect, it, vi } from 'vitest'
import { act } from '@testing-library/react'
import { PHONE, renderFlow, settle } from './flowHarness.js'

describe('useVerifyPhone: onAnnouncement', () => {
  it('is called for every milestone, also when its words repeat the last one', async () => {
    const onAnnouncement = vi.fn()
    const flow = renderFlow({ onAnnouncement })
    await flow.sendAndWait()
    expect(onAnnouncement).toHaveBeenLastCalledWith({ key: 'announceCodeSent', text: `Code sent to ${PHONE}.` })
    for (let resend = 0; resend < 2; resend += 1) {
      act(() => flow.mock.clock.advance(30_000))
      await settle()
      act(() => flow.result.current.resendCode())
      await settle()
    }
    const resent = onAnnouncement.mock.calls.filter(([milestone]) => milestone.key === 'announceCodeResent')
    expect(resent.map(([milestone]) => milestone.text)).toEqual([`New code sent to ${PHONE}.`, `New code sent to ${PHONE}.`])
    expect(flow.result.current.announcement).toBe(`New code sent to ${PHONE}.`)
  })
})
