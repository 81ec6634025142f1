import { Fragment, type ReactNode } from 'react'
import { messageParts } from '../../i18n/format.js'
import type { I18n } from '../../hooks/useMessages.js'
import type { MessageKey } from '../../i18n/types.js'

/** A catalogue message whose `{phone}` placeholder is replaced by markup (a left-to-right number). */
export function MessageWithPhone({ i18n, messageKey, phone }: { i18n: I18n; messageKey: MessageKey; phone: ReactNode }) {
  const parts = messageParts(i18n.messages[messageKey], i18n.locale, { phone: '' })
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>{'text' in part ? part.text : phone}</Fragment>
      ))}
    </>
  )
}
