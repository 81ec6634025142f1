import { Profiler, useState } from 'react'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { describe, expect, it } from 'vitest'
import { OtpInput } from '../../src/components/OtpInput.js'

const settle = () => new Promise((resolve) => setTimeout(resolve, 30))

describe('<OtpInput> rendering cost', () => {
  it('commits once per digit typed, the caret included', async () => {
    let commits = 0
    render(
      <Profiler id="otp" onRender={() => void (commits += 1)}>
        <OtpInput />
      </Profiler>,
    )
    const input = screen.getByLabelText(/Verification code/)
    await userEvent.click(input)
    await settle()
    commits = 0
    for (const digit of '482913') {
      await userEvent.keyboard(digit)
      await settle() // lets the selectionchange that follows each key arrive
    }
    expect(input).toHaveValue('482913')
    expect(commits).toBe(6)
  })

  it('commits once for the last digit when the app stores the completed code', async () => {
    let commits = 0
    function App() {
      const [completed, setCompleted] = useState('')
      return (
        <>
          <OtpInput onComplete={setCompleted} />
          <output>{completed}</output>
        </>
      )
    }
    render(
      <Profiler id="otp" onRender={() => void (commits += 1)}>
        <App />
      </Profiler>,
    )
    const input = screen.getByLabelText(/Verification code/)
    await userEvent.click(input)
    await settle()
    commits = 0
    for (const digit of '482913') {
      await userEvent.keyboard(digit)
      await settle()
    }
    expect(screen.getByRole('status')).toHaveTextContent('482913')
    expect(commits).toBe(6)
  })
})
