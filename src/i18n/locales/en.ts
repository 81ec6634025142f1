import type { Messages } from '../types.js'
import { enAnnouncements } from './en/announcements.js'
import { enFlow } from './en/flow.js'
import { enOtpInput } from './en/otpInput.js'
import { enPhoneEntry } from './en/phoneEntry.js'

export { enAnnouncements, enFlow, enOtpInput, enPhoneEntry }

/** English, complete: the fallback for every missing key. */
export const en: Messages = { ...enPhoneEntry, ...enOtpInput, ...enFlow, ...enAnnouncements }
