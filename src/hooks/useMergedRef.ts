'use client'
import { useCallback, type Ref, type RefCallback } from 'react'

function assign<T>(ref: Ref<T> | undefined, node: T | null): void {
  if (typeof ref === 'function') ref(node)
  else if (ref) (ref as { current: T | null }).current = node
}

/** One callback ref that feeds two refs (a forwarded one and the kit's own). */
export function useMergedRef<T>(first: Ref<T> | undefined, second: Ref<T> | undefined): RefCallback<T> {
  return useCallback(
    (node: T | null) => {
      assign(first, node)
      assign(second, node)
    },
    [first, second],
  )
}
