/**
 * When a screen showing countdowns next needs to redraw.
 *
 * A countdown shown in whole seconds (rounded up) changes when the time left
 * crosses a multiple of 1,000 ms, so the next redraw for a deadline `d` is at
 * `now + ((d - now) % 1000 || 1000)`; a moment (a code's expiry) needs one
 * redraw when it passes. Deadlines and moments in the past are ignored.
 *
 * @returns epoch ms of the next redraw, or `undefined` when nothing is running.
 */
export function nextTickAt(now: number, countdowns: ReadonlyArray<number | undefined>, moments: ReadonlyArray<number | undefined> = []): number | undefined {
  let next: number | undefined
  const consider = (at: number) => {
    if (next === undefined || at < next) next = at
  }
  for (const deadline of countdowns) {
    if (deadline === undefined || !Number.isFinite(deadline) || deadline <= now) continue
    consider(now + ((deadline - now) % 1000 || 1000))
  }
  for (const moment of moments) {
    if (moment === undefined || !Number.isFinite(moment) || moment <= now) continue
    consider(moment)
  }
  return next
}
