import {assert, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {AnsweredDetail, ChoiceActivity} from '@upstander/schema';
import {UpChoice} from '../src/up-choice.js';
import {scoredChoice, unscoredChoice} from './fixtures/lesson.js';
import {
  assertFitsNarrowScreen,
  assertFocusOn,
  assertNoMotionWhenReduced,
  axRole,
  axTexts,
  collectWarnings,
  present,
  radio,
  record,
  requestsDuring,
  snapshotOf,
  tabTo,
  withText,
} from './helpers.js';

interface Options {
  activity?: ChoiceActivity | undefined;
  response?: string[] | undefined;
  lang?: string;
}

async function render({activity = scoredChoice, response, lang = 'nl'}: Options = {}): Promise<UpChoice> {
  return fixture<UpChoice>(html`<up-choice
    .activity=${activity}
    .response=${response}
    lesson-id="les-1"
    step-id="stap-2"
    lang=${lang}
  ></up-choice>`);
}

const shadow = (el: UpChoice) => el.shadowRoot!;
const radios = (el: UpChoice) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const checkButton = (el: UpChoice) => shadow(el).querySelector<HTMLButtonElement>('[part~="check-button"]')!;
const feedback = (el: UpChoice) => shadow(el).querySelector<HTMLElement>('[part~="feedback"]')!;

/** Chooses an option the way a mouse user would. */
async function choose(el: UpChoice, id: string): Promise<void> {
  radios(el).find((r) => r.value === id)!.click();
  await el.updateComplete;
}

async function check(el: UpChoice): Promise<void> {
  checkButton(el).click();
  await el.updateComplete;
}

async function answer(el: UpChoice, id: string): Promise<AnsweredDetail> {
  await choose(el, id);
  const answered = record(el, 'up-answered');
  await check(el);
  expect(answered.length, 'up-answered dispatched once').to.equal(1);
  return answered[0]!;
}

describe('<up-choice>', () => {
  describe('accessibility', () => {
    const states: [string, () => Promise<UpChoice>][] = [
      ['initial', () => render()],
      [
        'hint: checked with nothing chosen',
        async () => {
          const el = await render();
          await check(el);
          return el;
        },
      ],
      [
        'an option chosen',
        async () => {
          const el = await render();
          await choose(el, 'grapje');
          return el;
        },
      ],
      [
        'checked right',
        async () => {
          const el = await render();
          await answer(el, 'kwetsend');
          return el;
        },
      ],
      [
        'checked wrong',
        async () => {
          const el = await render();
          await answer(el, 'grapje');
          return el;
        },
      ],
      [
        'unscored, checked',
        async () => {
          const el = await render({activity: unscoredChoice});
          await answer(el, 'soms');
          return el;
        },
      ],
      ['restored', () => render({response: ['mening']})],
      ['English', () => render({lang: 'en'})],
    ];
    for (const [name, make] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await make();
        await assert.isAccessible(el);
      });
    }

    it("the browser's accessibility tree: a radio per option, \"Controleer\", and the verdict in the status (a11ySnapshot)", async () => {
      const el = await render();
      let tree = await snapshotOf(el);
      expect(axRole(tree, 'radio').map((r) => [r.name, r.checked])).to.deep.equal(scoredChoice.options.map((o) => [o.text, false]));
      expect(axRole(tree, 'button').map((b) => [b.name, b.disabled === true])).to.deep.equal([['Controleer', true]]);
      expect(axRole(tree, 'status').length).to.equal(1);
      await answer(el, 'kwetsend');
      tree = await snapshotOf(el);
      expect(axRole(tree, 'radio').map((r) => [r.checked, r.disabled])).to.deep.equal([
        [false, true],
        [true, true],
        [false, true],
      ]);
      expect(axTexts(axRole(tree, 'status')[0]!)).to.deep.equal(['Goed!', 'Ja. Zo sluit je iemand buiten.']);
    });

    it('is a fieldset whose legend is the question, with labelled native radio buttons', async () => {
      const el = await render();
      const fieldset = shadow(el).querySelector('fieldset')!;
      expect(fieldset.querySelector('legend')!.textContent!.trim()).to.equal(scoredChoice.question);
      expect(radios(el).map((r) => r.labels?.[0]?.textContent?.trim())).to.deep.equal(scoredChoice.options.map((o) => o.text));
      expect(new Set(radios(el).map((r) => r.name)).size).to.equal(1);
    });

    it('keeps the feedback in a polite live region that exists before anything is checked', async () => {
      const el = await render();
      expect(feedback(el).getAttribute('role')).to.equal('status');
      expect(feedback(el).textContent!.trim()).to.equal('');
      await answer(el, 'kwetsend');
      expect(feedback(el).textContent).to.contain('Ja. Zo sluit je iemand buiten.');
    });

    it('does not rely on colour alone: the verdict is text', async () => {
      const el = await render();
      await answer(el, 'grapje');
      expect(feedback(el).querySelector('.verdict')!.textContent!.trim()).to.equal('Niet helemaal');
    });

    it('moves nothing under reduced motion', async () => {
      const el = await render();
      await choose(el, 'grapje');
      await assertNoMotionWhenReduced(el);
    });

    it('fits a 320 px screen and 400 % zoom, checked and with long answers', async () => {
      await assertFitsNarrowScreen(async () => {
        const el = await render();
        await answer(el, 'grapje');
        return el;
      });
      const long: ChoiceActivity = {...scoredChoice, id: 'lang', options: scoredChoice.options.map((o) => ({...o, text: `${o.text} ${'heel '.repeat(25)}lang.`}))};
      await assertFitsNarrowScreen(() => render({activity: long}));
    });

    it('fetches nothing', async () => {
      expect(await requestsDuring(async () => answer(await render(), 'kwetsend'))).to.deep.equal([]);
    });
  });

  describe('defaults', () => {
    it('is registered as up-choice', () => {
      expect(customElements.get('up-choice')).to.equal(UpChoice);
    });

    it('starts unanswered, with empty ids and no response', async () => {
      const el = await fixture<UpChoice>(html`<up-choice .activity=${scoredChoice}></up-choice>`);
      expect(el.answered).to.equal(false);
      expect(el.lessonId).to.equal('');
      expect(el.stepId).to.equal('');
      expect(el.response).to.equal(undefined);
      expect(radios(el).some((r) => r.checked)).to.equal(false);
    });

    it('renders nothing without an activity', async () => {
      const el = await fixture<UpChoice>(html`<up-choice></up-choice>`);
      expect(shadow(el).children.length).to.equal(0);
    });

    it('shows "Controleer" held back (aria-disabled, still focusable) until an option is chosen', async () => {
      const el = await render();
      expect(checkButton(el).textContent!.trim()).to.equal('Controleer');
      expect(checkButton(el).disabled).to.equal(false);
      expect(checkButton(el).getAttribute('aria-disabled')).to.equal('true');
      await choose(el, 'grapje');
      expect(checkButton(el).getAttribute('aria-disabled')).to.equal('false');
    });

    it('speaks Dutch when no language is set anywhere', async () => {
      const el = await fixture<UpChoice>(html`<div lang=""><up-choice .activity=${scoredChoice}></up-choice></div>`);
      expect(checkButton(el.querySelector('up-choice')!).textContent!.trim()).to.equal('Controleer');
    });
  });

  describe('attributes and properties', () => {
    it('maps lesson-id and step-id to lessonId and stepId', async () => {
      const el = await render();
      expect(el.lessonId).to.equal('les-1');
      expect(el.stepId).to.equal('stap-2');
    });

    it('follows its lang attribute, and changes with it', async () => {
      const el = await render({lang: 'en'});
      expect(checkButton(el).textContent!.trim()).to.equal('Check');
      el.setAttribute('lang', 'nl');
      await el.updateComplete;
      expect(checkButton(el).textContent!.trim()).to.equal('Controleer');
    });

    it("follows an ancestor's lang when it has none", async () => {
      const wrapper = await fixture(html`<section lang="en-GB"><up-choice .activity=${scoredChoice}></up-choice></section>`);
      const el = wrapper.querySelector('up-choice')!;
      await answer(el, 'kwetsend');
      expect(checkButton(el).textContent!.trim()).to.equal('Check');
      expect(feedback(el).querySelector('.verdict')!.textContent!.trim()).to.equal('Correct!');
    });

    it('restores a response: locked, with its verdict and feedback', async () => {
      const el = await render({response: ['mening']});
      expect(el.answered).to.equal(true);
      expect(radios(el).find((r) => r.checked)?.value).to.equal('mening');
      expect(radios(el).every((r) => r.matches(':disabled'))).to.equal(true);
      expect(feedback(el).textContent).to.contain('Niet helemaal');
      expect(feedback(el).textContent).to.contain('Een mening mag, maar dit raakt Sam.');
      expect(el.matches(':state(answered)')).to.equal(true);
      expect(el.matches(':state(incorrect)')).to.equal(true);
    });

    it('ignores restored option ids the question does not have', async () => {
      const el = await render({response: ['bestaat-niet']});
      expect(el.answered).to.equal(false);
      expect(radios(el).some((r) => r.matches(':disabled') || r.checked)).to.equal(false);
    });

    it('treats an empty response as unanswered, and clearing response unlocks', async () => {
      const el = await render({response: []});
      expect(el.answered).to.equal(false);
      el.response = ['kwetsend'];
      await el.updateComplete;
      expect(el.answered).to.equal(true);
      el.response = undefined;
      await el.updateComplete;
      expect(el.answered).to.equal(false);
      expect(feedback(el).textContent!.trim()).to.equal('');
    });

    it('starts over when given another question', async () => {
      const el = await render();
      await answer(el, 'kwetsend');
      el.activity = unscoredChoice;
      await el.updateComplete;
      expect(el.answered).to.equal(false);
      expect(radios(el).map((r) => r.value)).to.deep.equal(['vaak', 'soms', 'nooit']);
      expect(radios(el).some((r) => r.checked)).to.equal(false);
    });

    it('exposes answered as a read-only getter', async () => {
      const el = await render();
      expect(() => ((el as unknown as {answered: boolean}).answered = true)).to.throw(TypeError);
    });

    it('locks the answer once checked', async () => {
      const el = await render();
      await answer(el, 'kwetsend');
      expect(el.answered).to.equal(true);
      expect(shadow(el).querySelector('fieldset')!.disabled).to.equal(true);
      expect(checkButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(el.matches(':state(correct)')).to.equal(true);
    });

    it('shows no verdict for an unscored question, only the feedback', async () => {
      const el = await render({activity: unscoredChoice});
      await answer(el, 'vaak');
      expect(present(feedback(el).querySelector('.verdict'))).to.equal(false);
      expect(feedback(el).textContent).to.contain('Dat zien veel kinderen.');
      expect(el.matches(':state(correct)') || el.matches(':state(incorrect)')).to.equal(false);
    });

    it('accepts a lesson that skipped the schema defaults (scored and correct left out)', async () => {
      const raw = {
        type: 'choice',
        id: 'ruw',
        question: 'Vraag?',
        options: [
          {id: 'a', text: 'A', feedback: 'Niet A.'},
          {id: 'b', text: 'B', correct: true, feedback: 'Wel B.'},
        ],
      } as unknown as ChoiceActivity;
      const el = await render({activity: raw});
      const detail = await answer(el, 'a');
      expect(detail.scored).to.equal(true);
      expect(detail.correct).to.equal(false);
      expect(detail.correctResponse).to.deep.equal(['b']);
    });
  });

  describe('events', () => {
    it('dispatches up-answered with the AnsweredDetail when a right answer is checked', async () => {
      const el = await render();
      const detail = await answer(el, 'kwetsend');
      expect(detail).to.deep.equal({
        lessonId: 'les-1',
        stepId: 'stap-2',
        activityId: 'vraag-herkennen',
        kind: 'choice',
        response: ['kwetsend'],
        correctResponse: ['kwetsend'],
        correct: true,
        scored: true,
      });
    });

    it('reports correct: false for a wrong answer', async () => {
      const el = await render();
      const detail = await answer(el, 'mening');
      expect(detail.correct).to.equal(false);
      expect(detail.response).to.deep.equal(['mening']);
    });

    it('reports correct: null and scored: false for an unscored question', async () => {
      const el = await render({activity: unscoredChoice});
      const detail = await answer(el, 'nooit');
      expect(detail.correct).to.equal(null);
      expect(detail.scored).to.equal(false);
      expect(detail.correctResponse).to.deep.equal([]);
    });

    it('bubbles and is composed, so a listener outside any shadow root hears it', async () => {
      const received: Event[] = [];
      const wrapper = await fixture(html`<div @up-answered=${(e: Event) => received.push(e)}>
        <up-choice .activity=${scoredChoice}></up-choice>
      </div>`);
      await answer(wrapper.querySelector('up-choice')!, 'grapje');
      expect(received.length).to.equal(1);
      expect(received[0]!.bubbles).to.equal(true);
      expect(received[0]!.composed).to.equal(true);
    });

    it('dispatches nothing on restore, on choosing, or on checking with nothing chosen', async () => {
      const received: Event[] = [];
      const record = (e: Event) => received.push(e);
      const wrapper = await fixture(html`<div @up-answered=${record}>
        <up-choice .activity=${scoredChoice} .response=${['kwetsend']}></up-choice>
        <up-choice .activity=${unscoredChoice}></up-choice>
      </div>`);
      const [restored, fresh] = [...wrapper.querySelectorAll('up-choice')] as [UpChoice, UpChoice];
      await check(restored);
      await check(fresh);
      expect(feedback(fresh).textContent!.trim()).to.equal('Kies eerst een antwoord.');
      await choose(fresh, 'vaak');
      expect(feedback(fresh).textContent!.trim()).to.equal('');
      expect(received).to.deep.equal([]);
    });

    it('dispatches once: checking again does nothing', async () => {
      const received: Event[] = [];
      const el = await fixture<UpChoice>(html`<up-choice
        .activity=${scoredChoice}
        @up-answered=${(e: Event) => received.push(e)}
      ></up-choice>`);
      await choose(el, 'kwetsend');
      await check(el);
      await check(el);
      expect(received.length).to.equal(1);
    });

    it('causes no Lit dev-mode warnings', async () => {
      const warnings = await collectWarnings(async () => {
        const el = await render();
        await answer(el, 'kwetsend');
      });
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('arrows choose within the group, Tab reaches "Controleer", Enter checks', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      (document.activeElement as HTMLElement | null)?.blur();
      await tabTo(radio('grapje'), 'the first option');
      await sendKeys({press: 'ArrowDown'});
      assertFocusOn(radios(el)[1]);
      expect(radios(el)[1]!.checked).to.equal(true);
      await sendKeys({press: 'Tab'});
      assertFocusOn(checkButton(el));
      await sendKeys({press: 'Enter'});
      expect(answered.map((d) => d.response)).to.deep.equal([['kwetsend']]);
      assertFocusOn(checkButton(el), 'after checking');
    });

    it('Space chooses the focused option and presses "Controleer"', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      (document.activeElement as HTMLElement | null)?.blur();
      await tabTo(radio('grapje'), 'the first option');
      await sendKeys({press: 'Space'});
      expect(radios(el)[0]!.checked).to.equal(true);
      await tabTo(withText('Controleer'), '"Controleer"');
      await sendKeys({press: 'Space'});
      expect(answered.map((d) => d.response)).to.deep.equal([['grapje']]);
    });

    it('"Controleer" is reachable with nothing chosen and then gives a hint', async () => {
      const el = await render();
      (document.activeElement as HTMLElement | null)?.blur();
      await tabTo(withText('Controleer'), '"Controleer"');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(feedback(el).textContent!.trim()).to.equal('Kies eerst een antwoord.');
      expect(el.answered).to.equal(false);
    });

    it('Enter on an option checks it too (the form submits)', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      (document.activeElement as HTMLElement | null)?.blur();
      await tabTo(radio('grapje'), 'the first option');
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'Enter'});
      expect(answered.map((d) => d.response)).to.deep.equal([['kwetsend']]);
    });
  });
});
