import type { Messages } from '../../types.js'

/** The message keys of `useVerifyPhone`: the milestones it announces. */
export type AnnouncementMessageKey = 'announceCodeSent' | 'announceCodeResent' | 'announceCodeWrong' | 'announceCodeExpired' | 'announceLocked' | 'announceVerified' | 'announceResendAvailable' | 'announceAutoSubmit'

/** English for `useVerifyPhone`: the milestones it announces. Imported on its own so a component bundles only its own strings. */
export const enAnnouncements: Pick<Messages, AnnouncementMessageKey> = {
  announceCodeSent: 'Code sent to {phone}.',
  announceCodeResent: 'New code sent to {phone}.',
  announceCodeWrong: {
    one: 'Wrong code. {count} attempt left.',
    other: 'Wrong code. {count} attempts left.',
  },
  announceCodeExpired: 'The code has expired. Request a new code.',
  announceLocked: 'Too many attempts. You can try again at {time}.',
  announceVerified: 'Phone number verified.',
  announceResendAvailable: 'You can now request a new code.',
  announceAutoSubmit: 'Checking the code.',
}
