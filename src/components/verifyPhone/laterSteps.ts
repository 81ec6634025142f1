// The steps after the phone step, in one chunk of their own: nothing in them is
// needed before a code is sent, so `<VerifyPhone>` fetches them while the phone
// step is idle (see laterStepsLoader.ts) instead of with the page.
export { CodeStep } from './CodeStep.js'
export { LockedStep } from './LockedStep.js'
export { VerifiedStep } from './VerifiedStep.js'
