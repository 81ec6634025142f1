/** Everything but ASCII digits, for stripping what is left once Unicode digits are ASCII. */
export const NON_DIGITS = /[^0-9]/g
