import { preloadPhoneMetadata } from '../../src/components/phoneEntry/metadataStore.js'

// Component tests type from the first render, as a page does once its zone is in;
// how the field behaves while a zone loads is tested on its own (PhoneEntry.metadata.test.tsx).
await preloadPhoneMetadata()
