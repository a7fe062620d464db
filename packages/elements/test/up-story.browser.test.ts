import {assert, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {StoryActivity} from '@upstander/schema';
import {UpStory} from '../src/up-story.js';
import {illustratedStory, plainStory, story} from './fixtures/activities.js';
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
  leave,
  namesOf,
  present,
  record,
  requestsDuring,
  snapshotOf,
  tabTo,
  withText,
} from './helpers.js';

interface Options {
  activity?: StoryActivity | undefined;
  text?: Record<string, string> | undefined;
  mode?: 'individual' | 'classroom';
  lang?: string;
}

async function render({activity = story, text, mode = 'individual', lang = 'nl'}: Options = {}): Promise<UpStory> {
  return fixture<UpStory>(html`<up-story .activity=${activity} .text=${text} mode=${mode} lesson-id="les-1" step-id="stap-8" lang=${lang}></up-story>`);
}

const shadow = (el: UpStory) => el.shadowRoot!;
const part = (el: UpStory, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const field = (el: UpStory, id: string) => shadow(el).querySelector<HTMLTextAreaElement>(`#text-${id}`)!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function write(el: UpStory, id: string, value: string): Promise<void> {
  const area = field(el, id);
  area.focus();
  area.value = value;
  area.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  leave(area);
  await el.updateComplete;
}

describe('<up-story>', () => {
  describe('accessibility', () => {
    const states: [string, () => Promise<UpStory>][] = [
      ['with audio and questions', () => render()],
      [
        'transcript open, an answer saved',
        async () => {
          const el = await render();
          (part(el, 'transcript') as HTMLDetailsElement).open = true;
          await write(el, 'voelen', 'Verdrietig.');
          return el;
        },
      ],
      ['text only, no questions', () => render({activity: plainStory})],
      ['restored', () => render({text: {willen: 'Steun.'}})],
      ['classroom', () => render({mode: 'classroom'})],
      ['English', () => render({lang: 'en'})],
    ];
    for (const [name, make] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await make();
        await assert.isAccessible(el);
      });
    }

    it("the browser's accessibility tree: title heading, named audio player, transcript toggle, question fields (a11ySnapshot)", async () => {
      const el = await render();
      const tree = await snapshotOf(el);
      expect(axRole(tree, 'heading').map((h) => [h.name, h.level])).to.deep.equal([['Samira vertelt', 3]]);
      expect(axAll(tree, (n) => n.role === 'Audio').map((n) => n.name)).to.deep.equal(['Luister: Samira vertelt']);
      expect(axAll(tree, (n) => n.role === 'DisclosureTriangle').map((n) => [n.name, n.expanded])).to.deep.equal([['Lees wat er gezegd wordt', false]]);
      expect(axNames(tree, 'textbox')).to.deep.equal(story.questions.map((q) => q.question));
      expect(axRole(tree, 'status').length).to.equal(1);
    });

    it('is an article named by its title heading, with labelled fields for the questions', async () => {
      const el = await render();
      expect((await byRole(el, 'article')).map((a) => a.name)).to.deep.equal(['Samira vertelt']);
      expect((await byRole(el, 'heading')).map((h) => [h.name, h.element.localName])).to.deep.equal([['Samira vertelt', 'h3']]);
      expect(await namesOf(el, 'textbox')).to.deep.equal(story.questions.map((q) => q.question));
    });

    it('names the audio player and keeps the transcript one press away, right under it', async () => {
      const el = await render();
      const audio = part(el, 'audio') as HTMLAudioElement;
      expect(audio.getAttribute('aria-label')).to.equal('Luister: Samira vertelt');
      expect(audio.controls).to.equal(true);
      const details = part(el, 'transcript') as HTMLDetailsElement;
      expect(audio.nextElementSibling === details, 'the transcript follows the player').to.equal(true);
      expect(text(details.querySelector('summary'))).to.equal('Lees wat er gezegd wordt');
      expect(text(details.querySelector('.transcript'))).to.equal(story.audio!.transcript);
    });

    it('says where the answers go, and announces a save politely', async () => {
      const el = await render();
      expect(text(part(el, 'note'))).to.contain('blijft op dit apparaat');
      expect(part(el, 'status')!.getAttribute('role')).to.equal('status');
      await write(el, 'voelen', 'Alleen.');
      expect(text(part(el, 'status'))).to.equal('Bewaard op dit apparaat.');
    });

    it('has no motion at all', async () => {
      await assertNoMotionWhenReduced(await render());
    });

    it('fits a 320 px screen, audio player included', async () => {
      await assertFitsNarrowScreen(async () => {
        const el = await render();
        (part(el, 'transcript') as HTMLDetailsElement).open = true;
        return el;
      });
    });

    it('loads no audio until the pupil presses play, and nothing else either', async () => {
      const requests = await requestsDuring(async () => {
        const el = await render();
        await write(el, 'voelen', 'x');
      });
      expect(requests).to.deep.equal([]);
      expect((part(await render(), 'audio') as HTMLAudioElement).preload).to.equal('none');
    });
  });

  describe('the story in pictures (panels)', () => {
    const open = async (options: Options = {}) => {
      const el = await render({activity: illustratedStory, ...options});
      (part(el, 'panels') as HTMLDetailsElement).open = true;
      await el.updateComplete;
      return el;
    };
    const pictures = (el: UpStory) => [...shadow(el).querySelectorAll<SVGSVGElement>('[part~="picture"]')];

    for (const [name, make] of [
      ['closed', () => render({activity: illustratedStory})],
      ['open', () => open()],
      ['open, classroom', () => open({mode: 'classroom'})],
      ['open, English', () => open({lang: 'en'})],
    ] as [string, () => Promise<UpStory>][]) {
      it(`has no axe violations: ${name}`, async () => {
        await assert.isAccessible(await make());
      });
    }

    it('is one press away, closed at first, right before the story text', async () => {
      const el = await render({activity: illustratedStory});
      const details = part(el, 'panels') as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      expect(text(details.querySelector('summary'))).to.equal('Het verhaal in plaatjes, met korte zinnen');
      expect(details.nextElementSibling === part(el, 'text'), 'the full text follows the pictures').to.equal(true);
      expect(present(part(await render(), 'panels')), 'no pictures without panels').to.equal(false);
    });

    it("the browser's accessibility tree: a list of pictures, each an image named by its alt, with its sentences (a11ySnapshot)", async () => {
      const el = await open();
      const tree = await snapshotOf(el);
      expect(axAll(tree, (n) => n.role === 'DisclosureTriangle').map((n) => [n.name, n.expanded])).to.deep.equal([['Het verhaal in plaatjes, met korte zinnen', true]]);
      expect(axAll(tree, (n) => n.role === 'img' || n.role === 'image').map((n) => n.name)).to.deep.equal(illustratedStory.panels!.map((p) => p.picture.alt));
      expect(part(el, 'panels')!.querySelectorAll('ol > li[part~="panel"] > figure > figcaption').length, 'an ordered list of figures with captions').to.equal(3);
      expect([...shadow(el).querySelectorAll('figcaption')].map(text)).to.deep.equal([
        'Wessel heeft een gehoorapparaat. Hij hoort er goed mee.',
        'In de appgroep lachen ze om zijn oor. Wessel is verdrietig.',
        'Kai laat het aan de meester zien. Wessel staat er niet alleen voor.',
      ]);
      expect(shadow(el).querySelector('figcaption strong')?.textContent).to.equal('Wessel staat er niet alleen voor.');
    });

    it('draws every picture itself: inline SVG with no text, no image, no font glyph, and nothing fetched', async () => {
      const requests = await requestsDuring(async () => {
        await open();
      });
      expect(requests).to.deep.equal([]);
      const el = await open();
      expect(pictures(el).length).to.equal(3);
      for (const picture of pictures(el)) {
        expect(picture.querySelectorAll('text, image, use, foreignObject').length).to.equal(0);
        expect(picture.textContent!.trim()).to.equal('');
        const box = picture.getBoundingClientRect();
        expect(box.width > 100 && box.height > 60, `a picture is ${box.width} × ${box.height}`).to.equal(true);
      }
    });

    it('keeps a character’s colours from panel to panel, and draws what the author chose (hearing aid, phone, adult taller)', async () => {
      const el = await open();
      const [first, second] = pictures(el).map((p) => p.querySelector('g[transform]')!);
      const fills = (g: Element) => [...g.querySelectorAll('circle, path, rect')].map((n) => n.getAttribute('fill')).filter((f) => f && f !== 'none');
      expect(fills(first!).slice(0, 3)).to.deep.equal(fills(second!).slice(0, 3));
      const strokes = (g: Element) => [...g.querySelectorAll('path')].map((n) => n.getAttribute('stroke'));
      expect(strokes(first!).includes('#d4572a'), 'the hearing aid').to.equal(true);
      expect(second!.querySelectorAll('rect').length > first!.querySelectorAll('rect').length, 'the phone').to.equal(true);
      const groups = [...pictures(el)[2]!.querySelectorAll('g[transform]')];
      expect(groups.length).to.equal(3);
      const height = (g: Element) => g.getBoundingClientRect().height;
      expect(height(groups[2]!) > height(groups[0]!), 'the adult is taller').to.equal(true);
    });

    it('Tab reaches the pictures toggle; Enter opens it and Tab goes on to the questions', async () => {
      const el = await render({activity: illustratedStory});
      blurAll();
      const summary = await tabTo(withText('Het verhaal in plaatjes, met korte zinnen'), 'the pictures toggle');
      await sendKeys({press: 'Enter'});
      expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
      await sendKeys({press: 'Tab'});
      assertFocusOn(field(el, 'voelen'), 'pictures are not in the tab order');
    });

    it('has no motion at all', async () => {
      await assertNoMotionWhenReduced(await open());
    });

    it('fits a 320 px screen and 400 % zoom, opened: one picture under the other', async () => {
      const columns = async (el: UpStory) => new Set(pictures(el).map((p) => Math.round(p.getBoundingClientRect().left))).size;
      expect(await columns(await open()), 'side by side on a wide screen').to.be.greaterThan(1);
      await assertFitsNarrowScreen(async () => {
        const el = await open();
        expect(await columns(el), 'one column on a narrow screen').to.equal(1);
        return el;
      });
    });
  });

  describe('defaults', () => {
    it('is registered as up-story', () => {
      expect(customElements.get('up-story')).to.equal(UpStory);
    });

    it('renders nothing without an activity', async () => {
      const el = await fixture<UpStory>(html`<up-story></up-story>`);
      expect(shadow(el).children.length).to.equal(0);
    });

    it('shows title, narrator and text in paragraphs; individual and unanswered', async () => {
      const el = await render();
      expect(el.mode).to.equal('individual');
      expect(el.answered).to.equal(false);
      expect(text(part(el, 'narrator'))).to.equal('Verteld door Samira, 15 (verzonnen)');
      expect(part(el, 'text')!.querySelectorAll('p').length).to.equal(2);
      expect((part(el, 'transcript') as HTMLDetailsElement).open).to.equal(false);
    });

    it('without audio and questions: no player, no fields, no note', async () => {
      const el = await render({activity: plainStory});
      for (const name of ['audio', 'transcript', 'questions', 'note', 'narrator']) expect(present(part(el, name)), name).to.equal(false);
    });
  });

  describe('attributes and properties', () => {
    it('follows its lang attribute', async () => {
      const el = await render({lang: 'en'});
      expect(text(part(el, 'narrator'))).to.equal('Told by Samira, 15 (verzonnen)');
      expect(text(shadow(el).querySelector('summary'))).to.equal('Read what is said');
    });

    it('restores answers, ignoring unknown questions', async () => {
      const el = await render({text: {voelen: 'Boos.', nee: 'x'}});
      expect([field(el, 'voelen').value, field(el, 'willen').value]).to.deep.equal(['Boos.', '']);
      expect(el.matches(':state(answered)')).to.equal(true);
    });

    it('classroom: the questions to talk about, without fields', async () => {
      const el = await render({mode: 'classroom'});
      expect(present(shadow(el).querySelector('textarea'))).to.equal(false);
      expect(text(part(el, 'questions')!.querySelector('.discuss'))).to.equal('Praat erover:');
      expect([...part(el, 'questions')!.querySelectorAll('li')].map(text)).to.deep.equal(story.questions.map((q) => q.question));
    });
  });

  describe('events', () => {
    it('dispatches up-answered with kind text and the answers by question id', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      await write(el, 'willen', 'Iemand die haar steunt.');
      expect(answered).to.deep.equal([
        {
          lessonId: 'les-1',
          stepId: 'stap-8',
          activityId: 'verhaal-samira',
          kind: 'text',
          response: ['willen'],
          correctResponse: [],
          correct: null,
          scored: false,
          text: {willen: 'Iemand die haar steunt.'},
        },
      ]);
    });

    it('bubbles, is composed, and is not dispatched on restore or for an unchanged field', async () => {
      const received: Event[] = [];
      const wrapper = await fixture(html`<div @up-answered=${(e: Event) => received.push(e)}>
        <up-story .activity=${story} .text=${{voelen: 'Bang.'}}></up-story>
      </div>`);
      const el = wrapper.querySelector('up-story')!;
      await el.updateComplete;
      await write(el, 'voelen', 'Bang.');
      expect(received).to.deep.equal([]);
      await write(el, 'voelen', 'Heel bang.');
      expect(received.map((e) => [e.bubbles, e.composed])).to.deep.equal([[true, true]]);
    });

    it('causes no Lit dev-mode warnings', async () => {
      expect(await collectWarnings(async () => write(await render(), 'voelen', 'x'))).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the player, the transcript toggle (Enter opens it) and the fields; leaving a field saves', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      blurAll();
      const summary = await tabTo(withText('Lees wat er gezegd wordt'), 'the transcript toggle');
      await sendKeys({press: 'Enter'});
      expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
      await sendKeys({press: 'Tab'});
      assertFocusOn(field(el, 'voelen'));
      await sendKeys({type: 'Alleen.'});
      await sendKeys({press: 'Tab'});
      assertFocusOn(field(el, 'willen'));
      expect(answered.map((d) => d.text)).to.deep.equal([{voelen: 'Alleen.'}]);
    });
  });
});
