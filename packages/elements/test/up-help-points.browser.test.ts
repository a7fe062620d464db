import {assert, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {HelpPoint, HelpPointsActivity} from '@upstander/schema';
import {UpHelpPoints} from '../src/up-help-points.js';
import {helpPoints, helpPointsActivity} from './fixtures/activities.js';
import {
  assertFitsNarrowScreen,
  assertFocusOn,
  assertNoMotionWhenReduced,
  axNames,
  blurAll,
  byRole,
  namesOf,
  present,
  requestsDuring,
  snapshotOf,
  tabTo,
} from './helpers.js';

async function render(points: HelpPoint[] = helpPoints, activity: HelpPointsActivity | undefined = helpPointsActivity, lang = 'nl'): Promise<UpHelpPoints> {
  return fixture<UpHelpPoints>(html`<up-help-points .activity=${activity} .helpPoints=${points} lang=${lang}></up-help-points>`);
}

const shadow = (el: UpHelpPoints) => el.shadowRoot!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const links = (el: UpHelpPoints) => [...shadow(el).querySelectorAll('a')];

/** Data that skipped validation: only the first three may become links. */
const mixed = [
  {name: 'Bellen', description: 'Bel ons.', url: 'tel:08000432'},
  {name: 'Mailen', description: 'Mail ons.', url: 'mailto:hulp@example.org'},
  {name: 'Website', description: 'Kijk online.', url: 'http://example.org/hulp/'},
  {name: 'Onveilig', description: 'Mag geen link worden.', url: 'javascript:alert(1)'},
  {name: 'Ook onveilig', description: 'Ook niet.', url: 'data:text/html,hoi'},
] as HelpPoint[];

describe('<up-help-points>', () => {
  describe('accessibility', () => {
    const states: [string, () => Promise<UpHelpPoints>][] = [
      ['with intro and links', () => render()],
      ['every kind of link, and unsafe ones', () => render(mixed)],
      ['without intro', () => render(helpPoints, {type: 'help-points'})],
      ['English', () => render(helpPoints, helpPointsActivity, 'en')],
    ];
    for (const [name, make] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await make();
        await assert.isAccessible(el);
      });
    }

    it("the browser's accessibility tree: only safe addresses are links, named with \"opent in een nieuw venster\" for the web (a11ySnapshot)", async () => {
      const tree = await snapshotOf(await render(mixed));
      expect(axNames(tree, 'link')).to.deep.equal(['08000432', 'hulp@example.org', 'example.org/hulp (opent in een nieuw venster)']);
    });

    it('is a list of help points; links are named by their address and say they open a new window', async () => {
      const el = await render();
      expect((await byRole(el, 'listitem')).length).to.equal(2);
      expect(await namesOf(el, 'link')).to.deep.equal(['www.kindertelefoon.nl (opent in een nieuw venster)']);
    });

    it('has no motion at all', async () => {
      await assertNoMotionWhenReduced(await render());
    });

    it('fits a 320 px screen', async () => {
      await assertFitsNarrowScreen(() => render(mixed));
    });

    it('fetches nothing', async () => {
      expect(await requestsDuring(() => render())).to.deep.equal([]);
    });
  });

  describe('defaults', () => {
    it('is registered as up-help-points', () => {
      expect(customElements.get('up-help-points')).to.equal(UpHelpPoints);
    });

    it('renders nothing without an activity, and no list without help points', async () => {
      expect(shadow(await fixture<UpHelpPoints>(html`<up-help-points .helpPoints=${helpPoints}></up-help-points>`)).children.length).to.equal(0);
      const empty = await render([]);
      expect(present(shadow(empty).querySelector('[part~="list"]'))).to.equal(false);
      expect(text(shadow(empty).querySelector('[part~="intro"]'))).to.equal(helpPointsActivity.intro);
    });
  });

  describe('attributes and properties', () => {
    it('shows name, description and contact of every point', async () => {
      const el = await render();
      const items = [...shadow(el).querySelectorAll('li')].map(text);
      expect(items[0]).to.equal(
        'De Kindertelefoon Bel of chat gratis over alles wat je dwarszit. Je hoeft je naam niet te zeggen. 0800-0432 (gratis) www.kindertelefoon.nl (opent in een nieuw venster)'
      );
      expect(items[1]).to.equal('Je mentor of leerkracht Je kunt altijd na de les even blijven.');
    });

    it('links only http, https, tel and mailto; only web links open a new window', async () => {
      const el = await render(mixed);
      expect(links(el).map((a) => [a.getAttribute('href'), a.target, text(a)])).to.deep.equal([
        ['tel:08000432', '', '08000432'],
        ['mailto:hulp@example.org', '', 'hulp@example.org'],
        ['http://example.org/hulp/', '_blank', 'example.org/hulp (opent in een nieuw venster)'],
      ]);
      expect(links(el)[2]!.rel).to.equal('noopener noreferrer');
      expect(text(shadow(el).querySelectorAll('li')[3])).to.equal('Onveilig Mag geen link worden.');
    });

    it('follows its lang attribute', async () => {
      const el = await render(helpPoints, helpPointsActivity, 'en');
      expect(await namesOf(el, 'link')).to.deep.equal(['www.kindertelefoon.nl (opens in a new window)']);
    });
  });

  describe('events', () => {
    it('dispatches no domain events', async () => {
      const seen: string[] = [];
      const note = (e: Event) => seen.push(e.type);
      const wrapper = await fixture(html`<div @up-answered=${note} @up-progressed=${note} @up-completed=${note}>
        <up-help-points .activity=${helpPointsActivity} .helpPoints=${helpPoints}></up-help-points>
      </div>`);
      links(wrapper.querySelector('up-help-points')!)[0]!.addEventListener('click', (e) => e.preventDefault());
      links(wrapper.querySelector('up-help-points')!)[0]!.click();
      expect(seen).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('every link is a tab stop, and nothing else is', async () => {
      const el = await render(mixed);
      blurAll();
      for (const link of links(el)) {
        await tabTo((n) => n === link, text(link));
        assertFocusOn(link);
      }
      await sendKeys({press: 'Tab'});
      expect(links(el).includes(document.activeElement?.shadowRoot?.activeElement as HTMLAnchorElement)).to.equal(false);
    });
  });
});
