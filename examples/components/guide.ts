/**
 * The facilitator guide as a page of its own: to print, or to keep open on a second screen.
 * `guide.html?les=<lesson id>` picks the lesson (default: the first); with `&volg` it follows the
 * lesson on screen in the other window (BroadcastChannel).
 */
import '../../packages/elements/src/up-facilitator-guide.js';
import type {UpFacilitatorGuide} from '../../packages/elements/src/up-facilitator-guide.js';
import {CHANNEL, lessons} from './data.js';
import type {ClassroomMessage} from './data.js';

const params = new URLSearchParams(location.search);
const lesson = lessons.find((l) => l.id === params.get('les')) ?? lessons[0];
const guide = document.querySelector<UpFacilitatorGuide>('up-facilitator-guide')!;
if (lesson) {
  guide.lesson = lesson;
  document.title = `Draaiboek: ${lesson.title}`;
  document.documentElement.lang = lesson.language;
}

if (lesson && params.has('volg') && 'BroadcastChannel' in window) {
  guide.follow = true;
  const channel = new BroadcastChannel(CHANNEL);
  channel.addEventListener('message', (e: MessageEvent<ClassroomMessage>) => {
    if (e.data.type === 'step' && e.data.lessonId === lesson.id) guide.step = e.data.stepId;
  });
  channel.postMessage({type: 'hello'} satisfies ClassroomMessage);
}
