/** One file of a consumer build, as Vite wrote it. */
export interface BuiltFile {
  fileName: string
  isEntry: boolean
  isDynamicEntry: boolean
  /** The chunks it imports statically (loaded with it). */
  imports: string[]
}

/** The consumer app installed from the packed kit, as test/consumer/setup.ts leaves it. */
export interface ConsumerApps {
  /** The app installed without MSW, built into `dist/`. */
  withoutMsw: string
  /** The same app with MSW installed, built into `dist/`. */
  withMsw: string
  /** The files of the build without MSW. */
  chunks: BuiltFile[]
  /** The files of the build with MSW. */
  chunksWithMsw: BuiltFile[]
}

declare module 'vitest' {
  export interface ProvidedContext {
    consumerApps: ConsumerApps
  }
}
