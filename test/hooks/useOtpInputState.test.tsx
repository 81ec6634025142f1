import { describe, expect, it, vi } from 'vitest'
import { act, renderHook } from '@testing-library/react'
import { useOtpInputState, type OtpInputStateOptions } from '../../src/components/otpInput/useOtpInputState.js'

function setup(options: Partial<OtpInputStateOptions> = {}) {
  const onValueChange = vi.fn()
  const onComplete = vi.fn()
  const hook = renderHook((props: Partial<OtpInputStateOptions>) => useOtpInputState({ length: 6, onValueChange, onComplete, ...props }), {
    initialProps: options,
  })
  return { ...hook, onValueChange, onComplete }
}

describe('useOtpInputState', () => {
  it('starts from the default value, cleaned to ASCII digits', () => {
    const { result } = setup({ defaultValue: '١٢-3' })
    expect(result.current.value).toBe('123')
    expect(result.current.isComplete).toBe(false)
  })

  it('keeps its own value when uncontrolled and reports each change', () => {
    const { result, onValueChange } = setup()
    act(() => result.current.setValue('48'))
    expect(result.current.value).toBe('48')
    expect(onValueChange).toHaveBeenCalledWith('48')
  })

  it('does not report a value that did not change', () => {
    const { result, onValueChange } = setup({ defaultValue: '12' })
    act(() => result.current.setValue('1a2'))
    expect(onValueChange).not.toHaveBeenCalled()
  })

  it('shows the parent’s value when controlled and only asks for changes', () => {
    const { result, rerender, onValueChange } = setup({ value: '12' })
    act(() => result.current.setValue('123'))
    expect(onValueChange).toHaveBeenCalledWith('123')
    expect(result.current.value).toBe('12')
    rerender({ value: '123' })
    expect(result.current.value).toBe('123')
  })

  it('cuts a controlled value to the length', () => {
    const { result } = setup({ value: '123456789', length: 4 })
    expect(result.current.value).toBe('1234')
    expect(result.current.isComplete).toBe(true)
  })

  it('completes once per completion, again only after being incomplete', () => {
    const { result, onComplete } = setup()
    act(() => result.current.setValue('482913'))
    expect(onComplete.mock.calls).toEqual([['482913']])
    act(() => result.current.setValue('482914'))
    expect(onComplete.mock.calls).toEqual([['482913']])
    act(() => result.current.setValue('48291'))
    act(() => result.current.setValue('482915'))
    expect(onComplete.mock.calls).toEqual([['482913'], ['482915']])
  })

  it('does not complete on mount with a complete value, nor on a re-render', () => {
    const { rerender, onComplete } = setup({ value: '482913' })
    rerender({ value: '482913' })
    expect(onComplete).not.toHaveBeenCalled()
  })

  it('completes when a controlled parent sets a whole code (WebOTP)', () => {
    const { rerender, onComplete } = setup({ value: '' })
    rerender({ value: '482913' })
    expect(onComplete).toHaveBeenCalledWith('482913')
    expect(onComplete).toHaveBeenCalledTimes(1)
  })

  it('does not complete when a controlled parent refuses the last digit', () => {
    const { result, onComplete } = setup({ value: '48291' })
    act(() => result.current.setValue('482913'))
    expect(onComplete).not.toHaveBeenCalled()
  })

  it('goes back to the default value on reset', () => {
    const { result, onValueChange } = setup({ defaultValue: '12' })
    act(() => result.current.setValue('1234'))
    act(() => result.current.reset())
    expect(result.current.value).toBe('12')
    expect(onValueChange).toHaveBeenLastCalledWith('12')
  })
})
