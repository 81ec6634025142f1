import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** One request as a loopback server saw it. */
export interface SeenRequest {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
}

export interface Loopback {
  /** `http://127.0.0.1:PORT`, a port the system chose. */
  origin: string
  /** Every request received, in order. */
  seen: SeenRequest[]
  /** Sets how the next requests are answered. */
  answer(handler: (request: SeenRequest, response: ServerResponse) => void): void
  close(): Promise<void>
}

/** An HTTP server on 127.0.0.1 and a free port, answering with the handler set last. */
export async function startLoopback(): Promise<Loopback> {
  const seen: SeenRequest[] = []
  let handler: (request: SeenRequest, response: ServerResponse) => void = (_request, response) => {
    response.writeHead(500).end()
  }
  const server: Server = createServer((incoming, response) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => {
      const request: SeenRequest = {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      seen.push(request)
      try {
        handler(request, response)
      } catch {
        response.destroy()
      }
    })
  })
  // Sockets are tracked so that close() does not wait for keep-alive connections.
  const sockets = new Set<Socket>()
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    answer(next) {
      handler = next
    },
    close() {
      for (const socket of sockets) socket.destroy()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
