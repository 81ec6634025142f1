'use client'
// The React entry: components and hooks, plus everything of `./core` an app needs.
export * from './core.js'
