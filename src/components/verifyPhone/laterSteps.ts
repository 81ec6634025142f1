// The flow past its first screen, in one chunk of its own: the `useVerifyPhone`
// state machine, the request layer's use of it, and the code, locked and
// verified steps, and their English. Nothing in it is needed before Send is pressed, so
// `<VerifyPhone>` fetches it while the phone step is idle (see
// laterStepsLoader.ts) instead of with the page.
export { FlowBody } from './FlowBody.js'
export { en } from '../../i18n/locales/en.js'
