'use client'
import { useRef, type MouseEvent, type PointerEvent, type RefObject } from 'react'
import { slotIndexAt } from '../../core/otpEditing.js'

const EVERYWHERE = { left: -Infinity, right: Infinity, top: -Infinity, bottom: Infinity }

/**
 * Selection over the slots with a mouse or a pen, where the real input's text
 * is not where the slots are drawn: a press puts the caret on the slot under
 * the pointer (focusing the field first); a drag selects the slots it crosses,
 * in either direction; Shift extends the selection from where it started; a
 * double-click selects the whole code. Every selection is clamped to the
 * filled slots by `apply`. Touch keeps the browser's own gestures (long-press
 * paste, the selection handles); a tap puts the caret on its slot.
 */
export function useOtpPointer(inputRef: RefObject<HTMLInputElement | null>, groupRef: RefObject<HTMLDivElement | null>, apply: () => void) {
  // The slot a press or a drag started from; `undefined` while no button is down.
  const anchor = useRef<number | undefined>(undefined)
  const lastAnchor = useRef(0)
  // The press was handled here, so its click has nothing left to do.
  const took = useRef(false)
  // Touch keeps the browser's gestures; its late mouse events are left alone.
  const touch = useRef(false)

  const slotAt = (event: { clientX: number; clientY: number }, anywhere: boolean): number => {
    const group = groupRef.current
    if (!group) return -1
    const slots = [...group.querySelectorAll('[data-part="slot"]')].map((slot) => slot.getBoundingClientRect())
    return slotIndexAt(event.clientX, event.clientY, anywhere ? EVERYWHERE : group.getBoundingClientRect(), slots)
  }

  // Slots `from` to `to`, whichever comes first, as a selection of the input's text.
  const select = (from: number, to: number) => {
    const input = inputRef.current
    if (!input) return
    const [start, end] = from === to ? [from, from] : [Math.min(from, to), Math.max(from, to) + 1]
    input.setSelectionRange(start, end, from > to ? 'backward' : 'forward')
    apply()
  }

  return {
    onPointerDown: (event: PointerEvent<HTMLInputElement>) => {
      touch.current = event.pointerType === 'touch'
      // Moves beyond the field still extend a drag.
      if (!touch.current && event.button === 0) event.currentTarget.setPointerCapture?.(event.pointerId)
    },
    // The mouse's own event: it counts clicks, and cancelling it keeps the
    // browser from selecting text that is not where the slots are drawn.
    onMouseDown: (event: MouseEvent<HTMLInputElement>) => {
      const input = event.currentTarget
      const index = slotAt(event, false)
      if (touch.current || event.button !== 0 || index < 0 || input.disabled) return
      event.preventDefault()
      took.current = true
      if (input.ownerDocument.activeElement !== input) input.focus({ preventScroll: true })
      if (event.detail >= 2) {
        anchor.current = undefined
        input.setSelectionRange(0, input.value.length)
        apply()
        return
      }
      const from = event.shiftKey ? lastAnchor.current : index
      anchor.current = lastAnchor.current = from
      select(from, index)
    },
    onPointerMove: (event: PointerEvent<HTMLInputElement>) => {
      if (anchor.current === undefined || (event.buttons & 1) === 0) return
      const index = slotAt(event, true)
      if (index >= 0) select(anchor.current, index)
    },
    onPointerUp: () => void (anchor.current = undefined),
    onMouseUp: () => void (anchor.current = undefined),
    /** A tap or a click that the pointer handlers did not take: the caret goes to its slot. */
    onClick: (event: MouseEvent<HTMLInputElement>) => {
      const input = event.currentTarget
      const handled = took.current
      took.current = false
      if (handled || event.detail !== 1 || input.selectionStart !== input.selectionEnd) return
      const index = slotAt(event, false)
      if (index < 0) return
      lastAnchor.current = index
      input.setSelectionRange(index, index)
      apply()
    },
  }
}
