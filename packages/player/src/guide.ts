// Entry of upstander-guide.js, the script of a package's printable facilitator guide page
// (handleiding.html, written by the packager). It is a bundle of its own: a lesson page never loads it,
// and it carries only <up-facilitator-guide>. The page holds the lesson as JSON in
// `<script type="application/json" data-upstander-guide-lesson>` and the script is a classic one, so
// the page works from any web server, inside an LMS, and from a package unpacked on a disk (file://).
import {UpFacilitatorGuide} from '@upstander/elements/guide';
import type {Lesson} from '@upstander/schema';

const failed = {
  nl: 'De handleiding kon niet worden getoond.',
  en: 'The guide could not be shown.',
};

function show(): void {
  const root = document.querySelector<HTMLElement>('[data-upstander-guide-root]');
  if (!root) return;
  // The page's own print button ("Afdrukken").
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-upstander-print]')) {
    button.addEventListener('click', () => window.print());
  }
  try {
    const data = document.querySelector('script[data-upstander-guide-lesson]')?.textContent ?? '';
    const guide = new UpFacilitatorGuide();
    guide.lesson = JSON.parse(data) as Lesson;
    const titles = document.querySelector('script[data-upstander-guide-kerndoelen]')?.textContent;
    if (titles) guide.kerndoelTitles = JSON.parse(titles) as Record<string, string>;
    root.replaceChildren(guide);
  } catch (error) {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = `${failed[document.documentElement.lang === 'en' ? 'en' : 'nl']} (${error instanceof Error ? error.message : String(error)})`;
    root.replaceChildren(message);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', show, {once: true});
else show();
