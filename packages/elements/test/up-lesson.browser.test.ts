import {assert, expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import {ifDefined} from 'lit/directives/if-defined.js';
import {Lesson as LessonSchema} from '@upstander/schema';
import type {AnsweredDetail, CompletedDetail, LearnerState, Lesson, ProgressedDetail} from '@upstander/schema';
import {UpLesson} from '../src/index.js';
import type {UpChoice} from '../src/index.js';
import {englishLesson, lesson, unscoredLesson, unsafeLinkLesson} from './fixtures/lesson.js';
import {classifySort, dilemma, everyTypeLesson, orderSort, reflection, scoredSocialPost} from './fixtures/activities.js';
import {
  assertFitsNarrowScreen,
  assertFocusOn,
  axLandmarks,
  axRole,
  collectWarnings,
  deepActiveElement,
  leave,
  namesOf,
  present,
  radio,
  snapshotOf,
  tabTo,
  withText,
} from './helpers.js';

interface Options {
  lesson?: Lesson;
  state?: LearnerState;
  mode?: string;
  saveFailed?: boolean;
}

interface Rendered {
  el: UpLesson;
  events: CustomEvent[];
  of<K extends 'up-progressed' | 'up-answered' | 'up-completed'>(type: K): GlobalEventHandlersEventMap[K]['detail'][];
}

/** Renders a lesson with listeners attached before it connects, so the first events are heard. */
async function render(options: Options = {}): Promise<Rendered> {
  const events: CustomEvent[] = [];
  const record = (e: Event) => events.push(e as CustomEvent);
  const el = await fixture<UpLesson>(html`<up-lesson
    .lesson=${options.lesson ?? lesson}
    .state=${options.state}
    mode=${ifDefined(options.mode)}
    ?save-failed=${options.saveFailed ?? false}
    @up-progressed=${record}
    @up-answered=${record}
    @up-completed=${record}
  ></up-lesson>`);
  const of = (type: string) => events.filter((e) => e.type === type).map((e) => e.detail);
  return {el, events, of: of as Rendered['of']};
}

const part = <T extends HTMLElement = HTMLElement>(el: UpLesson, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
const next = (el: UpLesson) => part<HTMLButtonElement>(el, 'next-button')!;
const previous = (el: UpLesson) => part<HTMLButtonElement>(el, 'previous-button')!;
const stepTitle = (el: UpLesson) => part(el, 'step-title')!;
const choice = (el: UpLesson) => el.shadowRoot!.querySelector<UpChoice>('up-choice');
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function clickNext(el: UpLesson): Promise<void> {
  next(el).click();
  await el.updateComplete;
}

/** Answers the question on screen with the mouse. */
async function answer(el: UpLesson, optionId: string): Promise<void> {
  const question = choice(el)!;
  question.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${optionId}"]`)!.click();
  await question.updateComplete;
  question.shadowRoot!.querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
  await question.updateComplete;
  await el.updateComplete;
}

/** Plays the fixture lesson to the completion screen: first question right, last one wrong. */
async function playThrough(el: UpLesson): Promise<void> {
  await clickNext(el);
  await answer(el, 'kwetsend');
  await clickNext(el);
  await answer(el, 'soms');
  await clickNext(el);
  await answer(el, 'negeren');
  await clickNext(el);
  await clickNext(el);
}

const completedState: LearnerState = {
  step: 4,
  answers: {'vraag-herkennen': ['kwetsend'], 'vraag-gevoel': ['vaak'], 'vraag-steunen': ['bericht']},
  completed: true,
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const blur = () => (document.activeElement as HTMLElement | null)?.blur();

/** The element the current step shows (the step's only child after its heading). */
const activityElement = (el: UpLesson) => part(el, 'step')!.querySelector('h2 + *') as HTMLElement & {updateComplete: Promise<boolean>};
const at = (step: number, rest: Partial<LearnerState> = {}): LearnerState => ({step, answers: {}, completed: false, ...rest});
const ariaLabel = (label: string) => (node: Element | null) => node?.getAttribute('aria-label') === label;
const named = (name: string) => (node: Element | null) => node instanceof HTMLInputElement && node.name === name;
const valued = (value: string) => (node: Element | null) => node instanceof HTMLInputElement && node.value === value;
const isField = (id: string) => (node: Element | null) => node?.id === `text-${id}` || node?.id === id;

/** A lesson of two steps around one activity, for tests of a single type. */
function lessonWith(activity: Lesson['steps'][number]['activity']): Lesson {
  return {...everyTypeLesson, id: 'test-een-activiteit', steps: [{id: 'een', title: 'Eén', activity}, {id: 'twee', title: 'Twee', activity: lesson.steps[0]!.activity}]};
}

describe('<up-lesson>', () => {
  it('plays a fixture that is a valid lesson', () => {
    for (const l of [lesson, unscoredLesson, englishLesson, everyTypeLesson]) {
      const result = LessonSchema.safeParse(l);
      expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
    }
  });

  describe('accessibility', () => {
    const states: [string, () => Promise<UpLesson>][] = [
      ['first step (information)', async () => (await render()).el],
      ['a question, unanswered', async () => (await render({state: {step: 1, answers: {}, completed: false}})).el],
      [
        'a question, "Volgende" pressed too early',
        async () => {
          const {el} = await render({state: {step: 1, answers: {}, completed: false}});
          await clickNext(el);
          return el;
        },
      ],
      [
        'a question, checked right',
        async () => {
          const {el} = await render({state: {step: 1, answers: {}, completed: false}});
          await answer(el, 'kwetsend');
          return el;
        },
      ],
      [
        'a question, checked wrong',
        async () => {
          const {el} = await render({state: {step: 1, answers: {}, completed: false}});
          await answer(el, 'grapje');
          return el;
        },
      ],
      ['restored on an answered question', async () => (await render({state: {...completedState, step: 3, completed: false}})).el],
      [
        'completion screen',
        async () => {
          const {el} = await render();
          await playThrough(el);
          return el;
        },
      ],
      ['completion screen, restored, no scored questions', async () => (await render({lesson: unscoredLesson, state: completedState})).el],
      ['save failed', async () => (await render({saveFailed: true})).el],
      ['classroom mode', async () => (await render({mode: 'classroom', state: {step: 1, answers: {}, completed: false}})).el],
      ['English lesson', async () => (await render({lesson: englishLesson, state: {step: 1, answers: {}, completed: false}})).el],
    ];
    for (const [name, make] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await make();
        await assert.isAccessible(el);
      });
    }

    it('fits a 320 px screen and 400 % zoom: question, completion screen, and the save-failed message', async () => {
      for (const state of [{step: 1, answers: {}, completed: false}, completedState]) {
        await assertFitsNarrowScreen(async () => {
          const {el} = await render({state, saveFailed: true});
          expect(el.scrollWidth, JSON.stringify(state)).to.be.at.most(el.clientWidth);
          return el;
        });
      }
    });

    it('keeps the save-failed message in view while scrolling, unless the screen is short', async () => {
      const {el} = await render({saveFailed: true});
      expect(getComputedStyle(part(el, 'save-failed')!).position).to.equal('sticky');
    });

    it('has no axe violations with two lessons on one page, also the same lesson twice on the same step', async () => {
      const page = await fixture(html`<main>
        <up-lesson .lesson=${lesson}></up-lesson>
        <up-lesson .lesson=${lesson} mode="classroom"></up-lesson>
        <up-lesson .lesson=${englishLesson} .state=${completedState}></up-lesson>
        <up-lesson .lesson=${englishLesson} .state=${completedState}></up-lesson>
      </main>`);
      await assert.isAccessible(page);
    });

    it('adds no landmarks of its own: the step and the completion screen are groups named by their heading', async () => {
      const {el} = await render({state: {step: 1, answers: {}, completed: false}});
      expect(axLandmarks(await snapshotOf(el)).map((n) => `${n.role} ${n.name}`)).to.deep.equal([]);
      // Chromium's snapshot leaves out groups (they are not "interesting"); axe's roles show them.
      expect(await namesOf(el, 'group')).to.include('Wat zie je?');
      const {el: done} = await render({state: completedState});
      expect(axLandmarks(await snapshotOf(done)).map((n) => `${n.role} ${n.name}`)).to.deep.equal([]);
      expect(await namesOf(done, 'group')).to.deep.equal(['Je hebt deze les afgerond']);
    });

    it("the browser's accessibility tree: headings, progress, buttons and why \"Volgende\" waits (a11ySnapshot)", async () => {
      const {el} = await render({state: {step: 1, answers: {}, completed: false}});
      const tree = await snapshotOf(el);
      expect(axRole(tree, 'heading').map((h) => [h.name, h.level])).to.deep.equal([
        ['Samen online', 1],
        ['Wat zie je?', 2],
      ]);
      const [bar] = axRole(tree, 'progressbar');
      expect([bar?.name, bar?.value]).to.deep.equal(['Stap 2 van 5', 2]);
      expect(axRole(tree, 'button').map((b) => [b.name, b.disabled === true, b.description ?? ''])).to.deep.equal([
        ['Controleer', true, ''],
        ['Vorige', false, ''],
        ['Volgende', true, 'Beantwoord eerst de vraag. Dan kun je verder.'],
      ]);
      expect(axRole(tree, 'status').length, 'the step announcer and the question feedback').to.equal(2);
      expect(axRole(tree, 'alert').length, 'the save-failed region, there from the start').to.equal(1);
    });

    it('shows progress as text and as a progressbar with values', async () => {
      const {el} = await render({state: {step: 2, answers: {}, completed: false}});
      const bar = part(el, 'progress-bar')!;
      expect(text(part(el, 'progress'))).to.equal('Stap 3 van 5');
      expect(bar.getAttribute('role')).to.equal('progressbar');
      expect(bar.getAttribute('aria-valuenow')).to.equal('3');
      expect(bar.getAttribute('aria-valuemin')).to.equal('1');
      expect(bar.getAttribute('aria-valuemax')).to.equal('5');
      expect(bar.getAttribute('aria-valuetext')).to.equal('Stap 3 van 5');
    });

    it('announces the step in a visually hidden live region on navigation', async () => {
      const {el} = await render();
      const status = el.shadowRoot!.querySelector('.visually-hidden[role="status"]')!;
      expect(text(status)).to.equal('');
      await clickNext(el);
      expect(text(status)).to.equal('Stap 2 van 5');
      expect(getComputedStyle(status).position).to.equal('absolute');
    });

    it('says why "Volgende" waits on an unanswered question', async () => {
      const {el} = await render({state: {step: 1, answers: {}, completed: false}});
      const hint = part(el, 'next-hint')!;
      expect(text(hint)).to.equal('Beantwoord eerst de vraag. Dan kun je verder.');
      expect(next(el).getAttribute('aria-disabled')).to.equal('true');
      expect(next(el).getAttribute('aria-describedby')).to.equal(hint.id);
      expect(next(el).disabled, 'still focusable').to.equal(false);
    });

    it('uses no transitions when the pupil prefers reduced motion', async () => {
      const {el} = await render();
      const fill = part(el, 'progress-value')!;
      await emulateMedia({reducedMotion: 'no-preference'});
      expect(getComputedStyle(fill).transitionDuration).to.not.equal('0s');
      await emulateMedia({reducedMotion: 'reduce'});
      try {
        expect(getComputedStyle(fill).transitionDuration).to.equal('0s');
        expect(getComputedStyle(next(el)).transitionDuration).to.equal('0s');
      } finally {
        await emulateMedia({reducedMotion: 'no-preference'});
      }
    });

    for (const mode of ['individual', 'classroom']) {
      it(`has no axe violations on any step of a lesson with every activity type (${mode})`, async function () {
        this.timeout(60000);
        for (let step = 0; step < everyTypeLesson.steps.length; step++) {
          const {el} = await render({lesson: everyTypeLesson, state: at(step), mode});
          await activityElement(el).updateComplete;
          await assert.isAccessible(el);
        }
      });
    }

    for (const file of ['wat-is-online-respect', 'eerst-stoppen-dan-klikken', 'omstanders-maken-het-verschil', 'onze-online-afspraken']) {
      for (const mode of ['individual', 'classroom']) {
        it(`has no axe violations on any step of the real lesson ${file} (${mode})`, async function () {
          this.timeout(60000);
          const real = LessonSchema.parse(await (await fetch(`/lessons/groep-7-8/${file}.json`)).json());
          for (let step = 0; step < real.steps.length; step++) {
            const {el} = await render({lesson: real, state: at(step), mode});
            await activityElement(el).updateComplete;
            try {
              await assert.isAccessible(el);
            } catch (error) {
              throw new Error(`step ${step + 1} (${real.steps[step]!.activity.type}): ${(error as Error).message}`);
            }
          }
        });
      }
    }

    it('fits a 320 px screen on every step of a lesson with every activity type', async function () {
      this.timeout(60000);
      for (let step = 0; step < everyTypeLesson.steps.length; step++) {
        await assertFitsNarrowScreen(async () => {
          const {el} = await render({lesson: everyTypeLesson, state: at(step)});
          await activityElement(el).updateComplete;
          return el;
        });
      }
    });
  });

  describe('defaults', () => {
    it('is registered as up-lesson', () => {
      expect(customElements.get('up-lesson')).to.equal(UpLesson);
    });

    it('renders nothing and dispatches nothing without a lesson', async () => {
      const events: Event[] = [];
      const el = await fixture<UpLesson>(html`<up-lesson @up-progressed=${(e: Event) => events.push(e)}></up-lesson>`);
      expect(el.shadowRoot!.children.length).to.equal(0);
      expect(events).to.deep.equal([]);
    });

    it('starts on the first step, individual mode, saving fine, with an empty learner state', async () => {
      const {el} = await render();
      expect(el.mode).to.equal('individual');
      expect(el.getAttribute('mode')).to.equal('individual');
      expect(el.saveFailed).to.equal(false);
      expect(el.state).to.equal(undefined);
      expect(el.learnerState).to.deep.equal({step: 0, answers: {}, completed: false});
      expect(text(part(el, 'title'))).to.equal('Samen online');
      expect(part(el, 'title')!.localName).to.equal('h1');
      expect(text(stepTitle(el))).to.equal('Welkom');
      expect(stepTitle(el).localName).to.equal('h2');
      expect(stepTitle(el).getAttribute('tabindex')).to.equal('-1');
      expect(el.shadowRoot!.querySelector('up-information')!.activity).to.equal(lesson.steps[0]!.activity);
    });

    it('shows "Vorige" disabled on the first step and "Volgende" enabled on an information step', async () => {
      const {el} = await render();
      expect(text(previous(el))).to.equal('Vorige');
      expect(previous(el).disabled).to.equal(true);
      expect(text(next(el))).to.equal('Volgende');
      expect(next(el).getAttribute('aria-disabled')).to.equal('false');
      expect(present(part(el, 'next-hint'))).to.equal(false);
    });

    it('shows no save-failed message, but keeps an empty alert region ready', async () => {
      const {el} = await render();
      expect(present(part(el, 'save-failed'))).to.equal(false);
      expect(present(el.shadowRoot!.querySelector('[role="alert"]'))).to.equal(true);
    });

    it('does not take focus on first render', async () => {
      blur();
      await render();
      assertFocusOn(document.body);
    });

    it('carries the lesson language and direction on its content', async () => {
      const {el} = await render();
      const base = part(el, 'base')!;
      expect(base.getAttribute('lang')).to.equal('nl');
      expect(base.getAttribute('dir')).to.equal('ltr');
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

    it('takes mode from the attribute', async () => {
      const {el} = await render({mode: 'classroom'});
      expect(el.mode).to.equal('classroom');
    });

    it('shows a translated message in an alert region while save-failed is set', async () => {
      const {el} = await render({saveFailed: true});
      expect(el.saveFailed).to.equal(true);
      const message = part(el, 'save-failed')!;
      expect(present(message.closest('[role="alert"]'))).to.equal(true);
      expect(text(message)).to.equal(
        'Je voortgang kon niet worden opgeslagen. Laat dit venster open en vraag je leerkracht om hulp.'
      );
      el.removeAttribute('save-failed');
      await el.updateComplete;
      expect(el.saveFailed).to.equal(false);
      expect(present(part(el, 'save-failed'))).to.equal(false);
      el.saveFailed = true;
      await el.updateComplete;
      expect(el.hasAttribute('save-failed')).to.equal(true);
    });

    it("uses the lesson's language for UI strings", async () => {
      const {el} = await render({lesson: englishLesson, saveFailed: true});
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
      expect(text(next(el))).to.equal('Next');
      expect(text(previous(el))).to.equal('Previous');
      expect(text(part(el, 'progress'))).to.equal('Step 1 of 5');
      expect(text(part(el, 'save-failed'))).to.contain('Your progress could not be saved');
    });

    it('holds "Volgende" back on an unanswered question, and lets go once it is answered', async () => {
      const {el, of} = await render({state: {step: 1, answers: {}, completed: false}});
      await clickNext(el);
      expect(el.learnerState.step).to.equal(1);
      expect(of('up-progressed').length).to.equal(1);
      expect(text(el.shadowRoot!.querySelector('[role="status"].visually-hidden'))).to.equal(
        'Beantwoord eerst de vraag. Dan kun je verder.'
      );
      await answer(el, 'grapje');
      expect(next(el).getAttribute('aria-disabled')).to.equal('false');
      expect(present(part(el, 'next-hint'))).to.equal(false);
      await clickNext(el);
      expect(el.learnerState.step).to.equal(2);
    });

    it('restores state: jumps to the step and passes the stored answer to the question', async () => {
      const state = {step: 3, answers: {'vraag-herkennen': ['grapje'], 'vraag-steunen': ['bericht']}, completed: false};
      const {el} = await render({state});
      expect(text(stepTitle(el))).to.equal('Wat kun je doen?');
      expect(choice(el)!.response).to.deep.equal(['bericht']);
      expect(choice(el)!.answered).to.equal(true);
      expect(next(el).getAttribute('aria-disabled')).to.equal('false');
      expect(el.learnerState).to.deep.equal(state);
      expect(el.learnerState).to.not.equal(state);
    });

    it('restores a completed state to the completion screen, with the score of the stored answers', async () => {
      const {el} = await render({state: completedState});
      expect(text(part(el, 'completion-title'))).to.equal('Je hebt deze les afgerond');
      expect(text(part(el, 'score'))).to.equal('Je score: 2 van 2');
      expect(present(part(el, 'step'))).to.equal(false);
      expect(present(part(el, 'progress'))).to.equal(false);
      expect(el.matches(':state(completed)')).to.equal(true);
    });

    it('makes a saved state fit the lesson: step in range, unknown answers dropped', async () => {
      const {el} = await render({
        state: {step: 99, answers: {'vraag-steunen': ['weg', 'bericht'], 'bestaat-niet': ['x'], 'vraag-gevoel': ['weg']}, completed: false},
      });
      expect(el.learnerState).to.deep.equal({step: 4, answers: {'vraag-steunen': ['bericht']}, completed: false});
      const {el: negative} = await render({state: {step: -3, answers: {}, completed: false}});
      expect(negative.learnerState.step).to.equal(0);
    });

    it('reports the step again when a state is restored on the step already shown', async () => {
      const {el, of} = await render();
      el.state = {step: 0, answers: {}, completed: false};
      await el.updateComplete;
      expect(of('up-progressed').map((d) => d.stepIndex)).to.deep.equal([0, 0]);
    });

    it('starts over from a new state when state is set again', async () => {
      const {el, of} = await render({state: completedState});
      el.state = {step: 0, answers: {}, completed: false};
      await el.updateComplete;
      expect(text(stepTitle(el))).to.equal('Welkom');
      expect(el.learnerState.completed).to.equal(false);
      expect(of('up-progressed').map((d) => d.stepIndex)).to.deep.equal([0]);
    });

    it('shows the goals and the help points on the completion screen; only safe links become links', async () => {
      const {el} = await render({lesson: unsafeLinkLesson, state: completedState});
      expect([...part(el, 'goals')!.querySelectorAll('li')].map(text)).to.deep.equal(lesson.goals);
      const help = part(el, 'help')!;
      expect(help.querySelectorAll(':scope > li').length).to.equal(3);
      expect(text(help)).to.contain('Een link die niet mag.');
      expect(text(help)).to.contain('De Kindertelefoon');
      expect(text(help)).to.contain('Bel gratis 0800-0432');
      const links = [...help.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.kindertelefoon.nl/']);
      expect(links[0]!.target).to.equal('_blank');
      expect(links[0]!.rel).to.contain('noopener');
      expect(text(links[0])).to.equal('www.kindertelefoon.nl (opent in een nieuw venster)');
    });

    it('shows no score when the lesson has no scored questions', async () => {
      const {el} = await render({lesson: unscoredLesson, state: completedState});
      expect(present(part(el, 'score'))).to.equal(false);
      expect(text(part(el, 'completion-title'))).to.equal('Je hebt deze les afgerond');
    });

    it('never changes the lesson object', async () => {
      const frozen = deepFreeze(structuredClone(lesson));
      const before = JSON.stringify(frozen);
      const {el} = await render({lesson: frozen});
      await playThrough(el);
      expect(el.learnerState.completed).to.equal(true);
      expect(JSON.stringify(frozen)).to.equal(before);
    });

    it('shows every activity type with its element, passing lesson id, step id and language', async () => {
      const tags = [
        'up-information', 'up-choice', 'up-sort', 'up-social-post', 'up-response-builder', 'up-reflection', 'up-survey',
        'up-story', 'up-roles', 'up-dilemma', 'up-agreements', 'up-check-in', 'up-check-out', 'up-help-points',
      ];
      for (let step = 0; step < everyTypeLesson.steps.length; step++) {
        const {el} = await render({lesson: everyTypeLesson, state: at(step)});
        const shown = activityElement(el);
        expect(shown.localName, `step ${step}`).to.equal(tags[step]);
        expect((shown as unknown as {activity: unknown}).activity === everyTypeLesson.steps[step]!.activity, 'the activity itself').to.equal(true);
        expect(shown.getAttribute('lang')).to.equal(['up-information'].includes(shown.localName) ? null : 'nl');
        if (!['up-information', 'up-help-points'].includes(shown.localName)) {
          expect([shown.getAttribute('lesson-id'), shown.getAttribute('step-id')]).to.deep.equal(['test-alle-typen', everyTypeLesson.steps[step]!.id]);
        }
      }
    });

    it('passes the lesson’s help points to the help-points step', async () => {
      const {el} = await render({lesson: everyTypeLesson, state: at(13)});
      expect((activityElement(el) as unknown as {helpPoints: unknown}).helpPoints === everyTypeLesson.helpPoints).to.equal(true);
    });

    it('passes mode on to the activities that play differently in the classroom', async () => {
      for (const step of [5, 7, 8, 9]) {
        const {el} = await render({lesson: everyTypeLesson, state: at(step), mode: 'classroom'});
        expect(activityElement(el).getAttribute('mode'), `step ${step}`).to.equal('classroom');
      }
      const {el} = await render({lesson: lessonWith(dilemma), mode: 'classroom'});
      await activityElement(el).updateComplete;
      expect(present(activityElement(el).shadowRoot!.querySelector('[part~="line"]')), 'the line exercise').to.equal(true);
    });

    it('holds "Volgende" back on sort and social-post until answered, never on opinions, writing or feelings', async () => {
      const held = [];
      for (let step = 0; step < everyTypeLesson.steps.length; step++) {
        const {el} = await render({lesson: everyTypeLesson, state: at(step)});
        if (next(el).getAttribute('aria-disabled') === 'true') held.push(everyTypeLesson.steps[step]!.activity.type);
      }
      expect(held).to.deep.equal(['choice', 'sort', 'social-post']);
      const {el} = await render({lesson: everyTypeLesson, state: at(2, {answers: {'trap-van-escalatie': ['grap', 'bedreigen', 'buitensluiten']}})});
      expect(next(el).getAttribute('aria-disabled'), 'a restored sort').to.equal('false');
    });

    it('counts scored sorts and scored social posts in the score, one point each for an entirely right answer', async () => {
      const scoredLesson: Lesson = {
        ...everyTypeLesson,
        steps: [
          ...everyTypeLesson.steps,
          {id: 'groepen', title: 'Groepen', activity: classifySort},
          {id: 'post-2', title: 'Post', activity: scoredSocialPost},
        ],
      };
      const answers = {
        'vraag-herkennen': ['kwetsend'],
        'trap-van-escalatie': ['grap', 'buitensluiten', 'bedreigen'],
        'waar-ligt-de-grens': ['muziek.mening', 'uitlachen.haat', 'wegwezen.haat'],
        'filmpje-gescoord': ['melden'],
        'filmpje-in-de-groep': ['negeren'],
      };
      const {el} = await render({lesson: scoredLesson, state: {step: 0, answers, completed: true}});
      expect(text(part(el, 'score'))).to.equal('Je score: 3 van 4');
    });

    it('keeps free text in learnerState.texts and hands it back to the activity', async () => {
      const {el} = await render({lesson: everyTypeLesson, state: at(5)});
      const element = activityElement(el);
      await element.updateComplete;
      const area = element.shadowRoot!.querySelector<HTMLTextAreaElement>('#text-durf')!;
      area.focus();
      area.value = 'Iets zeggen.';
      area.dispatchEvent(new InputEvent('input'));
      leave(area);
      await el.updateComplete;
      expect(el.learnerState.answers['mijn-stap']).to.deep.equal(['durf']);
      expect(el.learnerState.texts).to.deep.equal({'mijn-stap': {durf: 'Iets zeggen.'}});
      expect((element as unknown as {text: unknown}).text).to.deep.equal({durf: 'Iets zeggen.'});
      area.focus();
      area.value = '';
      area.dispatchEvent(new InputEvent('input'));
      leave(area);
      await el.updateComplete;
      expect(el.learnerState).to.deep.equal(at(5), 'clearing the text removes answer and text');
    });

    it('restores free text into the activity, and answers into every kind of activity', async () => {
      const state: LearnerState = {
        step: 5,
        answers: {'mijn-stap': ['moeilijk']},
        texts: {'mijn-stap': {moeilijk: 'Als iedereen kijkt.'}},
        completed: false,
      };
      const {el} = await render({lesson: everyTypeLesson, state});
      const element = activityElement(el);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelector<HTMLTextAreaElement>('#text-moeilijk')!.value).to.equal('Als iedereen kijkt.');
      expect(el.learnerState).to.deep.equal(state);
    });

    it('makes saved answers and texts fit the lesson: wrong shapes, unknown ids and keys are dropped', async () => {
      const {el} = await render({
        lesson: everyTypeLesson,
        state: {
          step: 0,
          answers: {
            'trap-van-escalatie': ['grap', 'bedreigen'],
            nulmeting: ['4', '9'],
            'grens-van-de-grap': ['agree', 'disagree'],
            'hoe-gaat-het-nu': ['3', '4'],
            'mijn-stap': ['durf', 'weg'],
            'filmpje-in-de-groep': ['melden', 'negeren'],
          },
          texts: {
            'mijn-stap': {durf: 'Ja.', weg: 'x', moeilijk: 3 as unknown as string},
            'rollen-in-de-gamechat': {bo: 'Alleen.', jay: ''},
            'klassenafspraken': {'eigen-1': 'Samen.', titel: 'x'},
            'reageer-op-haat': {'reageer-op-haat': 'Wat bedoel je?', ander: 'x'},
            'trap-van-escalatie': {x: 'geen tekst bij een sorteervraag'},
            'bestaat-niet': {a: 'b'},
          },
          completed: false,
        },
      });
      expect(el.learnerState).to.deep.equal({
        step: 0,
        answers: {
          'grens-van-de-grap': ['agree', 'disagree'],
          'hoe-gaat-het-nu': ['3'],
          'mijn-stap': ['durf'],
          'filmpje-in-de-groep': ['melden'],
        },
        texts: {
          'mijn-stap': {durf: 'Ja.'},
          'rollen-in-de-gamechat': {bo: 'Alleen.'},
          klassenafspraken: {'eigen-1': 'Samen.'},
          'reageer-op-haat': {'reageer-op-haat': 'Wat bedoel je?'},
        },
        completed: false,
      });
    });

    it('hands out learnerState as a read-only copy', async () => {
      const {el} = await render({state: {...completedState, completed: false, step: 1}});
      const copy = el.learnerState;
      copy.step = 3;
      copy.answers['vraag-herkennen']!.push('grapje');
      expect(el.learnerState.step).to.equal(1);
      expect(el.learnerState.answers['vraag-herkennen']).to.deep.equal(['kwetsend']);
      expect(() => ((el as unknown as {learnerState: unknown}).learnerState = copy)).to.throw(TypeError);
    });
  });

  describe('events', () => {
    it('dispatches up-progressed for the first step on first render', async () => {
      const {of} = await render();
      expect(of('up-progressed')).to.deep.equal([
        {lessonId: 'test-samen-online', stepId: 'welkom', stepIndex: 0, stepCount: 5},
      ]);
    });

    it('dispatches up-progressed for every step shown, back and forth', async () => {
      const {el, of} = await render();
      await clickNext(el);
      previous(el).click();
      await el.updateComplete;
      await clickNext(el);
      expect(of('up-progressed').map((d: ProgressedDetail) => d.stepIndex)).to.deep.equal([0, 1, 0, 1]);
      expect(of('up-progressed')[1]!.stepId).to.equal('herkennen');
    });

    it('dispatches up-progressed for the restored step on restore, and nothing else', async () => {
      const {events, of} = await render({state: {step: 3, answers: {'vraag-steunen': ['bericht']}, completed: false}});
      expect(of('up-progressed')).to.deep.equal([
        {lessonId: 'test-samen-online', stepId: 'steunen', stepIndex: 3, stepCount: 5},
      ]);
      expect(events.length).to.equal(1);
    });

    it('dispatches nothing when a completed state is restored', async () => {
      const {events} = await render({state: completedState});
      expect(events).to.deep.equal([]);
    });

    it('lets up-answered out, with the lesson and step ids, and has the answer in learnerState by then', async () => {
      const seen: [AnsweredDetail, LearnerState][] = [];
      const wrapper = await fixture(html`<div
        @up-answered=${(e: CustomEvent<AnsweredDetail>) => seen.push([e.detail, (e.currentTarget as Element).querySelector('up-lesson')!.learnerState])}
      >
        <up-lesson .lesson=${lesson} .state=${{step: 1, answers: {}, completed: false}}></up-lesson>
      </div>`);
      const el = wrapper.querySelector('up-lesson')!;
      await answer(el, 'kwetsend');
      expect(seen.length).to.equal(1);
      const [detail, state] = seen[0]!;
      expect(detail).to.deep.include({lessonId: 'test-samen-online', stepId: 'herkennen', activityId: 'vraag-herkennen', correct: true});
      expect(state.answers).to.deep.equal({'vraag-herkennen': ['kwetsend']});
    });

    it('dispatches up-completed once, with the score of the scored questions', async () => {
      const {el, of} = await render();
      await playThrough(el);
      expect(of('up-completed')).to.deep.equal([{lessonId: 'test-samen-online', score: {raw: 1, max: 2}}]);
      expect(of('up-answered').length).to.equal(3);
      expect(el.learnerState).to.deep.equal({
        step: 4,
        answers: {'vraag-herkennen': ['kwetsend'], 'vraag-gevoel': ['soms'], 'vraag-steunen': ['negeren']},
        completed: true,
      });
      await el.updateComplete;
      expect(of('up-completed').length).to.equal(1);
    });

    it('dispatches up-completed with a null score when nothing is scored', async () => {
      const {el, of} = await render({lesson: unscoredLesson});
      await playThrough(el);
      expect(of('up-completed')).to.deep.equal([{lessonId: 'test-zonder-score', score: null}] satisfies CompletedDetail[]);
    });

    it('bubbles and composes every event', async () => {
      const {el, events} = await render();
      await playThrough(el);
      expect(events.length).to.be.greaterThan(5);
      expect(events.every((e) => e.bubbles && e.composed)).to.equal(true);
    });

    it('causes no Lit dev-mode warnings', async () => {
      const warnings = await collectWarnings(async () => {
        const {el} = await render();
        await playThrough(el);
      });
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('completes the whole lesson with the keyboard alone', async () => {
      const {el, of} = await render();
      blur();

      // 1 Welkom (information)
      await tabTo(withText('Volgende'), '"Volgende" on step 1');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(text(stepTitle(el))).to.equal('Wat zie je?');

      // 2 scored question: the second option is right
      await tabTo(radio('grapje'), 'the first option of step 2');
      await sendKeys({press: 'ArrowDown'});
      await tabTo(withText('Controleer'), '"Controleer" on step 2');
      await sendKeys({press: 'Enter'});
      await tabTo(withText('Volgende'), '"Volgende" on step 2');
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(text(stepTitle(el))).to.equal('Wat vind jij?');

      // 3 unscored question: Enter on an option checks it
      await tabTo(radio('vaak'), 'the first option of step 3');
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'Enter'});
      await tabTo(withText('Volgende'), '"Volgende" on step 3');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(text(stepTitle(el))).to.equal('Wat kun je doen?');

      // 4 scored question: the first option is wrong
      await tabTo(radio('negeren'), 'the first option of step 4');
      await sendKeys({press: 'Space'});
      await tabTo(withText('Controleer'), '"Controleer" on step 4');
      await sendKeys({press: 'Space'});
      await tabTo(withText('Volgende'), '"Volgende" on step 4');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(text(stepTitle(el))).to.equal('Tot slot');

      // 5 Tot slot (information), then Klaar
      await tabTo(withText('Klaar'), '"Klaar" on step 5');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;

      expect(of('up-completed')).to.deep.equal([{lessonId: 'test-samen-online', score: {raw: 1, max: 2}}]);
      expect(of('up-answered').map((d) => [d.activityId, d.response, d.correct])).to.deep.equal([
        ['vraag-herkennen', ['kwetsend'], true],
        ['vraag-gevoel', ['nooit'], null],
        ['vraag-steunen', ['negeren'], false],
      ]);
      expect(of('up-progressed').map((d) => d.stepIndex)).to.deep.equal([0, 1, 2, 3, 4]);
      assertFocusOn(part(el, 'completion-title'));
      expect(text(part(el, 'score'))).to.equal('Je score: 1 van 2');
    });

    it('plays a lesson with every activity type to the end with the keyboard alone', async () => {
      const {el, of} = await render({lesson: everyTypeLesson});
      const title = () => text(stepTitle(el));
      const onward = async (label = 'Volgende') => {
        await tabTo(withText(label), `"${label}" on "${title()}"`, 30);
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
      };
      blur();

      // information
      await onward();
      // choice (scored): the second option is right; Enter on an option checks
      await tabTo(radio('grapje'), 'the first option');
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'Enter'});
      await onward();
      // sort (scored order): move the last item up twice
      expect(title()).to.equal('Van klein naar groot');
      await tabTo(ariaLabel('Omhoog: Een grap waar iedereen om lacht'), '"Omhoog" of the last item');
      await sendKeys({press: 'Enter'});
      await sendKeys({press: 'Enter'});
      await tabTo(withText('Controleer'), '"Controleer" of the sort');
      await sendKeys({press: 'Enter'});
      await onward();
      // social post: like Noor's comment
      await tabTo(radio('like-noor'), 'the first choice');
      await sendKeys({press: 'Space'});
      await tabTo(withText('Controleer'), '"Controleer" of the post');
      await sendKeys({press: 'Enter'});
      await onward();
      // response builder: approach, a part, typing, a checklist point
      await tabTo(radio('steun'), 'the first approach');
      await sendKeys({press: 'Space'});
      await tabTo(withText('+ Iedereen hier hoort erbij.'), 'the first part');
      await sendKeys({press: 'Enter'});
      await sendKeys({type: 'Succes!'});
      await tabTo(valued('bericht-niet-persoon'), 'the first checklist point');
      await sendKeys({press: 'Space'});
      await onward();
      // reflection: a starter, then typing; leaving the field saves
      await tabTo(ariaLabel('Begin met: Ik vind het moeilijk als…'), 'the first starter');
      await sendKeys({press: 'Enter'});
      await sendKeys({type: 'iedereen kijkt.'});
      await onward();
      // survey: 4 and 1, handed in
      await tabTo(named('zie-haat'), 'the first statement');
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Space'});
      await tabTo(withText('Lever in'), '"Lever in" of the survey');
      await sendKeys({press: 'Enter'});
      await onward();
      // story: past the audio player to the first question
      await tabTo(isField('voelen'), 'the first story question', 30);
      await sendKeys({type: 'Verdrietig.'});
      await onward();
      // roles: to Bo's perspective, then her question
      await tabTo((n) => n?.getAttribute('role') === 'tab', 'the role tabs');
      await sendKeys({press: 'ArrowRight'});
      await tabTo(isField('bo'), 'Bo’s question');
      await sendKeys({type: 'Ze voelt zich alleen.'});
      await onward();
      // dilemma: agree, disagree, handed in
      await tabTo(named('grap-mag'), 'the first statement');
      await sendKeys({press: 'Space'});
      await tabTo(named('melden-klikken'), 'the second statement');
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'ArrowRight'});
      await tabTo(withText('Lever in'), '"Lever in" of the dilemma');
      await sendKeys({press: 'Enter'});
      await onward();
      // agreements: a suggestion and one of our own
      await tabTo(valued('eerst-vragen'), 'the first suggestion');
      await sendKeys({press: 'Space'});
      await tabTo(isField('own'), 'the own agreement field');
      await sendKeys({type: 'We helpen elkaar.'});
      await sendKeys({press: 'Enter'});
      await onward();
      // check-in: 4 of 5
      await tabTo(named('mood'), 'the check-in moods');
      await sendKeys({press: 'Space'});
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'ArrowRight'});
      await onward();
      // check-out: 3 of 3
      await tabTo(named('mood'), 'the check-out moods');
      await sendKeys({press: 'ArrowLeft'});
      await onward();
      // help points, then "Klaar"
      expect(title()).to.equal('Hulp');
      await onward('Klaar');

      expect(of('up-progressed').map((d) => d.stepIndex)).to.deep.equal([...everyTypeLesson.steps.keys()]);
      expect(of('up-completed')).to.deep.equal([{lessonId: 'test-alle-typen', score: {raw: 2, max: 2}}]);
      const last = new Map(of('up-answered').map((d) => [d.activityId, d]));
      expect([...last.keys()]).to.deep.equal([
        'vraag-herkennen', 'trap-van-escalatie', 'filmpje-in-de-groep', 'reageer-op-haat', 'mijn-stap', 'nulmeting',
        'verhaal-samira', 'rollen-in-de-gamechat', 'grens-van-de-grap', 'klassenafspraken', 'hoe-gaat-het-nu', 'hoe-ging-het',
      ]);
      expect([...last.values()].map((d) => d.kind)).to.deep.equal([
        'choice', 'sort', 'choice', 'text', 'text', 'scale', 'text', 'text', 'choice', 'choice', 'scale', 'scale',
      ]);
      expect(el.learnerState).to.deep.equal({
        step: 13,
        answers: {
          'vraag-herkennen': ['kwetsend'],
          'trap-van-escalatie': ['grap', 'buitensluiten', 'bedreigen'],
          'filmpje-in-de-groep': ['like-noor'],
          'reageer-op-haat': ['steun', 'hier-thuis', 'bericht-niet-persoon'],
          'mijn-stap': ['moeilijk'],
          nulmeting: ['4', '1'],
          'verhaal-samira': ['voelen'],
          'rollen-in-de-gamechat': ['bo'],
          'grens-van-de-grap': ['agree', 'disagree'],
          klassenafspraken: ['eerst-vragen'],
          'hoe-gaat-het-nu': ['4'],
          'hoe-ging-het': ['3'],
        },
        texts: {
          'reageer-op-haat': {'reageer-op-haat': 'Iedereen hier hoort erbij. Succes!'},
          'mijn-stap': {moeilijk: 'Ik vind het moeilijk als iedereen kijkt.'},
          'verhaal-samira': {voelen: 'Verdrietig.'},
          'rollen-in-de-gamechat': {bo: 'Ze voelt zich alleen.'},
          klassenafspraken: {'eigen-1': 'We helpen elkaar.'},
        },
        completed: true,
      });
      assertFocusOn(part(el, 'completion-title'));
    });

    it('a held-back sort says why, and lets go once checked', async () => {
      const {el} = await render({lesson: lessonWith(orderSort)});
      blur();
      await tabTo(withText('Volgende'), '"Volgende"', 20);
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(el.learnerState.step).to.equal(0);
      expect(text(part(el, 'next-hint'))).to.equal('Beantwoord eerst de vraag. Dan kun je verder.');
      activityElement(el).shadowRoot!.querySelector<HTMLButtonElement>('[part~="check-button"]')!.click();
      await el.updateComplete;
      expect(next(el).getAttribute('aria-disabled')).to.equal('false');
    });

    it('never holds back a reflection, even when nothing is written', async () => {
      const {el} = await render({lesson: lessonWith(reflection)});
      blur();
      await tabTo(withText('Volgende'), '"Volgende"', 20);
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(el.learnerState.step).to.equal(1);
    });

    it('moves focus to the step heading on "Volgende" and on "Vorige"', async () => {
      const {el} = await render();
      blur();
      await tabTo(withText('Volgende'), '"Volgende"');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      assertFocusOn(stepTitle(el));
      expect(text(deepActiveElement())).to.equal('Wat zie je?');
      await tabTo(withText('Vorige'), '"Vorige"');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      assertFocusOn(stepTitle(el));
      expect(text(deepActiveElement())).to.equal('Welkom');
    });

    it('keeps a held-back "Volgende" in the tab order; pressing it does not move on', async () => {
      const {el} = await render({state: {step: 1, answers: {}, completed: false}});
      blur();
      const button = await tabTo(withText('Volgende'), '"Volgende"');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(el.learnerState.step).to.equal(1);
      assertFocusOn(button);
    });

    it('moves focus to the completion heading on "Klaar"', async () => {
      const {el} = await render({state: {step: 4, answers: {}, completed: false}});
      blur();
      await tabTo(withText('Klaar'), '"Klaar"');
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      assertFocusOn(part(el, 'completion-title'));
    });
  });
});
