import type { Meta, StoryObj } from '@storybook/react-vite'
import type { PhoneEntry } from '../../src/components/PhoneEntry.js'
import { kitText } from '../support/kitText.js'
import { phoneEntryMetaBase } from './phoneEntryMeta.js'
import { ControlledPhone, PhoneForm, PhoneInModal, WithValue } from './phoneEntryDemos.js'
import '../../src/styles/phone-entry.css'

// <PhoneEntry> as a designer meets it: every story opens untouched, in the
// state its args give. The typing, pasting and picking journeys that test it
// are in PhoneEntry.journeys.stories.tsx (out of the sidebar).

const meta = {
  ...phoneEntryMetaBase,
  title: 'Components/PhoneEntry',
  render: (args) => <WithValue {...args} />,
} satisfies Meta<typeof PhoneEntry>

export default meta
type Story = StoryObj<typeof meta>

/** Empty, for France. Type a number with its trunk prefix; the value is E.164. */
export const Default: Story = {}

/** A number already there (`defaultValue`), formatted for its country. */
export const Filled: Story = { args: { defaultValue: '+33612345678' } }

/** An error from the app (the server refused the number), tied to the field. Default text: the catalogue's `errorInvalidPhone`. */
export const Invalid: Story = {
  args: { defaultValue: '+33612345678' },
  render: (args, { globals }) => <WithValue {...args} error={args.error ?? kitText(globals).t('errorInvalidPhone')} />,
}

/** Disabled, with a number. */
export const Disabled: Story = { args: { defaultValue: '+33612345678', disabled: true } }

/** Suggested countries first in the list. */
export const PreferredCountries: Story = { args: { preferredCountries: ['FR', 'BE', 'CH', 'LU'] } }

/** Only the allowed countries are listed; a number from elsewhere is refused with a reason. */
export const RestrictedCountries: Story = { args: { countries: ['FR', 'BE', 'CH', 'LU', 'MC'] } }

/** Arabic, right to left: the label and list follow the page, the number stays left to right. */
export const RightToLeft: Story = { args: { defaultCountry: 'EG', defaultValue: '+201001234567' }, globals: { locale: 'ar' } }

/** Country names and messages in French, Arabic and Japanese, whatever the toolbar says. */
export const Localised: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: '2rem', maxWidth: '24rem' }}>
      <WithValue {...args} locale="fr" defaultCountry="FR" />
      <WithValue {...args} locale="ar" defaultCountry="EG" />
      <WithValue {...args} locale="ja" defaultCountry="JP" />
    </div>
  ),
}

/** The app owns the value: the buttons set it from outside. */
export const Controlled: Story = { render: (args) => <ControlledPhone {...args} /> }

/** With react-hook-form's `Controller`: the form stores the E.164 string; its rule message shows in the field. */
export const WithReactHookForm: Story = { render: (args) => <PhoneForm defaultCountry={args.defaultCountry} /> }

/** In a modal dialog the country list opens above it and fits the viewport. */
export const InsideModal: Story = { render: (args) => <PhoneInModal defaultCountry={args.defaultCountry} /> }
