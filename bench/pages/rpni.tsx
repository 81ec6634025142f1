import './probe.js'
import 'react-phone-number-input/style.css'
import { useState } from 'react'
import PhoneInput from 'react-phone-number-input'
import { mountTypingPage } from './harness.js'

function Example() {
  const [value, setValue] = useState<string | undefined>()
  return <PhoneInput placeholder="Enter phone number" defaultCountry="US" value={value} onChange={setValue} />
}

mountTypingPage({ Component: Example, input: 'input.PhoneInputInput' })
