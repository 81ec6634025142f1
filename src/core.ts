// The framework-free entry: importing it never loads React.
export * from './core/errors.js'
export * from './core/policy.js'
export type * from './api/types.js'
