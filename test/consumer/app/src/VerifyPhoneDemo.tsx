import { useSyncExternalStore } from 'react'
import { VerifyPhone, VerifyPhoneProvider } from 'verify-phone-kit'
import { createMockTransmit } from 'verify-phone-kit/testing' // needs no MSW
import 'verify-phone-kit/styles.css'

// An in-memory Transmit: each code goes to mock.outbox instead of a phone.
const mock = createMockTransmit({ clock: 'real', latencyMs: 300 })
const latestSms = () => mock.outbox.latest()?.text ?? ''

export function VerifyPhoneDemo() {
  const sms = useSyncExternalStore(mock.outbox.subscribe, latestSms)
  return (
    <VerifyPhoneProvider client={mock.client} clock={mock.clock} policy={mock.policy}>
      <VerifyPhone defaultCountry="FR" />
      <output aria-label="Last SMS">{sms}</output>
    </VerifyPhoneProvider>
  )
}
