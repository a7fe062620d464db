// The preview LMS of `npm start` and of the end-to-end tests. SCORM 1.2 or 2004: scorm-again plays the
// LMS side in this page and a packaged lesson runs in the frame, exactly as in Moodle; the page shows
// live what the LMS receives, and keeps the LMS data in sessionStorage so a reload resumes (which
// package: `?launch=`). xAPI or cmi5: the demo server makes the launch as an LMS does (launch
// parameters, a cmi5 fetch URL) and the page shows the statements the demo's LRS stores as they arrive
// (which package: `?package=`). Which standard: `<body data-standard="…">`.

import {makeMoodleStrict} from './moodle-rules.js';
import type {Refusal} from './moodle-rules.js';

interface LmsApi {
  cmi: object;
  on(event: string, callback: (element: string, value?: string) => void): void;
  loadFromJSON(json: unknown): void;
}

type LmsConstructor = new (settings: Record<string, unknown>) => LmsApi;

interface Standard {
  /** The global scorm-again defines, and the window property a SCO looks for. */
  constructorName: 'Scorm12API' | 'Scorm2004API';
  windowName: 'API' | 'API_1484_11';
  calls: {initialize: string; setValue: string; commit: string; finish: string};
  /** The part of the LMS's data model an LMS keeps between sessions of one attempt (what Moodle stores). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- scorm-again's cmi object is untyped here
  snapshot(cmi: any): unknown;
}

const STANDARDS: Record<string, Standard> = {
  scorm12: {
    constructorName: 'Scorm12API',
    windowName: 'API',
    calls: {initialize: 'LMSInitialize', setValue: 'LMSSetValue', commit: 'LMSCommit', finish: 'LMSFinish'},
    snapshot: ({core, suspend_data}) => ({
      core: {
        lesson_status: core.lesson_status,
        lesson_location: core.lesson_location,
        entry: core.exit === 'suspend' ? 'resume' : '',
        score: {raw: core.score.raw, min: core.score.min, max: core.score.max},
      },
      suspend_data,
    }),
  },
  scorm2004: {
    constructorName: 'Scorm2004API',
    windowName: 'API_1484_11',
    calls: {initialize: 'Initialize', setValue: 'SetValue', commit: 'Commit', finish: 'Terminate'},
    snapshot: (cmi) => ({
      completion_status: cmi.completion_status,
      success_status: cmi.success_status,
      location: cmi.location,
      entry: cmi.exit === 'suspend' ? 'resume' : '',
      score: {raw: cmi.score.raw, min: cmi.score.min, max: cmi.score.max, scaled: cmi.score.scaled},
      progress_measure: cmi.progress_measure,
      suspend_data: cmi.suspend_data,
    }),
  },
};

const kind = document.body.dataset['standard'] ?? 'scorm12';
const params = new URLSearchParams(location.search);

/** The LMS's data model as scorm-again stores it (toJSON also reveals write-only elements). */
const dataModel = (api: LmsApi) => JSON.parse(JSON.stringify(api.cmi));

function row(table: HTMLTableSectionElement, element: string, value: string) {
  let tr = table.querySelector<HTMLTableRowElement>(`tr[data-element="${CSS.escape(element)}"]`);
  if (!tr) {
    tr = table.insertRow();
    tr.dataset['element'] = element;
    tr.insertCell().textContent = element;
    tr.insertCell();
  }
  tr.cells[1]!.textContent = value;
}

/** hh:mm:ss, without Intl: formatting a time with a locale costs the lesson frame ~80 ms on a slow CPU. */
const clock = (date: Date) => [date.getHours(), date.getMinutes(), date.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');

function log(text: string) {
  const list = document.querySelector('#log')!;
  const item = document.createElement('li');
  item.textContent = `${clock(new Date())} ${text}`;
  list.prepend(item);
}

function startScorm(standard: Standard) {
  const launch = params.get('launch') ?? '';
  const storageKey = `upstander-preview-lms:${standard.constructorName}:${launch}`;
  document.querySelector('#reset')?.addEventListener('click', () => {
    sessionStorage.removeItem(storageKey);
    location.reload();
  });
  const saved = sessionStorage.getItem(storageKey);
  const Api = (window as unknown as Record<string, LmsConstructor>)[standard.constructorName]!;
  const api = new Api({autocommit: false, lmsCommitUrl: false, logLevel: 5});
  if (saved) api.loadFromJSON(JSON.parse(saved));
  // As strict as Moodle 4.3: a value Moodle would refuse is refused here too, and shown.
  const refused: Refusal[] = [];
  makeMoodleStrict(api as unknown as Record<string, unknown>, standard.windowName === 'API' ? '1.2' : '2004', refused);
  const push = refused.push.bind(refused);
  refused.push = (...items: Refusal[]) => {
    for (const r of items) log(`${calls.setValue}(${r.element}) geweigerd zoals Moodle dat doet (${r.code}): ${r.value}`);
    return push(...items);
  };
  const table = document.querySelector<HTMLTableSectionElement>('#cmi tbody')!;
  const {calls} = standard;
  const snapshot = () => standard.snapshot(dataModel(api));
  api.on(calls.initialize, () => log(calls.initialize));
  api.on(`${calls.setValue}.cmi.*`, (element, value) => row(table, element, String(value)));
  api.on(calls.commit, () => {
    sessionStorage.setItem(storageKey, JSON.stringify(snapshot()));
    log(`${calls.commit}: opgeslagen`);
  });
  api.on(calls.finish, () => log(calls.finish));
  Object.assign(window, {[standard.windowName]: api, upstanderLms: {api, snapshot, refused}});
  if (saved) log('LMS-gegevens van een eerdere poging geladen (hervatten)');
  document.querySelector<HTMLIFrameElement>('#sco')!.src = launch;
}

interface Statement {
  id: string;
  timestamp?: string;
  verb: {id: string; display?: Record<string, string>};
  object: {id: string; definition?: {name?: Record<string, string>}};
  result?: {score?: {scaled?: number; raw?: number}; completion?: boolean; success?: boolean; response?: string};
}

/** One line of what a result says, in words a teacher reads. */
function describeResult(result: Statement['result']): string {
  if (!result) return '';
  const parts: string[] = [];
  if (result.score?.scaled !== undefined) parts.push(`score ${Math.round(result.score.scaled * 100)}%`);
  if (result.success !== undefined) parts.push(result.success ? 'goed / geslaagd' : 'fout / niet geslaagd');
  if (result.completion) parts.push('voltooid');
  if (result.response !== undefined) parts.push(`antwoord: ${result.response}`);
  return parts.join(' · ');
}

async function startLrs(standard: 'xapi' | 'cmi5') {
  const name = params.get('package') ?? '';
  const storageKey = `upstander-preview-lrs:${standard}:${name}`;
  document.querySelector('#reset')?.addEventListener('click', () => {
    sessionStorage.removeItem(storageKey);
    location.reload();
  });
  // One registration per package in this tab: a reload is a new session of the same attempt (resume).
  let registration = sessionStorage.getItem(storageKey);
  if (!registration) {
    registration = crypto.randomUUID();
    sessionStorage.setItem(storageKey, registration);
  } else log('Eerdere poging van deze les (hervatten)');
  const response = await fetch(`/lms/launch/${standard}/${encodeURIComponent(name)}/${registration}`);
  if (!response.ok) {
    log(`Dit pakket kan hier niet worden gestart (${response.status}).`);
    return;
  }
  const launch = (await response.json()) as {url: string; endpoint: string; auth: string};
  log(`${standard === 'cmi5' ? 'cmi5' : 'xAPI'}-start met registratie ${registration}`);
  document.querySelector<HTMLIFrameElement>('#sco')!.src = launch.url;

  const table = document.querySelector<HTMLTableSectionElement>('#statements tbody')!;
  const shown = new Set<string>();
  const statements: Statement[] = [];
  const poll = async () => {
    try {
      // An LRS answers a page at a time (ADL's: 100 at most); `more` leads to the rest.
      let next = `${launch.endpoint}statements?registration=${registration}&ascending=true`;
      const list: Statement[] = [];
      while (next) {
        const answer = await fetch(next, {headers: {Authorization: launch.auth, 'X-Experience-API-Version': '1.0.3'}});
        const page = (await answer.json()) as {statements: Statement[]; more?: string};
        list.push(...page.statements);
        next = page.more ? new URL(page.more, launch.endpoint).href : '';
      }
      for (const statement of list) {
        if (shown.has(statement.id)) continue;
        shown.add(statement.id);
        statements.push(statement);
        const tr = table.insertRow();
        tr.dataset['verb'] = statement.verb.id.split('/').pop() ?? '';
        const verb = statement.verb.display?.['nl-NL'] ?? statement.verb.display?.['en-US'] ?? statement.verb.id;
        const about = statement.object.definition?.name?.['nl-NL'] ?? statement.object.id;
        for (const value of [clock(new Date(statement.timestamp ?? Date.now())), verb, about, describeResult(statement.result)]) {
          tr.insertCell().textContent = value;
        }
      }
    } catch (error) {
      log(`De LRS antwoordt niet (${error instanceof Error ? error.message : String(error)})`);
    }
  };
  Object.assign(window, {upstanderLrs: {registration, statements, launch}});
  await poll();
  setInterval(() => void poll(), 1000);
}

if (kind === 'xapi' || kind === 'cmi5') void startLrs(kind);
else startScorm(STANDARDS[kind] ?? STANDARDS['scorm12']!);
