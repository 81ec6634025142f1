import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import type { PhoneEntry } from '../../src/components/PhoneEntry.js'
import { kitText } from '../support/kitText.js'
import { storyText } from '../support/storyMessages.js'
import { phoneEntryMetaBase } from './phoneEntryMeta.js'
import { ControlledPhone, PhoneForm, PhoneInModal, WithValue } from './phoneEntryDemos.js'
import '../../src/styles/phone-entry.css'

// <PhoneEntry>'s journeys as tests, out of the sidebar (`!dev`; see the Testing
// page). Text comes from the catalogue in the story's locale, or roles and test ids.

const meta = {
  ...phoneEntryMetaBase,
  title: 'Components/PhoneEntry/Journeys',
  tags: ['!dev', '!autodocs', 'journey'],
  render: (args) => <WithValue {...args} />,
} satisfies Meta<typeof PhoneEntry>

export default meta
type Story = StoryObj<typeof meta>

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))

const field = (canvasElement: HTMLElement) => within(canvasElement).getByRole('textbox', { name: /./ })

/** Type a French number with its trunk prefix; the value is E.164. Backspace over a space removes the digit before it. */
export const Typing: Story = {
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
    await expect(canvas.getByRole('button', { name: /\+1\b/ })).toBeVisible()
  },
}

/** The app owns the value: buttons set it from outside; `onValueChange` fires only for the user's edits. */
export const Controlled: Story = {
  render: (args) => <ControlledPhone {...args} />,
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    const input = field(canvasElement)
    await expect(input).toHaveValue('(415) 555-2671')
    await userEvent.click(canvas.getByTestId('set-value'))
    await expect(input).toHaveValue('07400 123456')
    await userEvent.click(canvas.getByTestId('clear-value'))
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
      // The list is a chunk of its own, fetched as the pointer came: it shows once it is in.
      await expect(await canvas.findByRole('combobox')).toHaveFocus()
      const suggested = canvas.getAllByRole('group')[0]!
      await expect(within(suggested).getAllByRole('option')).toHaveLength(4)
      await expect(within(suggested).getAllByRole('option')[0]).toHaveAccessibleName(/\+33\W*$/)
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
    await expect(await canvas.findAllByRole('option')).toHaveLength(5)
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
      <WithValue {...args} locale="fr" defaultCountry="FR" />
      <WithValue {...args} locale="ar" defaultCountry="EG" />
      <WithValue {...args} locale="ja" defaultCountry="JP" />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('button', { name: /France/ })).toBeVisible()
    await expect(canvas.getByRole('button', { name: /مصر/ })).toBeVisible()
    await expect(canvas.getByRole('button', { name: /日本/ })).toBeVisible()
    const arabic = canvasElement.querySelector('[lang="ar"]:not(.story-root)') as HTMLElement
    await expect(arabic).toHaveAttribute('dir', 'rtl')
    await expect(arabic.querySelector('input[type="tel"]')).toHaveAttribute('dir', 'ltr')
  },
}

/** An error from the app (for example the server refusing the number), tied to the field. */
export const Invalid: Story = {
  args: { defaultValue: '+33612345678' },
  render: (args, { globals }) => <WithValue {...args} error={kitText(globals).t('errorInvalidPhone')} />,
  play: async ({ canvasElement, globals }) => {
    const input = field(canvasElement)
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    await expect(input).toHaveAccessibleDescription(kitText(globals).has('errorInvalidPhone'))
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
  play: async ({ canvasElement, globals }) => {
    const k = kitText(globals)
    const st = storyText(k.locale)
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: st('formSave') }))
    await waitFor(() => expect(field(canvasElement)).toHaveAccessibleDescription(k.has('phoneRequired')))
    await userEvent.type(field(canvasElement), '06 12 34 56 78')
    await userEvent.click(canvas.getByRole('button', { name: st('formSave') }))
    await waitFor(() => expect(canvas.getByTestId('submitted')).toHaveTextContent('+33612345678'))
  },
}

/** In a modal dialog the country list opens above it, fits the viewport, and Escape closes only the list. */
export const InsideModal: Story = {
  render: (args) => <PhoneInModal defaultCountry={args.defaultCountry} />,
  play: async ({ canvasElement, globals }) => {
    const st = storyText(kitText(globals).locale)
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: st('modalOpen') }))
    const dialog = canvas.getByRole('dialog', { name: st('modalOpen') })
    await userEvent.click(within(dialog).getByRole('button', { name: /\+33/ }))
    await within(dialog).findByRole('combobox')
    await userEvent.keyboard('japan')
    const popover = within(dialog).getByRole('dialog', { name: /\+33/ })
    const box = popover.getBoundingClientRect()
    await expect(box.bottom).toBeLessThanOrEqual(window.innerHeight)
    await userEvent.keyboard('{Escape}')
    await expect(dialog).toHaveAttribute('open')
    await expect(within(dialog).getByRole('button', { name: /\+33/ })).toHaveFocus()
  },
}
