import type { Meta } from '@storybook/react-vite'
import { HookExplorer } from './HookExplorer.js'
import { flowHandlers } from '../support/flowBackend.js'

/** Shared by the explorer and its journeys. */
export const hookMetaBase = {
  component: HookExplorer,
  args: { clock: 'real', latencyMs: 150 },
  argTypes: {
    clock: { control: 'inline-radio', options: ['real', 'manual'], description: 'The mock clock: real time or manual. Always manual in tests.' },
    latencyMs: { control: { type: 'range', min: 0, max: 3000, step: 50 } },
    options: { control: 'object' },
  },
  parameters: { msw: { handlers: flowHandlers }, layout: 'fullscreen' },
} satisfies Partial<Meta<typeof HookExplorer>>
