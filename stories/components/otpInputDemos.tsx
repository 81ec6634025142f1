import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { fn } from 'storybook/test'
import { OtpInput, type OtpInputProps } from '../../src/components/OtpInput.js'
import { useVerifyPhoneConfig } from '../../src/hooks/verifyPhoneConfig.js'
import { catalogueFor } from '../../src/i18n/locales.js'
import { formatMessage } from '../../src/i18n/format.js'
import { useStoryText } from '../support/storyMessages.js'

// The hosts around <OtpInput> in its stories: a value readout and two forms.

/** The field with its current value printed beside it. */
export function WithValue(props: OtpInputProps) {
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
      <p style={{ margin: 0 }} dir="ltr">
        value: <output data-testid="value">{JSON.stringify(code)}</output>
      </p>
    </div>
  )
}

/** What people paste. */
export const PASTE_EXAMPLES = [
  '482 913',
  '482-913',
  'Your ACME verification code is: 482913',
  'Your ACME code is 482913.\n\n@example.com #482913',
  '١٢٣٤٥٦',
  '１２３４５６',
  '4829131234',
]

/** One field per example, to paste it into. */
export function PasteExamples(props: OtpInputProps) {
  const { st } = useStoryText()
  return (
    <div style={{ display: 'grid', gap: '1rem' }}>
      {PASTE_EXAMPLES.map((text) => (
        <OtpInput key={text} {...props} label={st('pasteExample', { text: '\u2068' + text.replace(/\n/g, ' ¶ ') + '\u2069' })} />
      ))}
    </div>
  )
}

type CodeForm = { code: string }

/** Called with what the `Controller` form submits. */
export const submitController = fn()
/** Called with what the `register` form submits. */
export const submitRegister = fn()

const useKitText = () => {
  const locale = useVerifyPhoneConfig().locale ?? 'en'
  const messages = catalogueFor(locale)
  return (key: 'verify' | 'codeIncomplete', count?: number) => formatMessage(messages[key], locale, count === undefined ? {} : { count })
}

/** react-hook-form through `Controller`; the form submits itself when the code completes. */
export function ControllerForm() {
  const text = useKitText()
  const { control, handleSubmit } = useForm<CodeForm>({ defaultValues: { code: '' } })
  const onSubmit = (data: CodeForm) => submitController(data)
  return (
    <form onSubmit={handleSubmit(onSubmit)} style={{ display: 'grid', gap: '1rem', justifyItems: 'start' }}>
      <Controller
        name="code"
        control={control}
        rules={{ pattern: /^[0-9]{6}$/, required: true }}
        render={({ field, fieldState }) => (
          <OtpInput {...field} error={fieldState.invalid ? text('codeIncomplete', 6) : undefined} onComplete={() => handleSubmit(onSubmit)()} />
        )}
      />
      <button type="submit">{text('verify')}</button>
    </form>
  )
}

/** react-hook-form through `register`. */
export function RegisterForm() {
  const text = useKitText()
  const { register, handleSubmit } = useForm<CodeForm>()
  return (
    <form onSubmit={handleSubmit((data) => submitRegister(data))} style={{ display: 'grid', gap: '1rem', justifyItems: 'start' }}>
      <OtpInput {...register('code', { required: true })} />
      <button type="submit">{text('verify')}</button>
    </form>
  )
}
