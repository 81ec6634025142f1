import type { MetadataJson } from 'libphonenumber-js/core'

/** One zone of the phone metadata: the calling codes that start with one digit, their countries and non-geographic plans. */
export type MetadataZone = Pick<MetadataJson, 'country_calling_codes' | 'countries'> & { nonGeographic: Record<string, unknown> }
