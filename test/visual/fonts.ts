import { cdp } from 'vitest/browser'

interface DomNode {
  nodeId: number
  nodeType: number
  nodeName: string
  nodeValue: string
  attributes?: string[]
  children?: DomNode[]
  shadowRoots?: DomNode[]
  contentDocument?: DomNode
}

interface FontUsage {
  familyName: string
  isCustomFont: boolean
  glyphCount: number
}

function* walk(node: DomNode): Generator<[DomNode, DomNode | undefined]> {
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    yield [child, node]
    yield* walk(child)
  }
}

const attribute = (node: DomNode, name: string): string | undefined => {
  const attributes = node.attributes ?? []
  for (let index = 0; index < attributes.length; index += 2) if (attributes[index] === name) return attributes[index + 1]
  return undefined
}

function findByTestId(root: DomNode, testId: string): DomNode | undefined {
  for (const [node] of walk(root)) if (attribute(node, 'data-testid') === testId) return node
  return undefined
}


/**
 * The fonts Chromium drew the text inside the element with `data-testid` from
 * the operating system rather than from a web font, with a sample of the text
 * each drew. Empty when every glyph came from the packaged fonts, which is what
 * keeps a screenshot the same on another machine.
 */
export async function systemFontsUsed(testId: string): Promise<string[]> {
  const session = cdp()
  await session.send('DOM.enable')
  await session.send('CSS.enable')
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode }
    const container = findByTestId(root, testId)
    if (!container) throw new Error(`No element with data-testid="${testId}" in the page`)
    const found = new Map<string, string>()
    for (const [node, parent] of walk(container)) {
      if (node.nodeType !== Node.TEXT_NODE || !parent || node.nodeValue.trim() === '') continue
      const { fonts } = (await session.send('CSS.getPlatformFontsForNode', { nodeId: parent.nodeId })) as { fonts: FontUsage[] }
      for (const font of fonts) {
        if (!font.isCustomFont && font.glyphCount > 0 && !found.has(font.familyName)) found.set(font.familyName, node.nodeValue.trim().slice(0, 40))
      }
    }
    return [...found].map(([family, text]) => `${family} (drew "${text}")`)
  } finally {
    await session.send('CSS.disable')
    await session.send('DOM.disable')
  }
}
