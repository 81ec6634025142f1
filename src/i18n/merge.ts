import type { MessageOverrides } from './types.js'

/**
 * Layers catalogues, later ones winning. A message of `undefined` (which a
 * loose `Partial` allows) never erases the one below it.
 */
export function mergeMessages<T extends MessageOverrides>(base: T, ...layers: ReadonlyArray<MessageOverrides | undefined>): T {
  const merged: Record<string, unknown> = { ...base }
  for (const layer of layers) {
    for (const [key, message] of Object.entries(layer ?? {})) if (message !== undefined) merged[key] = message
  }
  return merged as T
}
