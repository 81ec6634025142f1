// How every browser run here launches Chromium: Vitest's browser projects,
// the strict-CSP page test and the benchmark. Debian's Chromium by default;
// CHROMIUM_PATH points at another (for example one Playwright downloaded).
// The background-networking flags matter: without them Chromium keeps
// trying hosts that a closed network refuses.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
