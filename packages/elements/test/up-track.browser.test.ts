import {assert, expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import {ifDefined} from 'lit/directives/if-defined.js';
import {Track as TrackSchema} from '@upstander/schema';
import type {Lesson, Track} from '@upstander/schema';
import {UpTrack, trackStatus} from '../src/index.js';
import type {LessonSelectedDetail, TrackProgress} from '../src/index.js';
import {guideEn} from '../src/translations/guide-en.js';
import {guideNl} from '../src/translations/guide-nl.js';
import {englishLesson, lesson} from './fixtures/lesson.js';
import {
  assertFitsNarrowScreen,
  assertFocusOn,
  axLandmarks,
  axRole,
  collectWarnings,
  deepActiveElement,
  present,
  snapshotOf,
  tabTo,
  withText,
} from './helpers.js';

const version = (id: string, title: string, durationMinutes: number, goals = lesson.goals): Lesson => ({
  ...lesson,
  id,
  title,
  durationMinutes,
  goals,
});

const lessons: Lesson[] = [
  version('les-een', 'Samen online', 15),
  version('les-twee', 'Wie bepaalt wat een grapje is?', 45, ['Je weet wie bepaalt of iets een grapje is.']),
  version('les-twee-kort', 'Grapje of niet? (korte versie)', 20),
  version('les-drie', 'Wat kun jij doen?', 50, ['Je kent drie veilige stappen.', 'Je weet waar je hulp vindt.']),
];

const track: Track = {
  schemaVersion: 1,
  id: 'test-leerlijn',
  title: 'Online respect in groep 7-8',
  summary: 'Drie lessen over reacties online.',
  track: 'groep-7-8',
  audience: 'po',
  lessons: [{lesson: 'les-een'}, {lesson: 'les-twee', variants: ['les-twee-kort']}, {lesson: 'les-drie'}],
  completion: {rule: 'all'},
};

const withRule = (completion: Track['completion']): Track => ({...track, completion});

const oneDone: TrackProgress = {'les-een': {completed: true, score: 80}};
const allDone: TrackProgress = {
  'les-een': {completed: true, score: 80},
  'les-twee': {completed: true, score: 50},
  'les-drie': {completed: true},
};

interface Options {
  track?: Track;
  lessons?: Lesson[];
  progress?: TrackProgress;
  mode?: string;
  lang?: string;
  headingLevel?: number;
}

async function render(options: Options = {}): Promise<{el: UpTrack; selected: string[]}> {
  const selected: string[] = [];
  const el = await fixture<UpTrack>(html`<up-track
    .track=${'track' in options ? options.track : track}
    .lessons=${options.lessons ?? lessons}
    .progress=${options.progress ?? {}}
    mode=${ifDefined(options.mode)}
    lang=${ifDefined(options.lang)}
    heading-level=${ifDefined(options.headingLevel)}
    @up-lesson-selected=${(e: CustomEvent<LessonSelectedDetail>) => selected.push(e.detail.lessonId)}
  ></up-track>`);
  return {el, selected};
}

const root = (el: UpTrack) => el.shadowRoot!;
const part = (el: UpTrack, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: UpTrack, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const buttons = (el: UpTrack) => parts(el, 'lesson-button') as HTMLButtonElement[];
const items = (el: UpTrack) => parts(el, 'lesson');
const statusOf = (el: UpTrack, i: number) => text(items(el)[i]!.querySelector('[part~="lesson-status"]'));

describe('<up-track>', () => {
  it('shows a fixture that is a valid track', () => {
    for (const t of [track, withRule({rule: 'count', count: 2}), withRule({rule: 'mastery', score: 70})]) {
      const result = TrackSchema.safeParse(t);
      expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
    }
  });

  describe('accessibility', () => {
    const states: [string, Options][] = [
      ['nothing done yet', {}],
      ['one lesson done, the next marked', {progress: oneDone}],
      ['every lesson done: complete', {progress: allDone}],
      ['done through a variant', {progress: {'les-twee-kort': {completed: true, score: 100}}}],
      ['mastery rule not met, with an average', {track: withRule({rule: 'mastery', score: 70}), progress: allDone}],
      ['count rule met', {track: withRule({rule: 'count', count: 1}), progress: oneDone}],
      ['a lesson missing', {lessons: lessons.slice(0, 2), progress: oneDone}],
      ['classroom mode', {mode: 'classroom', progress: oneDone}],
      ['heading level 1', {headingLevel: 1}],
      ['English', {lessons: lessons.map((l) => ({...l, language: 'en' as const})), progress: oneDone}],
    ];
    for (const [name, options] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const {el} = await render(options);
        await assert.isAccessible(el);
      });
    }

    it('fits a 320 px screen and 400 % zoom, in both modes', async () => {
      for (const mode of ['individual', 'classroom']) {
        await assertFitsNarrowScreen(async () => {
          const {el} = await render({mode, progress: {'les-twee-kort': {completed: true, score: 100}}});
          expect(el.scrollWidth, mode).to.be.at.most(el.clientWidth);
          return el;
        });
      }
    });

    it('has no axe violations with the same track twice on one page, and adds no landmarks', async () => {
      const page = await fixture(html`<main>
        <up-track .track=${track} .lessons=${lessons}></up-track>
        <up-track .track=${track} .lessons=${lessons} mode="classroom"></up-track>
      </main>`);
      await assert.isAccessible(page);
      const {el} = await render();
      expect(axLandmarks(await snapshotOf(el)).map((n) => `${n.role} ${n.name}`)).to.deep.equal([]);
    });

    it("the browser's accessibility tree: headings, lesson buttons described by their status, the next one current (a11ySnapshot)", async () => {
      const {el} = await render({progress: oneDone});
      const tree = await snapshotOf(el);
      // A lesson heading holds only its button, so the snapshot shows the button in its place.
      expect(axRole(tree, 'heading').map((h) => [h.name, h.level])).to.deep.equal([['Online respect in groep 7-8', 2]]);
      expect(axRole(tree, 'button').map((b) => [b.name, b.description ?? ''])).to.deep.equal([
        ['Samen online', '15 minuten Afgerond Score: 80%'],
        ['Wie bepaalt wat een grapje is?', '45 minuten Volgende les'],
        ['Grapje of niet? (korte versie)', ''],
        ['Wat kun jij doen?', '50 minuten Nog te doen'],
      ]);
    });

    it('is an ordered list of lessons with list semantics, named "Lessen"', async () => {
      const {el} = await render();
      const list = part(el, 'list')!;
      expect(list.localName).to.equal('ol');
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.getAttribute('aria-label')).to.equal('Lessen');
      expect(items(el).map((li) => li.localName)).to.deep.equal(['li', 'li', 'li']);
      expect(items(el).every((li) => li.parentElement === list)).to.equal(true);
    });

    it('names each lesson button by its title, describes it by duration and status, and marks the next lesson as the current step', async () => {
      const {el} = await render({progress: oneDone});
      expect(buttons(el).map((b) => text(b))).to.deep.equal(['Samen online', 'Wie bepaalt wat een grapje is?', 'Wat kun jij doen?']);
      expect(buttons(el).map((b) => b.type)).to.deep.equal(['button', 'button', 'button']);
      const second = buttons(el)[1]!;
      const description = root(el).getElementById(second.getAttribute('aria-describedby')!);
      expect(text(description)).to.equal('45 minuten Volgende les');
      expect(buttons(el).map((b) => b.getAttribute('aria-current'))).to.deep.equal([null, 'step', null]);
      expect(second.closest('h3')?.localName).to.equal('h3');
    });

    it('hides the decorative marker and progress bar from assistive technology', async () => {
      const {el} = await render({progress: oneDone});
      expect(items(el).every((li) => li.querySelector('.marker')!.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect(part(el, 'progress-bar')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('uses no transitions when reduced motion is preferred', async () => {
      const {el} = await render({progress: oneDone});
      const fill = root(el).querySelector('.fill')!;
      await emulateMedia({reducedMotion: 'no-preference'});
      expect(getComputedStyle(fill).transitionDuration).to.not.equal('0s');
      await emulateMedia({reducedMotion: 'reduce'});
      try {
        expect(getComputedStyle(fill).transitionDuration).to.equal('0s');
      } finally {
        await emulateMedia({reducedMotion: 'no-preference'});
      }
    });

    it('keeps text contrast at AA in every status', async () => {
      const {el} = await render({progress: oneDone});
      // axe checks contrast where it can compute it; this pins the colours it cannot (text on the badge).
      const badge = part(el, 'next-badge')!;
      expect(getComputedStyle(badge).color).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(badge).backgroundColor).to.equal('rgb(29, 78, 216)');
    });
  });

  describe('defaults', () => {
    it('is registered as up-track', () => {
      expect(customElements.get('up-track')).to.equal(UpTrack);
    });

    it('renders nothing without a track', async () => {
      const {el} = await render({track: undefined});
      expect(root(el).children.length).to.equal(0);
      expect(el.status).to.equal(undefined);
    });

    it('starts individual, with no progress, and the title as a level 2 heading', async () => {
      const {el} = await render();
      expect(el.mode).to.equal('individual');
      expect(el.getAttribute('mode')).to.equal('individual');
      expect(el.progress).to.deep.equal({});
      expect(el.headingLevel).to.equal(2);
      expect(part(el, 'title')!.localName).to.equal('h2');
      expect(text(part(el, 'title'))).to.equal('Online respect in groep 7-8');
      expect(text(part(el, 'summary'))).to.equal('Drie lessen over reacties online.');
    });

    it('marks the first lesson as next when nothing is done', async () => {
      const {el} = await render();
      expect(statusOf(el, 0)).to.equal('15 minuten Volgende les');
      expect(statusOf(el, 1)).to.equal('45 minuten Nog te doen');
      expect(statusOf(el, 2)).to.equal('50 minuten Nog te doen');
      expect(text(root(el).querySelector('.count'))).to.equal('0 van 3 lessen afgerond');
      expect(text(part(el, 'verdict'))).to.equal('Nog niet afgerond');
      expect(el.matches(':state(complete)')).to.equal(false);
    });

    it("shows each lesson's goals", async () => {
      const {el} = await render();
      const goals = items(el).map((li) => [...li.querySelectorAll('[part~="goals"] li')].map(text));
      expect(goals).to.deep.equal([lesson.goals, ['Je weet wie bepaalt of iets een grapje is.'], lessons[3]!.goals]);
      expect(part(el, 'goals')!.getAttribute('aria-label')).to.equal('Doelen');
    });

    it('does not take focus on first render', async () => {
      (document.activeElement as HTMLElement | null)?.blur();
      await render();
      assertFocusOn(document.body);
    });
  });

  describe('progress and the completion rule', () => {
    it('shows what is done, with scores, and what is next', async () => {
      const {el} = await render({progress: oneDone});
      expect(statusOf(el, 0)).to.equal('15 minuten Afgerond Score: 80%');
      expect(statusOf(el, 1)).to.equal('45 minuten Volgende les');
      expect(statusOf(el, 2)).to.equal('50 minuten Nog te doen');
      expect(items(el)[0]!.classList.contains('done')).to.equal(true);
      expect(text(root(el).querySelector('.count'))).to.equal('1 van 3 lessen afgerond');
      expect(parseFloat(root(el).querySelector<HTMLElement>('.fill')!.style.inlineSize)).to.be.closeTo(100 / 3, 0.01);
    });

    it('marks the first unfinished lesson as next, also when a later one is done', async () => {
      const {el} = await render({progress: {'les-drie': {completed: true}}});
      expect(statusOf(el, 0)).to.equal('15 minuten Volgende les');
      expect(statusOf(el, 2)).to.equal('50 minuten Afgerond');
    });

    it('counts a lesson done through a variant, and says which version was played', async () => {
      const {el} = await render({progress: {'les-een': {completed: true}, 'les-twee-kort': {completed: true, score: 90}}});
      expect(statusOf(el, 1)).to.equal('45 minuten Afgerond als: Grapje of niet? (korte versie) Score: 90%');
      expect(statusOf(el, 2)).to.equal('50 minuten Volgende les');
    });

    it('ignores lessons that are started but not completed', async () => {
      const {el} = await render({progress: {'les-een': {completed: false, score: 100}}});
      expect(statusOf(el, 0)).to.equal('15 minuten Volgende les');
    });

    it('rule "all": complete when every lesson is done', async () => {
      const {el} = await render({progress: allDone});
      expect(text(root(el).querySelector('.rule'))).to.equal('De leerlijn is af als alle lessen zijn afgerond.');
      expect(text(part(el, 'verdict'))).to.equal('Leerlijn afgerond');
      expect(el.matches(':state(complete)')).to.equal(true);
      expect(buttons(el).some((b) => b.hasAttribute('aria-current'))).to.equal(false);
      expect(present(part(el, 'next-badge'))).to.equal(false);
    });

    it('rule "count": complete when enough lessons are done', async () => {
      const {el} = await render({track: withRule({rule: 'count', count: 2}), progress: oneDone});
      expect(text(root(el).querySelector('.rule'))).to.equal('De leerlijn is af als 2 van de 3 lessen zijn afgerond.');
      expect(text(part(el, 'verdict'))).to.equal('Nog niet afgerond');
      el.progress = {...oneDone, 'les-drie': {completed: true}};
      await el.updateComplete;
      expect(text(part(el, 'verdict'))).to.equal('Leerlijn afgerond');
      expect(el.matches(':state(complete)')).to.equal(true);
    });

    it('rule "mastery": every lesson done and the average of the scored lessons high enough', async () => {
      const {el} = await render({track: withRule({rule: 'mastery', score: 70}), progress: allDone});
      expect(text(root(el).querySelector('.rule'))).to.equal(
        'De leerlijn is af als alle lessen zijn afgerond, met een gemiddelde score van minstens 70%.'
      );
      // 80 and 50; les-drie has no score and does not count.
      expect(text(root(el).querySelector('.average'))).to.equal('Gemiddelde score nu: 65%');
      expect(text(part(el, 'verdict'))).to.equal('Nog niet afgerond');
      el.progress = {...allDone, 'les-twee': {completed: true, score: 60}};
      await el.updateComplete;
      expect(text(root(el).querySelector('.average'))).to.equal('Gemiddelde score nu: 70%');
      expect(text(part(el, 'verdict'))).to.equal('Leerlijn afgerond');
    });

    it('trackStatus: works out the same without an element', () => {
      expect(trackStatus(track, {})).to.deep.equal({done: 0, total: 3, next: 0, average: null, complete: false});
      expect(trackStatus(track, allDone)).to.deep.equal({done: 3, total: 3, next: -1, average: 65, complete: true});
      const mastery = withRule({rule: 'mastery', score: 50});
      expect(trackStatus(mastery, {'les-een': {completed: true}, 'les-twee': {completed: true}, 'les-drie': {completed: true}}).complete).to.equal(
        true
      );
      // The best of the versions counts.
      const both = {'les-twee': {completed: true, score: 40}, 'les-twee-kort': {completed: true, score: 90}};
      expect(trackStatus(mastery, both)).to.deep.include({done: 1, next: 0, average: 90});
      expect(trackStatus(track, {'les-een': {completed: true, score: Number.NaN}}).average).to.equal(null);
    });

    it('lists a lesson it was not given by id, without a button', async () => {
      const {el} = await render({lessons: lessons.slice(0, 2)});
      const third = items(el)[2]!;
      expect(present(third.querySelector('button'))).to.equal(false);
      expect(text(third.querySelector('.lesson-title'))).to.equal('les-drie');
      expect(text(third.querySelector('.missing'))).to.equal('Deze les is niet beschikbaar (les-drie).');
    });

    it('shows a variant in place of its lesson when only the variant is given', async () => {
      const {el} = await render({lessons: lessons.filter((l) => l.id !== 'les-twee')});
      expect(text(buttons(el)[1])).to.equal('Grapje of niet? (korte versie)');
      expect(present(items(el)[1]!.querySelector('[part~="variant-button"]'))).to.equal(false);
    });

    it('updates when the progress changes, and never changes the objects it is given', async () => {
      const progress = Object.freeze({...oneDone});
      const frozenTrack = structuredClone(track);
      Object.freeze(frozenTrack);
      const before = JSON.stringify([frozenTrack, progress]);
      const {el} = await render({track: frozenTrack, progress});
      el.progress = allDone;
      await el.updateComplete;
      expect(text(part(el, 'verdict'))).to.equal('Leerlijn afgerond');
      expect(JSON.stringify([frozenTrack, progress])).to.equal(before);
    });
  });

  describe('attributes and properties', () => {
    it('reflects mode, and classroom mode has larger type', async () => {
      const {el} = await render();
      const individual = parseFloat(getComputedStyle(el).fontSize);
      el.mode = 'classroom';
      await el.updateComplete;
      expect(el.getAttribute('mode')).to.equal('classroom');
      expect(parseFloat(getComputedStyle(el).fontSize)).to.be.greaterThan(individual * 1.3);
    });

    it('takes the heading level from heading-level; lesson titles sit one level below', async () => {
      const {el} = await render({headingLevel: 3});
      expect(el.headingLevel).to.equal(3);
      expect(part(el, 'title')!.localName).to.equal('h3');
      expect(items(el).map((li) => li.querySelector('.lesson-title')!.localName)).to.deep.equal(['h4', 'h4', 'h4']);
      el.headingLevel = 99;
      await el.updateComplete;
      expect(part(el, 'title')!.localName).to.equal('h5');
    });

    it('can be hidden', async () => {
      const {el} = await render();
      expect(getComputedStyle(el).display).to.equal('block');
      el.hidden = true;
      expect(getComputedStyle(el).display).to.equal('none');
    });

    it('speaks the language of its lessons', async () => {
      const english = lessons.map((l) => ({...englishLesson, id: l.id, title: l.title, durationMinutes: l.durationMinutes}));
      const {el} = await render({lessons: english, progress: oneDone});
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
      expect(text(root(el).querySelector('.count'))).to.equal('1 of 3 lessons finished');
      expect(statusOf(el, 0)).to.equal('15 minutes Finished Score: 80%');
      expect(statusOf(el, 1)).to.equal('45 minutes Next lesson');
      expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Lessons');
    });

    it("follows the page's lang over the lessons' language, and marks lesson text in another language", async () => {
      const {el} = await render({lang: 'en', progress: oneDone});
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
      expect(text(part(el, 'verdict'))).to.equal('Not complete yet');
      expect(items(el)[0]!.querySelector('.body')!.getAttribute('lang')).to.equal('nl');
    });

    it('has complete catalogues in both languages', () => {
      const shape = (t: object) => Object.entries(t).map(([key, value]) => `${key}:${typeof value}`).sort();
      expect(shape(guideEn)).to.deep.equal(shape(guideNl));
      expect(guideNl.lessonsDone(1, 1)).to.equal('1 van 1 les afgerond');
      expect(guideEn.lessonsDone(2, 3)).to.equal('2 of 3 lessons finished');
    });
  });

  describe('events', () => {
    it('dispatches up-lesson-selected with the lesson id on click; bubbling and composed', async () => {
      const heard: CustomEvent<LessonSelectedDetail>[] = [];
      const listener = (e: CustomEvent<LessonSelectedDetail>) => heard.push(e);
      document.addEventListener('up-lesson-selected', listener);
      try {
        const {el, selected} = await render({progress: oneDone});
        buttons(el)[1]!.click();
        buttons(el)[0]!.click();
        expect(selected).to.deep.equal(['les-twee', 'les-een']);
        expect(heard.map((e) => [e.detail.lessonId, e.bubbles, e.composed])).to.deep.equal([
          ['les-twee', true, true],
          ['les-een', true, true],
        ]);
      } finally {
        document.removeEventListener('up-lesson-selected', listener);
      }
    });

    it('dispatches the variant id when a variant is chosen', async () => {
      const {el, selected} = await render();
      const variant = part(el, 'variant-button') as HTMLButtonElement;
      expect(text(variant.closest('.variants'))).to.equal('Of speel een andere versie: Grapje of niet? (korte versie)');
      variant.click();
      expect(selected).to.deep.equal(['les-twee-kort']);
    });

    it('dispatches nothing when properties change', async () => {
      const {el, selected} = await render();
      el.progress = allDone;
      el.mode = 'classroom';
      el.lessons = lessons.slice(0, 1);
      await el.updateComplete;
      expect(selected).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('reaches every lesson and variant with Tab, in order, and chooses with Enter and Space', async () => {
      const before = document.createElement('button');
      before.textContent = 'ervoor';
      document.body.prepend(before);
      try {
        const {el, selected} = await render({progress: oneDone});
        before.focus();
        const order: string[] = [];
        for (let i = 0; i < 4; i++) {
          await sendKeys({press: 'Tab'});
          order.push(text(deepActiveElement()));
        }
        expect(order).to.deep.equal([
          'Samen online',
          'Wie bepaalt wat een grapje is?',
          'Grapje of niet? (korte versie)',
          'Wat kun jij doen?',
        ]);
        await sendKeys({press: 'Enter'});
        await sendKeys({down: 'Shift'});
        await sendKeys({press: 'Tab'});
        await sendKeys({up: 'Shift'});
        assertFocusOn(part(el, 'variant-button'), 'after Shift+Tab');
        await sendKeys({press: 'Space'});
        expect(selected).to.deep.equal(['les-drie', 'les-twee-kort']);
      } finally {
        before.remove();
      }
    });

    it('shows a focus ring on the focused lesson', async () => {
      const {el} = await render();
      const first = await tabTo(withText('Samen online'), 'the first lesson');
      expect(first === buttons(el)[0]).to.equal(true);
      expect(getComputedStyle(first).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(first).outlineWidth)).to.be.at.least(2);
    });
  });

  it('logs no Lit dev-mode warnings', async () => {
    const warnings = await collectWarnings(async () => {
      const {el} = await render({progress: oneDone});
      el.progress = allDone;
      await el.updateComplete;
    });
    expect(warnings.filter((w) => !w.includes('Lit is in dev mode'))).to.deep.equal([]);
  });
});
