import type { Meta } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'

/** Args and controls shared by the designer stories and the journeys of `<PhoneEntry>`. */
export const phoneEntryMetaBase = {
  component: PhoneEntry,
  args: { onValueChange: fn(), onCountryChange: fn(), defaultCountry: 'FR' },
  argTypes: {
    validation: { control: 'inline-radio', options: ['possible', 'valid'] },
    metadata: { control: false },
    renderFlag: { control: false },
  },
} satisfies Partial<Meta<typeof PhoneEntry>>
