import type { Meta, StoryObj } from '@storybook/react-vite'
import type { OtpInput } from '../../src/components/OtpInput.js'
import { kitText } from '../support/kitText.js'
import { otpInputMetaBase } from './otpInputMeta.js'
import { ControllerForm, PasteExamples, RegisterForm, WithValue } from './otpInputDemos.js'
import '../../src/styles/otp-input.css'

// <OtpInput> as a designer meets it: every story opens untouched, in the state
// its args give. The keyboard and paste journeys that test it are in
// OtpInput.journeys.stories.tsx (out of the sidebar).

const meta = {
  ...otpInputMetaBase,
  title: 'Components/OtpInput',
  render: (args) => <WithValue {...args} />,
} satisfies Meta<typeof OtpInput>

export default meta
type Story = StoryObj<typeof meta>

/** Six empty digits, labelled from the message catalogue. Type, use the arrows, Backspace, Ctrl/Cmd+Backspace. */
export const Default: Story = {}

/** A complete code. */
export const Filled: Story = { args: { defaultValue: '482913' } }

/** Partly typed. */
export const PartlyFilled: Story = { args: { defaultValue: '482' } }

/** Transmit accepts codes of 4 to 8 digits. */
export const FourDigits: Story = { args: { length: 4 } }

export const EightDigits: Story = { args: { length: 8, defaultValue: '1234' } }

/** With a description under the field (the flow says how long the code lasts). */
export const WithDescription: Story = {
  render: (args, { globals }) => <WithValue {...args} description={args.description ?? kitText(globals).t('codeLifetime', { count: 5 })} />,
}

/** A wrong code: the message is tied to the field with `aria-describedby`. Default text: the catalogue's `codeWrong` with 2 attempts. */
export const Invalid: Story = {
  args: { invalid: true, defaultValue: '482913' },
  render: (args, { globals }) => <WithValue {...args} error={args.error ?? kitText(globals).t('codeWrong', { count: 2 })} />,
}

export const Disabled: Story = { args: { disabled: true, defaultValue: '48' } }

/** Dots in the slots; the input becomes a password input, so screen readers do not speak the digits. */
export const Masked: Story = { args: { mask: true, defaultValue: '4829' } }

/** Arabic, right to left: the label follows the page, the digits stay left to right. */
export const RightToLeft: Story = { args: { defaultValue: '123' }, globals: { locale: 'ar' } }

/** What people paste: paste each example into its field. */
export const PasteExamplesToTry: Story = { render: (args) => <PasteExamples {...args} /> }

/** react-hook-form through `Controller` (`{...field}` is enough); the form submits itself when the code completes. */
export const WithReactHookForm: Story = { render: () => <ControllerForm /> }

/** react-hook-form through `register`: its ref, name and handlers reach the real input. */
export const WithReactHookFormRegister: Story = { render: () => <RegisterForm /> }
