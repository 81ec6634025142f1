import { createRoot } from 'react-dom/client'
import { createMockTransmit } from '../../src/api/mock/createMockTransmit.js'
import { VerifyPhone } from '../../src/components/VerifyPhone.js'
import { VerifyPhoneProvider } from '../../src/hooks/VerifyPhoneProvider.js'
import { resetFlagStore } from '../../src/components/phoneEntry/flagStore.js'

// A page an app would build from the kit, with the in-memory Transmit in
// place of a backend. The test reads the SMS code through `latestCode`.
const mock = createMockTransmit()
Object.assign(window, { latestCode: () => mock.outbox.latest()?.code })
// `?flags=svg` (or `emoji`) forces the flag style a platform without (or with) flag emoji gets.
const flags = new URLSearchParams(location.search).get('flags')
if (flags === 'svg' || flags === 'emoji') resetFlagStore({ style: flags })

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <VerifyPhoneProvider client={mock.client}>
      <VerifyPhone defaultCountry="FR" webOtp={false} />
    </VerifyPhoneProvider>,
  )
}
