import type { Meta, StoryObj } from '@storybook/react-vite'
import type { HookExplorer } from './HookExplorer.js'
import { hookMetaBase } from './hookMeta.js'

const meta = {
  ...hookMetaBase,
  title: 'Hooks/useVerifyPhone',
} satisfies Meta<typeof HookExplorer>

export default meta
type Story = StoryObj<typeof meta>

/** Walk the machine by hand: every action is a button, and the mock's clock moves on demand. */
export const Explorer: Story = {}
