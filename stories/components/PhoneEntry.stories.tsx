import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { useRef, useState } from 'react'
import { PhoneEntry, type PhoneEntryProps } from '../../src/components/PhoneEntry.js'
import { Controller, useForm } from 'react-hook-form'
import '../../src/styles/phone-entry.css'

/** The field with its current value printed beside it. */
function WithValue(props: PhoneEntryProps) {
  const [value, setValue] = useState<string | undefined>(props.defaultValue)
  return (
    <div style={{ display: 'flex', gap: '1.5rem', alignItems: 'flex-start', flexWrap: 'wrap', maxWidth: '40rem' }}>
      <div style={{ flex: '1 1 18rem' }}>
        <PhoneEntry
          {...props}
          onValueChange={(next, details) => {
            setValue(next)
            props.onValueChange?.(next, details)
          }}
        />
      </div>
      <p style={{ margin: 0 }}>
        Value: <output data-testid="value">{value ?? 'undefined'}</output>
      </p>
    </div>
  )
}

/** react-hook-form stores '' for no number, because it reads `undefined` as "use the default value". */
function PhoneForm({ defaultCountry }: { defaultCountry?: PhoneEntryProps['defaultCountry'] }) {
  const { control, handleSubmit } = useForm({ defaultValues: { phone: '' } })
  const [submitted, setSubmitted] = useState('nothing yet')
  return (
    <form onSubmit={handleSubmit((values) => setSubmitted(values.phone))} noValidate style={{ display: 'grid', gap: '0.75rem', maxWidth: '24rem' }}>
      <Controller
        name="phone"
        control={control}
        rules={{ required: 'Enter a mobile number we can text.' }}
        render={({ field, fieldState }) => (
          <PhoneEntry
            ref={field.ref}
            name={field.name}
            value={field.value}
            onBlur={field.onBlur}
            onValueChange={(value) => field.onChange(value ?? '')}
            error={fieldState.error?.message}
            defaultCountry={defaultCountry}
          />
        )}
      />
      <button type="submit">Save</button>
      <p style={{ margin: 0 }}>
        Submitted: <output data-testid="submitted">{submitted}</output>
      </p>
    </form>
  )
}

function PhoneInModal({ defaultCountry }: { defaultCountry?: PhoneEntryProps['defaultCountry'] }) {
  const dialog = useRef<HTMLDialogElement>(null)
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        Change phone number
      </button>
      <dialog ref={dialog} aria-label="Change phone number" style={{ width: 'min(26rem, 90vw)', overflow: 'hidden' }}>
        <PhoneEntry defaultCountry={defaultCountry} />
        <form method="dialog" style={{ marginTop: '1rem' }}>
          <button>Close</button>
        </form>
      </dialog>
    </>
  )
}

const meta = {
  title: 'Components/PhoneEntry',
  component: PhoneEntry,
  args: { onValueChange: fn(), onCountryChange: fn(), defaultCountry: 'FR' },
  argTypes: {
    validation: { control: 'inline-radio', options: ['possible', 'valid'] },
    metadata: { control: false },
    renderFlag: { control: false },
  },
  render: (args) => <WithValue {...args} />,
} satisfies Meta<typeof PhoneEntry>

export default meta
type Story = StoryObj<typeof meta>

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))

const field = (canvasElement: HTMLElement) => within(canvasElement).getByRole('textbox', { name: /./ })

/** Type a French number with its trunk prefix; the value is E.164. Backspace over a space removes the digit before it. */
export const Default: Story = {
  play: async ({ args, canvasElement, step }) => {
    const canvas = within(canvasElement)
    const input = field(canvasElement) as HTMLInputElement
    await step('formats as you type and reports E.164', async () => {
      await userEvent.type(input, '0612345678')
      await expect(input).toHaveValue('06 12 34 56 78')
      await expect(canvas.getByTestId('value')).toHaveTextContent('+33612345678')
      await expect(args.onValueChange).toHaveBeenLastCalledWith('+33612345678', expect.objectContaining({ country: 'FR', isValid: true }))
    })
    await step('the caret stays after a digit typed in the middle', async () => {
      await nextFrame() // the field re-applies its caret on the next frame (for Android keyboards)
      input.setSelectionRange(4, 4) // 06 1|2 34 56 78
      await userEvent.keyboard('{Backspace}9')
      await expect(input).toHaveValue('06 92 34 56 78')
      await expect(input.selectionStart).toBe(4)
    })
    await step('Backspace over a space deletes the digit before it', async () => {
      await nextFrame()
      input.setSelectionRange(3, 3) // 06 |92 34 56 78
      await userEvent.keyboard('{Backspace}')
      await expect(input.value.replace(/\D/g, '')).toBe('092345678')
      await expect(input.selectionStart).toBe(1)
    })
  },
}

/** Pasted or autofilled whole numbers replace the field and pick their country. */
export const Paste: Story = {
  args: { defaultCountry: 'US' },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement)
    const input = field(canvasElement)
    for (const [pasted, e164] of [
      ['+33 6 12 34 56 78', '+33612345678'],
      ['0033 6 12 34 56 78', '+33612345678'],
      ['+44 (0)20 7946 0958', '+442079460958'],
      ['+1 (415) 555-2671', '+14155552671'],
    ]) {
      await step(`paste ${pasted}`, async () => {
        await userEvent.click(input)
        await userEvent.paste(pasted!)
        await expect(canvas.getByTestId('value')).toHaveTextContent(e164!)
      })
    }
    await expect(canvas.getByRole('button', { name: /\+1\)/ })).toBeVisible()
  },
}

/** The app owns the value: buttons set it from outside; `onValueChange` fires only for the user's edits. */
export const Controlled: Story = {
  render: function Render(args) {
    const [value, setValue] = useState<string | undefined>('+14155552671')
    return (
      <div style={{ display: 'grid', gap: '0.75rem', maxWidth: '24rem' }}>
        <PhoneEntry {...args} value={value} onValueChange={(next, details) => (setValue(next), args.onValueChange?.(next, details))} />
        <div style={{ display: 'flex', gap: '0.5rem' }}>
          <button type="button" onClick={() => setValue('+447400123456')}>
            Set +44 7400 123456
          </button>
          <button type="button" onClick={() => setValue(undefined)}>
            Clear
          </button>
        </div>
        <p style={{ margin: 0 }}>
          Value: <output data-testid="value">{value ?? 'undefined'}</output>
        </p>
      </div>
    )
  },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    const input = field(canvasElement)
    await expect(input).toHaveValue('(415) 555-2671')
    await userEvent.click(canvas.getByRole('button', { name: 'Set +44 7400 123456' }))
    await expect(input).toHaveValue('07400 123456')
    await userEvent.click(canvas.getByRole('button', { name: 'Clear' }))
    await expect(input).toHaveValue('')
    await expect(args.onValueChange).not.toHaveBeenCalled()
  },
}

/** Suggested countries come first; the search matches names, ISO codes and calling codes. */
export const PreferredCountries: Story = {
  args: { preferredCountries: ['FR', 'BE', 'CH', 'LU'] },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement)
    await step('open: suggested countries first', async () => {
      await userEvent.click(canvas.getByRole('button', { name: /\+33/ }))
      await expect(canvas.getByRole('combobox')).toHaveFocus()
      const suggested = canvas.getAllByRole('group')[0]!
      await expect(within(suggested).getAllByRole('option')).toHaveLength(4)
      await expect(within(suggested).getAllByRole('option')[0]).toHaveAccessibleName(/\+33$/)
    })
    await step('search by calling code, pick with Enter: focus goes to the number', async () => {
      await userEvent.keyboard('+49{Enter}')
      await expect(canvas.getByRole('button', { name: /\+49/ })).toBeVisible()
      await expect(field(canvasElement)).toHaveFocus()
    })
  },
}

/** Only the allowed countries are listed; a number from elsewhere is refused with a reason. */
export const RestrictedCountries: Story = {
  args: { countries: ['FR', 'BE', 'CH', 'LU', 'MC'] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: /\+33/ }))
    await expect(canvas.getAllByRole('option')).toHaveLength(5)
    await userEvent.keyboard('{Escape}')
    await userEvent.type(field(canvasElement), '+447400123456')
    await expect(canvas.getByTestId('value')).toHaveTextContent('undefined')
    await userEvent.click(canvasElement)
    await waitFor(() => expect(field(canvasElement)).toHaveAttribute('aria-invalid', 'true'))
  },
}

/** Country names and messages in French, Arabic (right to left; the number stays left to right) and Japanese. */
export const Localised: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '2rem', maxWidth: '24rem' }}>
      <PhoneEntry {...args} locale="fr" defaultCountry="FR" />
      <PhoneEntry {...args} locale="ar" defaultCountry="EG" />
      <PhoneEntry {...args} locale="ja" defaultCountry="JP" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('button', { name: /France/ })).toBeVisible()
    await expect(canvas.getByRole('button', { name: /مصر/ })).toBeVisible()
    await expect(canvas.getByRole('button', { name: /日本/ })).toBeVisible()
    const arabic = canvasElement.querySelector('[lang="ar"]') as HTMLElement
    await expect(arabic).toHaveAttribute('dir', 'rtl')
    await expect(arabic.querySelector('input[type="tel"]')).toHaveAttribute('dir', 'ltr')
  },
}

/** An error from the app (for example the server refusing the number), tied to the field. */
export const Invalid: Story = {
  args: { defaultValue: '+33612345678', error: 'This number cannot receive SMS. Use another one.' },
  play: async ({ canvasElement }) => {
    const input = field(canvasElement)
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    await expect(input).toHaveAccessibleDescription(/cannot receive SMS/)
  },
}

/** Errors of the kit's own show after blur, not while the first digits are typed. */
export const ErrorAfterBlur: Story = {
  play: async ({ canvasElement }) => {
    const input = field(canvasElement)
    await userEvent.type(input, '0612')
    await expect(input).not.toHaveAttribute('aria-invalid')
    await userEvent.click(canvasElement)
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'))
  },
}

export const Disabled: Story = {
  args: { defaultValue: '+33612345678', disabled: true },
  play: async ({ canvasElement }) => {
    await expect(field(canvasElement)).toBeDisabled()
    await expect(within(canvasElement).getByRole('button', { name: /\+33/ })).toBeDisabled()
  },
}

/** With react-hook-form's `Controller`: the form stores the E.164 string; its rule message shows in the field. */
export const WithReactHookForm: Story = {
  render: (args) => <PhoneForm defaultCountry={args.defaultCountry} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(field(canvasElement)).toHaveAccessibleDescription(/Enter a mobile number/))
    await userEvent.type(field(canvasElement), '06 12 34 56 78')
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(canvas.getByTestId('submitted')).toHaveTextContent('+33612345678'))
  },
}

/** In a modal dialog the country list opens above it, fits the viewport, and Escape closes only the list. */
export const InsideModal: Story = {
  render: (args) => <PhoneInModal defaultCountry={args.defaultCountry} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Change phone number' }))
    const dialog = canvas.getByRole('dialog', { name: 'Change phone number' })
    await userEvent.click(within(dialog).getByRole('button', { name: /\+33/ }))
    await userEvent.keyboard('japan')
    const popover = within(dialog).getByRole('dialog', { name: /\+33/ })
    const box = popover.getBoundingClientRect()
    await expect(box.bottom).toBeLessThanOrEqual(window.innerHeight)
    await userEvent.keyboard('{Escape}')
    await expect(dialog).toHaveAttribute('open')
    await expect(within(dialog).getByRole('button', { name: /\+33/ })).toHaveFocus()
  },
}
