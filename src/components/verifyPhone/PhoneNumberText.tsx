/** A phone number inside a sentence: isolated and left-to-right, so digits never reorder on right-to-left pages. */
export function PhoneNumberText({ children, className }: { children: string; className?: string | undefined }) {
  return (
    <bdi dir="ltr" className={className}>
      {children}
    </bdi>
  )
}
