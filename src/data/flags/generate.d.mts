import type { FlagDrawing, FlagZone } from './types.js'

/** Parses one flag's markup into its drawing; throws on anything but the drawing elements and attributes. */
export function parseFlag(code: string, markup: string): FlagDrawing

/** Every country of the metadata's flag, by zone (the first digit of its calling code). */
export function flagZones(): Map<string, FlagZone>
