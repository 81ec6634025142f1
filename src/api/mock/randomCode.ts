/**
 * A code of `length` uniformly random ASCII digits (leading zeros included)
 * from `crypto.getRandomValues`. Bytes of 250 and above are drawn again, so
 * that no digit is likelier than another.
 */
export function randomCode(length: number): string {
  const digits: string[] = []
  const bytes = new Uint8Array(Math.max(1, length))
  while (digits.length < length) {
    globalThis.crypto.getRandomValues(bytes)
    for (const byte of bytes) {
      if (byte < 250 && digits.length < length) digits.push(String(byte % 10))
    }
  }
  return digits.join('')
}
