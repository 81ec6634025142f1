import { Profiler, useState, type ReactNode } from 'react'
import { render, screen } from '@testing-library/react'
import { userEvent } from 'vitest/browser'
import { describe, expect, it } from 'vitest'
import { OtpInput } from '../../src/components/OtpInput.js'

const settle = () => new Promise((resolve) => setTimeout(resolve, 30))

/** Renders `ui`, focuses the code field, types `482913` a key at a time, and counts React's commits while typing. */
async function commitsWhileTyping(ui: ReactNode): Promise<number> {
  let commits = 0
  render(
    <Profiler id="otp" onRender={() => void (commits += 1)}>
      {ui}
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
  return commits
}

describe('<OtpInput> rendering cost', () => {
  it('commits once per digit typed, the caret included', async () => {
    const commits = await commitsWhileTyping(<OtpInput />)
    expect(screen.getByLabelText(/Verification code/)).toHaveValue('482913')
    expect(commits).toBe(6)
  })

  it('commits once for the last digit when the app stores the completed code', async () => {
    function App() {
      const [completed, setCompleted] = useState('')
      return (
        <>
          <OtpInput onComplete={setCompleted} />
          <output>{completed}</output>
        </>
      )
    }
    const commits = await commitsWhileTyping(<App />)
    expect(screen.getByRole('status')).toHaveTextContent('482913')
    expect(commits).toBe(6)
  })
})
