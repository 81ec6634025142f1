import { version } from 'react'
import { beforeAll, expect } from 'vitest'

// Fails loudly if the alias stopped working and React 19 slipped back in.
beforeAll(() => {
  expect(version).toMatch(/^18\.3\./)
})
