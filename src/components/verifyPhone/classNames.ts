/**
 * Class names of the composed flow, all prefixed `vp-`. With `unstyled` the
 * structure and its `data-*` attributes stay, and no class of the kit is set.
 */
export type ClassNamer = (name: string) => string | undefined

export function classNamer(unstyled: boolean | undefined): ClassNamer {
  return unstyled ? () => undefined : (name) => `vp-${name}`
}
