/**
 * Our own illustration set: simple shapes as SVG, in the card's text and accent colours. No stock
 * images, nothing fetched.
 */
export interface IllustrationInfo {
  label: string;
  svg(text: string, accent: string): string;
}

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="200" height="200">${body}</svg>`;

export const ILLUSTRATIONS = {
  hand: {
    label: 'Opgestoken hand',
    svg: (t, a) =>
      svg(`<circle cx="100" cy="100" r="92" fill="${a}"/><path d="M70 150 V88 a10 10 0 0 1 20 0 V60 a10 10 0 0 1 20 0 V56 a10 10 0 0 1 20 0 V70 a10 10 0 0 1 20 0 V122 q0 34 -34 40 H92 q-14 0 -22 -12 L44 112 a11 11 0 0 1 17 -13 L70 110 Z" fill="${t}"/>`),
  },
  hart: {
    label: 'Hart',
    svg: (t, a) =>
      svg(`<circle cx="100" cy="100" r="92" fill="${a}"/><path d="M100 160 L46 104 a30 30 0 0 1 54 -38 a30 30 0 0 1 54 38 Z" fill="${t}"/>`),
  },
  praatwolk: {
    label: 'Praatwolk',
    svg: (t, a) =>
      svg(`<circle cx="100" cy="100" r="92" fill="${a}"/><path d="M44 58 h112 a14 14 0 0 1 14 14 v52 a14 14 0 0 1 -14 14 H92 l-30 26 v-26 H44 a14 14 0 0 1 -14 -14 V72 a14 14 0 0 1 14 -14 Z" fill="${t}"/><circle cx="72" cy="98" r="9" fill="${a}"/><circle cx="100" cy="98" r="9" fill="${a}"/><circle cx="128" cy="98" r="9" fill="${a}"/>`),
  },
  schild: {
    label: 'Schild',
    svg: (t, a) =>
      svg(`<circle cx="100" cy="100" r="92" fill="${a}"/><path d="M100 36 L154 56 V98 q0 44 -54 70 q-54 -26 -54 -70 V56 Z" fill="${t}"/><path d="M76 100 l18 18 l32 -34" stroke="${a}" stroke-width="12" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`),
  },
  groep: {
    label: 'Groep mensen',
    svg: (t, a) =>
      svg(`<circle cx="100" cy="100" r="92" fill="${a}"/><circle cx="62" cy="82" r="16" fill="${t}"/><circle cx="138" cy="82" r="16" fill="${t}"/><circle cx="100" cy="70" r="20" fill="${t}"/><path d="M34 146 a28 28 0 0 1 56 0 Z M110 146 a28 28 0 0 1 56 0 Z M64 150 a36 36 0 0 1 72 0 Z" fill="${t}"/>`),
  },
  telefoon: {
    label: 'Telefoon',
    svg: (t, a) =>
      svg(`<circle cx="100" cy="100" r="92" fill="${a}"/><rect x="66" y="34" width="68" height="132" rx="12" fill="${t}"/><rect x="76" y="52" width="48" height="90" rx="4" fill="${a}"/><circle cx="100" cy="154" r="6" fill="${a}"/>`),
  },
} as const satisfies Record<string, IllustrationInfo>;
export type IllustrationName = keyof typeof ILLUSTRATIONS;
