import { preloadPhoneMetadata } from 'verify-phone-kit'

preloadPhoneMetadata(['FR', 'BE']) // as the page that will show the field opens, or awaited in test setup
