import './probe.js'
import { OTPInput, type SlotProps } from 'input-otp'
import { mountTypingPage } from './harness.js'

const cn = (...classes: Array<string | false | undefined>) => classes.filter(Boolean).join(' ')

function FakeCaret() {
  return <div className="absolute pointer-events-none inset-0 flex items-center justify-center animate-caret-blink" />
}

function Slot({ char, placeholderChar, isActive, hasFakeCaret }: SlotProps) {
  return (
    <div
      className={cn(
        'relative flex h-14 w-12 items-center justify-center',
        'border-y border-r border-border first:rounded-l-md first:border-l last:rounded-r-md',
        'text-[1.375rem] font-medium tabular-nums transition-all duration-200',
        'outline outline-0 outline-foreground/80',
        isActive && 'z-10 outline-2',
      )}
    >
      {char ?? placeholderChar}
      {hasFakeCaret && <FakeCaret />}
    </div>
  )
}

function VerificationCode() {
  return (
    <OTPInput
      maxLength={6}
      containerClassName="group flex items-center"
      render={({ slots }) => (
        <div className="flex">
          {slots.map((slot, idx) => (
            <Slot key={idx} {...slot} />
          ))}
        </div>
      )}
    />
  )
}

mountTypingPage({ Component: VerificationCode, input: 'input' })
