/**
 * Where time comes from. Hooks read it; the machine never does (time enters
 * on events). Tests and stories pass a manual clock and move it forward.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number
  /**
   * Optional: called whenever a manual clock jumps, so that countdowns on
   * screen follow at once instead of at their next tick. Returns an unsubscribe.
   */
  subscribe?(listener: () => void): () => void
}
