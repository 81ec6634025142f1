import { createRoot } from 'react-dom/client'
import type { CountryCode } from '../../src/core/phoneInput/types.js'
import { createMockTransmit } from '../../src/api/mock/createMockTransmit.js'
import { OtpInput } from '../../src/components/OtpInput.js'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import { VerifyPhone } from '../../src/components/VerifyPhone.js'
import { VerifyPhoneProvider } from '../../src/hooks/VerifyPhoneProvider.js'

// A page an app would build from the kit, for the journeys in Firefox:
// `?part=phone&country=GB` a lone phone field, `?part=code` a lone code field,
// otherwise the whole flow on the in-memory Transmit (three wrong codes lock).
// What the field reported is kept on `window.reported`; the SMS code is read
// through `window.latestCode`.
const params = new URLSearchParams(location.search)
const country = (params.get('country') ?? 'FR') as CountryCode
const policy = { maxFailures: 3 }
const mock = createMockTransmit({ policy })
const reported: unknown[] = []
Object.assign(window, { latestCode: () => mock.outbox.latest()?.code, reported })

const part = params.get('part')
const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    part === 'phone' ? (
      <PhoneEntry defaultCountry={country} onValueChange={(value) => reported.push(value)} />
    ) : part === 'code' ? (
      <OtpInput label="Code" onComplete={(code) => reported.push(code)} />
    ) : (
      <VerifyPhoneProvider client={mock.client} policy={policy}>
        <VerifyPhone defaultCountry={country} webOtp={false} />
      </VerifyPhoneProvider>
    ),
  )
}
