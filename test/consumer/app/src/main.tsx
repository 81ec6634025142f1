import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ar, VerifyPhoneProvider } from 'verify-phone-kit'
import './host.css'
import { VerifyPhoneDemo } from './VerifyPhoneDemo.js'

// `?lang=ar` renders the page as an Arabic app would: the document in Arabic,
// right to left, and the kit's messages in Arabic.
const arabic = new URLSearchParams(location.search).get('lang') === 'ar'
document.documentElement.lang = arabic ? 'ar' : 'en'
document.documentElement.dir = arabic ? 'rtl' : 'ltr'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main className="card">
      <h1>Account settings</h1>
      <p>Add a phone number to your account.</p>
      <button type="button" id="host-button">
        Cancel
      </button>
      {arabic ? (
        <VerifyPhoneProvider locale="ar" messages={ar}>
          <VerifyPhoneDemo />
        </VerifyPhoneProvider>
      ) : (
        <VerifyPhoneDemo />
      )}
    </main>
  </StrictMode>,
)
