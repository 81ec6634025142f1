import { useRef, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { PhoneEntry, type PhoneEntryProps } from '../../src/components/PhoneEntry.js'
import { useVerifyPhoneConfig } from '../../src/hooks/verifyPhoneConfig.js'
import { catalogueFor } from '../../src/i18n/locales.js'
import { formatMessage } from '../../src/i18n/format.js'
import { StoryMessage } from '../support/StoryMessage.js'
import { useStoryText } from '../support/storyMessages.js'

// The hosts around <PhoneEntry> in its stories: a value readout, a form, a dialog.

/** The field with its current value printed beside it (`value`, as the app receives it). */
export function WithValue(props: PhoneEntryProps) {
  const [value, setValue] = useState<string | undefined>(props.value ?? props.defaultValue)
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
      <p style={{ margin: 0 }} dir="ltr">
        value: <output data-testid="value">{value ?? 'undefined'}</output>
      </p>
    </div>
  )
}

/** The app owns the value: buttons set it from outside; `onValueChange` fires only for the user's edits. */
export function ControlledPhone(props: PhoneEntryProps) {
  const [value, setValue] = useState<string | undefined>('+14155552671')
  return (
    <div style={{ display: 'grid', gap: '0.75rem', maxWidth: '24rem' }}>
      <PhoneEntry {...props} value={value} onValueChange={(next, details) => (setValue(next), props.onValueChange?.(next, details))} />
      <div style={{ display: 'flex', gap: '0.5rem' }} dir="ltr">
        <button type="button" onClick={() => setValue('+447400123456')} data-testid="set-value">
          value = &quot;+447400123456&quot;
        </button>
        <button type="button" onClick={() => setValue(undefined)} data-testid="clear-value">
          value = undefined
        </button>
      </div>
      <p style={{ margin: 0 }} dir="ltr">
        value: <output data-testid="value">{value ?? 'undefined'}</output>
      </p>
    </div>
  )
}

/** react-hook-form stores '' for no number, because it reads `undefined` as "use the default value". */
export function PhoneForm({ defaultCountry }: { defaultCountry?: PhoneEntryProps['defaultCountry'] }) {
  const { st } = useStoryText()
  const locale = useVerifyPhoneConfig().locale ?? 'en'
  const { control, handleSubmit } = useForm({ defaultValues: { phone: '' } })
  const [submitted, setSubmitted] = useState<string | undefined>(undefined)
  return (
    <form onSubmit={handleSubmit((values) => setSubmitted(values.phone))} noValidate style={{ display: 'grid', gap: '0.75rem', maxWidth: '24rem' }}>
      <Controller
        name="phone"
        control={control}
        rules={{ required: formatMessage(catalogueFor(locale).phoneRequired, locale) }}
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
      <button type="submit">{st('formSave')}</button>
      <p style={{ margin: 0 }}>
        <StoryMessage id="formSubmitted" values={{ value: <output data-testid="submitted">{submitted === undefined ? st('formNothing') : <bdi dir="ltr">{submitted}</bdi>}</output> }} />
      </p>
    </form>
  )
}

/** The field in a modal dialog. */
export function PhoneInModal({ defaultCountry }: { defaultCountry?: PhoneEntryProps['defaultCountry'] }) {
  const { st } = useStoryText()
  const dialog = useRef<HTMLDialogElement>(null)
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()}>
        {st('modalOpen')}
      </button>
      <dialog ref={dialog} aria-label={st('modalOpen')} style={{ width: 'min(26rem, 90vw)', overflow: 'hidden' }}>
        <PhoneEntry defaultCountry={defaultCountry} />
        <form method="dialog" style={{ marginTop: '1rem' }}>
          <button>{st('modalClose')}</button>
        </form>
      </dialog>
    </>
  )
}
