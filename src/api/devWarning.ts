// Warnings for the developer, never for the user: a misconfiguration (a base
// URL that answers 404, a host that cannot be reached, a locale with no
// catalogue) shows once per cause in the console of a development build, and
// never in production. No warning ever quotes a token, a passcode or a body.

const warned = new Set<string>()

/**
 * True in a production build. Bundlers replace `process.env.NODE_ENV` with a
 * string, as they do for React; in a browser with no bundler and no `process`
 * the read throws, and the page counts as development.
 */
export function isProduction(): boolean {
  try {
    return process.env.NODE_ENV === 'production'
  } catch {
    return false
  }
}

/**
 * Logs `message` with `console.warn` once per `cause` for the page's life, in
 * development builds only. The message must say what to fix.
 */
export function devWarning(cause: string, message: string): void {
  if (isProduction() || warned.has(cause)) return
  warned.add(cause)
  // eslint-disable-next-line no-console -- the one place the kit speaks to the developer
  if (typeof console !== 'undefined') console.warn(`verify-phone-kit: ${message}`)
}

/** Forgets which causes were warned about (for tests). */
export function resetDevWarnings(): void {
  warned.clear()
}
