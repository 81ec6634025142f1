import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { OtpInput, type OtpInputProps } from '../../src/components/OtpInput.js'
import '../../src/styles/otp-input.css'

/** The field with its current value printed beside it. */
function WithValue(props: OtpInputProps) {
  const [code, setCode] = useState(props.defaultValue ?? '')
  return (
    <div style={{ display: 'flex', gap: '1.5rem', alignItems: 'flex-end', flexWrap: 'wrap' }}>
      <OtpInput
        {...props}
        value={code}
        onValueChange={(next) => {
          setCode(next)
          props.onValueChange?.(next)
        }}
      />
      <p style={{ margin: 0 }}>
        Value: <output data-testid="value">{JSON.stringify(code)}</output>
      </p>
    </div>
  )
}

const meta = {
  title: 'Components/OtpInput',
  component: OtpInput,
  args: { onValueChange: fn(), onComplete: fn() },
  argTypes: {
    length: { control: { type: 'number', min: 4, max: 8 } },
    renderSlot: { control: false },
    slotClassName: { control: false },
  },
  render: (args) => <WithValue {...args} />,
} satisfies Meta<typeof OtpInput>

export default meta
type Story = StoryObj<typeof meta>

const slotText = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('[data-part="slot"]')].map((slot) => slot.textContent || '_').join('')

/** Six digits, labelled from the message catalogue. Type, use the arrows, Backspace, Ctrl/Cmd+Backspace. */
export const Default: Story = {
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement)
    const input = canvas.getByRole('textbox', { name: 'Verification code, 6 digits' })
    await step('letters and separators are ignored', async () => {
      await userEvent.click(input)
      await userEvent.keyboard('4a8-2')
      await expect(input).toHaveValue('482')
    })
    await step('arrows move one slot; a digit replaces the active slot', async () => {
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
  play: async ({ args, canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Verification code, 4 digits' })
    await userEvent.click(input)
    await userEvent.keyboard('12345')
    await expect(input).toHaveValue('1235')
    await expect(args.onComplete).toHaveBeenCalledTimes(1)
  },
}

export const EightDigits: Story = {
  args: { length: 8, defaultValue: '1234' },
}

/** A wrong code: the message is tied to the field with `aria-describedby`. */
export const Invalid: Story = {
  args: { invalid: true, defaultValue: '482913', error: 'That code is not correct. You have 2 attempts left.' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox')
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    await expect(input).toHaveAccessibleDescription('That code is not correct. You have 2 attempts left.')
  },
}

export const Disabled: Story = {
  args: { disabled: true, defaultValue: '48' },
}

/** Dots in the slots; the input becomes a password input, so screen readers do not speak the digits. */
export const Masked: Story = {
  args: { mask: true },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Verification code, 6 digits')
    await userEvent.click(input)
    await userEvent.keyboard('4829')
    await expect(slotText(canvasElement)).toBe('••••__')
  },
}

/** On a right-to-left page the label follows the page, the digits stay left to right. */
export const RightToLeft: Story = {
  args: { label: 'رمز التحقق المكوّن من 6 أرقام', description: 'أرسلنا رمزًا إلى ‎+966 50 123 4567‎.' },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox')
    await userEvent.click(input)
    await userEvent.paste('١٢٣٤٥٦')
    await expect(input).toHaveValue('123456')
    const slots = [...canvasElement.querySelectorAll('[data-part="slot"]')]
    await expect(slots[0]!.getBoundingClientRect().left).toBeLessThan(slots[5]!.getBoundingClientRect().left)
  },
}

const EXAMPLES = [
  '482 913',
  '482-913',
  'Your ACME verification code is: 482913',
  'Your ACME code is 482913.\n\n@example.com #482913',
  '١٢٣٤٥٦',
  '１２３４５６',
  '4829131234',
]

/** What people paste: every example gives the right six digits. */
export const PasteExamples: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      {EXAMPLES.map((text) => (
        <OtpInput key={text} {...args} label={`Paste “${text.replace(/\n/g, ' ⏎ ')}”`} />
      ))}
    </div>
  ),
  play: async ({ args, canvasElement }) => {
    const inputs = within(canvasElement).getAllByRole('textbox')
    for (const [index, text] of EXAMPLES.entries()) {
      await userEvent.click(inputs[index]!)
      await userEvent.paste(text)
    }
    const expected = ['482913', '482913', '482913', '482913', '123456', '123456', '482913']
    await expect(inputs.map((input) => (input as HTMLInputElement).value)).toEqual(expected)
    await expect(args.onComplete).toHaveBeenCalledTimes(EXAMPLES.length)
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

type CodeForm = { code: string }

const submitController = fn()
const submitRegister = fn()

function ControllerForm() {
  const { control, handleSubmit } = useForm<CodeForm>({ defaultValues: { code: '' } })
  const onSubmit = (data: CodeForm) => submitController(data)
  return (
    <form onSubmit={handleSubmit(onSubmit)} style={{ display: 'grid', gap: '1rem', justifyItems: 'start' }}>
      <Controller
        name="code"
        control={control}
        rules={{ pattern: /^[0-9]{6}$/, required: true }}
        render={({ field, fieldState }) => (
          <OtpInput {...field} error={fieldState.invalid ? 'Enter all 6 digits.' : undefined} onComplete={() => handleSubmit(onSubmit)()} />
        )}
      />
      <button type="submit">Verify</button>
    </form>
  )
}

/** react-hook-form through `Controller` (`{...field}` is enough); the form submits itself when the code completes. */
export const WithReactHookForm: Story = {
  render: () => <ControllerForm />,
  beforeEach: () => submitController.mockClear(),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(canvas.getByRole('textbox')).toHaveAttribute('aria-invalid', 'true'))
    await userEvent.click(canvas.getByRole('textbox'))
    await userEvent.paste('Your code is 482913')
    await waitFor(() => expect(submitController).toHaveBeenCalledTimes(1))
    await expect(submitController).toHaveBeenCalledWith({ code: '482913' })
  },
}

function RegisterForm() {
  const { register, handleSubmit } = useForm<CodeForm>()
  return (
    <form onSubmit={handleSubmit((data) => submitRegister(data))} style={{ display: 'grid', gap: '1rem', justifyItems: 'start' }}>
      <OtpInput {...register('code', { required: true })} />
      <button type="submit">Verify</button>
    </form>
  )
}

/** react-hook-form through `register`: its ref, name and handlers reach the real input. */
export const WithReactHookFormRegister: Story = {
  render: () => <RegisterForm />,
  beforeEach: () => submitRegister.mockClear(),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('textbox'))
    await userEvent.keyboard('482913')
    await userEvent.click(canvas.getByRole('button', { name: 'Verify' }))
    await waitFor(() => expect(submitRegister).toHaveBeenCalledTimes(1))
    await expect(submitRegister).toHaveBeenCalledWith({ code: '482913' })
  },
}
