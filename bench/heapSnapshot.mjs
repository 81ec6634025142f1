// A heap snapshot over CDP, summed by what holds the bytes, so that a memory run can say what grew.

/**
 * Kinds of heap node, in the order they are tried: V8's compiled code (bytecode
 * and machine code, which grows as the JIT warms up), Chromium's performance
 * timeline (long-task and long-animation-frame entries it buffers by itself),
 * the DOM and other Blink objects, strings, and JavaScript objects (the kit's,
 * React's, the mock's: anything a component could keep).
 */
const KINDS = [
  ['compiled code', (type) => type === 'code'],
  ['browser performance timeline', (type, name) => type === 'native' && /Performance|ScriptTimingInfo|TaskAttribution|PerformanceEntry/.test(name)],
  ['V8 internals (code lists, shapes)', (type, name) => (type === 'native' && name.startsWith('system / ')) || type === 'object shape' || type === 'hidden'],
  ['DOM and other browser objects', (type) => type === 'native'],
  ['strings', (type) => type === 'string' || type === 'concatenated string' || type === 'sliced string'],
  ['JavaScript objects', () => true],
]

/** Takes a snapshot and returns bytes by kind, plus the JavaScript constructors by bytes. */
export async function heapBreakdown(cdp) {
  const chunks = []
  const onChunk = ({ chunk }) => chunks.push(chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  }
  const snapshot = JSON.parse(chunks.join(''))
  const { node_fields: fields, node_types: nodeTypes } = snapshot.snapshot.meta
  const width = fields.length
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field))
  const kinds = Object.fromEntries(KINDS.map(([kind]) => [kind, 0]))
  const constructors = new Map()
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const type = nodeTypes[0][snapshot.nodes[i + typeAt]]
    const name = snapshot.strings[snapshot.nodes[i + nameAt]]
    const size = snapshot.nodes[i + sizeAt]
    const [kind] = KINDS.find(([, matches]) => matches(type, name))
    kinds[kind] += size
    if (kind === 'JavaScript objects') {
      const key = `${type} ${name.slice(0, 60)}`
      constructors.set(key, (constructors.get(key) ?? 0) + size)
    }
  }
  return { kinds, constructors }
}

/** What grew between two breakdowns: bytes by kind, and the JavaScript constructors that grew most. */
export function heapGrowth(before, after, top = 8) {
  const kinds = Object.fromEntries(Object.keys(after.kinds).map((kind) => [kind, after.kinds[kind] - (before.kinds[kind] ?? 0)]))
  const grown = [...after.constructors]
    .map(([name, bytes]) => [name, bytes - (before.constructors.get(name) ?? 0)])
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
  return { kinds, javascriptObjects: Object.fromEntries(grown) }
}
