import {assert, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {RolesActivity} from '@upstander/schema';
import {UpRoles} from '../src/up-roles.js';
import {quietRoles, roles} from './fixtures/activities.js';
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
  leave,
  namesOf,
  present,
  record,
  requestsDuring,
  snapshotOf,
  tabTo,
} from './helpers.js';

interface Options {
  activity?: RolesActivity | undefined;
  text?: Record<string, string> | undefined;
  mode?: 'individual' | 'classroom';
  lang?: string;
  dir?: string;
}

async function render({activity = roles, text, mode = 'individual', lang = 'nl', dir = 'ltr'}: Options = {}): Promise<UpRoles> {
  const wrapper = await fixture(html`<div dir=${dir}>
    <up-roles .activity=${activity} .text=${text} mode=${mode} lesson-id="les-1" step-id="stap-9" lang=${lang}></up-roles>
  </div>`);
  const el = wrapper.querySelector('up-roles')!;
  await el.updateComplete;
  return el;
}

const shadow = (el: UpRoles) => el.shadowRoot!;
const part = (el: UpRoles, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const tabs = (el: UpRoles) => [...shadow(el).querySelectorAll<HTMLElement>('[role="tab"]')];
const panels = (el: UpRoles) => [...shadow(el).querySelectorAll<HTMLElement>('[role="tabpanel"]')];
const visiblePanel = (el: UpRoles) => panels(el).find((p) => !p.hidden)!;
const field = (el: UpRoles, id: string) => shadow(el).querySelector<HTMLTextAreaElement>(`#text-${id}`)!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function write(el: UpRoles, id: string, value: string): Promise<void> {
  const area = field(el, id);
  area.focus();
  area.value = value;
  area.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  leave(area);
  await el.updateComplete;
}

async function select(el: UpRoles, index: number): Promise<void> {
  tabs(el)[index]!.click();
  await el.updateComplete;
}

describe('<up-roles>', () => {
  describe('accessibility', () => {
    const states: [string, () => Promise<UpRoles>][] = [
      ['first card', () => render()],
      [
        'third card, an answer saved',
        async () => {
          const el = await render();
          await select(el, 2);
          await write(el, 'sem', 'Iets zeggen.');
          return el;
        },
      ],
      ['cards without names or questions', () => render({activity: quietRoles})],
      ['classroom', () => render({mode: 'classroom'})],
      ['English', () => render({lang: 'en'})],
      ['right to left', () => render({dir: 'rtl'})],
    ];
    for (const [name, make] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await make();
        await assert.isAccessible(el);
      });
    }

    it("the browser's accessibility tree: tabs named \"Role: name\", the selected one, its panel and field (a11ySnapshot)", async () => {
      const el = await render();
      let tree = await snapshotOf(el);
      expect(axRole(tree, 'tab').map((t) => [t.name, t.selected])).to.deep.equal([
        ['Verspreider: Jay', true],
        ['Doelwit: Bo', false],
        ['Omstander: Sem', false],
      ]);
      expect(axNames(tree, 'tabpanel')).to.deep.equal(['Verspreider: Jay']);
      expect(axNames(tree, 'textbox')).to.deep.equal(['Waarom gaat Jay door, denk je?']);
      tree = await snapshotOf(await render({activity: quietRoles}));
      expect(axNames(tree, 'tab')).to.deep.equal(['Verspreider', 'Doelwit', 'Omstander']);
    });

    it('is a named tab list with one tab per card, each controlling a panel named by its tab', async () => {
      const el = await render();
      expect((await byRole(el, 'tablist')).map((t) => t.name)).to.deep.equal(['Bekijk het als']);
      expect(await namesOf(el, 'tab')).to.deep.equal(['Verspreider: Jay', 'Doelwit: Bo', 'Omstander: Sem']);
      expect(tabs(el).map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
      const [panel] = await byRole(el, 'tabpanel');
      expect(panel!.name).to.equal('Verspreider: Jay');
      expect(tabs(el).map((t) => t.getAttribute('aria-controls'))).to.deep.equal(panels(el).map((p) => p.id));
      expect(await namesOf(el, 'textbox')).to.deep.equal(['Waarom gaat Jay door, denk je?']);
    });

    it('names a tab by its role alone when the card has no name', async () => {
      const el = await render({activity: quietRoles});
      expect(await namesOf(el, 'tab')).to.deep.equal(['Verspreider', 'Doelwit', 'Omstander']);
      expect(present(part(el, 'note')), 'no questions, no note').to.equal(false);
    });

    it('says where the answers go and announces a save', async () => {
      const el = await render();
      expect(text(part(el, 'note'))).to.contain('blijft op dit apparaat');
      await write(el, 'jay', 'Omdat anderen lachen.');
      expect(text(part(el, 'status'))).to.equal('Bewaard op dit apparaat.');
    });

    it('has no motion at all', async () => {
      await assertNoMotionWhenReduced(await render());
    });

    it('fits a 320 px screen', async () => {
      await assertFitsNarrowScreen(() => render());
    });

    it('fetches nothing', async () => {
      expect(await requestsDuring(async () => select(await render(), 1))).to.deep.equal([]);
    });
  });

  describe('defaults', () => {
    it('is registered as up-roles', () => {
      expect(customElements.get('up-roles')).to.equal(UpRoles);
    });

    it('renders nothing without an activity', async () => {
      const el = await fixture<UpRoles>(html`<up-roles></up-roles>`);
      expect(shadow(el).children.length).to.equal(0);
    });

    it('shows the situation and the first perspective; only the selected tab is in the tab order', async () => {
      const el = await render();
      expect(el.mode).to.equal('individual');
      expect(el.answered).to.equal(false);
      expect(text(part(el, 'situation'))).to.equal(roles.situation);
      expect(text(visiblePanel(el).querySelector('.rich'))).to.equal(roles.cards[0]!.text);
      expect(tabs(el).map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    });
  });

  describe('attributes and properties', () => {
    it('follows its lang attribute', async () => {
      const el = await render({lang: 'en'});
      expect(await namesOf(el, 'tab')).to.deep.equal(['Spreader: Jay', 'Target: Bo', 'Bystander: Sem']);
    });

    it('a click shows that perspective and keeps what was typed in the others', async () => {
      const el = await render();
      field(el, 'jay').value = 'nog niet bewaard';
      field(el, 'jay').dispatchEvent(new InputEvent('input'));
      await select(el, 1);
      expect(text(visiblePanel(el).querySelector('.rich'))).to.equal(roles.cards[1]!.text);
      expect(tabs(el).map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['false', 'true', 'false']);
      await select(el, 0);
      expect(field(el, 'jay').value).to.equal('nog niet bewaard');
    });

    it('restores answers', async () => {
      const el = await render({text: {bo: 'Ze voelt zich alleen.', onbekend: 'x'}});
      expect(field(el, 'bo').value).to.equal('Ze voelt zich alleen.');
      expect(el.answered).to.equal(true);
    });

    it('classroom: questions to talk about, no fields', async () => {
      const el = await render({mode: 'classroom'});
      expect(present(shadow(el).querySelector('textarea'))).to.equal(false);
      expect(text(visiblePanel(el).querySelector('.discuss'))).to.equal('Praat erover: Waarom gaat Jay door, denk je?');
      expect(present(part(el, 'note'))).to.equal(false);
    });

    it('starts at the first card again for another activity', async () => {
      const el = await render();
      await select(el, 2);
      el.activity = quietRoles;
      await el.updateComplete;
      expect(tabs(el)[0]!.getAttribute('aria-selected')).to.equal('true');
    });
  });

  describe('events', () => {
    it('dispatches up-answered with kind text and the answers by card id', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      await select(el, 1);
      expect(answered, 'switching tabs is not an answer').to.deep.equal([]);
      await write(el, 'bo', 'Ze logt uit.');
      expect(answered).to.deep.equal([
        {
          lessonId: 'les-1',
          stepId: 'stap-9',
          activityId: 'rollen-in-de-gamechat',
          kind: 'text',
          response: ['bo'],
          correctResponse: [],
          correct: null,
          scored: false,
          text: {bo: 'Ze logt uit.'},
        },
      ]);
    });

    it('bubbles, is composed, and is not dispatched on restore', async () => {
      const received: Event[] = [];
      const wrapper = await fixture(html`<div @up-answered=${(e: Event) => received.push(e)}>
        <up-roles .activity=${roles} .text=${{jay: 'x'}}></up-roles>
      </div>`);
      const el = wrapper.querySelector('up-roles')!;
      await el.updateComplete;
      expect(received).to.deep.equal([]);
      await write(el, 'jay', 'y');
      expect(received.map((e) => [e.bubbles, e.composed])).to.deep.equal([[true, true]]);
    });

    it('causes no Lit dev-mode warnings', async () => {
      expect(await collectWarnings(async () => select(await render(), 2))).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('one tab stop; arrows move and show a perspective, wrapping; Home and End', async () => {
      const el = await render();
      blurAll();
      await tabTo((n) => n?.getAttribute('role') === 'tab', 'the tabs');
      assertFocusOn(tabs(el)[0]);
      await sendKeys({press: 'ArrowRight'});
      assertFocusOn(tabs(el)[1], 'ArrowRight');
      expect(visiblePanel(el).id).to.equal('panel-bo');
      await sendKeys({press: 'ArrowLeft'});
      await sendKeys({press: 'ArrowLeft'});
      assertFocusOn(tabs(el)[2], 'ArrowLeft wraps to the last');
      await sendKeys({press: 'Home'});
      assertFocusOn(tabs(el)[0], 'Home');
      await sendKeys({press: 'End'});
      assertFocusOn(tabs(el)[2], 'End');
      expect(visiblePanel(el).id).to.equal('panel-sem');
      await sendKeys({press: 'Tab'});
      assertFocusOn(visiblePanel(el), 'Tab goes to the panel');
      await sendKeys({press: 'Tab'});
      assertFocusOn(field(el, 'sem'), 'then to its field');
      await sendKeys({type: 'Iets zeggen.'});
      const answered = record(el, 'up-answered');
      await sendKeys({press: 'Tab'});
      expect(answered.map((d) => d.text)).to.deep.equal([{sem: 'Iets zeggen.'}]);
    });

    it('mirrors the arrows in right-to-left text', async () => {
      const el = await render({dir: 'rtl'});
      tabs(el)[0]!.focus();
      await sendKeys({press: 'ArrowLeft'});
      assertFocusOn(tabs(el)[1]);
      expect(deepActiveElement()?.getAttribute('aria-selected')).to.equal('true');
    });
  });
});
