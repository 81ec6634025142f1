import { gzipSync } from 'node:zlib'
import type { ServerResponse } from 'node:http'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ERROR_KINDS, VerifyPhoneError } from '../../src/core/errors.js'
import { createTransmitClient } from '../../src/api/transmitClient.js'
import { startLoopback, type Loopback, type SeenRequest } from './loopback.js'

// 10,000 generated server answers through Node's real fetch and a real HTTP
// server on the loopback interface: statuses, headers, body shapes and sizes,
// gzip, redirects (to another origin, and chains that an app's own fetch
// follows), stalls. Every call must end, within the timeout, in a resolved
// value or a VerifyPhoneError; no secret may show in any error's message, JSON
// or cause chain; no redirect may reach the other origin.

const CASES = Number(process.env.FUZZ_CASES ?? 10_000)
const CONCURRENCY = 16
const TIMEOUT_MS = 2_000
const TOKEN = 'fuzz.secret-token.value'
const PASSCODE = '482913'
const PHONE = '+33612345678'

type Body =
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; value: string }
  | { kind: 'bytes'; value: Uint8Array }
  | { kind: 'echo' }
  | { kind: 'large'; size: number }

interface Answer {
  status: number
  headers: Record<string, string>
  body: Body
  gzip: boolean
  redirect: { hops: number; crossOrigin: boolean } | undefined
  stall: 'none' | 'beforeHeaders' | 'midBody'
  endpoint: 'send' | 'validate'
  followingFetch: boolean
}

const json = fc.oneof(
  fc.constantFrom({ result: true }, { result: false }, { result: 'true' }, { result: null }, {}, [], null, 0, 'ok', { message: 'SMS sent' }),
  fc.record(
    {
      message: fc.oneof(fc.string({ maxLength: 40 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 8 }), fc.integer(), fc.string({ minLength: 500, maxLength: 3000 })),
      error_code: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.constantFrom('auth_locked', 'unauthorized_request', 'x')),
      error_type: fc.constantFrom('invalid_otp', 'expired_otp', 'other', 42),
      result: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 4 }),
)

const body: fc.Arbitrary<Body> = fc.oneof(
  { weight: 6, arbitrary: json.map((value) => ({ kind: 'json' as const, value })) },
  { weight: 2, arbitrary: fc.string({ maxLength: 200 }).map((value) => ({ kind: 'text' as const, value })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((value) => ({ kind: 'bytes' as const, value })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'echo' as const }) },
  { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 40_000 }).map((size) => ({ kind: 'large' as const, size })) },
)

const retryAfter = fc.oneof(
  fc.integer({ min: -5, max: 10 ** 12 }).map(String),
  fc.constantFrom('', 'soon', '1e308', '-1', 'Wed, 21 Oct 2015 07:28:00 GMT', 'Fri, 31 Dec 9999 23:59:59 GMT', 'Sun Nov  6 08:49:37 1994', '0x10'),
  fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
)

const headers = fc.record(
  {
    'Retry-After': retryAfter,
    Date: fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()), fc.constantFrom('garbage', '')),
    'Content-Type': fc.constantFrom('application/json', 'text/html', 'application/json; charset=utf-16', 'nonsense'),
  },
  { requiredKeys: [] },
)

const answer: fc.Arbitrary<Answer> = fc.record({
  status: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 409, 429, 500, 502, 503) },
    { weight: 1, arbitrary: fc.constantFrom(301, 302, 303, 307, 308) },
    { weight: 1, arbitrary: fc.integer({ min: 200, max: 599 }) },
  ),
  headers,
  body,
  gzip: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  redirect: fc.oneof(
    { weight: 12, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.record({ hops: fc.integer({ min: 1, max: 4 }), crossOrigin: fc.boolean() }) },
  ),
  stall: fc.oneof({ weight: 200, arbitrary: fc.constant('none' as const) }, { weight: 1, arbitrary: fc.constantFrom('beforeHeaders' as const, 'midBody' as const) }),
  endpoint: fc.constantFrom('send' as const, 'validate' as const),
  followingFetch: fc.integer({ min: 0, max: 6 }).map((n) => n < 2),
})

function bodyBytes(spec: Body, request: SeenRequest): Buffer {
  switch (spec.kind) {
    case 'json':
      return Buffer.from(JSON.stringify(spec.value) ?? 'null')
    case 'text':
      return Buffer.from(spec.value)
    case 'bytes':
      return Buffer.from(spec.value)
    case 'echo':
      // A hostile server that sends the request (passcode included) back as a non-JSON body.
      return Buffer.from(`not json ${request.body} ${String(request.headers.authorization)}`)
    case 'large':
      return Buffer.from(JSON.stringify({ result: true, pad: 'x'.repeat(spec.size) }))
  }
}

function serve(spec: Answer, request: SeenRequest, response: ServerResponse, origins: { api: string; elsewhere: string }, id: number, hop: number): void {
  if (spec.stall === 'beforeHeaders') return // never answers: the client's timeout must end it
  if (spec.redirect !== undefined && hop < spec.redirect.hops) {
    const origin = spec.redirect.crossOrigin ? origins.elsewhere : origins.api
    response.writeHead(307, { Location: `${origin}/case/${id}/hop/${hop + 1}` }).end()
    return
  }
  const bytes = bodyBytes(spec.body, request)
  const payload = spec.gzip ? gzipSync(bytes) : bytes
  const head: Record<string, string> = { ...spec.headers }
  if (spec.gzip) head['Content-Encoding'] = 'gzip'
  if (spec.status >= 300 && spec.status < 400) head.Location = `${origins.elsewhere}/case/${id}/hop/1`
  try {
    response.writeHead(spec.status, head)
  } catch {
    response.writeHead(spec.status)
  }
  if (spec.stall === 'midBody') {
    response.write(payload.subarray(0, Math.floor(payload.length / 2)))
    return
  }
  response.end(payload)
}

/** Every message and serialisation of an error and of its cause chain. */
function texts(error: unknown): string[] {
  const out: string[] = []
  let current: unknown = error
  for (let depth = 0; current !== undefined && current !== null && depth < 10; depth++) {
    out.push(String(current))
    if (current instanceof Error) out.push(current.message, current.stack ?? '')
    try {
      out.push(JSON.stringify(current) ?? '')
    } catch {
      // A cause that cannot be serialised shows nothing there.
    }
    current = current instanceof Error ? current.cause : undefined
  }
  return out
}

let api: Loopback
let elsewhere: Loopback
const specs = new Map<number, Answer>()
const unhandled: unknown[] = []
const onUnhandled = (reason: unknown) => unhandled.push(reason)

beforeAll(async () => {
  api = await startLoopback()
  elsewhere = await startLoopback()
  const origins = { api: api.origin, elsewhere: elsewhere.origin }
  const route = (request: SeenRequest, response: ServerResponse) => {
    const match = /^\/case\/(\d+)(?:\/hop\/(\d+))?/.exec(request.url)
    const spec = match ? specs.get(Number(match[1])) : undefined
    if (!match || !spec) {
      response.writeHead(500).end()
      return
    }
    serve(spec, request, response, origins, Number(match[1]), Number(match[2] ?? 0))
  }
  api.answer(route)
  elsewhere.answer(route)
  process.on('unhandledRejection', onUnhandled)
  // Development warnings name each case's base URL; they are tested elsewhere.
  vi.stubEnv('NODE_ENV', 'production')
})

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled)
  vi.unstubAllEnvs()
  await api.close()
  await elsewhere.close()
})

describe('the Transmit client against 10,000 generated server answers over real HTTP', () => {
  it('ends every call in a value or a typed error within the timeout, with no secret in any error', { timeout: 240_000 }, async () => {
    const generated = fc.sample(answer, { numRuns: CASES, seed: 20_261_206 })
    const following: typeof fetch = (input, init) => fetch(input, { ...init, redirect: 'follow' })
    const failures: string[] = []
    const kinds = new Map<string, number>()
    let elsewhereFromDefault = 0

    async function runCase(id: number): Promise<void> {
      const spec = generated[id] as Answer
      specs.set(id, spec)
      const client = createTransmitClient({
        baseUrl: `${api.origin}/case/${id}`,
        getAccessToken: () => TOKEN,
        timeoutMs: TIMEOUT_MS,
        ...(spec.followingFetch ? { fetch: following } : {}),
      })
      const seenElsewhere = elsewhere.seen.filter((request) => request.url.startsWith(`/case/${id}/`)).length
      const call = spec.endpoint === 'send' ? client.sendCode({ phoneNumber: PHONE }) : client.validateCode({ phoneNumber: PHONE, passcode: PASSCODE })
      let watchdog: ReturnType<typeof setTimeout> | undefined
      const outcome = await Promise.race([
        call.then(
          () => ({ ok: true as const }),
          (error: unknown) => ({ ok: false as const, error }),
        ),
        new Promise<'stuck'>((resolve) => {
          watchdog = setTimeout(() => resolve('stuck'), TIMEOUT_MS + 10_000)
        }),
      ])
      clearTimeout(watchdog)
      specs.delete(id)
      if (outcome === 'stuck') {
        failures.push(`case ${id}: never ended ${JSON.stringify(spec).slice(0, 200)}`)
        return
      }
      if (!spec.followingFetch) elsewhereFromDefault += elsewhere.seen.filter((request) => request.url.startsWith(`/case/${id}/`)).length - seenElsewhere
      if (outcome.ok) {
        kinds.set('resolved', (kinds.get('resolved') ?? 0) + 1)
        const twoHundred = spec.status >= 200 && spec.status < 300 && spec.redirect === undefined
        if (!twoHundred) failures.push(`case ${id}: resolved on status ${spec.status}, redirect ${JSON.stringify(spec.redirect)}`)
        return
      }
      const { error } = outcome
      if (!(error instanceof VerifyPhoneError) || !ERROR_KINDS.includes(error.kind)) {
        failures.push(`case ${id}: rejected with ${String(error)}`)
        return
      }
      kinds.set(error.kind, (kinds.get(error.kind) ?? 0) + 1)
      // A redirect is refused; on a loaded machine the connection may also fail or time out first.
      if (spec.redirect !== undefined && error.reason !== 'REDIRECTED' && error.kind !== 'timeout' && error.kind !== 'network') {
        failures.push(`case ${id}: a redirect ended as ${error.kind}`)
      }
      for (const text of texts(error)) {
        if (text.includes(TOKEN) || text.includes(PASSCODE)) failures.push(`case ${id}: a secret in ${text.slice(0, 200)}`)
      }
    }

    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < CASES) await runCase(next++)
      }),
    )
    const seconds = (performance.now() - started) / 1000
    console.info(`fuzz: ${CASES} answers in ${seconds.toFixed(1)} s; outcomes ${JSON.stringify(Object.fromEntries(kinds))}`)

    expect(failures.slice(0, 10), `${failures.length} failures`).toEqual([])
    expect(elsewhereFromDefault).toBe(0)
    expect(unhandled).toEqual([])
    // The generator reached the cases that matter.
    for (const kind of ['resolved', 'badResponse', 'invalidCode', 'rateLimited', 'server', 'timeout']) expect(kinds.get(kind) ?? 0).toBeGreaterThan(0)
  })
})
