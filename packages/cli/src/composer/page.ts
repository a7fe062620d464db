/**
 * The composer page (`/composer/` in the demo): pick lessons from the catalogue (filter by audience,
 * duration and kerndoel), put them in order with buttons (keyboard and mouse alike), see the total time
 * and the kerndoelen coverage change as you go, preview a lesson, and download the track file and its
 * SCORM 1.2 zip. Everything is computed here with the project's own packages: coverage from
 * @upstander/curriculum, the track and its checks from @upstander/schema, the zip from
 * @upstander/packager — the same code `upstander compose`, `validate` and `build` run.
 */
import {coverage, isSuperseded, kerndoel} from '@upstander/curriculum';
import {setAssets, trackScorm12Zip} from '@upstander/packager/browser';
import type {BrowserAssets} from '@upstander/packager/browser';
import {checkFiles, composeTrack, formatProblem, parseTrack} from '@upstander/schema';
import type {Completion, Lesson, Track} from '@upstander/schema';

type Attrs = Record<string, string | boolean | number | undefined | ((event: Event) => void)>;

function h(tag: string, attrs: Attrs = {}, ...children: (Node | string | undefined | false)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.replace(/^on/, ''), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== undefined && child !== false) el.append(child);
  return el;
}

const AUDIENCE: Record<string, string> = {po: 'po (groep 7-8)', vo: 'vo', jongerenwerk: 'jongerenwerk'};

interface State {
  lessons: Lesson[];
  chosen: string[];
  filter: {audience: string; maxMinutes: string; kerndoel: string};
  id: string;
  title: string;
  rule: 'all' | 'count' | 'mastery';
  ruleValue: string;
}

const state: State = {lessons: [], chosen: [], filter: {audience: '', maxMinutes: '', kerndoel: ''}, id: 'mijn-leerlijn', title: 'Mijn leerlijn', rule: 'all', ruleValue: ''};

const find = (id: string) => state.lessons.find((l) => l.id === id && l.language === 'nl') ?? state.lessons.find((l) => l.id === id);
/** One lesson per id (the Dutch one when there are translations), in the order the server lists them. */
const catalogue = () => [...new Set(state.lessons.map((l) => l.id))].map((id) => find(id)!);

function completion(): Completion {
  if (state.rule === 'count') return {rule: 'count', count: Number(state.ruleValue) || 1};
  if (state.rule === 'mastery') return {rule: 'mastery', score: Number(state.ruleValue === '' ? 80 : state.ruleValue)};
  return {rule: 'all'};
}

/** The track file as the page would download it. */
function trackData(): Record<string, unknown> {
  return composeTrack(
    {id: state.id, title: state.title, lessons: state.chosen.map((lesson) => ({lesson})), completion: completion(), schema: new URL('/schemas/track.schema.json', location.href).href},
    catalogue(),
  ) as Record<string, unknown>;
}

const encoder = new TextEncoder();
const trackText = () => `${JSON.stringify(trackData(), null, 2)}\n`;

/** The validator's problems for the track, with its lessons, in the messages `upstander validate` prints. */
function problems(): string[] {
  const lessons = state.chosen.map(find).filter((l): l is Lesson => !!l);
  const sources = [{name: `${state.id || 'leerlijn'}.json`, bytes: encoder.encode(trackText())}, ...lessons.map((l) => ({name: `${l.id}.json`, bytes: encoder.encode(JSON.stringify(l))}))];
  const lookup = (id: string) => {
    const goal = kerndoel(id);
    return goal && {level: goal.level, superseded: isSuperseded(goal)};
  };
  return checkFiles(sources, {kerndoel: lookup}).map((p) => formatProblem(p, 'nl'));
}

function download(name: string, data: Uint8Array | string, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], {type}));
  const a = h('a', {href: url, download: name});
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const status = h('p', {id: 'status', role: 'status'});
const chosenList = h('ol', {class: 'chosen', id: 'gekozen'});
const totals = h('p', {id: 'totaal'});
const problemList = h('ul', {class: 'problems', id: 'problemen'});
const coverageBox = h('div', {id: 'dekking'});
const lessonList = h('ul', {class: 'lessons', id: 'lessen'});
const jsonButton = h('button', {type: 'button', onclick: () => save('json')}, 'Download leerlijn (JSON)');
const zipButton = h('button', {type: 'button', onclick: () => save('zip')}, 'Download SCORM 1.2-pakket (zip)');

function save(kind: 'json' | 'zip'): void {
  const found = problems();
  if (found.length > 0) {
    status.textContent = `Niet gedownload: los eerst ${found.length === 1 ? 'het probleem' : `de ${found.length} problemen`} op.`;
    return;
  }
  if (kind === 'json') {
    download(`${state.id}.json`, trackText(), 'application/json');
    status.textContent = `${state.id}.json gedownload.`;
    return;
  }
  const parsed = parseTrack(trackData());
  if (!parsed.success) return;
  const lessons = state.lessons.filter((l) => state.chosen.includes(l.id));
  const {name, data} = trackScorm12Zip(parsed.data as Track, lessons);
  download(name, data, 'application/zip');
  status.textContent = `${name} gedownload (${Math.round(data.length / 1024)} kB).`;
}

/** Moves the lesson at `i` by `by` places and keeps the focus on the button that moved it. */
function move(i: number, by: -1 | 1): void {
  const j = i + by;
  if (j < 0 || j >= state.chosen.length) return;
  [state.chosen[i], state.chosen[j]] = [state.chosen[j]!, state.chosen[i]!];
  const id = state.chosen[j]!;
  update();
  const target = chosenList.querySelector<HTMLButtonElement>(`[data-lesson="${id}"][data-move="${by < 0 ? 'up' : 'down'}"]:not([disabled])`) ?? chosenList.querySelector<HTMLButtonElement>(`[data-lesson="${id}"][data-move]:not([disabled])`);
  target?.focus();
  status.textContent = `${find(id)?.title ?? id} staat nu op plaats ${j + 1} van ${state.chosen.length}.`;
}

function toggle(id: string): void {
  const at = state.chosen.indexOf(id);
  if (at >= 0) state.chosen.splice(at, 1);
  else state.chosen.push(id);
  const title = find(id)?.title ?? id;
  status.textContent = at >= 0 ? `${title} uit de leerlijn gehaald.` : `${title} toegevoegd op plaats ${state.chosen.length}.`;
  update();
}

function renderCatalogue(): void {
  const {audience, maxMinutes, kerndoel: goal} = state.filter;
  const shown = catalogue().filter((l) => (!audience || l.audience === audience) && (!maxMinutes || l.durationMinutes <= Number(maxMinutes)) && (!goal || l.kerndoelen.includes(goal)));
  lessonList.replaceChildren(
    ...shown.map((l) =>
      h(
        'li',
        {},
        h('h3', {}, l.title),
        h('p', {class: 'meta'}, `${AUDIENCE[l.audience] ?? l.audience} · ${l.durationMinutes} minuten · kerndoelen ${l.kerndoelen.join(', ')}`),
        h('button', {type: 'button', 'data-toggle': l.id, onclick: () => toggle(l.id)}, ''),
        ' ',
        h('a', {href: `/web/${l.id}/`, target: '_blank', rel: 'noopener'}, h('span', {}, 'Bekijk'), h('span', {class: 'visually-hidden'}, ` ${l.title}`), h('span', {class: 'visually-hidden'}, ' (opent in een nieuw tabblad)')),
      ),
    ),
  );
  if (shown.length === 0) lessonList.append(h('li', {}, 'Geen lessen bij dit filter.'));
  updateToggles();
}

function updateToggles(): void {
  for (const button of lessonList.querySelectorAll<HTMLButtonElement>('[data-toggle]')) {
    const id = button.dataset['toggle']!;
    const title = find(id)?.title ?? id;
    const inTrack = state.chosen.includes(id);
    button.textContent = inTrack ? `Haal uit leerlijn: ${title}` : `Voeg toe: ${title}`;
  }
}

function renderCoverage(): void {
  const lessons = state.chosen.map(find).filter((l): l is Lesson => !!l);
  if (lessons.length === 0) {
    coverageBox.replaceChildren(h('p', {}, 'Nog geen lessen gekozen.'));
    return;
  }
  const c = coverage(lessons);
  const head = h('tr', {}, h('th', {scope: 'col'}, 'Kerndoel'), h('th', {scope: 'col'}, 'Titel (SLO)'), ...lessons.map((l, i) => h('th', {scope: 'col'}, h('abbr', {title: l.title}, `Les ${i + 1}`))));
  const rows = c.covered.map((g) =>
    h('tr', {}, h('th', {scope: 'row'}, `${g.id} (${g.set})`), h('td', {}, g.title), ...lessons.map((l) => h('td', {}, g.lessons.includes(l.id) ? '✓' : '', g.lessons.includes(l.id) ? h('span', {class: 'visually-hidden'}, 'gedekt') : ''))),
  );
  const open = c.level ? c.open : [];
  coverageBox.replaceChildren(
    h('table', {}, h('caption', {}, 'Kerndoelen per les'), h('thead', {}, head), h('tbody', {}, ...rows)),
    h('h3', {}, `Nog open (${c.level ?? 'verschillende niveaus'}): ${open.length}`),
    open.length ? h('details', {}, h('summary', {}, 'Toon de open kerndoelen'), h('ul', {}, ...open.map((g) => h('li', {}, `${g.id} (${g.set}): ${g.title}`)))) : h('p', {}, c.level ? 'Geen.' : 'Niet te bepalen.'),
  );
}

function update(): void {
  chosenList.replaceChildren(
    ...state.chosen.map((id, i) => {
      const l = find(id);
      const title = l?.title ?? id;
      return h(
        'li',
        {},
        h('span', {}, `${title} (${l?.durationMinutes ?? '?'} min) `),
        h('button', {type: 'button', 'data-lesson': id, 'data-move': 'up', 'aria-label': `${title} omhoog`, disabled: i === 0, onclick: () => move(i, -1)}, 'omhoog'),
        h('button', {type: 'button', 'data-lesson': id, 'data-move': 'down', 'aria-label': `${title} omlaag`, disabled: i === state.chosen.length - 1, onclick: () => move(i, 1)}, 'omlaag'),
        h('button', {type: 'button', 'aria-label': `${title} verwijderen`, onclick: () => toggle(id)}, 'verwijderen'),
      );
    }),
  );
  if (state.chosen.length === 0) chosenList.append(h('li', {}, 'Nog geen lessen: voeg ze toe uit de lijst.'));
  const minutes = state.chosen.reduce((sum, id) => sum + (find(id)?.durationMinutes ?? 0), 0);
  totals.textContent = `${state.chosen.length} ${state.chosen.length === 1 ? 'les' : 'lessen'}, samen ${minutes} minuten.`;
  const found = state.chosen.length > 0 ? problems() : ['Kies minstens één les.'];
  problemList.replaceChildren(...found.map((p) => h('li', {}, p)));
  problemList.previousElementSibling!.textContent = found.length ? `Problemen (${found.length})` : 'Problemen: geen, de leerlijn is geldig.';
  updateToggles();
  renderCoverage();
}

function select(label: string, id: string, options: [string, string][], onchange: (value: string) => void, value = ''): HTMLElement {
  return h(
    'label',
    {for: id},
    `${label} `,
    h('select', {id, onchange: (e: Event) => onchange((e.target as HTMLSelectElement).value)}, ...options.map(([v, text]) => h('option', {value: v, selected: v === value}, text))),
  );
}

function input(label: string, id: string, value: string, oninput: (value: string) => void, attrs: Attrs = {}): HTMLElement {
  return h('label', {for: id}, `${label} `, h('input', {id, value, ...attrs, oninput: (e: Event) => oninput((e.target as HTMLInputElement).value)}));
}

async function start(): Promise<void> {
  const main = document.getElementById('composer')!;
  const [lessons, assets] = await Promise.all([
    fetch('lessons.json').then((r) => r.json() as Promise<Lesson[]>),
    fetch('assets.json').then((r) => r.json() as Promise<{player: {path: string; data: string}[]; schemas: {scorm12: {path: string; data: string}[]}}>),
  ]);
  const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const files = (list: {path: string; data: string}[]) => list.map((f) => ({path: f.path, data: bytes(f.data)}));
  setAssets({player: files(assets.player), schemas: {scorm12: files(assets.schemas.scorm12)}} satisfies BrowserAssets);
  state.lessons = lessons;
  const goals = [...new Set(catalogue().flatMap((l) => l.kerndoelen))].sort();
  const minutes = [...new Set(catalogue().map((l) => l.durationMinutes))].sort((a, b) => a - b);
  const audiences = [...new Set(catalogue().map((l) => l.audience))];
  const refilter = (key: keyof State['filter']) => (value: string) => {
    state.filter[key] = value;
    renderCatalogue();
  };
  const ruleValue = input('Aantal of score', 'regel-waarde', '', (v) => ((state.ruleValue = v), update()), {type: 'number', min: 0, max: 100, inputmode: 'numeric'});
  main.replaceChildren(
    h(
      'section',
      {'aria-labelledby': 'lessen-kop'},
      h('h2', {id: 'lessen-kop'}, 'Lessen'),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Filter'),
        select('Doelgroep', 'filter-doelgroep', [['', 'Alle'], ...audiences.map((a): [string, string] => [a, AUDIENCE[a] ?? a])], refilter('audience')),
        select('Hoogstens', 'filter-duur', [['', 'Elke duur'], ...minutes.map((m): [string, string] => [String(m), `${m} minuten`])], refilter('maxMinutes')),
        select('Kerndoel', 'filter-kerndoel', [['', 'Alle kerndoelen'], ...goals.map((g): [string, string] => [g, `${g}: ${kerndoel(g)?.text ?? ''}`.slice(0, 110)])], refilter('kerndoel')),
      ),
      lessonList,
    ),
    h(
      'section',
      {'aria-labelledby': 'lijn-kop'},
      h('h2', {id: 'lijn-kop'}, 'Jouw leerlijn'),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Gegevens'),
        input('Id (kleine letters, cijfers, streepjes)', 'lijn-id', state.id, (v) => ((state.id = v.trim()), update()), {autocomplete: 'off', spellcheck: 'false'}),
        input('Titel', 'lijn-titel', state.title, (v) => ((state.title = v), update())),
        select('Afgerond als', 'lijn-regel', [['all', 'alle lessen af zijn'], ['count', 'een aantal lessen af is'], ['mastery', 'alles af is met een gemiddelde score']], (v) => ((state.rule = v as State['rule']), update()), state.rule),
        ruleValue,
      ),
      h('h3', {}, 'Volgorde'),
      chosenList,
      totals,
      h('h3', {}, 'Problemen'),
      problemList,
      h('p', {}, jsonButton, ' ', zipButton),
      status,
      h('h3', {}, 'Kerndoelen'),
      coverageBox,
    ),
  );
  renderCatalogue();
  update();
}

start().catch((error: unknown) => {
  document.getElementById('composer')!.replaceChildren(h('p', {role: 'alert'}, `De composer kon niet starten: ${error instanceof Error ? error.message : String(error)}`));
});
