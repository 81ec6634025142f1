// The Transmit client's request code is a module of its own in the packed kit, reached only by a
// dynamic import(), and it loads from there: a request through the installed package succeeds.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, inject, it } from 'vitest'
import type * as Core from '../../src/core.js'
import './consumer.js'

const apps = inject('consumerApps')
const kit = join(apps.withoutMsw, 'node_modules', 'verify-phone-kit', 'dist')

describe('the packed kit\'s Transmit request chunk', () => {
  it('is reached from the client only by a dynamic import() of a module in the package', async () => {
    const [client, loader] = await Promise.all([readFile(join(kit, 'api/transmitClient.js'), 'utf8'), readFile(join(kit, 'api/transmitRequestsLoader.js'), 'utf8')])
    expect(loader).toContain('import("./transmitRequests.js")')
    expect(`${client}\n${loader}`).not.toMatch(/^import[^;]*["']\.\/transmitRequests\.js["']/m)
    await expect(readFile(join(kit, 'api/transmitRequests.js'), 'utf8')).resolves.toMatch(/Bearer/)
  })

  it('loads when the installed client sends its first request', async () => {
    const core = (await import(pathToFileURL(join(kit, 'core.js')).href)) as typeof Core
    const sent: string[] = []
    const client = core.createTransmitClient({
      baseUrl: '/api/transmit',
      getAccessToken: () => 'test-token',
      fetch: async (url) => {
        sent.push(String(url))
        return new Response('{"message":"SMS sent"}', { status: 200 })
      },
    })
    await client.sendCode({ phoneNumber: '+33612345678' })
    expect(sent).toEqual(['/api/transmit/v1/verification/otp/sms/send'])
  })
})
