import { VerifyPhone, VerifyPhoneProvider, createTransmitClient, fr } from 'verify-phone-kit'
import 'verify-phone-kit/styles.css' // optional
import { saveProfile, session, signIn } from './session.js'

const client = createTransmitClient({
  baseUrl: '/api/transmit',                  // your proxy: POST /v1/verification/otp/sms/send and /validate
  getAccessToken: () => session.accessToken, // called for every request; may be async
})

export const PhoneSettings = () => (
  <VerifyPhoneProvider client={client} policy={{ codeLength: 6, maxFailures: 3 }} locale="fr" messages={fr}>
    <VerifyPhone defaultCountry="FR" onVerified={(phone) => saveProfile(phone)} onUnauthorized={signIn} />
  </VerifyPhoneProvider>
)
