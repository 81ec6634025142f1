import { useId, type MouseEvent, type ReactNode } from 'react'
import './govuk-rendition.css'

// A static rendition of the GOV.UK Design System patterns the kit is compared
// with, written for this page from GOV.UK's public guidance ("Phone numbers",
// "Confirm a phone number", error message and error summary, panel). The
// wording is illustrative; nothing here is GOV.UK Frontend's code.

const stay = (event: MouseEvent) => event.preventDefault()

function Frame({ children }: { children: ReactNode }) {
  return <div className="gds">{children}</div>
}

/** "Phone numbers": one text field, type tel, autocomplete tel, a hint; an error inline when wrong. */
export function GovukPhoneStep({ error }: { error?: string }) {
  const id = useId()
  return (
    <Frame>
      <h3 className="gds-heading">Enter your mobile phone number</h3>
      <div className="gds-group" data-error={error ? '' : undefined}>
        <label className="gds-label" htmlFor={`${id}-phone`}>
          UK mobile phone number
        </label>
        <span id={`${id}-hint`} className="gds-hint">
          We’ll send you a text message with a security code
        </span>
        {error ? (
          <p id={`${id}-error`} className="gds-error-message">
            <span className="gds-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <input
          id={`${id}-phone`}
          className="gds-input gds-width-20"
          type="tel"
          autoComplete="tel"
          defaultValue={error ? '07700 9009' : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
      </div>
      <button type="button" className="gds-button">
        Continue
      </button>
    </Frame>
  )
}

/** "Confirm a phone number": "Check your phone", one security code field, Continue, and a link to a resend page. */
export function GovukCodeStep({ error }: { error?: string }) {
  const id = useId()
  return (
    <Frame>
      {error ? (
        <div className="gds-summary" role="alert">
          <h3 className="gds-summary-title">There is a problem</h3>
          <ul>
            <li>
              <a className="gds-link" href={`#${CSS.escape(`${id}-code`)}`} onClick={(event) => {
                stay(event)
                document.getElementById(`${id}-code`)?.focus()
              }}>
                {error}
              </a>
            </li>
          </ul>
        </div>
      ) : null}
      <h3 className="gds-heading">Check your phone</h3>
      <p className="gds-body">We’ve sent a text message with a security code to 07700 900 982.</p>
      <div className="gds-group" data-error={error ? '' : undefined}>
        <label className="gds-label" htmlFor={`${id}-code`}>
          Security code
        </label>
        {error ? (
          <p id={`${id}-error`} className="gds-error-message">
            <span className="gds-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <input
          id={`${id}-code`}
          className="gds-input gds-width-5"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          defaultValue={error ? '482931' : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <button type="button" className="gds-button">
        Continue
      </button>
      <p className="gds-body">
        <a className="gds-link" href="#" onClick={stay}>
          Not received a text message?
        </a>
      </p>
    </Frame>
  )
}

/** The confirmation panel: a green box with a large centred title and the detail under it. */
export function GovukConfirmation() {
  return (
    <Frame>
      <div className="gds-panel">
        <h3 className="gds-panel-title">Phone number confirmed</h3>
        <div className="gds-panel-body">
          <strong>07700 900 982</strong>
        </div>
      </div>
      <p className="gds-body">We’ll use this number to send you security codes when you sign in.</p>
    </Frame>
  )
}
