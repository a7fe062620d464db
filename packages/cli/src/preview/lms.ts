// The preview LMS of `npm start` and of the end-to-end tests: scorm-again plays the LMS side of
// SCORM 1.2 in this page and a packaged lesson runs in the frame, exactly as in Moodle. The page
// shows live what the LMS receives, and keeps the LMS data in sessionStorage so a reload resumes.

interface CmiJson {
  core: {lesson_status: string; lesson_location: string; exit: string; score: {raw: string; min: string; max: string}};
  suspend_data: string;
}

interface LmsApi {
  cmi: object;
  on(event: string, callback: (element: string, value?: string) => void): void;
  loadFromJSON(json: unknown): void;
  LMSGetLastError(): string;
}

declare const Scorm12API: new (settings: Record<string, unknown>) => LmsApi;

const params = new URLSearchParams(location.search);
const launch = params.get('launch') ?? '';
const storageKey = `upstander-preview-lms:${launch}`;

/** The part of the LMS's data model an LMS keeps between attempts (what Moodle stores). */
function snapshot(api: LmsApi) {
  // toJSON is how scorm-again renders its data model for storage (write-only elements included).
  const cmi = JSON.parse(JSON.stringify(api.cmi)) as CmiJson;
  const {core} = cmi;
  return {
    core: {
      lesson_status: core.lesson_status,
      lesson_location: core.lesson_location,
      entry: core.exit === 'suspend' ? 'resume' : '',
      score: {raw: core.score.raw, min: core.score.min, max: core.score.max},
    },
    suspend_data: cmi.suspend_data,
  };
}

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

function log(text: string) {
  const list = document.querySelector('#log')!;
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString('nl-NL')} ${text}`;
  list.prepend(item);
}

function start() {
  const saved = sessionStorage.getItem(storageKey);
  const api = new Scorm12API({autocommit: false, lmsCommitUrl: false, logLevel: 5});
  if (saved) api.loadFromJSON(JSON.parse(saved));
  const table = document.querySelector<HTMLTableSectionElement>('#cmi tbody')!;
  api.on('LMSInitialize', () => log('LMSInitialize'));
  api.on('LMSSetValue.cmi.*', (element, value) => row(table, element, String(value)));
  api.on('LMSCommit', () => {
    sessionStorage.setItem(storageKey, JSON.stringify(snapshot(api)));
    log('LMSCommit: opgeslagen');
  });
  api.on('LMSFinish', () => log('LMSFinish'));
  Object.assign(window, {API: api, upstanderLms: {api, snapshot: () => snapshot(api)}});
  if (saved) log('LMS-gegevens van een eerdere poging geladen (hervatten)');
  document.querySelector<HTMLIFrameElement>('#sco')!.src = launch;
}

document.querySelector('#reset')?.addEventListener('click', () => {
  sessionStorage.removeItem(storageKey);
  location.reload();
});

start();
