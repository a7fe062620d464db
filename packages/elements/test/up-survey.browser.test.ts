import {assert, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {SurveyActivity} from '@upstander/schema';
import {UpSurvey} from '../src/up-survey.js';
import {emojiSurvey, likertSurvey} from './fixtures/activities.js';
import {
  assertFitsNarrowScreen,
  assertFocusOn,
  assertNoMotionWhenReduced,
  axNames,
  axRole,
  blurAll,
  byRole,
  collectWarnings,
  namesOf,
  present,
  record,
  requestsDuring,
  snapshotOf,
  tabTo,
  withText,
} from './helpers.js';

interface Options {
  activity?: SurveyActivity | undefined;
  response?: string[] | undefined;
  lang?: string;
}

async function render({activity = likertSurvey, response, lang = 'nl'}: Options = {}): Promise<UpSurvey> {
  return fixture<UpSurvey>(html`<up-survey .activity=${activity} .response=${response} lesson-id="les-1" step-id="stap-7" lang=${lang}></up-survey>`);
}

const shadow = (el: UpSurvey) => el.shadowRoot!;
const part = (el: UpSurvey, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const submit = (el: UpSurvey) => part(el, 'submit-button') as HTMLButtonElement;
const status = (el: UpSurvey) => part(el, 'status')!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const input = (el: UpSurvey, item: string, point: string) => shadow(el).querySelector<HTMLInputElement>(`input[name="${item}"][value="${point}"]`)!;

async function choose(el: UpSurvey, item: string, point: string): Promise<void> {
  input(el, item, point).click();
  await el.updateComplete;
}

async function hand(el: UpSurvey): Promise<void> {
  submit(el).click();
  await el.updateComplete;
}

describe('<up-survey>', () => {
  describe('accessibility', () => {
    const states: [string, () => Promise<UpSurvey>][] = [
      ['likert, initial', () => render()],
      [
        'hint: handed in too early',
        async () => {
          const el = await render();
          await choose(el, 'zie-haat', '4');
          await hand(el);
          return el;
        },
      ],
      [
        'handed in',
        async () => {
          const el = await render();
          await choose(el, 'zie-haat', '4');
          await choose(el, 'weet-wat', '2');
          await hand(el);
          return el;
        },
      ],
      ['emoji, 3 points, not anonymous', () => render({activity: emojiSurvey})],
      ['restored', () => render({response: ['1', '5']})],
      ['English', () => render({activity: emojiSurvey, lang: 'en'})],
    ];
    for (const [name, make] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await make();
        await assert.isAccessible(el);
      });
    }

    it("the browser's accessibility tree: a radio per point and statement, \"Lever in\" held back, a status (a11ySnapshot)", async () => {
      const el = await render();
      const tree = await snapshotOf(el);
      const labels = likertSurvey.labels ?? [];
      expect(axNames(tree, 'radio')).to.deep.equal(likertSurvey.items.flatMap(() => labels));
      expect(axRole(tree, 'button').map((b) => [b.name, b.disabled === true])).to.deep.equal([['Lever in', true]]);
      expect(axRole(tree, 'status').length).to.equal(1);
    });

    it('is a group per statement, named by it, with a radio per point named by its label', async () => {
      const el = await render();
      expect((await byRole(el, 'group')).map((g) => g.name)).to.deep.equal(likertSurvey.items.map((i) => i.statement));
      expect((await namesOf(el, 'radio')).slice(0, 5)).to.deep.equal(likertSurvey.labels);
    });

    it('emoji: the faces are decoration; the names are the standard labels', async () => {
      const el = await render({activity: emojiSurvey});
      expect(await namesOf(el, 'radio')).to.deep.equal(['Oneens', 'Neutraal', 'Eens']);
      const faces = [...shadow(el).querySelectorAll('.face')];
      expect(faces.map((f) => f.getAttribute('data-mood'))).to.deep.equal(['-1', '0', '1']);
      expect(faces.every((f) => f.querySelector('svg') !== null), 'drawn faces, not emoji').to.equal(true);
      expect(faces.every((f) => f.getAttribute('aria-hidden') === 'true')).to.equal(true);
    });

    it('says visibly that an anonymous survey is anonymous, and nothing when it is not', async () => {
      const el = await render();
      expect(text(part(el, 'note'))).to.equal('Deze vragenlijst is anoniem. Je antwoorden worden niet aan jou gekoppeld.');
      expect(present(part(await render({activity: emojiSurvey}), 'note'))).to.equal(false);
    });

    it('announces the hint and the thanks in a live region that exists from the start', async () => {
      const el = await render();
      expect(status(el).getAttribute('role')).to.equal('status');
      expect(text(status(el))).to.equal('');
      await hand(el);
      expect(text(status(el))).to.equal('Kies eerst bij elke uitspraak een antwoord.');
      await choose(el, 'zie-haat', '3');
      await choose(el, 'weet-wat', '3');
      expect(text(status(el)), 'the hint goes once complete').to.equal('');
      await hand(el);
      expect(text(status(el))).to.equal('Ingeleverd. Dank je wel!');
    });

    it('enlarges the chosen face only without a reduced-motion preference', async () => {
      const el = await render({activity: emojiSurvey});
      expect(await assertNoMotionWhenReduced(el)).to.be.greaterThan(0);
    });

    it('fits a 320 px screen', async () => {
      await assertFitsNarrowScreen(() => render());
      await assertFitsNarrowScreen(() => render({activity: {...emojiSurvey, points: 5}}));
    });

    it('fetches nothing', async () => {
      expect(await requestsDuring(async () => choose(await render(), 'zie-haat', '1'))).to.deep.equal([]);
    });
  });

  describe('defaults', () => {
    it('is registered as up-survey', () => {
      expect(customElements.get('up-survey')).to.equal(UpSurvey);
    });

    it('renders nothing without an activity', async () => {
      const el = await fixture<UpSurvey>(html`<up-survey></up-survey>`);
      expect(shadow(el).children.length).to.equal(0);
    });

    it('starts open, with nothing chosen and "Lever in" held back (still focusable)', async () => {
      const el = await render();
      expect(el.answered).to.equal(false);
      expect(shadow(el).querySelectorAll('input:checked').length).to.equal(0);
      expect(text(submit(el))).to.equal('Lever in');
      expect(submit(el).getAttribute('aria-disabled')).to.equal('true');
      expect(submit(el).disabled).to.equal(false);
    });

    it('uses the standard 5-point labels when the lesson gives none', async () => {
      const el = await render({activity: {...likertSurvey, labels: undefined}});
      expect((await namesOf(el, 'radio')).slice(0, 5)).to.deep.equal(['Helemaal oneens', 'Oneens', 'Neutraal', 'Eens', 'Helemaal eens']);
    });
  });

  describe('attributes and properties', () => {
    it('follows its lang attribute', async () => {
      const el = await render({activity: emojiSurvey, lang: 'en'});
      expect(text(submit(el))).to.equal('Hand in');
      expect(await namesOf(el, 'radio')).to.deep.equal(['Disagree', 'Neutral', 'Agree']);
    });

    it('locks once handed in', async () => {
      const el = await render();
      await choose(el, 'zie-haat', '5');
      await choose(el, 'weet-wat', '1');
      await hand(el);
      expect(el.answered).to.equal(true);
      expect([...shadow(el).querySelectorAll('fieldset')].every((f) => f.disabled)).to.equal(true);
      expect(submit(el).getAttribute('aria-disabled')).to.equal('true');
      expect(el.matches(':state(answered)')).to.equal(true);
    });

    it('restores handed-in answers, locked; ignores answers that do not fit', async () => {
      const el = await render({response: ['2', '4']});
      expect(el.answered).to.equal(true);
      expect([input(el, 'zie-haat', '2').checked, input(el, 'weet-wat', '4').checked]).to.deep.equal([true, true]);
      for (const response of [['2'], ['2', '6'], ['2', 'x'], ['1', '2', '3']]) {
        expect((await render({response})).answered, JSON.stringify(response)).to.equal(false);
      }
      expect((await render({activity: emojiSurvey, response: ['4']})).answered, 'point 4 of 3').to.equal(false);
    });

    it('clearing response opens the survey again', async () => {
      const el = await render({response: ['2', '4']});
      el.response = undefined;
      await el.updateComplete;
      expect(el.answered).to.equal(false);
      expect(shadow(el).querySelectorAll('input:checked').length).to.equal(0);
    });
  });

  describe('events', () => {
    it('dispatches up-answered once, with kind scale and a point per statement in item order', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      await choose(el, 'weet-wat', '2');
      await choose(el, 'zie-haat', '5');
      expect(answered, 'choosing is not handing in').to.deep.equal([]);
      await hand(el);
      await hand(el);
      expect(answered).to.deep.equal([
        {
          lessonId: 'les-1',
          stepId: 'stap-7',
          activityId: 'nulmeting',
          kind: 'scale',
          response: ['5', '2'],
          correctResponse: [],
          correct: null,
          scored: false,
        },
      ]);
    });

    it('bubbles and is composed; nothing on restore or on a hint', async () => {
      const received: Event[] = [];
      const wrapper = await fixture(html`<div @up-answered=${(e: Event) => received.push(e)}>
        <up-survey .activity=${likertSurvey} .response=${['1', '1']}></up-survey>
        <up-survey .activity=${emojiSurvey}></up-survey>
      </div>`);
      const [restored, fresh] = [...wrapper.querySelectorAll('up-survey')] as [UpSurvey, UpSurvey];
      await hand(restored);
      await hand(fresh);
      expect(received).to.deep.equal([]);
      await choose(fresh, 'leuk', '3');
      await hand(fresh);
      expect(received.map((e) => [e.bubbles, e.composed])).to.deep.equal([[true, true]]);
    });

    it('causes no Lit dev-mode warnings', async () => {
      expect(await collectWarnings(async () => choose(await render(), 'zie-haat', '1'))).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('arrows choose a point, Tab goes to the next statement, Enter on "Lever in" hands in', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      blurAll();
      await tabTo((n) => n instanceof HTMLInputElement && n.name === 'zie-haat', 'the first statement');
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Space'});
      await tabTo(withText('Lever in'), '"Lever in"');
      await sendKeys({press: 'Enter'});
      expect(answered.map((d) => d.response)).to.deep.equal([['3', '1']]);
      assertFocusOn(submit(el), 'focus stays on the button');
    });

    it('"Lever in" too early moves focus to the first statement without an answer', async () => {
      const el = await render();
      await choose(el, 'zie-haat', '2');
      blurAll();
      await tabTo(withText('Lever in'), '"Lever in"');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      assertFocusOn(input(el, 'weet-wat', '1'));
      expect(text(status(el))).to.equal('Kies eerst bij elke uitspraak een antwoord.');
    });
  });
});
