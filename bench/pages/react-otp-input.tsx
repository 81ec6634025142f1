import './probe.js'
import { useState } from 'react'
import OtpInput from 'react-otp-input'
import { mountTypingPage } from './harness.js'

function App() {
  const [otp, setOtp] = useState('')
  return (
    <OtpInput value={otp} onChange={setOtp} numInputs={6} renderSeparator={<span>-</span>} renderInput={(props) => <input {...props} />} />
  )
}

mountTypingPage({ Component: App, input: 'input' })
