import './probe.js'
import 'react-international-phone/style.css'
import { useState } from 'react'
import { PhoneInput } from 'react-international-phone'
import { mountTypingPage } from './harness.js'

function Example() {
  const [phone, setPhone] = useState('')
  return (
    <div>
      <PhoneInput defaultCountry="us" value={phone} onChange={(next) => setPhone(next)} />
    </div>
  )
}

mountTypingPage({ Component: Example, input: 'input[type="tel"]' })
