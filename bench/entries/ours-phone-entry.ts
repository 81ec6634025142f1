export { PhoneEntry } from '../../src/components/PhoneEntry.js'
