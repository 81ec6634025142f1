export declare const IN_CI: boolean
export declare function engineMissing(engine: string, howTo: string): void
export declare const FIREFOX_HOW_TO: string
export declare function findFirefox(): string | undefined
