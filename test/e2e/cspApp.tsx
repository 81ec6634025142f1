import { createRoot } from 'react-dom/client'
import { createMockTransmit } from '../../src/api/mock/createMockTransmit.js'
import { createTransmitClient } from '../../src/api/transmitClient.js'
import { VerifyPhone } from '../../src/components/VerifyPhone.js'
import { VerifyPhoneProvider } from '../../src/hooks/VerifyPhoneProvider.js'
import { resetFlagStore } from '../../src/components/phoneEntry/flagStore.js'

// A page an app would build from the kit, with the in-memory Transmit in
// place of a backend. The test reads the SMS code through `latestCode`.
const mock = createMockTransmit()
Object.assign(window, { latestCode: () => mock.outbox.latest()?.code })
// `?flags=svg` (or `emoji`) forces the flag style a platform without (or with) flag emoji gets.
const query = new URLSearchParams(location.search)
const flags = query.get('flags')
if (flags === 'svg' || flags === 'emoji') resetFlagStore({ style: flags })
// `?client=http`: the kit's HTTP client (its request code a chunk of the page), answered by the mock's HTTP side.
const client =
  query.get('client') === 'http'
    ? createTransmitClient({
        baseUrl: '/api/transmit',
        getAccessToken: () => 'e2e-access-token',
        fetch: (url, init) => {
          const request = new Request(new URL(String(url), location.href), init)
          return mock.answer(request.url.endsWith('/send') ? 'send' : 'validate', request)
        },
      })
    : mock.client

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <VerifyPhoneProvider client={client}>
      <VerifyPhone defaultCountry="FR" webOtp={false} />
    </VerifyPhoneProvider>,
  )
}
