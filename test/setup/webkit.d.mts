import type { BrowserConfigOptions } from 'vitest/node'

export interface FoundWebKit {
  kind: 'playwright' | 'webkitgtk'
  label: string
}
export declare const WEBKIT_HOW_TO: string
export declare function findWebKit(): FoundWebKit | undefined
export declare function webkitBrowser(found: FoundWebKit): BrowserConfigOptions
