/** One element of a flag: its tag, its attributes as React names them, its children. */
export type FlagNode = readonly [tag: 'g' | 'path' | 'circle' | 'ellipse', attributes: Readonly<Record<string, string>>, children?: readonly FlagNode[]]

/** A flag's drawing: elements in a 3×2 `viewBox` (`0 0 513 342` unless given). */
export interface FlagDrawing {
  readonly viewBox?: string
  readonly nodes: readonly FlagNode[]
}

/** The flags of one zone's countries (the first digit of their calling code), by ISO code. */
export type FlagZone = Readonly<Record<string, FlagDrawing>>
