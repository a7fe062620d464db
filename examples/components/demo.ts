/**
 * The demo page of every element, with the real lessons of groep 7-8 and their track:
 * - a lesson in individual mode and in classroom mode (digibord), the classroom one with the
 *   facilitator guide beside it (a page toggle, "Notities voor de begeleider") or in a second
 *   window, both following the step on screen through `up-progressed`;
 * - the track, whose progress fills in as lessons are finished here; choosing a lesson in it
 *   shows that lesson everywhere on the page;
 * - every activity element of the lesson on its own, in either mode;
 * - the printable facilitator guide;
 * - a log of the domain events.
 */
import '../../packages/elements/src/index.js';
import type {UpFacilitatorGuide, UpLesson, UpTrack} from '../../packages/elements/src/index.js';
import type {TrackProgress} from '../../packages/elements/src/index.js';
import type {Lesson} from '@upstander/schema';
import {CHANNEL, lessons, problems, track} from './data.js';
import type {ClassroomMessage} from './data.js';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

const individual = $<UpLesson>('#lesson-individual');
const classroom = $<UpLesson>('#lesson-classroom');
const notes = $<UpFacilitatorGuide>('#notes-guide');
const printable = $<UpFacilitatorGuide>('#print-guide');
const trackEl = $<UpTrack>('#track');
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

// The track: progress from the lessons on this page; choosing a lesson shows it on the whole page.
let progress: TrackProgress = {};
for (const el of [individual, classroom]) {
  el.addEventListener('up-completed', (e) => {
    const score = e.detail.score;
    progress = {...progress, [e.detail.lessonId]: {completed: true, score: score ? Math.round((score.raw / score.max) * 100) : undefined}};
    trackEl.progress = progress;
  });
}
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

// Mode switches for the track and for the loose activity elements.
for (const input of document.querySelectorAll<HTMLInputElement>('input[name="track-mode"]')) {
  input.addEventListener('change', () => (trackEl.mode = input.value === 'classroom' ? 'classroom' : 'individual'));
}
for (const input of document.querySelectorAll<HTMLInputElement>('input[name="activity-mode"]')) {
  input.addEventListener('change', () => activities.classList.toggle('classroom', input.value === 'classroom'));
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

/** Every activity of the lesson with its own element (`up-<type>`), as far as that element exists. */
function renderActivities(lesson: Lesson): void {
  activities.replaceChildren();
  lesson.steps.forEach((step, i) => {
    const tag = `up-${step.activity.type}`;
    const card = document.createElement('article');
    card.className = 'card';
    card.setAttribute('aria-labelledby', `activity-${i}`);
    const heading = document.createElement('h3');
    heading.id = `activity-${i}`;
    heading.textContent = `Stap ${i + 1}: ${step.title}`;
    const name = document.createElement('p');
    name.className = 'tag';
    name.append(document.createElement('code'));
    name.firstElementChild!.textContent = `<${tag}>`;
    card.append(heading, name);
    if (customElements.get(tag)) {
      const el = document.createElement(tag) as HTMLElement & {activity?: unknown};
      el.activity = step.activity;
      el.setAttribute('lesson-id', lesson.id);
      el.setAttribute('step-id', step.id);
      el.lang = lesson.language;
      card.append(el);
    } else {
      const missing = document.createElement('p');
      missing.textContent = 'Dit element bestaat nog niet.';
      card.append(missing);
    }
    activities.append(card);
  });
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
