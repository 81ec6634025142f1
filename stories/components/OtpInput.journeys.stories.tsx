import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import type { OtpInput } from '../../src/components/OtpInput.js'
import { kitText } from '../support/kitText.js'
import { otpInputMetaBase } from './otpInputMeta.js'
import { ControllerForm, PASTE_EXAMPLES, PasteExamples, RegisterForm, submitController, submitRegister, WithValue } from './otpInputDemos.js'
import '../../src/styles/otp-input.css'

// <OtpInput>'s journeys as tests, out of the sidebar (`!dev`; see the Testing
// page). Text comes from the catalogue in the story's locale, or roles and test ids.

const meta = {
  ...otpInputMetaBase,
  title: 'Components/OtpInput/Journeys',
  tags: ['!dev', '!autodocs', 'journey'],
  render: (args) => <WithValue {...args} />,
} satisfies Meta<typeof OtpInput>

export default meta
type Story = StoryObj<typeof meta>

const slotText = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('[data-part="slot"]')].map((slot) => slot.textContent || '_').join('')

/** Letters are ignored, arrows move one slot, Backspace removes one digit, the last digit completes once. */
export const Keyboard: Story = {
  play: async ({ args, canvasElement, globals, step }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    const input = canvas.getByRole('textbox', { name: k.t('codeLabel', { count: 6 }) })
    await step('letters and separators are ignored', async () => {
      await userEvent.click(input)
      await userEvent.keyboard('4a8-2')
      await expect(input).toHaveValue('482')
    })
    await step('arrows move one slot; a digit replaces the active slot', async () => {
      // The slots read left to right in every direction, so the arrow keys do too.
      await userEvent.keyboard('{ArrowLeft}{ArrowLeft}9')
      await expect(input).toHaveValue('492')
    })
    await step('Backspace removes one digit', async () => {
      await userEvent.keyboard('{End}{Backspace}')
      await expect(input).toHaveValue('49')
    })
    await step('the last digit completes the code once', async () => {
      await userEvent.keyboard('2913')
      await expect(canvas.getByTestId('value')).toHaveTextContent('"492913"')
      await expect(args.onComplete).toHaveBeenCalledTimes(1)
      await expect(args.onComplete).toHaveBeenCalledWith('492913')
    })
  },
}

/** Transmit accepts codes of 4 to 8 digits. */
export const FourDigits: Story = {
  args: { length: 4 },
  play: async ({ args, canvasElement, globals }) => {
    const input = within(canvasElement).getByRole('textbox', { name: kitText(globals).t('codeLabel', { count: 4 }) })
    await userEvent.click(input)
    await userEvent.keyboard('12345')
    await expect(input).toHaveValue('1235')
    await expect(args.onComplete).toHaveBeenCalledTimes(1)
  },
}

/** A wrong code: the message is tied to the field with `aria-describedby`. */
export const Invalid: Story = {
  args: { invalid: true, defaultValue: '482913' },
  render: (args, { globals }) => <WithValue {...args} error={kitText(globals).t('codeWrong', { count: 2 })} />,
  play: async ({ canvasElement, globals }) => {
    const input = within(canvasElement).getByRole('textbox')
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    await expect(input).toHaveAccessibleDescription(kitText(globals).t('codeWrong', { count: 2 }))
  },
}

/** Dots in the slots; the input becomes a password input, so screen readers do not speak the digits. */
export const Masked: Story = {
  args: { mask: true },
  play: async ({ canvasElement, globals }) => {
    const input = within(canvasElement).getByLabelText(kitText(globals).t('codeLabel', { count: 6 }))
    await userEvent.click(input)
    await userEvent.keyboard('4829')
    await expect(slotText(canvasElement)).toBe('••••__')
  },
}

/** On a right-to-left page the label follows the page, the digits stay left to right; Arabic-Indic digits are read. */
export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox')
    await userEvent.click(input)
    await userEvent.paste('١٢٣٤٥٦')
    await expect(input).toHaveValue('123456')
    const slots = [...canvasElement.querySelectorAll('[data-part="slot"]')]
    await expect(slots[0]!.getBoundingClientRect().left).toBeLessThan(slots[5]!.getBoundingClientRect().left)
  },
}

/** What people paste: every example gives the right six digits. */
export const PasteExamplesGiveTheCode: Story = {
  render: (args) => <PasteExamples {...args} />,
  play: async ({ args, canvasElement }) => {
    const inputs = within(canvasElement).getAllByRole('textbox')
    for (const [index, text] of PASTE_EXAMPLES.entries()) {
      await userEvent.click(inputs[index]!)
      await userEvent.paste(text)
    }
    const expected = ['482913', '482913', '482913', '482913', '123456', '123456', '482913']
    await expect(inputs.map((input) => (input as HTMLInputElement).value)).toEqual(expected)
    await expect(args.onComplete).toHaveBeenCalledTimes(PASTE_EXAMPLES.length)
  },
}

/** A paste in the middle inserts at the caret. */
export const PasteInTheMiddle: Story = {
  args: { defaultValue: '1256' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox')
    await userEvent.click(input)
    await userEvent.keyboard('{End}{ArrowLeft}{ArrowLeft}')
    await userEvent.paste('34')
    await expect(input).toHaveValue('123456')
  },
}

/** react-hook-form through `Controller`; the form submits itself when the code completes. */
export const WithReactHookForm: Story = {
  render: () => <ControllerForm />,
  beforeEach: () => submitController.mockClear(),
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: k.t('verify') }))
    await waitFor(() => expect(canvas.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true'))
    await userEvent.click(canvas.getByRole('textbox'))
    await userEvent.paste('Your code is 482913')
    await waitFor(() => expect(submitController).toHaveBeenCalledTimes(1))
    await expect(submitController).toHaveBeenCalledWith({ code: '482913' })
  },
}

/** react-hook-form through `register`: its ref, name and handlers reach the real input. */
export const WithReactHookFormRegister: Story = {
  render: () => <RegisterForm />,
  beforeEach: () => submitRegister.mockClear(),
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('textbox'))
    await userEvent.keyboard('482913')
    await userEvent.click(canvas.getByRole('button', { name: k.t('verify') }))
    await waitFor(() => expect(submitRegister).toHaveBeenCalledTimes(1))
    await expect(submitRegister).toHaveBeenCalledWith({ code: '482913' })
  },
}
