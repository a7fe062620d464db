import {assert, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {ReflectionActivity} from '@upstander/schema';
import {UpReflection} from '../src/up-reflection.js';
import {reflection} from './fixtures/activities.js';
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
  focusMovesTo,
  leave,
  namesOf,
  present,
  record,
  requestsDuring,
  snapshotOf,
  tabTo,
} from './helpers.js';

interface Options {
  activity?: ReflectionActivity | undefined;
  text?: Record<string, string> | undefined;
  mode?: 'individual' | 'classroom';
  lang?: string;
}

async function render({activity = reflection, text, mode = 'individual', lang = 'nl'}: Options = {}): Promise<UpReflection> {
  return fixture<UpReflection>(html`<up-reflection
    .activity=${activity}
    .text=${text}
    mode=${mode}
    lesson-id="les-1"
    step-id="stap-6"
    lang=${lang}
  ></up-reflection>`);
}

const shadow = (el: UpReflection) => el.shadowRoot!;
const part = (el: UpReflection, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const field = (el: UpReflection, id: string) => shadow(el).querySelector<HTMLTextAreaElement>(`#text-${id}`)!;
const status = (el: UpReflection) => part(el, 'status')!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Types into a field the way the browser does, then leaves it. */
async function write(el: UpReflection, id: string, value: string): Promise<void> {
  const area = field(el, id);
  area.focus();
  area.value = value;
  area.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  leave(area);
  await el.updateComplete;
}

describe('<up-reflection>', () => {
  describe('accessibility', () => {
    const states: [string, () => Promise<UpReflection>][] = [
      ['initial', () => render()],
      [
        'written and saved',
        async () => {
          const el = await render();
          await write(el, 'moeilijk', 'Als iedereen meelacht.');
          return el;
        },
      ],
      ['restored', () => render({text: {durf: 'Iets zeggen.'}})],
      ['shared', () => render({activity: {...reflection, shareText: true}})],
      ['classroom', () => render({mode: 'classroom'})],
      ['English', () => render({lang: 'en'})],
    ];
    for (const [name, make] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await make();
        await assert.isAccessible(el);
      });
    }

    it("the browser's accessibility tree: starter buttons, a field per prompt, a status; none of it in the classroom (a11ySnapshot)", async () => {
      const el = await render();
      let tree = await snapshotOf(el);
      expect(axNames(tree, 'button')).to.deep.equal(['Begin met: Ik vind het moeilijk als…', 'Begin met: Het helpt mij als…']);
      expect(axRole(tree, 'textbox').map((t) => [t.name, t.multiline])).to.deep.equal(reflection.prompts.map((p) => [p.prompt, true]));
      expect(axRole(tree, 'status').length).to.equal(1);
      tree = await snapshotOf(await render({mode: 'classroom'}));
      expect(axAll(tree, (n) => ['button', 'textbox', 'status'].includes(n.role)).length).to.equal(0);
    });

    it('labels every field with its prompt; starters are a named group of buttons', async () => {
      const el = await render();
      expect(await namesOf(el, 'textbox')).to.deep.equal(reflection.prompts.map((p) => p.prompt));
      expect((await byRole(el, 'group')).map((g) => g.name)).to.deep.equal(['Zo kun je beginnen:']);
      expect(await namesOf(el, 'button')).to.deep.equal(['Begin met: Ik vind het moeilijk als…', 'Begin met: Het helpt mij als…']);
    });

    it('says, visibly, that the answers stay on this device; or that they are saved at school', async () => {
      const el = await render();
      expect(text(part(el, 'note'))).to.equal('Wat je hier schrijft, blijft op dit apparaat. Het gaat niet naar school of ergens anders heen.');
      const shared = await render({activity: {...reflection, shareText: true}});
      expect(text(part(shared, 'note'))).to.equal('Wat je hier schrijft, wordt bewaard in de leeromgeving van school. Je leerkracht kan het lezen.');
    });

    it('keeps room for "Bewaard": saving moves nothing below the fields, so the first click on "Volgende" lands (issue 17)', async () => {
      const el = await render();
      const bottom = () => el.getBoundingClientRect().bottom;
      const before = bottom();
      await write(el, 'durf', 'Hulp vragen.');
      expect(text(status(el))).to.equal('Bewaard op dit apparaat.');
      expect(bottom()).to.equal(before);
    });

    it('announces a save in a polite live region that exists from the start', async () => {
      const el = await render();
      expect(status(el).getAttribute('role')).to.equal('status');
      expect(text(status(el))).to.equal('');
      await write(el, 'durf', 'Hulp vragen.');
      expect(text(status(el))).to.equal('Bewaard op dit apparaat.');
      field(el, 'durf').value = 'Hulp vragen!';
      field(el, 'durf').dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(text(status(el)), 'typing again clears it silently').to.equal('');
    });

    it('has no motion at all', async () => {
      const el = await render();
      await assertNoMotionWhenReduced(el);
    });

    it('fits a 320 px screen', async () => {
      await assertFitsNarrowScreen(() => render({text: {moeilijk: 'Een heel lang antwoord '.repeat(20)}}));
    });

    it('fetches nothing', async () => {
      expect(await requestsDuring(async () => write(await render(), 'durf', 'x'))).to.deep.equal([]);
    });
  });

  describe('defaults', () => {
    it('is registered as up-reflection', () => {
      expect(customElements.get('up-reflection')).to.equal(UpReflection);
    });

    it('renders nothing without an activity', async () => {
      const el = await fixture<UpReflection>(html`<up-reflection></up-reflection>`);
      expect(shadow(el).children.length).to.equal(0);
    });

    it('starts empty, individual, unanswered, with the intro', async () => {
      const el = await render();
      expect(el.mode).to.equal('individual');
      expect(el.answered).to.equal(false);
      expect(el.text).to.equal(undefined);
      expect(text(part(el, 'intro'))).to.equal(reflection.intro);
      expect([field(el, 'moeilijk').value, field(el, 'durf').value]).to.deep.equal(['', '']);
    });
  });

  describe('attributes and properties', () => {
    it('follows its lang attribute', async () => {
      const el = await render({lang: 'en'});
      expect(text(part(el, 'note'))).to.contain('stays on this device');
      expect(await namesOf(el, 'button')).to.deep.equal(['Begin with: Ik vind het moeilijk als…', 'Begin with: Het helpt mij als…']);
    });

    it('a starter goes into the field without its ellipsis, after what is there, and focus follows', async () => {
      const el = await render();
      part(el, 'starter')!.click();
      await focusMovesTo(field(el, 'moeilijk'), 'the field');
      expect(field(el, 'moeilijk').value).to.equal('Ik vind het moeilijk als ');
      expect(field(el, 'moeilijk').selectionStart).to.equal('Ik vind het moeilijk als '.length);
      shadow(el).querySelectorAll<HTMLButtonElement>('[part~="starter"]')[1]!.click();
      await el.updateComplete;
      expect(field(el, 'moeilijk').value).to.equal('Ik vind het moeilijk als\nHet helpt mij als ');
    });

    it('restores text into the fields, ignoring unknown prompts and non-text', async () => {
      const el = await render({text: {moeilijk: 'Soms.', onbekend: 'x', durf: 3 as unknown as string}});
      expect([field(el, 'moeilijk').value, field(el, 'durf').value]).to.deep.equal(['Soms.', '']);
      expect(el.answered).to.equal(true);
      expect(el.matches(':state(answered)')).to.equal(true);
    });

    it('keeps what the pupil types when its own answer is handed back, and restores a different one', async () => {
      const el = await render();
      await write(el, 'moeilijk', 'Eerste.');
      el.text = {moeilijk: 'Eerste.'};
      await el.updateComplete;
      expect(text(status(el))).to.equal('Bewaard op dit apparaat.');
      el.text = {moeilijk: 'Van een ander apparaat.'};
      await el.updateComplete;
      expect(field(el, 'moeilijk').value).to.equal('Van een ander apparaat.');
      expect(text(status(el))).to.equal('');
    });

    it('classroom: prompts and starters to talk about, no fields, no note', async () => {
      const el = await render({mode: 'classroom'});
      expect(el.getAttribute('mode')).to.equal('classroom');
      expect(present(shadow(el).querySelector('textarea'))).to.equal(false);
      expect(present(part(el, 'note'))).to.equal(false);
      expect(text(shadow(el).querySelector('.discussion'))).to.contain('Ik vind het moeilijk als…');
    });
  });

  describe('events', () => {
    it('dispatches up-answered with kind text, the answered prompt ids and the text by prompt id', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      await write(el, 'durf', 'Iets zeggen in de groep.');
      expect(answered).to.deep.equal([
        {
          lessonId: 'les-1',
          stepId: 'stap-6',
          activityId: 'mijn-stap',
          kind: 'text',
          response: ['durf'],
          correctResponse: [],
          correct: null,
          scored: false,
          text: {durf: 'Iets zeggen in de groep.'},
        },
      ]);
      await write(el, 'moeilijk', 'Als ik alleen ben.');
      expect(answered[1]!.response).to.deep.equal(['moeilijk', 'durf']);
      expect(answered[1]!.text).to.deep.equal({moeilijk: 'Als ik alleen ben.', durf: 'Iets zeggen in de groep.'});
    });

    it('sends an empty answer when the pupil clears everything', async () => {
      const el = await render({text: {durf: 'Iets.'}});
      const answered = record(el, 'up-answered');
      await write(el, 'durf', '   ');
      expect(answered.map((d) => [d.response, d.text])).to.deep.equal([[[], {}]]);
    });

    it('bubbles and is composed', async () => {
      const received: Event[] = [];
      const wrapper = await fixture(html`<div @up-answered=${(e: Event) => received.push(e)}><up-reflection .activity=${reflection}></up-reflection></div>`);
      const el = wrapper.querySelector('up-reflection')!;
      await write(el, 'durf', 'x');
      expect(received.map((e) => [e.bubbles, e.composed])).to.deep.equal([[true, true]]);
    });

    it('dispatches nothing on restore, on typing, on leaving an unchanged field, or in classroom mode', async () => {
      const received: Event[] = [];
      const wrapper = await fixture(html`<div @up-answered=${(e: Event) => received.push(e)}>
        <up-reflection .activity=${reflection} .text=${{durf: 'Iets.'}}></up-reflection>
        <up-reflection .activity=${reflection} mode="classroom"></up-reflection>
      </div>`);
      const el = wrapper.querySelector('up-reflection')!;
      await el.updateComplete;
      await write(el, 'durf', 'Iets.');
      field(el, 'moeilijk').value = 'getypt';
      field(el, 'moeilijk').dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(received).to.deep.equal([]);
    });

    it('causes no Lit dev-mode warnings', async () => {
      const warnings = await collectWarnings(async () => write(await render(), 'durf', 'x'));
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('a starter with Enter, typing, and Tab away saves the answer', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      blurAll();
      await tabTo((node) => node?.getAttribute('aria-label') === 'Begin met: Het helpt mij als…', 'the second starter');
      await sendKeys({press: 'Enter'});
      await focusMovesTo(field(el, 'moeilijk'), 'the field, after the starter');
      await sendKeys({type: 'een vriend meedoet.'});
      expect(answered, 'nothing saved while typing').to.deep.equal([]);
      await sendKeys({press: 'Tab'});
      assertFocusOn(field(el, 'durf'), 'the next field');
      expect(answered.map((d) => d.text)).to.deep.equal([{moeilijk: 'Het helpt mij als een vriend meedoet.'}]);
      await sendKeys({type: 'Vragen.'});
      leave(field(el, 'durf'));
      expect(answered.length).to.equal(2);
    });
  });
});
