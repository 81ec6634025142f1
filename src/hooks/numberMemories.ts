import type { VerifyPhoneClient } from '../api/types.js'
import type { NumberMemory } from '../core/machineTypes.js'

// What the page remembers of each number it sent codes to (cooldown, failures,
// lock), for as long as the page lives, per backend: the machine's own memory
// holds only the last number, and without this, going A → B → A would let A
// have a second SMS at once. A reload forgets it (unless `persist` keeps the
// last number); the server's own limits are what really hold.

/** The most numbers remembered per backend; the oldest is forgotten first. */
const MAX_NUMBERS = 20

const byClient = new WeakMap<VerifyPhoneClient, Map<string, NumberMemory>>()

/** What the page remembers of `phoneNumber` with this backend, if anything. */
export function rememberedNumber(client: VerifyPhoneClient, phoneNumber: string): NumberMemory | undefined {
  return byClient.get(client)?.get(phoneNumber)
}

/** Keeps `memory` as what the page knows of its number with this backend. */
export function rememberNumber(client: VerifyPhoneClient, memory: NumberMemory | undefined): void {
  if (memory === undefined) return
  let memories = byClient.get(client)
  if (memories === undefined) {
    memories = new Map()
    byClient.set(client, memories)
  }
  memories.delete(memory.phoneNumber)
  memories.set(memory.phoneNumber, memory)
  if (memories.size > MAX_NUMBERS) {
    const oldest = memories.keys().next().value
    if (oldest !== undefined) memories.delete(oldest)
  }
}
