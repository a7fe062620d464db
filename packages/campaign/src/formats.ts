/** The image formats of the channels, in pixels. */
export const FORMATS = {
  feed: {width: 1080, height: 1350, label: 'Feed (1080 × 1350)'},
  story: {width: 1080, height: 1920, label: 'Story (1080 × 1920)'},
  square: {width: 1080, height: 1080, label: 'Vierkant (1080 × 1080)'},
} as const;
export type FormatName = keyof typeof FORMATS;
