import './probe.js'
import '../../src/styles/theme.css'
import '../../src/styles/otp-input.css'
import { useState } from 'react'
import { OtpInput } from '../../src/components/OtpInput.js'
import { mountTypingPage } from './harness.js'

function Example() {
  const [, setCompleted] = useState('')
  return <OtpInput name="code" onComplete={(code) => setCompleted(code)} />
}

mountTypingPage({ Component: Example, input: 'input[autocomplete="one-time-code"]' })
