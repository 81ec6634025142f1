// The app's own session and profile, which the README's examples call.

export const session = { accessToken: 'consumer-app-token' }

export const verifiedNumbers: string[] = []

/** Stores the verified number in the user's profile. */
export function saveProfile(phoneNumber: string): void {
  verifiedNumbers.push(phoneNumber)
}

/** Sends the user to sign in again. */
export function signIn(): void {
  location.assign('/sign-in')
}
