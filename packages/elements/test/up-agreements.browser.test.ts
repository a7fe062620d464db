import {assert, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {AgreementsActivity} from '@upstander/schema';
import {UpAgreements} from '../src/up-agreements.js';
import {agreements} from './fixtures/activities.js';
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
  activity?: AgreementsActivity | undefined;
  response?: string[] | undefined;
  text?: Record<string, string> | undefined;
  lang?: string;
}

async function render({activity = agreements, response, text, lang = 'nl'}: Options = {}): Promise<UpAgreements> {
  return fixture<UpAgreements>(html`<up-agreements
    .activity=${activity}
    .response=${response}
    .text=${text}
    lesson-id="les-1"
    step-id="stap-11"
    lang=${lang}
  ></up-agreements>`);
}

const shadow = (el: UpAgreements) => el.shadowRoot!;
const part = (el: UpAgreements, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const own = (el: UpAgreements) => part(el, 'own-field') as HTMLInputElement;
const status = (el: UpAgreements) => part(el, 'status')!;
const textOf = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const listed = (el: UpAgreements) => [...shadow(el).querySelectorAll('[part~="list"] > li')].map((li) => textOf(li.querySelector('span') ?? li));
const box = (el: UpAgreements, id: string) => shadow(el).querySelector<HTMLInputElement>(`input[type="checkbox"][value="${id}"]`)!;

async function toggle(el: UpAgreements, id: string): Promise<void> {
  box(el, id).click();
  await el.updateComplete;
}

async function add(el: UpAgreements, value: string): Promise<void> {
  own(el).value = value;
  own(el).dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
  part(el, 'add-button')!.click();
  await el.updateComplete;
}

describe('<up-agreements>', () => {
  describe('accessibility', () => {
    const states: [string, () => Promise<UpAgreements>][] = [
      ['initial', () => render()],
      [
        'a suggestion chosen, an own one added',
        async () => {
          const el = await render();
          await toggle(el, 'eerst-vragen');
          await add(el, 'We zijn aardig tegen elkaar.');
          return el;
        },
      ],
      [
        'hint: added an empty agreement',
        async () => {
          const el = await render();
          await add(el, '  ');
          return el;
        },
      ],
      ['restored', () => render({response: ['niet-meelachen'], text: {'eigen-1': 'Niemand buitensluiten.'}})],
      ['no own agreements, shared', () => render({activity: {...agreements, allowOwn: false, shareText: true}})],
      ['English', () => render({lang: 'en'})],
    ];
    for (const [name, make] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await make();
        await assert.isAccessible(el);
      });
    }

    it("the browser's accessibility tree: a checkbox per suggestion, the own-agreement field and \"Voeg toe\" (a11ySnapshot)", async () => {
      const el = await render();
      const tree = await snapshotOf(el);
      expect(axRole(tree, 'checkbox').map((c) => [c.name, c.checked])).to.deep.equal(agreements.suggestions.map((s) => [s.text, false]));
      expect(axNames(tree, 'textbox')).to.deep.equal(['Eigen afspraak']);
      expect(axNames(tree, 'button')).to.deep.equal(['Voeg toe']);
      expect(axRole(tree, 'status').length).to.equal(1);
    });

    it('is a group of checkboxes named by the prompt, a labelled field and a named list', async () => {
      const el = await render({text: {'eigen-1': 'Niemand buitensluiten.'}});
      expect((await byRole(el, 'group')).map((g) => g.name)).to.deep.equal([agreements.prompt]);
      expect(await namesOf(el, 'checkbox')).to.deep.equal(agreements.suggestions.map((s) => s.text));
      expect(await namesOf(el, 'textbox')).to.deep.equal(['Eigen afspraak']);
      expect((await byRole(el, 'list')).map((l) => l.name)).to.deep.equal(['Onze afspraken']);
      expect(await namesOf(el, 'button')).to.deep.equal(['Voeg toe', 'Verwijder: Niemand buitensluiten.']);
    });

    it('announces additions, removals and saves politely', async () => {
      const el = await render();
      expect(status(el).getAttribute('role')).to.equal('status');
      await add(el, 'Eerst nadenken.');
      expect(textOf(status(el))).to.equal('Toegevoegd: Eerst nadenken.');
      part(el, 'remove-button')!.click();
      await el.updateComplete;
      expect(textOf(status(el))).to.equal('Verwijderd: Eerst nadenken.');
      await toggle(el, 'eerst-vragen');
      expect(textOf(status(el))).to.equal('Bewaard op dit apparaat.');
    });

    it('says where own agreements go; nothing when the group cannot add its own', async () => {
      expect(textOf(part(await render(), 'note'))).to.contain('blijft op dit apparaat');
      expect(textOf(part(await render({activity: {...agreements, shareText: true}}), 'note'))).to.contain('leeromgeving van school');
      expect(present(part(await render({activity: {...agreements, allowOwn: false}}), 'note'))).to.equal(false);
    });

    it('has no motion at all', async () => {
      await assertNoMotionWhenReduced(await render());
    });

    it('fits a 320 px screen', async () => {
      await assertFitsNarrowScreen(() => render({response: ['eerst-vragen'], text: {'eigen-1': 'Een afspraak met een heel lang woord: onvoorwaardelijkheidsverklaring.'}}));
    });

    it('fetches nothing', async () => {
      expect(await requestsDuring(async () => add(await render(), 'x'))).to.deep.equal([]);
    });
  });

  describe('defaults', () => {
    it('is registered as up-agreements', () => {
      expect(customElements.get('up-agreements')).to.equal(UpAgreements);
    });

    it('renders nothing without an activity', async () => {
      const el = await fixture<UpAgreements>(html`<up-agreements></up-agreements>`);
      expect(shadow(el).children.length).to.equal(0);
    });

    it('starts with nothing chosen and says so', async () => {
      const el = await render();
      expect(el.answered).to.equal(false);
      expect(present(part(el, 'list'))).to.equal(false);
      expect(textOf(shadow(el).querySelector('.empty'))).to.equal('Nog geen afspraken gekozen.');
    });
  });

  describe('attributes and properties', () => {
    it('follows its lang attribute', async () => {
      const el = await render({lang: 'en'});
      expect(textOf(part(el, 'add-button'))).to.equal('Add');
      expect(textOf(shadow(el).querySelector('.empty'))).to.equal('No agreements chosen yet.');
    });

    it('lists chosen suggestions in their order, then own agreements in the order they were added', async () => {
      const el = await render();
      await toggle(el, 'niet-meelachen');
      await add(el, 'Eerst nadenken.');
      await toggle(el, 'eerst-vragen');
      await add(el, 'Hulp vragen mag.');
      expect(listed(el)).to.deep.equal([
        'We vragen het eerst voordat we een foto van iemand delen.',
        'We lachen niet mee als iemand wordt uitgelachen.',
        'Eerst nadenken.',
        'Hulp vragen mag.',
      ]);
      expect(el.matches(':state(answered)')).to.equal(true);
    });

    it('restores chosen suggestions and own agreements in key order; ignores the rest', async () => {
      const el = await render({response: ['eerst-vragen', 'onbekend'], text: {'eigen-2': 'Twee.', 'eigen-10': 'Tien.', 'eigen-1': 'Een.', anders: 'x'}});
      expect(box(el, 'eerst-vragen').checked).to.equal(true);
      expect(listed(el)).to.deep.equal([agreements.suggestions[0]!.text, 'Een.', 'Twee.', 'Tien.']);
    });

    it('without allowOwn: no field and no own agreements, even restored ones', async () => {
      const el = await render({activity: {...agreements, allowOwn: false}, text: {'eigen-1': 'x'}});
      expect(present(part(el, 'own-field'))).to.equal(false);
      expect(el.answered).to.equal(false);
    });

    it('keeps its status when its own answer is handed back', async () => {
      const el = await render();
      await add(el, 'Samen.');
      el.response = [];
      el.text = {'eigen-1': 'Samen.'};
      await el.updateComplete;
      expect(textOf(status(el))).to.equal('Toegevoegd: Samen.');
    });
  });

  describe('events', () => {
    it('saves every change: suggestion ids as response, own agreements as text', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      await toggle(el, 'niet-meelachen');
      await add(el, 'Eerst nadenken.');
      await toggle(el, 'niet-meelachen');
      expect(answered).to.deep.equal([
        {
          lessonId: 'les-1',
          stepId: 'stap-11',
          activityId: 'klassenafspraken',
          kind: 'choice',
          response: ['niet-meelachen'],
          correctResponse: [],
          correct: null,
          scored: false,
          text: {},
        },
        {
          lessonId: 'les-1',
          stepId: 'stap-11',
          activityId: 'klassenafspraken',
          kind: 'choice',
          response: ['niet-meelachen'],
          correctResponse: [],
          correct: null,
          scored: false,
          text: {'eigen-1': 'Eerst nadenken.'},
        },
        {
          lessonId: 'les-1',
          stepId: 'stap-11',
          activityId: 'klassenafspraken',
          kind: 'choice',
          response: [],
          correctResponse: [],
          correct: null,
          scored: false,
          text: {'eigen-1': 'Eerst nadenken.'},
        },
      ]);
    });

    it('renumbers own agreements after a removal', async () => {
      const el = await render({text: {'eigen-1': 'Een.', 'eigen-2': 'Twee.'}});
      const answered = record(el, 'up-answered');
      part(el, 'remove-button')!.click();
      expect(answered.map((d) => d.text)).to.deep.equal([{'eigen-1': 'Twee.'}]);
    });

    it('bubbles and is composed; nothing on restore or on an empty add', async () => {
      const received: Event[] = [];
      const wrapper = await fixture(html`<div @up-answered=${(e: Event) => received.push(e)}>
        <up-agreements .activity=${agreements} .response=${['eerst-vragen']}></up-agreements>
      </div>`);
      const el = wrapper.querySelector('up-agreements')!;
      await el.updateComplete;
      await add(el, '');
      expect(received).to.deep.equal([]);
      await add(el, 'x');
      expect(received.map((e) => [e.bubbles, e.composed])).to.deep.equal([[true, true]]);
    });

    it('causes no Lit dev-mode warnings', async () => {
      expect(await collectWarnings(async () => add(await render(), 'x'))).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('Space ticks a suggestion; typing and Enter add; focus stays in the field', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      blurAll();
      await tabTo((n) => n instanceof HTMLInputElement && n.value === 'eerst-vragen', 'the first suggestion');
      await sendKeys({press: 'Space'});
      await tabTo((n) => n === own(el), 'the own field');
      await sendKeys({type: 'We helpen elkaar.'});
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      assertFocusOn(own(el), 'after adding');
      expect(own(el).value).to.equal('');
      expect(answered.map((d) => [d.response, d.text])).to.deep.equal([
        [['eerst-vragen'], {}],
        [['eerst-vragen'], {'eigen-1': 'We helpen elkaar.'}],
      ]);
    });

    it('Enter in an empty field gives a hint tied to the field', async () => {
      const el = await render();
      blurAll();
      await tabTo((n) => n === own(el), 'the own field');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(textOf(status(el))).to.equal('Schrijf eerst een afspraak.');
      expect(own(el).getAttribute('aria-describedby')).to.equal('status');
      assertFocusOn(own(el));
    });

    it('"Verwijder" with Enter removes the agreement and puts focus in the field', async () => {
      const el = await render({text: {'eigen-1': 'Weg ermee.'}});
      blurAll();
      await tabTo(withText('Verwijder'), '"Verwijder"');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(listed(el)).to.deep.equal([]);
      assertFocusOn(own(el));
    });
  });
});
