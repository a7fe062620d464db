import {assert, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {InformationActivity} from '@upstander/schema';
import {UpInformation} from '../src/up-information.js';
import {information} from './fixtures/lesson.js';
import {assertFitsNarrowScreen, assertNoMotionWhenReduced, axAll, axTexts, collectWarnings, requestsDuring, snapshotOf} from './helpers.js';

const body = (text: string): InformationActivity => ({type: 'information', body: text});

async function render(activity: InformationActivity | undefined): Promise<UpInformation> {
  return fixture<UpInformation>(html`<up-information .activity=${activity}></up-information>`);
}

const base = (el: UpInformation) => el.shadowRoot!.querySelector('[part~="base"]')!;

describe('<up-information>', () => {
  describe('accessibility', () => {
    const states: [string, InformationActivity][] = [
      ['paragraphs, emphasis and a list', information],
      ['one plain paragraph', body('Alleen tekst.')],
    ];
    for (const [name, activity] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await render(activity);
        await assert.isAccessible(el);
      });
    }

    it("the browser's accessibility tree: the text in reading order, a list, and nothing to operate (a11ySnapshot)", async () => {
      const tree = await snapshotOf(await render(information));
      expect(axTexts(tree).join('')).to.equal('Sam zet een filmpje online. Er komen veel reacties.We kijken naar:wat verspreiders doenwat omstanders kunnen doen');
      expect(axAll(tree, (n) => !['RootWebArea', 'StaticText'].includes(n.role)).map((n) => n.role), 'no controls, links or images').to.deep.equal([]);
      const markup = await render(body('<a href="https://example.org">klik</a> <img src="data:," alt="x">'));
      expect(axAll(await snapshotOf(markup), (n) => n.role === 'link' || n.role === 'image').length, 'HTML in lesson text stays text').to.equal(0);
    });

    it('has no motion at all', async () => {
      await assertNoMotionWhenReduced(await render(information));
    });

    it('fits a 320 px screen and 400 % zoom, long words included', async () => {
      await assertFitsNarrowScreen(() => render(body(`${information.body}\n\nOnlinehaatberichtenverspreidersnetwerkenonderzoeksrapport en **heel ${'lange '.repeat(30)}tekst**.`)));
    });

    it('fetches nothing', async () => {
      expect(await requestsDuring(() => render(information))).to.deep.equal([]);
    });
  });

  describe('defaults', () => {
    it('is registered as up-information', () => {
      expect(customElements.get('up-information')).to.equal(UpInformation);
    });

    it('renders nothing without an activity', async () => {
      const el = await render(undefined);
      expect(el.activity).to.equal(undefined);
      expect(el.shadowRoot!.children.length).to.equal(0);
    });

    it('is a block element that can be hidden', async () => {
      const el = await render(information);
      expect(getComputedStyle(el).display).to.equal('block');
      el.hidden = true;
      expect(getComputedStyle(el).display).to.equal('none');
    });
  });

  describe('attributes and properties: the Markdown subset', () => {
    it('splits paragraphs on blank lines and joins single line breaks', async () => {
      const el = await render(body('Eerste regel\ntweede regel.\n\nNieuwe alinea.'));
      const paragraphs = [...base(el).querySelectorAll('p')].map((p) => p.textContent);
      expect(paragraphs).to.deep.equal(['Eerste regel tweede regel.', 'Nieuwe alinea.']);
    });

    it('renders **bold** and *italic*, also italic inside bold', async () => {
      const el = await render(body('Dit is **heel *erg* belangrijk** en *dit* niet.'));
      const strong = base(el).querySelector('strong')!;
      expect(strong.textContent).to.equal('heel erg belangrijk');
      expect(strong.querySelector('em')!.textContent).to.equal('erg');
      expect([...base(el).querySelectorAll('p > em')].map((e) => e.textContent)).to.deep.equal(['dit']);
    });

    it('renders "- " lines as a bullet list, also right after a paragraph line', async () => {
      const el = await render(information);
      const items = [...base(el).querySelectorAll('ul > li')].map((li) => li.textContent);
      expect(items).to.deep.equal(['wat verspreiders doen', 'wat omstanders kunnen doen']);
      expect(base(el).querySelectorAll('li em').length).to.equal(2);
      expect(base(el).querySelector('p:last-of-type')!.textContent).to.equal('We kijken naar:');
    });

    it('continues a bullet on an indented line', async () => {
      const el = await render(body('- een lange\n  zin\n- kort'));
      expect([...base(el).querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['een lange zin', 'kort']);
    });

    it('leaves stray and spaced asterisks as text', async () => {
      const el = await render(body('2 * 3 * 4 is 24, en *dit sluit niet.'));
      expect(base(el).querySelectorAll('em, strong').length).to.equal(0);
      expect(base(el).textContent!.trim()).to.equal('2 * 3 * 4 is 24, en *dit sluit niet.');
    });

    it('shows HTML in lesson text as text and never creates elements from it', async () => {
      const attack = '<img src="data:," onerror="window.__hacked=true"> <script>window.__hacked=true</script> **<b>vet</b>**';
      const el = await render(body(attack));
      expect(base(el).querySelectorAll('img, script, b').length).to.equal(0);
      expect(base(el).querySelector('strong')!.textContent).to.equal('<b>vet</b>');
      expect(base(el).textContent).to.contain('<img src="data:,"');
      expect((window as {__hacked?: boolean}).__hacked).to.equal(undefined);
    });

    it('re-renders when the activity changes', async () => {
      const el = await render(body('Oud.'));
      el.activity = body('Nieuw.');
      await el.updateComplete;
      expect(base(el).textContent!.trim()).to.equal('Nieuw.');
    });
  });

  describe('events', () => {
    it('dispatches no domain events', async () => {
      const seen: string[] = [];
      const record = (e: Event) => seen.push(e.type);
      await fixture(html`<div @up-progressed=${record} @up-answered=${record} @up-completed=${record}>
        <up-information .activity=${information}></up-information>
      </div>`);
      expect(seen).to.deep.equal([]);
    });

    it('causes no Lit dev-mode warnings', async () => {
      expect(await collectWarnings(() => render(information))).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('adds no tab stops', async () => {
      const el = await fixture(html`<div>
        <button id="before">voor</button><up-information .activity=${information}></up-information
        ><button id="after">na</button>
      </div>`);
      el.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({press: 'Tab'});
      expect(document.activeElement?.id).to.equal('after');
    });
  });
});
