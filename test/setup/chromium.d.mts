export declare const CHROMIUM_PATH: string
export declare const CHROMIUM_HOW_TO: string
export declare const CHROMIUM_ARGS: readonly string[]
