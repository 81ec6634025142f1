// What apps compiled with exactOptionalPropertyTypes write: a value or
// nothing, decided at run time, passed as `undefined` to optional props.
import { OtpInput, PhoneEntry, VerifyPhone, VerifyPhoneProvider, fr } from 'verify-phone-kit'
import { createMockTransmit } from 'verify-phone-kit/testing'

export function ExplicitUndefined({ french, error }: { french: boolean; error?: string | undefined }) {
  const mock = createMockTransmit({ latencyMs: french ? 300 : undefined, appName: undefined })
  return (
    <VerifyPhoneProvider client={mock.client} locale={french ? 'fr' : undefined} messages={french ? fr : undefined}>
      <VerifyPhone defaultCountry={french ? 'FR' : undefined} className={undefined} onVerified={undefined} />
      <PhoneEntry description={french ? 'Pour les codes' : undefined} error={error} locale={undefined} />
      <OtpInput error={error} description={undefined} length={french ? 6 : undefined} />
    </VerifyPhoneProvider>
  )
}
