import {assert, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {ResponseBuilderActivity} from '@upstander/schema';
import {UpResponseBuilder} from '../src/up-response-builder.js';
import {partsOnlyBuilder, responseBuilder} from './fixtures/activities.js';
import {
  assertFitsNarrowScreen,
  assertFocusOn,
  assertNoMotionWhenReduced,
  axNames,
  axRole,
  blurAll,
  byRole,
  collectWarnings,
  focusMovesTo,
  leave,
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
  activity?: ResponseBuilderActivity | undefined;
  response?: string[] | undefined;
  text?: Record<string, string> | undefined;
  lang?: string;
}

async function render({activity = responseBuilder, response, text, lang = 'nl'}: Options = {}): Promise<UpResponseBuilder> {
  return fixture<UpResponseBuilder>(html`<up-response-builder
    .activity=${activity}
    .response=${response}
    .text=${text}
    lesson-id="les-1"
    step-id="stap-5"
    lang=${lang}
  ></up-response-builder>`);
}

const shadow = (el: UpResponseBuilder) => el.shadowRoot!;
const part = (el: UpResponseBuilder, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: UpResponseBuilder, name: string) => [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const reply = (el: UpResponseBuilder) => part(el, 'field') as HTMLTextAreaElement;
const status = (el: UpResponseBuilder) => part(el, 'status')!;
const textOf = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const input = (el: UpResponseBuilder, value: string) => shadow(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)!;

async function click(el: UpResponseBuilder, node: HTMLElement): Promise<void> {
  node.click();
  await el.updateComplete;
}

async function write(el: UpResponseBuilder, value: string): Promise<void> {
  reply(el).focus();
  reply(el).value = value;
  reply(el).dispatchEvent(new InputEvent('input'));
  leave(reply(el));
  await el.updateComplete;
}

describe('<up-response-builder>', () => {
  describe('accessibility', () => {
    const states: [string, () => Promise<UpResponseBuilder>][] = [
      ['initial', () => render()],
      [
        'approach, part, reply and a tick',
        async () => {
          const el = await render();
          await click(el, input(el, 'steun'));
          await click(el, parts(el, 'part-button')[0]!);
          await write(el, 'Iedereen hier hoort erbij. Succes!');
          await click(el, input(el, 'veilig'));
          return el;
        },
      ],
      ['assembled, empty', () => render({activity: partsOnlyBuilder})],
      [
        'assembled, two parts pressed',
        async () => {
          const el = await render({activity: partsOnlyBuilder});
          await click(el, parts(el, 'part-button')[1]!);
          await click(el, parts(el, 'part-button')[0]!);
          return el;
        },
      ],
      ['restored', () => render({response: ['vraag', 'veilig'], text: {'reageer-op-haat': 'Wat bedoel je?'}})],
      ['shared', () => render({activity: {...responseBuilder, shareText: true}})],
      ['English', () => render({lang: 'en'})],
    ];
    for (const [name, make] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await make();
        await assert.isAccessible(el);
      });
    }

    it("the browser's accessibility tree: approaches, parts, the reply field, the checklist, a status (a11ySnapshot)", async () => {
      const el = await render();
      let tree = await snapshotOf(el);
      expect(axNames(tree, 'radio')).to.deep.equal([
        'Steun het doelwit Laat de mensen in het filmpje weten dat ze erbij horen. Voorbeeld: Mooi gebouw, veel succes met de opening!',
        'Stel een vraag Vraag rustig wat iemand bedoelt, zonder aan te vallen.',
      ]);
      expect(axNames(tree, 'button')).to.deep.equal(['Voeg toe: Iedereen hier hoort erbij.', 'Voeg toe: Waarom schrijf je dit?']);
      expect(axNames(tree, 'textbox')).to.deep.equal(['Jouw reactie']);
      expect(axRole(tree, 'checkbox').map((c) => [c.name, c.checked])).to.deep.equal(responseBuilder.checklist.map((c) => [c.text, false]));
      expect(axRole(tree, 'status').length).to.equal(1);
      const assembled = await render({activity: partsOnlyBuilder});
      await click(assembled, parts(assembled, 'part-button')[1]!);
      tree = await snapshotOf(assembled);
      expect(axRole(tree, 'button').map((b) => [b.name, b.pressed ?? null, b.disabled === true])).to.deep.equal([
        ['Iedereen hier hoort erbij.', false, false],
        ['Waarom schrijf je dit?', true, false],
        ['Maak leeg', null, false],
      ]);
    });

    it('is three named groups: approaches (radios), the reply (field), the checklist (checkboxes)', async () => {
      const el = await render();
      expect((await byRole(el, 'group')).map((g) => g.name)).to.deep.equal(['Kies een aanpak', 'Maak je reactie', 'Controleer je reactie']);
      expect(await namesOf(el, 'radio')).to.deep.equal([
        'Steun het doelwit Laat de mensen in het filmpje weten dat ze erbij horen. Voorbeeld: Mooi gebouw, veel succes met de opening!',
        'Stel een vraag Vraag rustig wat iemand bedoelt, zonder aan te vallen.',
      ]);
      expect(await namesOf(el, 'textbox')).to.deep.equal(['Jouw reactie']);
      expect(await namesOf(el, 'checkbox')).to.deep.equal(responseBuilder.checklist.map((c) => c.text));
      expect(await namesOf(el, 'button')).to.deep.equal(['Voeg toe: Iedereen hier hoort erbij.', 'Voeg toe: Waarom schrijf je dit?']);
      expect((await byRole(el, 'figure')).map((f) => f.name)).to.deep.equal(['Hierop reageer je:']);
    });

    it('assembled: the parts are toggle buttons that say whether they are in', async () => {
      const el = await render({activity: partsOnlyBuilder});
      expect(parts(el, 'part-button').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false']);
      await click(el, parts(el, 'part-button')[1]!);
      expect(parts(el, 'part-button').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
      expect(await namesOf(el, 'button')).to.deep.equal(['Iedereen hier hoort erbij.', 'Waarom schrijf je dit?', 'Maak leeg']);
    });

    it('says nothing is posted, and where the reply is kept', async () => {
      const el = await render();
      const notes = parts(el, 'note').map(textOf);
      expect(notes[0]).to.equal('Dit is oefenen: je reactie wordt nergens geplaatst.');
      expect(notes[1]).to.contain('blijft op dit apparaat');
    });

    it('on a shared digibord (classroom mode) says only that nothing is posted', async () => {
      const el = await fixture<UpResponseBuilder>(html`<up-response-builder .activity=${responseBuilder} mode="classroom" lesson-id="les-1" step-id="stap-5" lang="nl"></up-response-builder>`);
      expect(parts(el, 'note').map(textOf)).to.deep.equal(['Dit is oefenen: je reactie wordt nergens geplaatst.']);
    });

    it('announces a save politely', async () => {
      const el = await render();
      expect(status(el).getAttribute('role')).to.equal('status');
      expect(textOf(status(el))).to.equal('');
      await click(el, input(el, 'vraag'));
      expect(textOf(status(el))).to.equal('Bewaard op dit apparaat.');
    });

    it('has no motion at all', async () => {
      await assertNoMotionWhenReduced(await render());
    });

    it('fits a 320 px screen', async () => {
      await assertFitsNarrowScreen(() => render());
      await assertFitsNarrowScreen(() => render({activity: partsOnlyBuilder, response: ['hier-thuis', 'waarom']}));
    });

    it('fetches nothing and posts nothing', async () => {
      expect(await requestsDuring(async () => write(await render(), 'x'))).to.deep.equal([]);
    });
  });

  describe('defaults', () => {
    it('is registered as up-response-builder', () => {
      expect(customElements.get('up-response-builder')).to.equal(UpResponseBuilder);
    });

    it('renders nothing without an activity', async () => {
      const el = await fixture<UpResponseBuilder>(html`<up-response-builder></up-response-builder>`);
      expect(shadow(el).children.length).to.equal(0);
    });

    it('starts empty: no approach, an empty reply, nothing ticked', async () => {
      const el = await render();
      expect(el.answered).to.equal(false);
      expect(shadow(el).querySelectorAll('input:checked').length).to.equal(0);
      expect(reply(el).value).to.equal('');
      expect(textOf(part(el, 'checklist-score'))).to.equal('0 van de 2 punten kloppen.');
      expect(textOf(part(el, 'situation')!.querySelector('blockquote'))).to.equal(responseBuilder.situation);
    });

    it('assembled: says the reply is empty and holds "Maak leeg" back', async () => {
      const el = await render({activity: partsOnlyBuilder});
      expect(present(part(el, 'field'))).to.equal(false);
      expect(textOf(part(el, 'preview'))).to.equal('Je reactie is nog leeg.');
      expect(part(el, 'clear-button')!.getAttribute('aria-disabled')).to.equal('true');
    });
  });

  describe('attributes and properties', () => {
    it('follows its lang attribute', async () => {
      const el = await render({lang: 'en'});
      expect((await byRole(el, 'group')).map((g) => g.name)).to.deep.equal(['Choose an approach', 'Make your reply', 'Check your reply']);
    });

    it('a part goes at the end of the reply and focus follows it', async () => {
      const el = await render();
      await write(el, 'Hoi.');
      await click(el, parts(el, 'part-button')[1]!);
      await focusMovesTo(reply(el), 'the reply');
      expect(reply(el).value).to.equal('Hoi. Waarom schrijf je dit? ');
    });

    it('assembled: parts join in the order pressed; pressing again takes one out; "Maak leeg" empties', async () => {
      const el = await render({activity: partsOnlyBuilder});
      const [home, why] = parts(el, 'part-button') as [HTMLElement, HTMLElement];
      await click(el, why);
      await click(el, home);
      expect(textOf(part(el, 'preview'))).to.equal('Waarom schrijf je dit? Iedereen hier hoort erbij.');
      await click(el, why);
      expect(textOf(part(el, 'preview'))).to.equal('Iedereen hier hoort erbij.');
      await click(el, part(el, 'clear-button')!);
      expect(textOf(part(el, 'preview'))).to.equal('Je reactie is nog leeg.');
    });

    it('counts the ticked checklist points', async () => {
      const el = await render();
      await click(el, input(el, 'veilig'));
      await click(el, input(el, 'bericht-niet-persoon'));
      expect(textOf(part(el, 'checklist-score'))).to.equal('2 van de 2 punten kloppen.');
    });

    it('restores approach, parts, ticks and reply; assembled replies are rebuilt from the parts', async () => {
      const el = await render({response: ['vraag', 'waarom', 'veilig', 'onbekend'], text: {'reageer-op-haat': 'Waarom schrijf je dit?'}});
      expect([input(el, 'vraag').checked, input(el, 'veilig').checked, input(el, 'steun').checked]).to.deep.equal([true, true, false]);
      expect(reply(el).value).to.equal('Waarom schrijf je dit?');
      expect(el.answered).to.equal(true);
      expect(el.matches(':state(answered)')).to.equal(true);
      const assembled = await render({activity: partsOnlyBuilder, response: ['waarom', 'hier-thuis'], text: {'bouw-een-reactie': 'genegeerd'}});
      expect(textOf(part(assembled, 'preview'))).to.equal('Waarom schrijf je dit? Iedereen hier hoort erbij.');
    });

    it('keeps the typed reply and the status when its own answer is handed back', async () => {
      const el = await render();
      await write(el, 'Niet doen.');
      el.response = [];
      el.text = {'reageer-op-haat': 'Niet doen.'};
      await el.updateComplete;
      expect(textOf(status(el))).to.equal('Bewaard op dit apparaat.');
      expect(reply(el).value).to.equal('Niet doen.');
    });
  });

  describe('events', () => {
    it('saves every change with the ids and the reply under the activity id', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      await click(el, input(el, 'steun'));
      await click(el, parts(el, 'part-button')[0]!);
      expect(answered.length, 'adding a part to a free reply waits for leaving the field').to.equal(1);
      leave(reply(el));
      await el.updateComplete;
      await click(el, input(el, 'veilig'));
      expect(answered.map((d) => [d.response, d.text])).to.deep.equal([
        [['steun'], {}],
        [['steun', 'hier-thuis'], {'reageer-op-haat': 'Iedereen hier hoort erbij.'}],
        [['steun', 'hier-thuis', 'veilig'], {'reageer-op-haat': 'Iedereen hier hoort erbij.'}],
      ]);
      expect(answered[0]).to.deep.equal({
        lessonId: 'les-1',
        stepId: 'stap-5',
        activityId: 'reageer-op-haat',
        kind: 'text',
        response: ['steun'],
        correctResponse: [],
        correct: null,
        scored: false,
        text: {},
      });
    });

    it('assembled: every press is saved', async () => {
      const el = await render({activity: partsOnlyBuilder});
      const answered = record(el, 'up-answered');
      await click(el, parts(el, 'part-button')[1]!);
      await click(el, part(el, 'clear-button')!);
      expect(answered.map((d) => [d.response, d.text])).to.deep.equal([
        [['waarom'], {'bouw-een-reactie': 'Waarom schrijf je dit?'}],
        [[], {}],
      ]);
    });

    it('bubbles and is composed; nothing on restore or when leaving an unchanged reply', async () => {
      const received: Event[] = [];
      const wrapper = await fixture(html`<div @up-answered=${(e: Event) => received.push(e)}>
        <up-response-builder .activity=${responseBuilder} .text=${{'reageer-op-haat': 'Hoi.'}}></up-response-builder>
      </div>`);
      const el = wrapper.querySelector('up-response-builder')!;
      await el.updateComplete;
      await write(el, 'Hoi.');
      expect(received).to.deep.equal([]);
      await write(el, 'Hallo.');
      expect(received.map((e) => [e.bubbles, e.composed])).to.deep.equal([[true, true]]);
    });

    it('causes no Lit dev-mode warnings', async () => {
      expect(await collectWarnings(async () => write(await render(), 'x'))).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('the whole exercise with the keyboard: arrows, Enter on a part, typing, Space on the checklist', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      blurAll();
      await tabTo(radio('steun'), 'the first approach');
      await sendKeys({press: 'ArrowDown'});
      await tabTo(withText('+ Iedereen hier hoort erbij.'), 'the first part');
      await sendKeys({press: 'Enter'});
      await focusMovesTo(reply(el), 'the reply, after the part');
      await sendKeys({type: 'Wat bedoel je?'});
      await tabTo((n) => n instanceof HTMLInputElement && n.value === 'bericht-niet-persoon', 'the first checklist point');
      await sendKeys({press: 'Space'});
      expect(answered.at(-1)!.response).to.deep.equal(['vraag', 'hier-thuis', 'bericht-niet-persoon']);
      expect(answered.at(-1)!.text).to.deep.equal({'reageer-op-haat': 'Iedereen hier hoort erbij. Wat bedoel je?'});
    });

    it('assembled: Enter and Space press the parts', async () => {
      const el = await render({activity: partsOnlyBuilder});
      blurAll();
      await tabTo(withText('Waarom schrijf je dit?'), 'a part');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(textOf(part(el, 'preview'))).to.equal('Je reactie is nog leeg.');
      assertFocusOn(parts(el, 'part-button')[1], 'focus stays on the part');
    });
  });
});
