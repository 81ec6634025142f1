// Test and Storybook helpers: the in-memory Transmit.
export {}
