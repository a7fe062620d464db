import type {Lesson} from '@upstander/schema';
import {playerBundle} from './assets.js';
import {escapeXml} from './xml.js';
import type {PackageFile} from './zip.js';

const encoder = new TextEncoder();

/**
 * The page a lesson launches from. It loads the player bundle and the lesson JSON beside it; the
 * player finds the LMS (or plays standalone). Works from any web server and inside an LMS frame.
 */
export function launchPage(lesson: Lesson): string {
  const lang = escapeXml(lesson.language);
  const loading = lesson.language === 'en' ? 'The lesson is loading…' : 'De les wordt geladen…';
  const noScript =
    lesson.language === 'en'
      ? 'This lesson needs JavaScript. Ask your teacher or open it in another browser.'
      : 'Deze les heeft JavaScript nodig. Vraag je leerkracht om hulp of open de les in een andere browser.';
  return `<!doctype html>
<html lang="${lang}" dir="${escapeXml(lesson.dir)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(lesson.title)}</title>
<meta name="description" content="${escapeXml(lesson.summary)}">
<style>html{background:#fff;color:#1a1a1a;font-family:system-ui,sans-serif}body{margin:0;padding:clamp(0.5rem,2vw,1.5rem)}</style>
<script type="module" src="upstander.js"></script>
</head>
<body>
<main data-upstander-lesson="lesson.json">
<p>${loading}</p>
<noscript><p>${noScript}</p></noscript>
</main>
</body>
</html>
`;
}

/** The files every lesson package holds: launch page, player, lesson. Sorted, deterministic. */
export function lessonFiles(lesson: Lesson): PackageFile[] {
  return [
    {path: 'index.html', data: encoder.encode(launchPage(lesson))},
    {path: 'upstander.js', data: playerBundle()},
    {path: 'lesson.json', data: encoder.encode(`${JSON.stringify(lesson, null, 2)}\n`)},
  ];
}
