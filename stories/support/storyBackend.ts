/** Where stories send their requests: a same-origin path, as an app's backend proxy would be. */
export const STORY_BASE_URL = '/mock-transmit'
