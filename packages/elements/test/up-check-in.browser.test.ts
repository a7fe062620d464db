import {assert, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {CheckInActivity, CheckOutActivity} from '@upstander/schema';
import {UpCheckIn} from '../src/up-check-in.js';
import {checkIn, checkOut} from './fixtures/activities.js';
import {
  assertFitsNarrowScreen,
  assertNoMotionWhenReduced,
  axAll,
  axRole,
  axTexts,
  blurAll,
  byRole,
  collectWarnings,
  namesOf,
  record,
  requestsDuring,
  snapshotOf,
  tabTo,
} from './helpers.js';

interface Options {
  activity?: CheckInActivity | CheckOutActivity | undefined;
  response?: string[] | undefined;
  lang?: string;
}

async function render({activity = checkIn, response, lang = 'nl'}: Options = {}): Promise<UpCheckIn> {
  return fixture<UpCheckIn>(html`<up-check-in .activity=${activity} .response=${response} lesson-id="les-1" step-id="in" lang=${lang}></up-check-in>`);
}

const shadow = (el: UpCheckIn) => el.shadowRoot!;
const part = (el: UpCheckIn, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const status = (el: UpCheckIn) => part(el, 'status')!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const input = (el: UpCheckIn, point: string) => shadow(el).querySelector<HTMLInputElement>(`input[value="${point}"]`)!;

async function choose(el: UpCheckIn, point: string): Promise<void> {
  input(el, point).click();
  await el.updateComplete;
}

describe('<up-check-in>', () => {
  describe('accessibility', () => {
    const states: [string, () => Promise<UpCheckIn>][] = [
      ['5 points, initial', () => render()],
      [
        'a good mood chosen',
        async () => {
          const el = await render();
          await choose(el, '5');
          return el;
        },
      ],
      [
        'a low mood chosen',
        async () => {
          const el = await render();
          await choose(el, '1');
          return el;
        },
      ],
      ['check-out, 3 points', () => render({activity: checkOut})],
      ['restored', () => render({response: ['3']})],
      ['English', () => render({lang: 'en'})],
    ];
    for (const [name, make] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await make();
        await assert.isAccessible(el);
      });
    }

    it("the browser's accessibility tree: a radio per mood named in words, no faces, a status (a11ySnapshot)", async () => {
      const el = await render();
      let tree = await snapshotOf(el);
      expect(axRole(tree, 'radio').map((r) => [r.name, r.checked])).to.deep.equal(
        ['Heel slecht', 'Niet zo goed', 'Gaat wel', 'Goed', 'Heel goed'].map((name) => [name, false])
      );
      expect(axAll(tree, (n) => /img|image|graphics/.test(n.role)).length, 'the faces are hidden').to.equal(0);
      await choose(el, '1');
      tree = await snapshotOf(el);
      expect(axRole(tree, 'radio')[0]!.checked).to.equal(true);
      expect(axTexts(axRole(tree, 'status')[0]!)).to.deep.equal([
        'Dank je wel dat je het laat weten.',
        'Zit je iets dwars? Praat erover met je leerkracht of met iemand anders die je vertrouwt.',
      ]);
    });

    it('is a radio group named by the question; every mood is named in words, the faces are decoration', async () => {
      const el = await render();
      expect((await byRole(el, 'group')).map((g) => g.name)).to.deep.equal(['Hoe voel je je nu?']);
      expect(await namesOf(el, 'radio')).to.deep.equal(['Heel slecht', 'Niet zo goed', 'Gaat wel', 'Goed', 'Heel goed']);
      expect([...shadow(el).querySelectorAll('.face')].every((f) => f.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect(await namesOf(await render({activity: checkOut}), 'radio')).to.deep.equal(['Niet goed', 'Gaat wel', 'Goed']);
    });

    it('says visibly that the answer stays on this device', async () => {
      expect(text(part(await render(), 'note'))).to.equal('Je antwoord blijft op dit apparaat.');
    });

    it('does not say so on a shared digibord (classroom mode), where the class answers aloud', async () => {
      const el = await fixture<UpCheckIn>(html`<up-check-in .activity=${checkIn} mode="classroom" lesson-id="les-1" step-id="in" lang="nl"></up-check-in>`);
      expect(part(el, 'note')).to.equal(null);
      expect(await namesOf(el, 'radio')).to.have.length.greaterThan(1);
    });

    it('thanks politely, and after a low mood says where to go', async () => {
      const el = await render();
      expect(status(el).getAttribute('role')).to.equal('status');
      expect(text(status(el))).to.equal('');
      await choose(el, '4');
      expect(text(status(el))).to.equal('Dank je wel dat je het laat weten.');
      await choose(el, '2');
      expect([...status(el).querySelectorAll('p')].map(text)).to.deep.equal([
        'Dank je wel dat je het laat weten.',
        'Zit je iets dwars? Praat erover met je leerkracht of met iemand anders die je vertrouwt.',
      ]);
      expect(el.matches(':state(low)')).to.equal(true);
    });

    it('enlarges the chosen face only without a reduced-motion preference', async () => {
      expect(await assertNoMotionWhenReduced(await render())).to.be.greaterThan(0);
    });

    it('fits a 320 px screen', async () => {
      await assertFitsNarrowScreen(async () => {
        const el = await render();
        await choose(el, '1');
        return el;
      });
    });

    it('fetches nothing', async () => {
      expect(await requestsDuring(async () => choose(await render(), '3'))).to.deep.equal([]);
    });
  });

  describe('defaults', () => {
    it('is registered as up-check-in', () => {
      expect(customElements.get('up-check-in')).to.equal(UpCheckIn);
    });

    it('renders nothing without an activity', async () => {
      const el = await fixture<UpCheckIn>(html`<up-check-in></up-check-in>`);
      expect(shadow(el).children.length).to.equal(0);
    });

    it('starts with no mood and no thanks', async () => {
      const el = await render();
      expect(el.answered).to.equal(false);
      expect(shadow(el).querySelectorAll('input:checked').length).to.equal(0);
      expect(text(status(el))).to.equal('');
    });
  });

  describe('attributes and properties', () => {
    it('follows its lang attribute', async () => {
      const el = await render({lang: 'en'});
      expect(await namesOf(el, 'radio')).to.deep.equal(['Very bad', 'Not so good', 'Okay', 'Good', 'Very good']);
      expect(text(part(el, 'note'))).to.equal('Your answer stays on this device.');
    });

    it('restores a mood without thanking again; ignores points the scale does not have', async () => {
      const el = await render({response: ['2']});
      expect(el.answered).to.equal(true);
      expect(input(el, '2').checked).to.equal(true);
      expect(text(status(el))).to.equal('');
      expect(el.matches(':state(low)')).to.equal(true);
      expect((await render({activity: checkOut, response: ['4']})).answered).to.equal(false);
      expect((await render({response: ['x']})).answered).to.equal(false);
    });

    it('can change the mood after choosing', async () => {
      const el = await render();
      await choose(el, '1');
      await choose(el, '5');
      expect(input(el, '5').checked).to.equal(true);
      expect(el.matches(':state(low)')).to.equal(false);
    });

    it('keeps the thanks when its own answer is handed back', async () => {
      const el = await render();
      await choose(el, '4');
      el.response = ['4'];
      await el.updateComplete;
      expect(text(status(el))).to.equal('Dank je wel dat je het laat weten.');
    });
  });

  describe('events', () => {
    it('dispatches up-answered with kind scale as soon as a mood is chosen', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      await choose(el, '3');
      expect(answered).to.deep.equal([
        {lessonId: 'les-1', stepId: 'in', activityId: 'hoe-gaat-het-nu', kind: 'scale', response: ['3'], correctResponse: [], correct: null, scored: false},
      ]);
    });

    it('bubbles and is composed; nothing on restore', async () => {
      const received: Event[] = [];
      const wrapper = await fixture(html`<div @up-answered=${(e: Event) => received.push(e)}>
        <up-check-in .activity=${checkIn} .response=${['2']}></up-check-in>
      </div>`);
      const el = wrapper.querySelector('up-check-in')!;
      await el.updateComplete;
      expect(received).to.deep.equal([]);
      await choose(el, '4');
      expect(received.map((e) => [e.bubbles, e.composed])).to.deep.equal([[true, true]]);
    });

    it('causes no Lit dev-mode warnings', async () => {
      expect(await collectWarnings(async () => choose(await render(), '1'))).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('one tab stop; Space chooses, arrows change the mood, each choice is saved', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      blurAll();
      await tabTo((n) => n instanceof HTMLInputElement && n.name === 'mood', 'the moods');
      await sendKeys({press: 'Space'});
      await sendKeys({press: 'ArrowRight'});
      await sendKeys({press: 'ArrowRight'});
      await el.updateComplete;
      expect(answered.map((d) => d.response[0])).to.deep.equal(['1', '2', '3']);
      expect(text(status(el))).to.equal('Dank je wel dat je het laat weten.');
    });
  });
});
