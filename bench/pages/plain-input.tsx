import './probe.js'
import { useState } from 'react'
import { mountTypingPage } from './harness.js'

// The floor: a controlled React input with no formatting, through the same probe and driver.
function Plain() {
  const [value, setValue] = useState('')
  return <input type="tel" value={value} onChange={(event) => setValue(event.target.value)} />
}

mountTypingPage({ Component: Plain, input: 'input' })
