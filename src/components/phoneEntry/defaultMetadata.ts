import metadata from 'libphonenumber-js/min/metadata'
import type { PhoneMetadata } from '../../core/phoneInput/types.js'

/**
 * libphonenumber-js's `min` metadata: enough to parse, format and validate
 * every country's numbers, without number types. Apps pass `max` (or their
 * own generated file) through the `metadata` prop when they need more.
 */
export const defaultMetadata: PhoneMetadata = metadata
