// What `vite/client` declares for a stylesheet import, for an app that compiles with tsc alone.
declare module '*.css'
