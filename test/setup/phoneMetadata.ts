import { preloadPhoneMetadata } from '../../src/components/phoneEntry/metadataStore.js'
import { loadLaterSteps } from '../../src/components/verifyPhone/laterStepsLoader.js'

// Component tests type from the first render, as a page does once its zone (and the formatter
// that comes with it) is in, and reach the code step at once, as a page does once the chunk it
// fetched while the phone step was idle is in; how each loads is tested on its own
// (PhoneEntry.metadata.test.tsx, VerifyPhone.chunks.test.tsx).
await Promise.all([preloadPhoneMetadata(), loadLaterSteps()])
