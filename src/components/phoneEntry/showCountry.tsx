import type { CountryOption } from '../../core/phoneInput/countries.js'
import type { RenderFlag } from './flags.js'

/** A country's flag, name and calling code, as the button and the options show them. */
export function showCountry(option: Pick<CountryOption, 'code' | 'name'>, renderFlag: RenderFlag, callingCode: string, title?: string) {
  return (
    <>
      {renderFlag(option.code)}
      <span data-part="country-name" title={title}>
        {option.name}
      </span> <span data-part="calling-code" dir="ltr">{callingCode}</span>
    </>
  )
}
