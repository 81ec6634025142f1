// Small statistics helpers shared by the runs.

/** The q-quantile (0..1) by linear interpolation between closest ranks. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const position = (sorted.length - 1) * q
  const lower = Math.floor(position)
  const upper = Math.ceil(position)
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower)
}

export function mean(values) {
  return values.length === 0 ? Number.NaN : values.reduce((sum, value) => sum + value, 0) / values.length
}

/** Median, p95, mean, min and max of a sample, with its size. */
export function summary(values) {
  return {
    n: values.length,
    median: quantile(values, 0.5),
    p95: quantile(values, 0.95),
    mean: mean(values),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
  }
}

/** Rounds for JSON: three decimals is a microsecond on a millisecond figure. */
export function round3(value) {
  return Number.isFinite(value) ? Math.round(value * 1000) / 1000 : null
}
