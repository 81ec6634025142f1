import { describe, expect, it, vi } from 'vitest'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { Controller, useForm } from 'react-hook-form'
import { OtpInput } from '../../src/components/OtpInput.js'

type Form = { code: string }

function WithController({ onSubmit, defaultCode = '' }: { onSubmit: (data: Form) => void; defaultCode?: string }) {
  const { control, handleSubmit, reset } = useForm<Form>({ defaultValues: { code: defaultCode } })
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <Controller
        name="code"
        control={control}
        rules={{ minLength: 6 }}
        render={({ field, fieldState }) => <OtpInput {...field} error={fieldState.invalid ? 'Enter all 6 digits.' : undefined} />}
      />
      <button type="submit">Verify</button>
      <button type="button" onClick={() => reset({ code: '' })}>
        Clear
      </button>
    </form>
  )
}

function WithRegister({ onSubmit, defaultCode }: { onSubmit: (data: Form) => void; defaultCode?: string }) {
  const { register, handleSubmit, reset } = useForm<Form>({ defaultValues: defaultCode === undefined ? undefined : { code: defaultCode } })
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <OtpInput {...register('code', { required: true })} />
      <button type="submit">Verify</button>
      <button type="button" onClick={() => reset()}>
        Reset
      </button>
    </form>
  )
}

describe('OtpInput with react-hook-form', () => {
  it('works through Controller: typed and pasted codes reach the form', async () => {
    const onSubmit = vi.fn()
    render(<WithController onSubmit={onSubmit} />)
    const input = screen.getByRole('textbox')
    await userEvent.click(input)
    await userEvent.keyboard('48a29')
    await userEvent.fill(input, 'Your code is 482 913')
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    await expect.poll(() => onSubmit.mock.calls.length).toBe(1)
    expect(onSubmit.mock.calls[0]![0]).toEqual({ code: '482913' })
  })

  it('shows Controller’s validation error on the field and follows reset', async () => {
    const onSubmit = vi.fn()
    render(<WithController onSubmit={onSubmit} defaultCode="12" />)
    const input = screen.getByRole('textbox')
    expect(input).toHaveValue('12')
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true')
    expect(input).toHaveAccessibleDescription('Enter all 6 digits.')
    expect(onSubmit).not.toHaveBeenCalled()
    await userEvent.click(screen.getByRole('button', { name: 'Clear' }))
    await expect.poll(() => (input as HTMLInputElement).value).toBe('')
  })

  it('focuses the real input through Controller’s ref when validation fails', async () => {
    render(<WithController onSubmit={vi.fn()} defaultCode="1" />)
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    await expect.poll(() => document.activeElement).toBe(screen.getByRole('textbox'))
  })

  it('works through register: the ref reaches the input and the code is submitted', async () => {
    const onSubmit = vi.fn()
    render(<WithRegister onSubmit={onSubmit} />)
    const input = screen.getByRole('textbox')
    expect(input).toHaveAttribute('name', 'code')
    await userEvent.click(input)
    await userEvent.keyboard('4829')
    await userEvent.keyboard('1a3')
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    await expect.poll(() => onSubmit.mock.calls.length).toBe(1)
    expect(onSubmit.mock.calls[0]![0]).toEqual({ code: '482913' })
  })

  it('focuses the input through register’s ref when the code is missing', async () => {
    const onSubmit = vi.fn()
    render(<WithRegister onSubmit={onSubmit} />)
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    await expect.poll(() => document.activeElement).toBe(screen.getByRole('textbox'))
    expect(onSubmit).not.toHaveBeenCalled()
  })

  it('shows register’s default value in the slots, and again after reset()', async () => {
    const onSubmit = vi.fn()
    const { container } = render(<WithRegister onSubmit={onSubmit} defaultCode="1234" />)
    const shown = () => [...container.querySelectorAll('[data-part="slot"]')].map((slot) => slot.textContent).join('')
    await expect.poll(shown).toBe('1234')
    await userEvent.click(screen.getByRole('textbox'))
    await userEvent.keyboard('{End}56')
    expect(shown()).toBe('123456')
    await userEvent.click(screen.getByRole('button', { name: 'Reset' }))
    await expect.poll(shown).toBe('1234')
    expect(screen.getByRole('textbox')).toHaveValue('1234')
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }))
    await expect.poll(() => onSubmit.mock.calls.length).toBe(1)
    expect(onSubmit.mock.calls[0]![0]).toEqual({ code: '1234' })
  })
})
