import {assert, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {DilemmaActivity} from '@upstander/schema';
import {UpDilemma} from '../src/up-dilemma.js';
import {dilemma} from './fixtures/activities.js';
import {
  assertFitsNarrowScreen,
  assertFocusOn,
  assertNoMotionWhenReduced,
  axAll,
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
  activity?: DilemmaActivity | undefined;
  response?: string[] | undefined;
  mode?: 'individual' | 'classroom';
  lang?: string;
}

async function render({activity = dilemma, response, mode = 'individual', lang = 'nl'}: Options = {}): Promise<UpDilemma> {
  return fixture<UpDilemma>(html`<up-dilemma .activity=${activity} .response=${response} mode=${mode} lesson-id="les-1" step-id="stap-10" lang=${lang}></up-dilemma>`);
}

const line = (options: Options = {}) => render({mode: 'classroom', ...options});
const shadow = (el: UpDilemma) => el.shadowRoot!;
const part = (el: UpDilemma, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const status = (el: UpDilemma) => part(el, 'status')!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const input = (el: UpDilemma, statement: string, answer: string) =>
  shadow(el).querySelector<HTMLInputElement>(`input[name="${statement}"][value="${answer}"]`)!;
const announcer = (el: UpDilemma) => shadow(el).querySelector('.visually-hidden[role="status"]')!;

async function choose(el: UpDilemma, statement: string, answer: string): Promise<void> {
  input(el, statement, answer).click();
  await el.updateComplete;
}

async function click(el: UpDilemma, name: string): Promise<void> {
  part(el, name)!.click();
  await el.updateComplete;
}

describe('<up-dilemma>', () => {
  describe('accessibility', () => {
    const states: [string, () => Promise<UpDilemma>][] = [
      ['initial', () => render()],
      [
        'one answered, discussion shown, hint',
        async () => {
          const el = await render();
          await choose(el, 'grap-mag', 'unsure');
          await click(el, 'submit-button');
          return el;
        },
      ],
      ['restored', () => render({response: ['agree', 'disagree']})],
      ['line exercise', () => line()],
      [
        'line exercise, discussion revealed',
        async () => {
          const el = await line();
          await click(el, 'reveal-button');
          return el;
        },
      ],
      [
        'line exercise, last statement',
        async () => {
          const el = await line();
          await click(el, 'next-button');
          return el;
        },
      ],
      ['English line exercise', () => line({lang: 'en'})],
    ];
    for (const [name, make] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await make();
        await assert.isAccessible(el);
      });
    }

    it("the browser's accessibility tree: three radios per statement; the line exercise's buttons and states (a11ySnapshot)", async () => {
      const el = await render();
      let tree = await snapshotOf(el);
      expect(axNames(tree, 'radio')).to.deep.equal(dilemma.statements.flatMap(() => ['Eens', 'Weet ik niet', 'Oneens']));
      expect(axRole(tree, 'button').map((b) => [b.name, b.disabled === true])).to.deep.equal([['Lever in', true]]);
      const classroom = await line();
      tree = await snapshotOf(classroom);
      expect(axRole(tree, 'button').map((b) => [b.name, b.disabled === true, b.expanded])).to.deep.equal([
        ['Toon de vraag om over te praten', false, false],
        ['Vorige stelling', true, undefined],
        ['Volgende stelling', false, undefined],
      ]);
      expect(axAll(tree, (n) => n.role === 'image' || n.role === 'img').map((n) => n.name)).to.deep.equal(['Eens — Oneens']);
    });

    it('is a radio group per statement, named by it: Eens, Weet ik niet, Oneens', async () => {
      const el = await render();
      expect((await byRole(el, 'group')).map((g) => g.name)).to.deep.equal(dilemma.statements.map((s) => s.text));
      expect((await namesOf(el, 'radio')).slice(0, 3)).to.deep.equal(['Eens', 'Weet ik niet', 'Oneens']);
    });

    it('line exercise: the line is an image named by its ends; the reveal button says whether it is open', async () => {
      const el = await line();
      expect((await byRole(el, 'img')).map((i) => i.name)).to.deep.equal(['Eens — Oneens']);
      const reveal = part(el, 'reveal-button')!;
      expect([reveal.getAttribute('aria-expanded'), reveal.getAttribute('aria-controls')]).to.deep.equal(['false', 'discussion']);
      expect(await namesOf(el, 'button')).to.deep.equal(['Toon de vraag om over te praten', 'Vorige stelling', 'Volgende stelling']);
    });

    it('line exercise: announces the next statement politely', async () => {
      const el = await line();
      expect(text(announcer(el))).to.equal('');
      await click(el, 'next-button');
      expect(text(announcer(el))).to.equal('Stelling 2 van 2: Iets melden is klikken.');
    });

    it('announces the hint and the thanks', async () => {
      const el = await render();
      expect(status(el).getAttribute('role')).to.equal('status');
      await click(el, 'submit-button');
      expect(text(status(el))).to.equal('Kies eerst bij elke uitspraak een antwoord.');
      await choose(el, 'grap-mag', 'agree');
      await choose(el, 'melden-klikken', 'agree');
      await click(el, 'submit-button');
      expect(text(status(el))).to.equal('Ingeleverd. Dank je wel!');
    });

    it('has no motion at all, in either form', async () => {
      await assertNoMotionWhenReduced(await render());
      await assertNoMotionWhenReduced(await line());
    });

    it('fits a 320 px screen, the large line exercise too', async () => {
      await assertFitsNarrowScreen(() => render());
      await assertFitsNarrowScreen(() => line());
    });

    it('fetches nothing', async () => {
      expect(await requestsDuring(async () => choose(await render(), 'grap-mag', 'agree'))).to.deep.equal([]);
    });
  });

  describe('defaults', () => {
    it('is registered as up-dilemma', () => {
      expect(customElements.get('up-dilemma')).to.equal(UpDilemma);
    });

    it('renders nothing without an activity', async () => {
      const el = await fixture<UpDilemma>(html`<up-dilemma></up-dilemma>`);
      expect(shadow(el).children.length).to.equal(0);
    });

    it('starts individual and open, with the intro, no discussion and "Lever in" held back', async () => {
      const el = await render();
      expect(el.mode).to.equal('individual');
      expect(el.answered).to.equal(false);
      expect(text(part(el, 'intro'))).to.equal(dilemma.intro);
      expect(present(part(el, 'discussion'))).to.equal(false);
      expect(part(el, 'submit-button')!.getAttribute('aria-disabled')).to.equal('true');
    });
  });

  describe('attributes and properties', () => {
    it('follows its lang attribute', async () => {
      const el = await render({lang: 'en'});
      expect((await namesOf(el, 'radio')).slice(0, 3)).to.deep.equal(['Agree', "Don't know", 'Disagree']);
    });

    it('shows a statement’s point of discussion once it has an answer', async () => {
      const el = await render();
      await choose(el, 'grap-mag', 'disagree');
      expect(text(part(el, 'discussion'))).to.equal('Denk erover na: Wie bepaalt of iets een grap is?');
    });

    it('locks once handed in; restores handed-in answers; ignores answers that do not fit', async () => {
      const el = await render();
      await choose(el, 'grap-mag', 'disagree');
      await choose(el, 'melden-klikken', 'disagree');
      await click(el, 'submit-button');
      expect(el.answered).to.equal(true);
      expect([...shadow(el).querySelectorAll('fieldset')].every((f) => f.disabled)).to.equal(true);
      const restored = await render({response: ['unsure', 'agree']});
      expect(restored.answered).to.equal(true);
      expect(input(restored, 'melden-klikken', 'agree').checked).to.equal(true);
      for (const response of [['agree'], ['agree', 'maybe']]) expect((await render({response})).answered).to.equal(false);
    });

    it('classroom with standOnTheLine: one statement at a time, large, with the line; no fields', async () => {
      const el = await line();
      expect(el.matches(':state(line)')).to.equal(true);
      expect(text(part(el, 'counter'))).to.equal('Stelling 1 van 2');
      expect(text(part(el, 'statement'))).to.equal(dilemma.statements[0]!.text);
      expect(parseFloat(getComputedStyle(part(el, 'statement')!).fontSize)).to.be.greaterThan(parseFloat(getComputedStyle(el).fontSize) * 1.4);
      expect([...part(el, 'line')!.querySelectorAll('span')].map(text)).to.deep.equal(['Eens', '', 'Oneens']);
      expect(present(shadow(el).querySelector('input'))).to.equal(false);
      expect(part(el, 'discussion')!.hidden).to.equal(true);
      await click(el, 'reveal-button');
      expect(part(el, 'discussion')!.hidden).to.equal(false);
      expect(part(el, 'reveal-button')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('line exercise: goes back and forth; the ends hold back; a statement without discussion has no reveal', async () => {
      const el = await line();
      expect(part(el, 'previous-button')!.getAttribute('aria-disabled')).to.equal('true');
      await click(el, 'previous-button');
      expect(text(part(el, 'counter'))).to.equal('Stelling 1 van 2');
      await click(el, 'reveal-button');
      await click(el, 'next-button');
      expect(text(part(el, 'counter'))).to.equal('Stelling 2 van 2');
      expect(present(part(el, 'reveal-button'))).to.equal(false);
      expect(part(el, 'next-button')!.getAttribute('aria-disabled')).to.equal('true');
      await click(el, 'next-button');
      expect(text(part(el, 'counter'))).to.equal('Stelling 2 van 2');
      await click(el, 'previous-button');
      expect(part(el, 'discussion')!.hidden, 'the discussion is hidden again').to.equal(true);
    });

    it('classroom without standOnTheLine works as for a pupil', async () => {
      const el = await line({activity: {...dilemma, standOnTheLine: false}});
      expect(present(part(el, 'line'))).to.equal(false);
      expect(shadow(el).querySelectorAll('fieldset').length).to.equal(2);
    });
  });

  describe('events', () => {
    it('dispatches up-answered once with kind choice and an answer per statement', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      await choose(el, 'melden-klikken', 'disagree');
      await choose(el, 'grap-mag', 'unsure');
      await click(el, 'submit-button');
      await click(el, 'submit-button');
      expect(answered).to.deep.equal([
        {
          lessonId: 'les-1',
          stepId: 'stap-10',
          activityId: 'grens-van-de-grap',
          kind: 'choice',
          response: ['unsure', 'disagree'],
          correctResponse: [],
          correct: null,
          scored: false,
        },
      ]);
    });

    it('bubbles and is composed; nothing on restore, on a hint or in the line exercise', async () => {
      const received: Event[] = [];
      const wrapper = await fixture(html`<div @up-answered=${(e: Event) => received.push(e)}>
        <up-dilemma .activity=${dilemma} .response=${['agree', 'agree']}></up-dilemma>
        <up-dilemma .activity=${dilemma} mode="classroom"></up-dilemma>
        <up-dilemma .activity=${dilemma}></up-dilemma>
      </div>`);
      const [restored, classroom, fresh] = [...wrapper.querySelectorAll('up-dilemma')] as [UpDilemma, UpDilemma, UpDilemma];
      await Promise.all([restored, classroom, fresh].map((el) => el.updateComplete));
      await click(restored, 'submit-button');
      await click(classroom, 'reveal-button');
      await click(classroom, 'next-button');
      await click(fresh, 'submit-button');
      expect(received).to.deep.equal([]);
      await choose(fresh, 'grap-mag', 'agree');
      await choose(fresh, 'melden-klikken', 'agree');
      await click(fresh, 'submit-button');
      expect(received.map((e) => [e.bubbles, e.composed])).to.deep.equal([[true, true]]);
    });

    it('causes no Lit dev-mode warnings', async () => {
      expect(await collectWarnings(async () => click(await line(), 'next-button'))).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('arrows choose, Tab goes on, Enter on "Lever in" hands in', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      blurAll();
      await tabTo((n) => n instanceof HTMLInputElement && n.name === 'grap-mag', 'the first statement');
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'ArrowRight'});
      await tabTo((n) => n instanceof HTMLInputElement && n.name === 'melden-klikken', 'the second statement');
      await sendKeys({press: 'Space'});
      await tabTo(withText('Lever in'), '"Lever in"');
      await sendKeys({press: 'Enter'});
      expect(answered.map((d) => d.response)).to.deep.equal([['disagree', 'agree']]);
    });

    it('"Lever in" too early moves focus to the first statement without an answer', async () => {
      const el = await render();
      await choose(el, 'grap-mag', 'agree');
      blurAll();
      await tabTo(withText('Lever in'), '"Lever in"');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      assertFocusOn(input(el, 'melden-klikken', 'agree'));
    });

    it('line exercise: reveal with Enter, then the next statement with Space; focus stays on the button', async () => {
      const el = await line();
      blurAll();
      await tabTo(withText('Toon de vraag om over te praten'), 'the reveal button');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(part(el, 'discussion')!.hidden).to.equal(false);
      assertFocusOn(part(el, 'reveal-button'));
      const next = await tabTo(withText('Volgende stelling'), '"Volgende stelling"');
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(text(part(el, 'counter'))).to.equal('Stelling 2 van 2');
      assertFocusOn(next, 'focus stays on "Volgende stelling"');
    });
  });
});
