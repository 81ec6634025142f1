import './probe.js'
import '../../src/styles/theme.css'
import '../../src/styles/phone-entry.css'
import { useState } from 'react'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import { mountTypingPage } from './harness.js'

function Example() {
  const [, setPhone] = useState<string | undefined>()
  return <PhoneEntry defaultCountry="US" onValueChange={(value) => setPhone(value)} />
}

mountTypingPage({ Component: Example, input: 'input[type="tel"]' })
