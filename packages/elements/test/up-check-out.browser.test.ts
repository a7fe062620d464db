import {assert, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {UpCheckIn} from '../src/up-check-in.js';
import {UpCheckOut} from '../src/up-check-out.js';
import {checkOut} from './fixtures/activities.js';
import {
  assertFitsNarrowScreen,
  axRole,
  blurAll,
  byRole,
  namesOf,
  record,
  snapshotOf,
  tabTo,
} from './helpers.js';

/* <up-check-out> is <up-check-in> under another name: the behaviour is tested in up-check-in's file. */

async function render(response?: string[]): Promise<UpCheckOut> {
  return fixture<UpCheckOut>(html`<up-check-out .activity=${checkOut} .response=${response} lesson-id="les-1" step-id="uit"></up-check-out>`);
}

describe('<up-check-out>', () => {
  describe('accessibility', () => {
    it('has no axe violations: initial', async () => {
      await assert.isAccessible(await render());
    });

    it('has no axe violations: restored', async () => {
      await assert.isAccessible(await render(['1']));
    });

    it("the browser's accessibility tree: three radios named in words (a11ySnapshot)", async () => {
      const tree = await snapshotOf(await render());
      expect(axRole(tree, 'radio').map((r) => [r.name, r.checked])).to.deep.equal([
        ['Niet goed', false],
        ['Gaat wel', false],
        ['Goed', false],
      ]);
    });

    it('fits a 320 px screen and 400 % zoom', async () => {
      await assertFitsNarrowScreen(() => render(['1']));
    });

    it('is a radio group named by the question', async () => {
      const el = await render();
      expect((await byRole(el, 'group')).map((g) => g.name)).to.deep.equal(['Hoe voel je je na deze les?']);
      expect(await namesOf(el, 'radio')).to.deep.equal(['Niet goed', 'Gaat wel', 'Goed']);
    });
  });

  describe('defaults', () => {
    it('is registered as up-check-out, a kind of up-check-in', () => {
      expect(customElements.get('up-check-out')).to.equal(UpCheckOut);
      expect(new UpCheckOut() instanceof UpCheckIn).to.equal(true);
    });
  });

  describe('attributes and properties', () => {
    it('restores a mood', async () => {
      const el = await render(['3']);
      expect(el.answered).to.equal(true);
    });
  });

  describe('events', () => {
    it('dispatches up-answered with kind scale for the check-out', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      el.shadowRoot!.querySelector<HTMLInputElement>('input[value="1"]')!.click();
      expect(answered.map((d) => [d.activityId, d.kind, d.response])).to.deep.equal([['hoe-ging-het', 'scale', ['1']]]);
    });
  });

  describe('keyboard', () => {
    it('chooses with the keyboard', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      blurAll();
      await tabTo((n) => n instanceof HTMLInputElement && n.name === 'mood', 'the moods');
      await sendKeys({press: 'ArrowLeft'});
      expect(answered.map((d) => d.response)).to.deep.equal([['3']]);
    });
  });
});
