// Entry of embed.js, the bundle a website loads to show lessons in its own pages:
//
//   <script type="module" src="https://example.org/upstander/embed.js"></script>
//   <up-lesson src="https://example.org/upstander/g78-online-respect.json"></up-lesson>
//
// <up-lesson> itself never fetches or tracks (it plays a lesson object and emits domain events). This
// script gives the `src` attribute its meaning: for every <up-lesson src> on the page, now or added
// later, it hands the URL to the player's launch(), which loads the lesson, keeps progress in the
// browser (or in the LMS when the page runs inside one) and shows it. Built by rollup into
// packages/packager/dist/embed.js; see docs/decisions/0003-packages-and-embed.md.
import {launch} from '@upstander/player';

const SELECTOR = 'up-lesson[src]';
/** Attributes of the author's element that the playing element keeps (class, style, id, aria-*, data-*). */
const KEEP = /^(class|style|id|title|lang|dir|aria-.+|data-.+)$/;

const loading = () => (document.documentElement.lang === 'en' ? 'The lesson is loading…' : 'De les wordt geladen…');

/**
 * Replaces one <up-lesson src> by a wrapper in which the player plays the lesson. The wrapper carries
 * `data-upstander-embed` with the source URL, so a page (and a test) can find it.
 */
async function embed(host: Element): Promise<void> {
  const src = host.getAttribute('src');
  if (!src || !host.isConnected) return;
  const root = document.createElement('div');
  // What the player reads from its root (data-upstander-kerndoelen, data-upstander-iri-base…) may be
  // given on the <up-lesson> element.
  for (const {name, value} of [...host.attributes]) if (name.startsWith('data-upstander-')) root.setAttribute(name, value);
  root.dataset['upstanderEmbed'] = src;
  const message = document.createElement('p');
  message.textContent = loading();
  root.append(message);
  host.replaceWith(root);
  const mode = host.getAttribute('mode') === 'classroom' ? 'classroom' : 'individual';
  await launch({lessonUrl: new URL(src, document.baseURI).href, root, mode});
  const player = root.querySelector('up-lesson');
  if (player) for (const {name, value} of [...host.attributes]) if (KEEP.test(name)) player.setAttribute(name, value);
}

function scan(node: ParentNode): void {
  if (node instanceof Element && node.matches(SELECTOR)) void embed(node);
  for (const host of node.querySelectorAll(SELECTOR)) void embed(host);
}

scan(document);
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
}).observe(document.documentElement, {childList: true, subtree: true});
