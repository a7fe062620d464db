import {assert, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {AnsweredDetail, SortActivity} from '@upstander/schema';
import {UpSort} from '../src/up-sort.js';
import {shuffled} from '../src/internal/shuffle.js';
import {classifySort, opinionSort, orderSort} from './fixtures/activities.js';
import {
  assertFitsNarrowScreen,
  assertFocusOn,
  assertNoMotionWhenReduced,
  axNames,
  axRole,
  blurAll,
  byRole,
  collectWarnings,
  deepActiveElement,
  namesOf,
  present,
  radio,
  record,
  requestsDuring,
  snapshotOf,
  tabTo,
  withText,
} from './helpers.js';

interface Options {
  activity?: SortActivity | undefined;
  response?: string[] | undefined;
  lang?: string;
}

async function render({activity = orderSort, response, lang = 'nl'}: Options = {}): Promise<UpSort> {
  return fixture<UpSort>(html`<up-sort
    .activity=${activity}
    .response=${response}
    lesson-id="les-1"
    step-id="stap-3"
    lang=${lang}
  ></up-sort>`);
}

const shadow = (el: UpSort) => el.shadowRoot!;
const part = (el: UpSort, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const checkButton = (el: UpSort) => part(el, 'check-button') as HTMLButtonElement;
const feedback = (el: UpSort) => part(el, 'feedback')!;
const announcer = (el: UpSort) => shadow(el).querySelector('.visually-hidden[role="status"]')!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The item texts in the order shown. */
const shown = (el: UpSort) => [...shadow(el).querySelectorAll('[part~="item"] .text, [part~="item"] legend')].map(text);
const textOf = (activity: SortActivity, id: string) => activity.items.find((i) => i.id === id)!.text;
const moveButton = (el: UpSort, id: string, direction: 'up' | 'down') =>
  shadow(el).querySelector<HTMLButtonElement>(`button[data-id="${id}"][data-direction="${direction}"]`)!;
const byLabel = (label: string) => (node: Element | null) => node?.getAttribute('aria-label') === label;

async function move(el: UpSort, id: string, direction: 'up' | 'down'): Promise<void> {
  moveButton(el, id, direction).click();
  await el.updateComplete;
}

async function place(el: UpSort, item: string, category: string): Promise<void> {
  shadow(el).querySelector<HTMLInputElement>(`input[name="group-${item}"][value="${category}"]`)!.click();
  await el.updateComplete;
}

async function check(el: UpSort): Promise<void> {
  checkButton(el).click();
  await el.updateComplete;
}

/** The start is buitensluiten, bedreigen, grap; two moves make it right. */
async function solveOrder(el: UpSort): Promise<void> {
  await move(el, 'grap', 'up');
  await move(el, 'grap', 'up');
}

async function placeAll(el: UpSort, placing: Record<string, string>): Promise<void> {
  for (const [item, category] of Object.entries(placing)) await place(el, item, category);
}

const rightPlacing = {muziek: 'mening', uitlachen: 'kwetsend', wegwezen: 'haat'};

async function answer(el: UpSort): Promise<AnsweredDetail> {
  const answered = record(el, 'up-answered');
  await check(el);
  expect(answered.length, 'up-answered dispatched once').to.equal(1);
  return answered[0]!;
}

describe('<up-sort>', () => {
  describe('accessibility', () => {
    const states: [string, () => Promise<UpSort>][] = [
      ['order, initial', () => render()],
      [
        'order, an item moved',
        async () => {
          const el = await render();
          await move(el, 'grap', 'up');
          return el;
        },
      ],
      [
        'order, checked right',
        async () => {
          const el = await render();
          await solveOrder(el);
          await check(el);
          return el;
        },
      ],
      [
        'order, checked wrong',
        async () => {
          const el = await render();
          await check(el);
          return el;
        },
      ],
      ['classify, initial', () => render({activity: classifySort})],
      [
        'classify, hint',
        async () => {
          const el = await render({activity: classifySort});
          await place(el, 'muziek', 'mening');
          await check(el);
          return el;
        },
      ],
      [
        'classify, checked wrong',
        async () => {
          const el = await render({activity: classifySort});
          await placeAll(el, {...rightPlacing, wegwezen: 'mening'});
          await check(el);
          return el;
        },
      ],
      [
        'unscored, checked',
        async () => {
          const el = await render({activity: opinionSort});
          await placeAll(el, {meme: 'oke', bijnaam: 'niet-oke'});
          await check(el);
          return el;
        },
      ],
      ['restored', () => render({response: ['grap', 'buitensluiten', 'bedreigen']})],
      ['English', () => render({activity: classifySort, lang: 'en'})],
    ];
    for (const [name, make] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await make();
        await assert.isAccessible(el);
      });
    }

    it("the browser's accessibility tree: move buttons named by their item, held back at the ends; radios per group (a11ySnapshot)", async () => {
      const el = await render();
      const order = shown(el);
      let tree = await snapshotOf(el);
      expect(axRole(tree, 'button').map((b) => [b.name, b.disabled === true])).to.deep.equal([
        ...order.flatMap((item, i) => [
          [`Omhoog: ${item}`, i === 0],
          [`Omlaag: ${item}`, i === order.length - 1],
        ]),
        ['Controleer', false],
      ]);
      expect(axRole(tree, 'status').length, 'the move announcer and the feedback').to.equal(2);
      const groups = await render({activity: classifySort});
      tree = await snapshotOf(groups);
      const labels = classifySort.categories.map((c) => c.label);
      expect(axNames(tree, 'radio')).to.deep.equal(classifySort.items.flatMap(() => labels));
      expect(axRole(tree, 'button').map((b) => [b.name, b.disabled === true])).to.deep.equal([['Controleer', true]]);
    });

    it('order: a list named by the instruction, described by its ends, with named move buttons', async () => {
      const el = await render();
      const [list] = await byRole(el, 'list');
      expect(list?.name).to.equal(orderSort.instruction);
      expect(text(shadow(el).getElementById(list!.element.getAttribute('aria-describedby')!))).to.equal(
        'Bovenaan: onschuldig. Onderaan: heel ernstig.'
      );
      expect((await byRole(el, 'listitem')).length).to.equal(3);
      expect(await namesOf(el, 'button')).to.deep.equal([
        'Omhoog: Iemand steeds buitensluiten',
        'Omlaag: Iemand steeds buitensluiten',
        'Omhoog: Iemand bedreigen',
        'Omlaag: Iemand bedreigen',
        'Omhoog: Een grap waar iedereen om lacht',
        'Omlaag: Een grap waar iedereen om lacht',
        'Controleer',
      ]);
    });

    it('classify: one radio group per item, named by the item, with a radio per group', async () => {
      const el = await render({activity: classifySort});
      const groups = await byRole(el, 'group');
      expect(groups.map((g) => g.name)).to.deep.equal([
        classifySort.instruction,
        ...shuffled(['muziek', 'uitlachen', 'wegwezen'], classifySort.id).map((id) => textOf(classifySort, id)),
      ]);
      expect((await namesOf(el, 'radio')).slice(0, 3)).to.deep.equal(['Een mening', 'Kwetsend', 'Haat']);
    });

    it('announces every move in a polite live region', async () => {
      const el = await render();
      expect(announcer(el).getAttribute('role')).to.equal('status');
      expect(text(announcer(el))).to.equal('');
      await move(el, 'grap', 'up');
      expect(text(announcer(el))).to.equal('Een grap waar iedereen om lacht: nu plaats 2 van 3.');
    });

    it('keeps the verdict in a polite live region that exists from the start; right and wrong are text', async () => {
      const el = await render();
      expect(feedback(el).getAttribute('role')).to.equal('status');
      expect(text(feedback(el))).to.equal('');
      await check(el);
      expect(text(feedback(el))).to.contain('Niet helemaal');
      expect(text(feedback(el))).to.contain('0 van de 3 goed.');
      expect([...shadow(el).querySelectorAll('[part~="mark"]')].map(text)).to.deep.equal([
        'Hoort op plaats 2',
        'Hoort op plaats 3',
        'Hoort op plaats 1',
      ]);
    });

    it('highlights a moved item only without a reduced-motion preference', async () => {
      const el = await render();
      await move(el, 'grap', 'up');
      expect(await assertNoMotionWhenReduced(el)).to.be.greaterThan(0);
    });

    it('fits a 320 px screen in both modes', async () => {
      await assertFitsNarrowScreen(() => render());
      await assertFitsNarrowScreen(async () => {
        const el = await render({activity: classifySort});
        await placeAll(el, rightPlacing);
        await check(el);
        return el;
      });
    });

    it('fetches nothing', async () => {
      const requests = await requestsDuring(async () => {
        const el = await render();
        await solveOrder(el);
        await check(el);
      });
      expect(requests).to.deep.equal([]);
    });
  });

  describe('defaults', () => {
    it('is registered as up-sort', () => {
      expect(customElements.get('up-sort')).to.equal(UpSort);
    });

    it('renders nothing without an activity', async () => {
      const el = await fixture<UpSort>(html`<up-sort></up-sort>`);
      expect(shadow(el).children.length).to.equal(0);
      expect(el.answered).to.equal(false);
    });

    it('starts unanswered with the items shuffled, never in the right order, the same on every visit', async () => {
      const el = await render();
      expect(el.answered).to.equal(false);
      expect(el.lessonId).to.equal('les-1');
      expect(shown(el)).to.deep.equal(['Iemand steeds buitensluiten', 'Iemand bedreigen', 'Een grap waar iedereen om lacht']);
      const again = await render();
      expect(shown(again)).to.deep.equal(shown(el));
      for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
        expect(shuffled(['x', 'y'], seed)).to.deep.equal(['y', 'x']);
        expect(shuffled(['x', 'y', 'z'], seed)).to.not.deep.equal(['x', 'y', 'z']);
      }
    });

    it('shows the ends of the order above and below the list', async () => {
      const el = await render();
      expect([...shadow(el).querySelectorAll('[part~="end"]')].map(text)).to.deep.equal(['onschuldig', 'heel ernstig']);
    });

    it('holds "Omhoog" back on the first item and "Omlaag" on the last, without disabling them', async () => {
      const el = await render();
      expect(moveButton(el, 'buitensluiten', 'up').getAttribute('aria-disabled')).to.equal('true');
      expect(moveButton(el, 'buitensluiten', 'up').disabled).to.equal(false);
      expect(moveButton(el, 'grap', 'down').getAttribute('aria-disabled')).to.equal('true');
      expect(moveButton(el, 'bedreigen', 'up').getAttribute('aria-disabled')).to.equal('false');
    });

    it('order: "Controleer" is ready at once; classify: held back until every item has a group', async () => {
      const order = await render();
      expect(checkButton(order).getAttribute('aria-disabled')).to.equal('false');
      const classify = await render({activity: classifySort});
      expect(checkButton(classify).getAttribute('aria-disabled')).to.equal('true');
      await placeAll(classify, rightPlacing);
      expect(checkButton(classify).getAttribute('aria-disabled')).to.equal('false');
    });
  });

  describe('attributes and properties', () => {
    it('follows its lang attribute', async () => {
      const el = await render({lang: 'en'});
      expect(text(checkButton(el))).to.equal('Check');
      expect(moveButton(el, 'grap', 'up').getAttribute('aria-label')).to.equal('Move up: Een grap waar iedereen om lacht');
      el.setAttribute('lang', 'nl');
      await el.updateComplete;
      expect(text(checkButton(el))).to.equal('Controleer');
    });

    it('moves items up and down', async () => {
      const el = await render();
      await move(el, 'grap', 'up');
      expect(shown(el)[1]).to.equal('Een grap waar iedereen om lacht');
      await move(el, 'buitensluiten', 'down');
      expect(shown(el)).to.deep.equal(['Een grap waar iedereen om lacht', 'Iemand steeds buitensluiten', 'Iemand bedreigen']);
      await move(el, 'grap', 'up');
      expect(shown(el)[0]).to.equal('Een grap waar iedereen om lacht');
    });

    it('locks once checked: no move buttons, marks per item, the verdict and the feedback', async () => {
      const el = await render();
      await solveOrder(el);
      await check(el);
      expect(el.answered).to.equal(true);
      expect(present(part(el, 'move-button'))).to.equal(false);
      expect([...shadow(el).querySelectorAll('[part~="mark"]')].map(text)).to.deep.equal(['Goed', 'Goed', 'Goed']);
      expect(text(feedback(el))).to.contain('Goed!');
      expect(text(feedback(el))).to.contain('3 van de 3 goed.');
      expect(text(feedback(el))).to.contain(orderSort.feedback);
      expect(el.matches(':state(answered)') && el.matches(':state(correct)')).to.equal(true);
    });

    it('classify: marks a wrong group with the right one', async () => {
      const el = await render({activity: classifySort});
      await placeAll(el, {...rightPlacing, uitlachen: 'mening'});
      await check(el);
      expect(text(feedback(el))).to.contain('2 van de 3 goed.');
      const marks = [...shadow(el).querySelectorAll('fieldset')].map((f) => [text(f.querySelector('legend')), text(f.querySelector('[part~="mark"]'))]);
      expect(marks).to.deep.include([textOf(classifySort, 'uitlachen'), 'Hoort bij: Kwetsend']);
      expect(el.matches(':state(incorrect)')).to.equal(true);
      expect([...shadow(el).querySelectorAll('fieldset')].every((f) => f.disabled)).to.equal(true);
    });

    it('unscored: no marks and no verdict, only feedback', async () => {
      const el = await render({activity: opinionSort});
      await placeAll(el, {meme: 'oke', bijnaam: 'oke'});
      await check(el);
      expect(present(part(el, 'mark'))).to.equal(false);
      expect(present(feedback(el).querySelector('.verdict'))).to.equal(false);
      expect(text(feedback(el))).to.equal('Dank je. Hier is geen goed of fout antwoord.');
    });

    it('restores an order: locked, in that order, with marks', async () => {
      const el = await render({response: ['grap', 'bedreigen', 'buitensluiten']});
      expect(el.answered).to.equal(true);
      expect(shown(el)).to.deep.equal(['Een grap waar iedereen om lacht', 'Iemand bedreigen', 'Iemand steeds buitensluiten']);
      expect(text(feedback(el))).to.contain('1 van de 3 goed.');
    });

    it('restores a classification', async () => {
      const el = await render({activity: classifySort, response: ['wegwezen.haat', 'muziek.mening', 'uitlachen.kwetsend']});
      expect(el.answered).to.equal(true);
      const checked = [...shadow(el).querySelectorAll<HTMLInputElement>('input:checked')].map((i) => `${i.name}=${i.value}`);
      expect(checked.sort()).to.deep.equal(['group-muziek=mening', 'group-uitlachen=kwetsend', 'group-wegwezen=haat']);
      expect(el.matches(':state(correct)')).to.equal(true);
    });

    it('ignores a stored answer that does not fit', async () => {
      for (const response of [['grap', 'bedreigen'], ['grap', 'grap', 'bedreigen'], ['grap', 'x', 'bedreigen'], []]) {
        const el = await render({response});
        expect(el.answered, JSON.stringify(response)).to.equal(false);
      }
      for (const response of [['muziek.mening', 'uitlachen.kwetsend'], ['muziek.mening', 'uitlachen.kwetsend', 'wegwezen.x'], ['muziek', 'uitlachen', 'wegwezen']]) {
        const el = await render({activity: classifySort, response});
        expect(el.answered, JSON.stringify(response)).to.equal(false);
      }
    });

    it('clearing response unlocks and starts over; another activity starts over', async () => {
      const el = await render({response: ['grap', 'bedreigen', 'buitensluiten']});
      el.response = undefined;
      await el.updateComplete;
      expect(el.answered).to.equal(false);
      expect(shown(el)[0]).to.equal('Iemand steeds buitensluiten');
      el.activity = classifySort;
      await el.updateComplete;
      expect(shown(el)).to.deep.equal(shuffled(['muziek', 'uitlachen', 'wegwezen'], classifySort.id).map((id) => textOf(classifySort, id)));
    });

    it('keeps its feedback when its own answer is handed back as response', async () => {
      const el = await render({activity: classifySort});
      await placeAll(el, rightPlacing);
      const detail = await answer(el);
      el.response = [...detail.response].reverse();
      await el.updateComplete;
      expect(text(feedback(el))).to.contain('Goed!');
    });

    it('exposes answered as a read-only getter', async () => {
      const el = await render();
      expect(() => ((el as unknown as {answered: boolean}).answered = true)).to.throw(TypeError);
    });
  });

  describe('events', () => {
    it('order: dispatches the ids in the pupil’s order, the right order, and correct', async () => {
      const el = await render();
      await solveOrder(el);
      expect(await answer(el)).to.deep.equal({
        lessonId: 'les-1',
        stepId: 'stap-3',
        activityId: 'trap-van-escalatie',
        kind: 'sort',
        response: ['grap', 'buitensluiten', 'bedreigen'],
        correctResponse: ['grap', 'buitensluiten', 'bedreigen'],
        correct: true,
        scored: true,
      });
    });

    it('order: correct is false for a wrong order', async () => {
      const el = await render();
      const detail = await answer(el);
      expect(detail.response).to.deep.equal(['buitensluiten', 'bedreigen', 'grap']);
      expect(detail.correct).to.equal(false);
    });

    it('classify: dispatches item.category pairs', async () => {
      const el = await render({activity: classifySort});
      await placeAll(el, {...rightPlacing, wegwezen: 'kwetsend'});
      const detail = await answer(el);
      expect(detail.kind).to.equal('sort');
      expect([...detail.response].sort()).to.deep.equal(['muziek.mening', 'uitlachen.kwetsend', 'wegwezen.kwetsend']);
      expect(detail.correctResponse).to.deep.equal(['muziek.mening', 'uitlachen.kwetsend', 'wegwezen.haat']);
      expect(detail.correct).to.equal(false);
    });

    it('unscored: correct null, scored false, no correct response', async () => {
      const el = await render({activity: opinionSort});
      await placeAll(el, {meme: 'oke', bijnaam: 'niet-oke'});
      const detail = await answer(el);
      expect([detail.correct, detail.scored, detail.correctResponse]).to.deep.equal([null, false, []]);
    });

    it('bubbles and is composed', async () => {
      const received: Event[] = [];
      const wrapper = await fixture(html`<div @up-answered=${(e: Event) => received.push(e)}><up-sort .activity=${orderSort}></up-sort></div>`);
      await check(wrapper.querySelector('up-sort')!);
      expect(received.map((e) => [e.bubbles, e.composed])).to.deep.equal([[true, true]]);
    });

    it('dispatches nothing on restore, on moving, on placing, on a hint, or when checked again', async () => {
      const received: Event[] = [];
      const wrapper = await fixture(html`<div @up-answered=${(e: Event) => received.push(e)}>
        <up-sort .activity=${orderSort} .response=${['grap', 'buitensluiten', 'bedreigen']}></up-sort>
        <up-sort .activity=${classifySort}></up-sort>
      </div>`);
      const [restored, fresh] = [...wrapper.querySelectorAll('up-sort')] as [UpSort, UpSort];
      await check(restored);
      await place(fresh, 'muziek', 'haat');
      await check(fresh);
      expect(text(feedback(fresh))).to.equal('Kies eerst bij elk onderdeel een groep.');
      expect(received).to.deep.equal([]);
      await placeAll(fresh, rightPlacing);
      expect(text(feedback(fresh)), 'the hint goes once complete').to.equal('');
      await check(fresh);
      await check(fresh);
      expect(received.length).to.equal(1);
    });

    it('causes no Lit dev-mode warnings', async () => {
      const warnings = await collectWarnings(async () => {
        const el = await render();
        await solveOrder(el);
        await check(el);
      });
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('order: Tab to a move button; Enter and Space move the item and focus stays on the button', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      blurAll();
      const up = await tabTo(byLabel('Omhoog: Een grap waar iedereen om lacht'), '"Omhoog" of the last item');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      assertFocusOn(moveButton(el, 'grap', 'up'), 'after the first move');
      expect(up === moveButton(el, 'grap', 'up'), 'the same button').to.equal(true);
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      assertFocusOn(moveButton(el, 'grap', 'up'), 'after the second move');
      expect(moveButton(el, 'grap', 'up').getAttribute('aria-disabled')).to.equal('true');
      expect(text(announcer(el))).to.equal('Een grap waar iedereen om lacht: nu plaats 1 van 3.');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(shown(el)[0], 'a held-back button does nothing').to.equal('Een grap waar iedereen om lacht');
      await tabTo(withText('Controleer'), '"Controleer"');
      await sendKeys({press: 'Enter'});
      expect(answered.map((d) => d.correct)).to.deep.equal([true]);
      assertFocusOn(checkButton(el), 'after checking');
    });

    it('order: focus stays on the button whichever way the item moves', async () => {
      const el = await render();
      blurAll();
      await tabTo(byLabel('Omlaag: Iemand steeds buitensluiten'), '"Omlaag" of the first item');
      for (const expected of [2, 3]) {
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        assertFocusOn(moveButton(el, 'buitensluiten', 'down'), `after moving down to ${expected}`);
        expect(shown(el)[expected - 1]).to.equal('Iemand steeds buitensluiten');
      }
      moveButton(el, 'bedreigen', 'down').focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      assertFocusOn(moveButton(el, 'bedreigen', 'down'), 'after moving another item down');
      expect(shown(el)).to.deep.equal(['Een grap waar iedereen om lacht', 'Iemand bedreigen', 'Iemand steeds buitensluiten']);
    });

    it('order: Shift+Tab goes back through the buttons in list order', async () => {
      const el = await render();
      moveButton(el, 'bedreigen', 'up').focus();
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
      assertFocusOn(moveButton(el, 'buitensluiten', 'down'));
    });

    it('classify: arrow keys choose a group per item, Tab goes to the next item, Enter checks', async () => {
      const el = await render({activity: classifySort});
      const answered = record(el, 'up-answered');
      blurAll();
      const order = shuffled(['muziek', 'uitlachen', 'wegwezen'], classifySort.id);
      // Each group is one tab stop; ArrowRight from the first radio chooses the second, and so on.
      const steps: Record<string, number> = {mening: 0, kwetsend: 1, haat: 2};
      for (const id of order) {
        await tabTo((node) => node instanceof HTMLInputElement && node.name === `group-${id}`, `the groups of ${id}`);
        const target = steps[rightPlacing[id as keyof typeof rightPlacing]]!;
        if (target === 0) await sendKeys({press: 'Space'});
        for (let i = 0; i < target; i++) await sendKeys({press: 'ArrowRight'});
        assert.isTrue(radio(rightPlacing[id as keyof typeof rightPlacing])(deepActiveElement()), `focus on the chosen group of ${id}`);
      }
      await tabTo(withText('Controleer'), '"Controleer"');
      await sendKeys({press: 'Enter'});
      expect(answered.map((d) => d.correct)).to.deep.equal([true]);
    });
  });
});
