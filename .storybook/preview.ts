import type { Preview } from '@storybook/react-vite'
import { mswLoader } from 'msw-storybook-addon/csf3'

const preview: Preview = {
  // Stories that talk HTTP go through the real Transmit client; MSW answers
  // with the in-memory mock's handlers, so no backend and no token are needed.
  loaders: [mswLoader()],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // A story with an accessibility violation fails in `npm test`.
    a11y: { test: 'error' },
  },
}

export default preview
