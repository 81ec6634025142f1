import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { Controller, useForm } from 'react-hook-form'
import { PhoneEntry } from '../../src/components/PhoneEntry.js'
import { containing, message, phoneInput } from './phoneEntryHelpers.js'

describe('in a native form', () => {
  function NativeForm({ onSubmit }: { onSubmit: (data: FormData) => void }) {
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault()
          onSubmit(new FormData(event.currentTarget))
        }}
      >
        <PhoneEntry name="phone" defaultCountry="FR" />
        <button>Send</button>
      </form>
    )
  }

  it('submits the E.164 value under the given name', async () => {
    const onSubmit = vi.fn()
    render(<NativeForm onSubmit={onSubmit} />)
    await userEvent.type(phoneInput(), '06 12 34 56 78')
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    const data = onSubmit.mock.calls[0]?.[0] as FormData
    expect([...data.entries()]).toEqual([['phone', '+33612345678']])
  })

  it('a click on Send just after an incomplete number still submits (the error appearing on blur does not move the button mid-click), then shows why', async () => {
    const onSubmit = vi.fn()
    render(<NativeForm onSubmit={onSubmit} />)
    await userEvent.type(phoneInput(), '0612')
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    expect((onSubmit.mock.calls[0]?.[0] as FormData).get('phone')).toBe('')
    expect(phoneInput()).toHaveAccessibleDescription(containing(message('phoneTooShort')))
  })
})

describe('with react-hook-form', () => {
  // As a user clears it. (WebDriver's Element Clear writes the value from script, which React does not see.)
  async function clearByKeyboard(input: HTMLElement) {
    await userEvent.click(input)
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}')
  }

  function HookForm({ onValid }: { onValid: (values: { phone?: string }) => void }) {
    const { control, handleSubmit } = useForm<{ phone?: string }>({ defaultValues: { phone: '+33612345678' } })
    return (
      <form onSubmit={handleSubmit(onValid)} noValidate>
        <Controller
          name="phone"
          control={control}
          rules={{ required: 'Enter a mobile number we can text.' }}
          render={({ field, fieldState }) => (
            <PhoneEntry
              ref={field.ref}
              name={field.name}
              value={field.value}
              onValueChange={(value) => field.onChange(value ?? '')}
              onBlur={field.onBlur}
              error={fieldState.error?.message}
              defaultCountry="FR"
            />
          )}
        />
        <button>Send</button>
      </form>
    )
  }

  it('shows the form value, and submits the edited E.164 number', async () => {
    const onValid = vi.fn()
    render(<HookForm onValid={onValid} />)
    expect(phoneInput()).toHaveValue('06 12 34 56 78')
    await clearByKeyboard(phoneInput())
    await userEvent.type(phoneInput(), '+44 7400 123456')
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    await vi.waitFor(() => expect(onValid).toHaveBeenCalledWith({ phone: '+447400123456' }, expect.anything()))
  })

  it('shows the form rule message and focuses the real input through the ref', async () => {
    const onValid = vi.fn()
    render(<HookForm onValid={onValid} />)
    await clearByKeyboard(phoneInput())
    await userEvent.click(screen.getByRole('button', { name: 'Send' }))
    await vi.waitFor(() => expect(phoneInput()).toHaveAccessibleDescription(/Enter a mobile number we can text\./))
    expect(phoneInput()).toHaveFocus()
    expect(onValid).not.toHaveBeenCalled()
  })
})
