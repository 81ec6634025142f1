import type { Meta } from '@storybook/react-vite'
import { fn } from 'storybook/test'
import { OtpInput } from '../../src/components/OtpInput.js'

/** Args and controls shared by the designer stories and the journeys of `<OtpInput>`. */
export const otpInputMetaBase = {
  component: OtpInput,
  args: { onValueChange: fn(), onComplete: fn() },
  argTypes: {
    length: { control: { type: 'number', min: 4, max: 8 } },
    renderSlot: { control: false },
    slotClassName: { control: false },
  },
} satisfies Partial<Meta<typeof OtpInput>>
