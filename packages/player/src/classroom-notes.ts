// The facilitator notes of classroom mode: a chunk of its own (upstander-classroom-notes.js), loaded
// only on a lesson page in classroom mode (classroom.ts). Above the lesson, a toggle button
// "Notities voor de begeleider" (a disclosure: aria-expanded, aria-controls) opens a panel with the
// lesson's facilitator guide, the part of the step on screen highlighted and scrolled into view (beside
// the lesson on a wide screen, above it on a narrow one). It
// follows the lesson's `up-progressed` events. A link opens the whole printable guide (handleiding.html)
// when the launch page names it (`data-upstander-guide`).
import {UpFacilitatorGuide} from '@upstander/elements/guide';
import type {UpLesson} from '@upstander/elements';
import type {Lesson, ProgressedDetail} from '@upstander/schema';

const TEXT = {
  nl: {
    notes: 'Notities voor de begeleider',
    guide: 'Hele handleiding (printbaar)',
    newWindow: '(opent in een nieuw venster)',
  },
  en: {
    notes: 'Facilitator notes',
    guide: 'Whole guide (printable)',
    newWindow: '(opens in a new window)',
  },
} as const;

const STYLE = `
.up-classroom-notes{max-width:80rem;margin:0 auto .75rem;font-size:1.125rem}
.up-classroom-notes>button{font:inherit;font-weight:600;min-height:3rem;min-width:12rem;padding:.5rem 1.25rem;border:2px solid #0b5cad;border-radius:8px;background:#fff;color:#0b5cad;cursor:pointer}
.up-classroom-notes>button[aria-expanded=true]{background:#0b5cad;color:#fff}
.up-classroom-notes>button:focus-visible,.up-classroom-notes a:focus-visible,.up-classroom-panel:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}
.up-classroom-panel{margin-block-start:.5rem;max-height:45vh;overflow:auto;border:1px solid #c8c8c8;border-radius:8px;padding:.5rem 1rem;background:#fff}
.up-classroom-panel[hidden]{display:none}
.up-classroom-panel>p{margin:.25rem 0 .5rem}
.up-visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@media (min-width:64rem){
.up-classroom-open{display:grid;grid-template-columns:minmax(0,1fr) minmax(18rem,32%);gap:1rem;align-items:start}
.up-classroom-open>*{grid-column:1;grid-row:1}
.up-classroom-open>.up-classroom-notes{grid-column:2;position:sticky;top:0;margin:0;max-width:none}
.up-classroom-open .up-classroom-panel{max-height:calc(100vh - 5rem)}
}
up-lesson[mode=classroom]{--up-classroom-height:calc(100vh - 5.5rem)}
@media (min-width:64rem){.up-classroom-open up-lesson[mode=classroom]{--up-classroom-height:calc(100vh - 1rem)}}
@media print{.up-classroom-notes{display:none}}
`;

export interface NotesOptions {
  /** The lesson's root element (the launch page's `<main>`); the notes go at its top. */
  root: HTMLElement;
  element: UpLesson;
  lesson: Lesson;
  /** The printable guide, relative to the page (`data-upstander-guide`); no link without it. */
  guideUrl?: string | undefined;
}

let count = 0;

/** Puts the toggle and the (closed) notes panel above the lesson. Returns the panel's guide. */
export function mountNotes({root, element, lesson, guideUrl}: NotesOptions): UpFacilitatorGuide {
  const t = TEXT[lesson.language === 'en' ? 'en' : 'nl'];
  const id = `up-classroom-notes-${++count}`;

  const box = document.createElement('div');
  box.className = 'up-classroom-notes';
  box.lang = lesson.language;
  const style = document.createElement('style');
  style.textContent = STYLE;

  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.id = `${id}-toggle`;
  toggle.textContent = t.notes;
  toggle.setAttribute('aria-expanded', 'false');
  toggle.setAttribute('aria-controls', id);

  const panel = document.createElement('div');
  panel.id = id;
  panel.className = 'up-classroom-panel';
  panel.hidden = true;
  // A region the keyboard can reach and scroll; named by its button.
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-labelledby', toggle.id);
  panel.tabIndex = 0;

  if (guideUrl) {
    const line = document.createElement('p');
    const link = document.createElement('a');
    link.href = guideUrl;
    link.target = '_blank';
    // No opener: the guide page (and a lesson opened from it) must never find the LMS of this frame.
    link.rel = 'noopener';
    const hint = document.createElement('span');
    hint.className = 'up-visually-hidden';
    hint.textContent = ` ${t.newWindow}`;
    link.append(t.guide, hint);
    line.append(link);
    panel.append(line);
  }

  const guide = new UpFacilitatorGuide();
  guide.lesson = lesson;
  guide.headingLevel = 2;
  guide.follow = true;
  const current = element.learnerState;
  const onScreen = current.completed ? undefined : lesson.steps[current.step]?.id;
  if (onScreen) guide.step = onScreen;
  panel.append(guide);

  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
    // On a wide screen the open notes stand beside the lesson, so the lesson keeps its place.
    root.classList.toggle('up-classroom-open', open);
    // Opening scrolls the part on screen into view inside the panel.
    if (open && guide.currentPart >= 0) {
      void guide.updateComplete.then(() =>
        guide.shadowRoot?.querySelector(`#part-${guide.currentPart}`)?.scrollIntoView({block: 'start', container: 'nearest'} as ScrollIntoViewOptions),
      );
    }
  });
  element.addEventListener('up-progressed', (event) => {
    guide.step = (event as CustomEvent<ProgressedDetail>).detail.stepId;
  });

  box.append(style, toggle, panel);
  root.prepend(box);
  return guide;
}
