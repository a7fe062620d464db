import {html, nothing, svg} from 'lit';
import type {SVGTemplateResult, TemplateResult} from 'lit';
import type {StoryFigure, StoryPanel} from '@upstander/schema';

/*
 * The pictures of a story's illustrated version, drawn as inline SVG from the lesson's description
 * (figures, moods, a balloon): nothing is fetched and no emoji font is needed. Each picture is one
 * `role="img"` named by the author's `alt`; the shapes inside are not exposed one by one.
 *
 * A figure's colours follow from how it looks (hair and skin), not from its place in the panel, so
 * a character keeps its colours from panel to panel.
 */

const WIDTH = 240;
const HEIGHT = 160;
const GROUND = 150;
const INK = '#1f2933';

const SKIN = ['#f5d6c0', '#e6b48f', '#c68a5e', '#8d5a3b', '#5e3b26'];
const HAIR_STYLES: StoryFigure['hair'][] = ['short', 'long', 'curly', 'ponytail', 'headscarf'];
const HAIR_DARK = ['#2b1d14', '#1c1815', '#4a2c1a'];
const HAIR_ANY = ['#2b1d14', '#7a4a2a', '#c7974a', '#1c1815', '#9c5233'];
const SHIRTS = ['#3f7fd0', '#2f9e6e', '#e07b39', '#c2417a', '#d9a520', '#5b8c99'];
const SCARVES = ['#7b4fa0', '#2f7d8c', '#b8475a'];
const ADULT_SHIRT = '#5f5690';
const TROUSERS = '#394a5f';

const look = (figure: StoryFigure) => {
  const style = HAIR_STYLES.indexOf(figure.hair);
  const dark = figure.skin >= 4;
  const hairs = dark ? HAIR_DARK : HAIR_ANY;
  return {
    skin: SKIN[figure.skin - 1] ?? SKIN[0]!,
    hair: hairs[(style + figure.skin * 2) % hairs.length]!,
    shirt: figure.adult ? ADULT_SHIRT : SHIRTS[(style * 2 + figure.skin) % SHIRTS.length]!,
    scarf: SCARVES[figure.skin % SCARVES.length]!,
  };
};

/** The face inside a head centred on (0, cy): eyes, brows and a mouth that show the mood. */
function face(mood: StoryFigure['mood'], cy: number): SVGTemplateResult {
  const eyes = svg`<circle cx="-6" cy=${cy - 2} r="2" fill=${INK} /><circle cx="6" cy=${cy - 2} r="2" fill=${INK} />`;
  const m = cy + 7;
  switch (mood) {
    case 'happy':
      return svg`${eyes}<path d="M-6 ${m - 1} Q0 ${m + 5} 6 ${m - 1}" fill="none" stroke=${INK} stroke-width="2" stroke-linecap="round" />`;
    case 'sad':
      return svg`${eyes}<path d="M-9 ${cy - 7} L-3 ${cy - 9} M9 ${cy - 7} L3 ${cy - 9}" stroke=${INK} stroke-width="1.6" stroke-linecap="round" />
        <path d="M-6 ${m + 2} Q0 ${m - 3} 6 ${m + 2}" fill="none" stroke=${INK} stroke-width="2" stroke-linecap="round" />
        <path d="M9 ${cy + 1} q-2 4 0 5 q2 -1 0 -5z" fill="#5aa0e0" />`;
    case 'angry':
      return svg`${eyes}<path d="M-10 ${cy - 9} L-3 ${cy - 6} M10 ${cy - 9} L3 ${cy - 6}" stroke=${INK} stroke-width="2" stroke-linecap="round" />
        <path d="M-6 ${m + 1} Q0 ${m - 2} 6 ${m + 1}" fill="none" stroke=${INK} stroke-width="2" stroke-linecap="round" />`;
    case 'worried':
      return svg`${eyes}<path d="M-9 ${cy - 6} L-3 ${cy - 9} M9 ${cy - 6} L3 ${cy - 9}" stroke=${INK} stroke-width="1.6" stroke-linecap="round" />
        <path d="M-5 ${m} q2.5 -2 5 0 t5 0" fill="none" stroke=${INK} stroke-width="2" stroke-linecap="round" />`;
    default:
      return svg`${eyes}<path d="M-5 ${m} L5 ${m}" stroke=${INK} stroke-width="2" stroke-linecap="round" />`;
  }
}

/** Hair drawn behind the head (long hair, a headscarf's drape). */
function hairBehind(figure: StoryFigure, colours: ReturnType<typeof look>): SVGTemplateResult | typeof nothing {
  if (figure.hair === 'long') return svg`<path d="M-19 -90 Q-22 -66 -16 -60 L16 -60 Q22 -66 19 -90 A19 19 0 0 0 -19 -90z" fill=${colours.hair} stroke=${INK} stroke-width="1.5" />`;
  if (figure.hair === 'headscarf') return svg`<path d="M-21 -88 A21 21 0 0 1 21 -88 L23 -64 Q0 -56 -23 -64z" fill=${colours.scarf} stroke=${INK} stroke-width="1.5" />`;
  return nothing;
}

/** Hair drawn over the head (a cap of hair, curls, a ponytail). */
function hairOver(figure: StoryFigure, colours: ReturnType<typeof look>): SVGTemplateResult | typeof nothing {
  const cap = svg`<path d="M-17.5 -89 A17.5 17.5 0 0 1 17.5 -89 C10 -99 -8 -101 -17.5 -89z" fill=${colours.hair} stroke=${INK} stroke-width="1.5" />`;
  switch (figure.hair) {
    case 'short':
    case 'long':
      return cap;
    case 'ponytail':
      return svg`<ellipse cx="20" cy="-93" rx="5" ry="10" transform="rotate(25 20 -93)" fill=${colours.hair} stroke=${INK} stroke-width="1.5" />${cap}`;
    case 'curly':
      return svg`${[200, 225, 250, 275, 300, 325, 350].map((deg) => {
        const rad = (deg * Math.PI) / 180;
        return svg`<circle cx=${(17 * Math.cos(rad)).toFixed(1)} cy=${(-88 + 17 * Math.sin(rad)).toFixed(1)} r="6.5" fill=${colours.hair} stroke=${INK} stroke-width="1.2" />`;
      })}`;
    default:
      return nothing;
  }
}

/** One figure with its feet at (0, 0), drawn upwards. */
function figureShape(figure: StoryFigure): SVGTemplateResult {
  const colours = look(figure);
  const scarf = figure.hair === 'headscarf';
  const faceY = scarf ? -86 : -88;
  const holding = figure.holds !== undefined;
  const hands = holding ? [-7, -48, 7, -48] : [-22, -38, 22, -38];
  return svg`
    <rect x="-10" y="-32" width="8" height="32" rx="3" fill=${TROUSERS} />
    <rect x="2" y="-32" width="8" height="32" rx="3" fill=${TROUSERS} />
    ${hairBehind(figure, colours)}
    <path d="M-15 -66 L${hands[0]} ${hands[1]} M15 -66 L${hands[2]} ${hands[3]}" stroke=${colours.shirt} stroke-width="7" stroke-linecap="round" />
    <path d="M-18 -30 L-15 -68 Q0 -74 15 -68 L18 -30z" fill=${colours.shirt} stroke=${INK} stroke-width="1.5" stroke-linejoin="round" />
    ${scarf
      ? svg`<circle cx="0" cy=${faceY} r="13" fill=${colours.skin} stroke=${INK} stroke-width="1.2" />`
      : svg`<circle cx="0" cy="-88" r="17" fill=${colours.skin} stroke=${INK} stroke-width="1.5" />`}
    ${hairOver(figure, colours)} ${face(figure.mood, faceY)}
    ${figure.wears === 'hearing-aid'
      ? svg`<path d="M15 -97 q7 2 6 11 q-1 5 -5 4" fill="none" stroke="#d4572a" stroke-width="3.5" stroke-linecap="round" />`
      : nothing}
    ${figure.wears === 'glasses'
      ? svg`<g fill="none" stroke=${INK} stroke-width="1.5"><circle cx="-6" cy=${faceY - 2} r="4.5" /><circle cx="6" cy=${faceY - 2} r="4.5" /><path d="M-1.5 ${faceY - 2} h3" /></g>`
      : nothing}
    ${figure.holds === 'phone'
      ? svg`<rect x="-5" y="-60" width="10" height="17" rx="2" fill="#2b2f36" /><rect x="-3.5" y="-58" width="7" height="12" rx="1" fill="#9fd0f5" />`
      : nothing}
    ${figure.holds === 'tablet'
      ? svg`<rect x="-14" y="-61" width="28" height="19" rx="2.5" fill="#2b2f36" /><rect x="-12" y="-59" width="24" height="15" rx="1" fill="#9fd0f5" />`
      : nothing}
    ${holding
      ? svg`<circle cx=${hands[0]} cy=${hands[1]} r="3.5" fill=${colours.skin} stroke=${INK} stroke-width="1" /><circle cx=${hands[2]} cy=${hands[3]} r="3.5" fill=${colours.skin} stroke=${INK} stroke-width="1" />`
      : nothing}`;
}

/** The balloon in the top right: chat lines (never words), a heart, a question mark, or game blocks. */
function balloon(kind: NonNullable<StoryPanel['picture']['balloon']>): SVGTemplateResult {
  const frame = svg`<path d="M166 16 h60 a10 10 0 0 1 10 10 v36 a10 10 0 0 1 -10 10 h-44 l-16 14 l4 -14 h-4 a10 10 0 0 1 -10 -10 v-36 a10 10 0 0 1 10 -10z" fill="#ffffff" stroke=${INK} stroke-width="1.5" stroke-linejoin="round" />`;
  switch (kind) {
    case 'chat':
      return svg`${frame}<g fill="#7d8899"><rect x="168" y="28" width="52" height="6" rx="3" /><rect x="168" y="40" width="38" height="6" rx="3" /><rect x="168" y="52" width="46" height="6" rx="3" /></g>`;
    case 'heart':
      return svg`${frame}<path d="M196 62 s-15 -9 -15 -19 a7.5 7.5 0 0 1 15 -3 a7.5 7.5 0 0 1 15 3 c0 10 -15 19 -15 19z" fill="#d6336c" stroke=${INK} stroke-width="1.2" />`;
    case 'question':
      return svg`${frame}<path d="M187 36 q1 -9 9 -9 q9 0 9 8 q0 5 -6 8 q-3 2 -3 7" fill="none" stroke=${INK} stroke-width="4.5" stroke-linecap="round" /><circle cx="196" cy="60" r="3" fill=${INK} />`;
    default:
      return svg`${frame}<g stroke=${INK} stroke-width="1.2"><rect x="175" y="44" width="15" height="15" fill="#2f9e6e" /><rect x="191" y="44" width="15" height="15" fill="#e07b39" /><rect x="183" y="28" width="15" height="15" fill="#3f7fd0" /></g>`;
  }
}

/** One picture: figures spread over the width (the left part when there is a balloon), adults taller. */
export function storyPicture(picture: StoryPanel['picture']): TemplateResult {
  const figures = picture.figures;
  const room = picture.balloon ? 160 : WIDTH;
  const scale = figures.length >= 3 ? 0.95 : 1.1;
  return html`<svg
    part="picture"
    class="picture"
    role="img"
    aria-label=${picture.alt}
    viewBox="0 0 ${WIDTH} ${HEIGHT}"
    focusable="false"
  >
    <rect x="0" y="0" width=${WIDTH} height=${HEIGHT} rx="8" fill="#eef3f8" />
    <rect x="0" y=${GROUND} width=${WIDTH} height=${HEIGHT - GROUND} fill="#d5e0ea" />
    ${figures.map((figure, i) => {
      const x = (room * (i + 1)) / (figures.length + 1);
      const s = scale * (figure.adult ? 1.15 : 1);
      return svg`<g transform="translate(${x.toFixed(1)} ${GROUND}) scale(${s})">${figureShape(figure)}</g>`;
    })}
    ${picture.balloon ? balloon(picture.balloon) : nothing}
  </svg>`;
}
