/**
 * The most of a body the client reads: 16 KiB. Transmit's answers are well
 * under 1 KiB (a `result` flag, or a message, an `error_code` and an
 * `error_type`), and a proxy that wraps them in a larger error page still
 * fits; past this, the answer is not Transmit's, and reading on would only let
 * a hostile or broken server fill the page's memory (a small gzip body can
 * inflate to hundreds of megabytes).
 */
export const MAX_BODY_BYTES = 16 * 1024

/** A body read up to a limit. */
export interface BoundedBody {
  /** The text read; `''` when the body was over the limit. */
  text: string
  /** True when the body was longer than the limit; reading stopped there. */
  tooLarge: boolean
}

/** What the reader needs from a `Response`; a custom `fetch` may return less than a real one. */
type BodySource = Pick<Response, 'headers'> & Partial<Pick<Response, 'body' | 'text'>>

/**
 * Reads a response's body as UTF-8, stopping (and cancelling the stream) as
 * soon as more than `limit` bytes have arrived, so that neither the network
 * nor the memory pays for the rest. A declared `Content-Length` over the limit
 * stops before reading anything. A response with no stream (from a custom
 * `fetch`) is read with `text()` and then measured.
 */
export async function readBoundedBody(response: BodySource, limit = MAX_BODY_BYTES): Promise<BoundedBody> {
  const declared = Number(response.headers?.get?.('Content-Length') ?? NaN)
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined)
    return { text: '', tooLarge: true }
  }
  const stream = response.body
  if (stream === null || stream === undefined || typeof stream.getReader !== 'function') {
    const text = typeof response.text === 'function' ? await response.text() : ''
    const size = typeof text === 'string' ? new TextEncoder().encode(text).byteLength : 0
    return size > limit ? { text: '', tooLarge: true } : { text: typeof text === 'string' ? text : '', tooLarge: false }
  }
  const reader = stream.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      if (!ArrayBuffer.isView(value)) throw new TypeError('The body stream gave something other than bytes')
      size += value.byteLength
      if (size > limit) {
        await reader.cancel().catch(() => undefined)
        return { text: '', tooLarge: true }
      }
      text += decoder.decode(value, { stream: true })
    }
  } finally {
    reader.releaseLock()
  }
  return { text: text + decoder.decode(), tooLarge: false }
}
