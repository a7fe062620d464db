/**
 * The demo page of every element, each in both modes (individual and classroom), with the real
 * lessons of groep 7-8 and their track:
 * - a lesson in individual mode and in classroom mode (digibord), the classroom one with the
 *   facilitator guide beside it (a page toggle, "Notities voor de begeleider") or in a second
 *   window, both following the step on screen through `up-progressed`;
 * - the track in both modes, whose progress fills in as lessons are finished here; choosing a lesson
 *   in it shows that lesson everywhere on the page;
 * - every activity element on its own, individual and classroom side by side: a step of the lesson
 *   on screen, else of another lesson, else an example (`examples` in data.ts), so that no element
 *   is missing whatever the lessons hold; `<up-help-points>` gets that lesson's help points;
 * - the printable facilitator guide;
 * - a log of the domain events.
 */
import '../../packages/elements/src/index.js';
import type {UpFacilitatorGuide, UpLesson, UpTrack} from '../../packages/elements/src/index.js';
import type {TrackProgress} from '../../packages/elements/src/index.js';
import {ACTIVITY_TYPES} from '@upstander/schema';
import type {Activity, ActivityType, Lesson} from '@upstander/schema';
import {CHANNEL, examples, lessons, problems, track} from './data.js';
import type {ClassroomMessage} from './data.js';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

const individual = $<UpLesson>('#lesson-individual');
const classroom = $<UpLesson>('#lesson-classroom');
const notes = $<UpFacilitatorGuide>('#notes-guide');
const printable = $<UpFacilitatorGuide>('#print-guide');
const tracks = [$<UpTrack>('#track'), $<UpTrack>('#track-classroom')];
const activities = $<HTMLElement>('#activities');

if (problems.length > 0) {
  const warning = $<HTMLElement>('#problems');
  warning.hidden = false;
  warning.querySelector('pre')!.textContent = problems.join('\n\n');
}

// Second screen: the classroom lesson tells every guide which step is on screen.
const channel = 'BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : undefined;
let onScreen: ClassroomMessage | undefined;
classroom.addEventListener('up-progressed', (e) => {
  notes.step = e.detail.stepId;
  onScreen = {type: 'step', lessonId: e.detail.lessonId, stepId: e.detail.stepId};
  channel?.postMessage(onScreen);
});
channel?.addEventListener('message', (e: MessageEvent<ClassroomMessage>) => {
  if (e.data.type === 'hello' && onScreen) channel.postMessage(onScreen);
});

// "Notities voor de begeleider": the page shows or hides the guide beside the classroom lesson.
const toggle = $<HTMLButtonElement>('#toggle-notes');
toggle.addEventListener('click', () => {
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  toggle.setAttribute('aria-expanded', String(open));
  $<HTMLElement>('#notes').hidden = !open;
  $<HTMLElement>('.classroom-layout').classList.toggle('with-notes', open);
});
$<HTMLButtonElement>('#open-second-screen').addEventListener('click', () => {
  const url = new URL('guide.html', location.href);
  url.searchParams.set('les', classroom.lesson?.id ?? '');
  url.searchParams.set('volg', '');
  window.open(url, 'upstander-draaiboek');
});

// The track, in both modes: progress from the lessons on this page; choosing a lesson shows it on the whole page.
let progress: TrackProgress = {};
for (const el of [individual, classroom]) {
  el.addEventListener('up-completed', (e) => {
    const score = e.detail.score;
    progress = {...progress, [e.detail.lessonId]: {completed: true, score: score ? Math.round((score.raw / score.max) * 100) : undefined}};
    for (const trackEl of tracks) trackEl.progress = progress;
  });
}
for (const trackEl of tracks) {
  trackEl.track = track;
  trackEl.lessons = lessons;
  trackEl.addEventListener('up-lesson-selected', (e) => {
    const chosen = lessons.find((l) => l.id === e.detail.lessonId);
    if (!chosen) return;
    show(chosen);
    const heading = $<HTMLElement>('#les-h');
    heading.scrollIntoView({behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'});
    heading.focus({preventScroll: true});
  });
}

/** Shows `lesson` in every element of the page. */
function show(lesson: Lesson): void {
  individual.lesson = lesson;
  classroom.lesson = lesson;
  notes.lesson = lesson;
  notes.step = undefined;
  printable.lesson = lesson;
  for (const el of document.querySelectorAll('.lesson-title')) el.textContent = lesson.title;
  renderActivities(lesson);
}

/** Where the demo takes an example of an activity type from. */
interface Example {
  activity: Activity;
  /** The lesson and step it comes from; none for an example of data.ts. */
  lesson?: Lesson;
  stepIndex?: number;
}

/** An example of every activity type: from `lesson` first, then from the other lessons, then from data.ts. */
function examplesFor(lesson: Lesson): Map<ActivityType, Example> {
  const found = new Map<ActivityType, Example>();
  for (const source of [lesson, ...lessons.filter((l) => l !== lesson)]) {
    source.steps.forEach((step, stepIndex) => {
      if (!found.has(step.activity.type)) found.set(step.activity.type, {activity: step.activity, lesson: source, stepIndex});
    });
  }
  for (const activity of examples) if (!found.has(activity.type)) found.set(activity.type, {activity});
  return found;
}

/** Every activity element (`up-<type>`) on its own, individual and classroom side by side. */
function renderActivities(lesson: Lesson): void {
  const found = examplesFor(lesson);
  activities.replaceChildren();
  for (const type of ACTIVITY_TYPES) {
    const example = found.get(type);
    const tag = `up-${type}`;
    const card = document.createElement('article');
    card.className = 'card';
    card.setAttribute('aria-labelledby', `element-${type}`);
    const heading = document.createElement('h3');
    heading.id = `element-${type}`;
    heading.append(Object.assign(document.createElement('code'), {textContent: `<${tag}>`}));
    const source = document.createElement('p');
    source.className = 'tag';
    source.textContent = !example
      ? 'Geen voorbeeld gevonden.'
      : example.lesson
        ? `Uit de les ‘${example.lesson.title}’, stap ${example.stepIndex! + 1}: ${example.lesson.steps[example.stepIndex!]!.title}`
        : 'Een voorbeeld: geen les hier gebruikt dit type nog.';
    card.append(heading, source);
    if (example && customElements.get(tag)) {
      const modes = document.createElement('div');
      modes.className = 'modes';
      for (const mode of ['individual', 'classroom'] as const) {
        const column = document.createElement('div');
        column.className = 'mode-column';
        column.dataset.mode = mode;
        column.append(Object.assign(document.createElement('h4'), {textContent: mode === 'classroom' ? 'Klassikaal' : 'Individueel'}));
        column.append(activityElement(tag, example, mode));
        modes.append(column);
      }
      card.append(modes);
    } else {
      card.append(Object.assign(document.createElement('p'), {textContent: 'Dit element bestaat nog niet.'}));
    }
    activities.append(card);
  }
}

/** One activity element set up as `<up-lesson>` does: ids, language, mode and, for help points, the lesson's help points. */
function activityElement(tag: string, {activity, lesson, stepIndex}: Example, mode: 'individual' | 'classroom'): HTMLElement {
  const el = document.createElement(tag) as HTMLElement & {activity?: unknown; helpPoints?: unknown};
  el.activity = activity;
  el.lang = lesson?.language ?? 'nl';
  if (lesson) {
    el.setAttribute('lesson-id', lesson.id);
    el.setAttribute('step-id', lesson.steps[stepIndex!]!.id);
  }
  if ('mode' in el) el.setAttribute('mode', mode);
  if ('helpPoints' in el) el.helpPoints = lesson?.helpPoints ?? lessons[0]?.helpPoints ?? [];
  return el;
}

if (lessons[0]) show(lessons[0]);

// The log of domain events, newest first.
const log = $<HTMLOListElement>('#log');
for (const type of ['up-progressed', 'up-answered', 'up-completed', 'up-lesson-selected'] as const) {
  document.addEventListener(type, (e) => {
    const item = document.createElement('li');
    const source = (e.composedPath()[0] as Element | undefined)?.id || (e.target as Element).localName;
    item.textContent = `${type} (${source}): ${JSON.stringify(e.detail)}`;
    log.prepend(item);
    while (log.children.length > 20) log.lastElementChild!.remove();
  });
}
