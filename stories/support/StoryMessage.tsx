import { Fragment, type ReactNode } from 'react'
import { storyParts, useStoryText, type StoryMessageKey } from './storyMessages.js'

/** A scaffolding message with markup in its placeholders, e.g. a number in a left-to-right `<bdi>`. */
export function StoryMessage({ id, values }: { id: StoryMessageKey; values: Record<string, ReactNode> }) {
  const { locale } = useStoryText()
  return (
    <>
      {storyParts(locale, id, (name) => values[name] ?? `{${name}}`).map((part, index) => (
        <Fragment key={index}>{part}</Fragment>
      ))}
    </>
  )
}
