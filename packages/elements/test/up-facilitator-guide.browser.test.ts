import {assert, expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import {ifDefined} from 'lit/directives/if-defined.js';
import {Lesson as LessonSchema} from '@upstander/schema';
import type {Lesson} from '@upstander/schema';
import {UpFacilitatorGuide, clock, timeline} from '../src/index.js';
import {englishLesson, lesson} from './fixtures/lesson.js';
import {
  assertFitsNarrowScreen,
  assertFocusOn,
  assertNoMotionWhenReduced,
  axAll,
  axLandmarks,
  axNames,
  axRole,
  axTexts,
  collectWarnings,
  present,
  snapshotOf,
  tabTo,
  withText,
} from './helpers.js';

/**
 * Counts the calls of `window.print()` in the tests of the enclosing `describe`, instead of opening the
 * browser's print dialog; each test starts from 0.
 */
function countPrints(): {readonly count: number} {
  const printed = {count: 0};
  const original = window.print;
  beforeEach(() => {
    printed.count = 0;
    window.print = () => void printed.count++;
  });
  afterEach(() => {
    window.print = original;
  });
  return printed;
}

/**
 * The fixture lesson with a guide of three parts (5, 70 and 15 minutes: times past the hour), every
 * kind of content, a part that plays two steps and a part that plays none.
 */
const guided: Lesson = {
  ...lesson,
  id: 'test-draaiboek',
  durationMinutes: 90,
  facilitatorGuide: {
    preparation: ['Speel de les één keer door.', 'Zet de **drie afspraken** op het bord.'],
    materials: ['Digibord', 'Post-its'],
    steps: [
      {
        title: 'Opening',
        minutes: 5,
        do: 'Toon het welkomstscherm. <b>Geen HTML</b>.',
        say: ['Vandaag gaat het over *online respect*.', 'Je mag altijd passen.'],
        questions: [{question: 'Wat doe jij online?', listenFor: 'Chatten, gamen, filmpjes.'}, {question: 'Wie kent dit?'}],
        lessonSteps: ['welkom'],
      },
      {
        title: 'Vragen en gesprek',
        minutes: 70,
        do: 'Toon de vragen en bespreek ze.',
        say: [],
        questions: [],
        safety: 'Vraag niet naar eigen ervaringen.',
        lessonSteps: ['herkennen', 'jouw-mening'],
      },
      {title: 'Kringgesprek', minutes: 15, do: 'Praat na met het scherm uit.', say: [], questions: [], lessonSteps: []},
    ],
    safety: ['Zegt een leerling iets kwetsends? Benoem het gedrag, niet het kind.', 'Vertelt een leerling iets zwaars? Luister en spreek hem apart.'],
    aftercare: 'Zoek na de les de leerlijngen op die stil werden.\n\n- Noteer wat opviel.\n- Volg het pestprotocol.',
  },
};

/** The fixture guide with two handouts: a tally sheet (table with blank rows) and a worksheet with lines. */
const withHandouts: Lesson = {
  ...guided,
  facilitatorGuide: {
    ...guided.facilitatorGuide,
    handouts: [
      {
        id: 'turflijst',
        title: 'Turflijst peiling',
        for: 'facilitator',
        use: 'Tel de briefjes na de les.',
        blocks: [
          {type: 'text', text: 'Zet per zin een streepje.'},
          {type: 'table', caption: 'Nulmeting', columns: ['Zin', 'Klopt', 'Klopt niet'], rows: [['Ik help een ander', '', '']], blankRows: 2},
        ],
      },
      {
        id: 'werkblad',
        title: 'Mijn helpende bericht',
        for: 'pupils',
        blocks: [{type: 'heading', text: 'Schrijf het op'}, {type: 'lines', label: 'Mijn bericht', count: 3}],
      },
    ],
  },
};

let realLesson: Lesson;

before(async () => {
  const response = await fetch('/lessons/groep-7-8/wat-is-online-respect.json');
  realLesson = LessonSchema.parse(await response.json());
});

interface Options {
  lesson?: Lesson;
  step?: string;
  follow?: boolean;
  headingLevel?: number;
}

async function render(options: Options = {}): Promise<UpFacilitatorGuide> {
  return fixture<UpFacilitatorGuide>(html`<up-facilitator-guide
    .lesson=${'lesson' in options ? options.lesson : guided}
    step=${ifDefined(options.step)}
    ?follow=${options.follow ?? false}
    heading-level=${ifDefined(options.headingLevel)}
  ></up-facilitator-guide>`);
}

const root = (el: UpFacilitatorGuide) => el.shadowRoot!;
const part = (el: UpFacilitatorGuide, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: UpFacilitatorGuide, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** Visible text: without what only screen readers get. */
const visible = (node: Element | null | undefined) => {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
  return text(copy);
};
const section = (el: UpFacilitatorGuide, id: string) => root(el).getElementById(id)!.closest('section')!;
const rows = (el: UpFacilitatorGuide) => [...part(el, 'timetable')!.querySelectorAll('tbody tr')];

describe('<up-facilitator-guide>', () => {
  it('shows fixtures that are valid lessons', () => {
    for (const l of [guided, realLesson]) {
      const result = LessonSchema.safeParse(l);
      expect(result.success, JSON.stringify(result.error?.issues)).to.equal(true);
    }
  });

  describe('accessibility', () => {
    const states: [string, () => Options][] = [
      ['the fixture guide', () => ({})],
      ['the real lesson', () => ({lesson: realLesson})],
      ['the real lesson, a step on screen', () => ({lesson: realLesson, step: realLesson.facilitatorGuide.steps[2]!.lessonSteps[0]})],
      ['a step on screen in a part with a safety note', () => ({step: 'herkennen'})],
      ['a step that belongs to no part', () => ({step: 'tot-slot'})],
      ['heading level 3', () => ({headingLevel: 3})],
      ['English', () => ({lesson: {...guided, language: 'en'}, step: 'welkom'})],
      ['with handouts', () => ({lesson: withHandouts})],
    ];
    for (const [name, options] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await render(options());
        await assert.isAccessible(el);
      });
    }

    it('fits a 320 px screen and 400 % zoom; the timetable loses its third column there', async () => {
      await assertFitsNarrowScreen(async () => {
        const el = await render({lesson: realLesson, step: realLesson.steps[1]!.id});
        expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        // The third column of the timetable moves under the part's title.
        const row = rows(el).find((tr) => tr.querySelector('.screen-inline'))!;
        expect(getComputedStyle(row.querySelector('td.screen-col')!).display).to.equal('none');
        expect(getComputedStyle(row.querySelector('.screen-inline')!).display).to.equal('block');
        return el;
      });
    });

    it('keeps the live line in view while scrolling, unless the screen is short', async () => {
      const el = await render({step: 'herkennen'});
      expect(getComputedStyle(root(el).querySelector('.now-region')!).position).to.equal('sticky');
    });

    it('moves nothing under reduced motion (following jumps instead of gliding: see "follow")', async () => {
      await assertNoMotionWhenReduced(await render({step: 'herkennen'}));
    });

    it("the browser's accessibility tree: heading outline, the print button, the live line, no landmarks (a11ySnapshot)", async () => {
      const el = await render({step: 'herkennen'});
      const tree = await snapshotOf(el);
      expect(axRole(tree, 'heading').map((h) => [h.name, h.level])).to.deep.include.members([
        ['Samen online', 1],
        ['Lesdoelen', 2],
        ['Veiligheid', 2],
        ['Nazorg', 2],
        ['van minuut 5 tot minuut 75 Vragen en gesprek', 3],
        ['Wat u doet', 4],
      ]);
      expect(axNames(tree, 'button')).to.deep.equal(['Draaiboek afdrukken']);
      const [now] = axRole(tree, 'status');
      expect(axTexts(now!).join(' ')).to.contain('Op het scherm: Stap 2: Wat zie je?');
      expect(axNames(tree, 'link')).to.deep.equal(['www.kindertelefoon.nl (opent in een nieuw venster)']);
      expect(axLandmarks(tree).map((n) => `${n.role} ${n.name}`)).to.deep.equal([]);
      expect(axAll(tree, (n) => /\d:\d\d–\d:\d\d/.test(n.name)).length, 'no clock notation is read out').to.equal(0);
    });

    it('has no axe violations with two guides of one lesson on one page (no duplicate landmarks)', async () => {
      const page = await fixture(html`<main>
        <up-facilitator-guide .lesson=${guided} step="welkom" heading-level="2"></up-facilitator-guide>
        <up-facilitator-guide .lesson=${guided} heading-level="2"></up-facilitator-guide>
      </main>`);
      await assert.isAccessible(page);
    });

    it('is an article named by the lesson title, with a heading outline', async () => {
      const el = await render();
      const base = part(el, 'base')!;
      expect(base.localName).to.equal('article');
      expect(text(root(el).getElementById(base.getAttribute('aria-labelledby')!))).to.equal('Samen online');
      const outline = [...root(el).querySelectorAll('h1, h2, h3, h4')].map((h) => `${h.localName} ${visible(h)}`);
      expect(outline.slice(0, 5)).to.deep.equal(['h1 Samen online', 'h2 Lesdoelen', 'h2 Voorbereiding', 'h2 Materialen', 'h2 Verloop van de les']);
      expect(outline).to.include.members([
        'h3 0:00–0:05 Opening',
        'h4 Wat u doet',
        'h4 Wat u kunt zeggen',
        'h4 Vragen aan de groep',
        'h2 Veiligheid',
        'h2 Nazorg',
        'h2 Hulp voor leerlingen',
      ]);
    });

    it('gives screen readers the times in words and hides the clock notation', async () => {
      const el = await render();
      const title = root(el).querySelector('#part-1-title')!;
      expect(text(title.querySelector('.visually-hidden'))).to.equal('van minuut 5 tot minuut 75');
      expect(title.querySelector('[aria-hidden="true"]')!.textContent).to.equal('0:05–1:15');
      expect(getComputedStyle(title.querySelector('.visually-hidden')!).position).to.equal('absolute');
    });

    it('marks a safety note as a note named "Let op"', async () => {
      const el = await render();
      const note = part(el, 'part-safety')!;
      expect(note.getAttribute('role')).to.equal('note');
      expect(text(root(el).getElementById(note.getAttribute('aria-labelledby')!))).to.equal('Let op');
      expect(note.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('has a timetable with a caption and column and row headers', async () => {
      const el = await render();
      const table = part(el, 'timetable')!;
      expect(text(table.querySelector('caption'))).to.equal('Tijdschema');
      expect([...table.querySelectorAll('thead th')].map((th) => [text(th), th.getAttribute('scope')])).to.deep.equal([
        ['Tijd', 'col'],
        ['Lesdeel', 'col'],
        ['Op het scherm', 'col'],
      ]);
      expect(rows(el).map((tr) => tr.querySelector('th')!.getAttribute('scope'))).to.deep.equal(['row', 'row', 'row']);
    });
  });

  describe('defaults', () => {
    it('is registered as up-facilitator-guide', () => {
      expect(customElements.get('up-facilitator-guide')).to.equal(UpFacilitatorGuide);
    });

    it('renders nothing without a lesson', async () => {
      const el = await render({lesson: undefined});
      expect(root(el).children.length).to.equal(0);
      expect(el.currentPart).to.equal(-1);
    });

    it('starts with no step, not following, heading level 1, and no live line', async () => {
      const el = await render();
      expect(el.step).to.equal(undefined);
      expect(el.follow).to.equal(false);
      expect(el.headingLevel).to.equal(1);
      expect(el.currentPart).to.equal(-1);
      expect(present(part(el, 'now'))).to.equal(false);
      expect(present(part(el, 'current-part'))).to.equal(false);
      expect(getComputedStyle(root(el).querySelector('.now-region')!).display).to.equal('none');
    });

    it('carries the lesson language and direction', async () => {
      const el = await render({lesson: {...guided, dir: 'rtl'}});
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('nl');
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    });

    it('can be hidden', async () => {
      const el = await render();
      el.hidden = true;
      expect(getComputedStyle(el).display).to.equal('none');
    });
  });

  describe('content', () => {
    it('shows title, duration, track, audience and kerndoelen ids', async () => {
      const el = await render({lesson: realLesson});
      expect(text(root(el).querySelector('.kicker'))).to.equal('Draaiboek voor de begeleider');
      expect(text(part(el, 'title'))).to.equal(realLesson.title);
      const facts = [...part(el, 'facts')!.querySelectorAll(':scope > div')].map((d) => [text(d.querySelector('dt')), text(d.querySelector('dd'))]);
      expect(facts.slice(0, 3)).to.deep.equal([
        ['Duur', `${realLesson.durationMinutes} minuten`],
        ['Leerlijn', 'Groep 7-8'],
        ['Doelgroep', 'Basisonderwijs, groep 7 en 8'],
      ]);
      expect(facts[3]![0]).to.equal('Kerndoelen');
      expect([...part(el, 'facts')!.querySelectorAll('li')].map(text)).to.deep.equal(realLesson.kerndoelen);
    });

    it('names each kerndoel with its title when it has the titles (the printable page gives them), accessibly', async () => {
      const el = await render({lesson: realLesson});
      const titles = Object.fromEntries(realLesson.kerndoelen.map((id) => [id, `Titel van ${id}`]));
      el.kerndoelTitles = titles;
      await el.updateComplete;
      expect([...part(el, 'facts')!.querySelectorAll('li')].map(text)).to.deep.equal(realLesson.kerndoelen.map((id) => `${id}: Titel van ${id}`));
      await assert.isAccessible(el);
    });

    it('shows goals, preparation (Markdown subset) and materials', async () => {
      const el = await render();
      expect([...section(el, 'goals').querySelectorAll('li')].map(text)).to.deep.equal(lesson.goals);
      const preparation = [...section(el, 'preparation').querySelectorAll('li')];
      expect(preparation.map(text)).to.deep.equal(['Speel de les één keer door.', 'Zet de drie afspraken op het bord.']);
      expect(text(preparation[1]!.querySelector('strong'))).to.equal('drie afspraken');
      expect([...section(el, 'materials').querySelectorAll('li')].map(text)).to.deep.equal(['Digibord', 'Post-its']);
    });

    it('leaves out the materials when there are none', async () => {
      const el = await render({lesson});
      expect(present(root(el).getElementById('materials'))).to.equal(false);
    });

    it('computes each part’s start and end from the minutes, also past the hour', async () => {
      const el = await render();
      const cells = (tr: Element) => [visible(tr.querySelector('td')), text(tr.querySelector('th')).replace(text(tr.querySelector('th .screen-inline')), '').trim(), visible(tr.querySelector('td.screen-col'))];
      expect(rows(el).map(cells)).to.deep.equal([
        ['0:00–0:05', 'Opening', 'Stap 1'],
        ['0:05–1:15', 'Vragen en gesprek', 'Stappen 2 en 3'],
        ['1:15–1:30', 'Kringgesprek', '—'],
      ]);
      // At this width the steps on screen have their own column; the copy under the title is hidden.
      expect(getComputedStyle(rows(el)[0]!.querySelector('.screen-inline')!).display).to.equal('none');
      expect(timeline(guided).map(({from, to}) => [from, to])).to.deep.equal([
        [0, 5],
        [5, 75],
        [75, 90],
      ]);
      expect([0, 5, 59, 60, 125].map(clock)).to.deep.equal(['0:00', '0:05', '0:59', '1:00', '2:05']);
    });

    it('shows the real lesson’s parts in order, ending at its duration', async () => {
      const el = await render({lesson: realLesson});
      expect(parts(el, 'part').map((p) => visible(p.querySelector('.part-name')))).to.deep.equal(
        realLesson.facilitatorGuide.steps.map((s) => s.title)
      );
      expect(visible(rows(el).at(-1)!.querySelector('td'))).to.match(new RegExp(`–${clock(realLesson.durationMinutes)}$`));
      expect(visible(rows(el)[0]!.querySelector('td'))).to.match(/^0:00–/);
    });

    it('shows per part: minutes, steps on screen, what to do, what to say, questions with what to listen for', async () => {
      const el = await render();
      const [opening, talk, circle] = parts(el, 'part');
      expect(text(opening!.querySelector('.part-meta'))).to.equal('5 minuten');
      expect(text(opening!.querySelector('.on-screen'))).to.equal('Op het scherm: Stap 1: Welkom');
      expect([...talk!.querySelectorAll('.on-screen li')].map(text)).to.deep.equal(['Stap 2: Wat zie je?', 'Stap 3: Wat vind jij?']);
      // A separator that is seen, not read.
      expect(getComputedStyle(talk!.querySelectorAll('.on-screen li')[1]!, '::before').content).to.equal('"·" / ""');
      expect(text(circle!.querySelector('.on-screen'))).to.equal('Op het scherm: Geen nieuwe stap op het scherm');
      expect(text(opening!.querySelector('h4 + p'))).to.equal('Toon het welkomstscherm. <b>Geen HTML</b>.');
      expect(present(opening!.querySelector('b'))).to.equal(false);
      expect([...opening!.querySelectorAll('.say > li')].map(text)).to.deep.equal(['Vandaag gaat het over online respect.', 'Je mag altijd passen.']);
      expect(text(opening!.querySelector('.say em'))).to.equal('online respect');
      const questions = [...opening!.querySelectorAll('.questions > li')];
      expect(questions.map((q) => text(q.querySelector('.question')))).to.deep.equal(['Wat doe jij online?', 'Wie kent dit?']);
      expect(text(questions[0]!.querySelector('.listen'))).to.equal('Luister naar: Chatten, gamen, filmpjes.');
      expect(present(questions[1]!.querySelector('.listen'))).to.equal(false);
      // Only what a part has.
      expect(present(talk!.querySelector('.say'))).to.equal(false);
      expect(present(talk!.querySelector('.questions'))).to.equal(false);
      expect(present(opening!.querySelector('[part~="part-safety"]'))).to.equal(false);
      expect(text(talk!.querySelector('[part~="part-safety"]'))).to.equal('Let op Vraag niet naar eigen ervaringen.');
    });

    it('highlights safety notes', async () => {
      const el = await render();
      const note = part(el, 'part-safety')!;
      const style = getComputedStyle(note);
      expect(style.borderTopColor).to.equal('rgb(153, 27, 27)');
      expect(style.backgroundColor).to.equal('rgb(254, 242, 242)');
      expect(parseFloat(style.borderInlineStartWidth)).to.be.at.least(4);
    });

    it('ends with the safety section, the aftercare and the help points with their addresses', async () => {
      const el = await render();
      const safety = part(el, 'safety')!;
      expect(text(safety.querySelector('.intro'))).to.equal('Wat u doet als een leerling iets kwetsends zegt of iets zwaars vertelt.');
      expect([...safety.querySelectorAll('li')].map(text)).to.deep.equal(guided.facilitatorGuide.safety);
      const aftercare = part(el, 'aftercare')!;
      expect(text(aftercare.querySelector('p'))).to.equal('Zoek na de les de leerlijngen op die stil werden.');
      expect([...aftercare.querySelectorAll('li')].map(text)).to.deep.equal(['Noteer wat opviel.', 'Volg het pestprotocol.']);
      const help = part(el, 'help')!;
      expect(help.querySelectorAll(':scope > li').length).to.equal(2);
      expect(text(help)).to.contain('Bel gratis 0800-0432');
      const link = help.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://www.kindertelefoon.nl/');
      expect(visible(link)).to.equal('www.kindertelefoon.nl');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.contain('noopener');
      expect(text(link)).to.equal('www.kindertelefoon.nl (opent in een nieuw venster)');
    });

    it('speaks English for an English lesson', async () => {
      const el = await render({lesson: {...englishLesson, facilitatorGuide: guided.facilitatorGuide, durationMinutes: 90}, step: 'welkom'});
      expect(text(root(el).querySelector('.kicker'))).to.equal('Facilitator guide');
      expect(text(part(el, 'print-button'))).to.equal('Print the guide');
      expect(visible(part(el, 'now'))).to.equal('On screen: Step 1: Welkom Part: 0:00–0:05 Opening');
      expect(text(root(el).querySelector('.on-screen'))).to.equal('On screen: Step 1: Welkom');
      expect(visible(rows(el)[1]!.querySelector('td.screen-col'))).to.equal('Steps 2 and 3');
    });

    it('never changes the lesson object', async () => {
      const frozen = structuredClone(guided);
      const freeze = (v: unknown): void => {
        if (v && typeof v === 'object') {
          Object.values(v).forEach(freeze);
          Object.freeze(v);
        }
      };
      freeze(frozen);
      const before = JSON.stringify(frozen);
      const el = await render({lesson: frozen, step: 'welkom'});
      el.step = 'herkennen';
      await el.updateComplete;
      expect(JSON.stringify(frozen)).to.equal(before);
    });
  });

  describe('attributes and properties', () => {
    describe('step: the part on screen (second screen)', () => {
      it('highlights the part that plays the step, in the list and in the timetable, and says what is on screen', async () => {
        const el = await render({step: 'jouw-mening'});
        expect(el.currentPart).to.equal(1);
        const current = part(el, 'current-part')!;
        expect(current.id).to.equal('part-1');
        expect(current.getAttribute('aria-current')).to.equal('step');
        expect(parts(el, 'part').map((p) => p.getAttribute('aria-current'))).to.deep.equal([null, 'step', null]);
        expect(rows(el).map((tr) => tr.getAttribute('aria-current'))).to.deep.equal([null, 'step', null]);
        expect(text(current.querySelector('.badge'))).to.equal('Nu');
        const now = part(el, 'now')!;
        expect(now.parentElement!.getAttribute('role')).to.equal('status');
        expect(visible(now)).to.equal('Op het scherm: Stap 3: Wat vind jij? Lesdeel: 0:05–1:15 Vragen en gesprek');
        expect(text(now)).to.contain('van minuut 5 tot minuut 75');
        expect(getComputedStyle(current).borderTopColor).to.equal('rgb(29, 78, 216)');
      });

      it('moves the highlight when the step changes, and reflects step', async () => {
        const el = await render({step: 'welkom'});
        expect(el.getAttribute('step')).to.equal('welkom');
        el.step = 'herkennen';
        await el.updateComplete;
        expect(el.getAttribute('step')).to.equal('herkennen');
        expect(parts(el, 'current-part').map((p) => p.id)).to.deep.equal(['part-1']);
        el.removeAttribute('step');
        await el.updateComplete;
        expect(el.step).to.equal(null);
        expect(parts(el, 'current-part')).to.deep.equal([]);
        expect(present(part(el, 'now'))).to.equal(false);
      });

      it('says what is on screen but highlights nothing for a step that belongs to no part', async () => {
        const el = await render({step: 'tot-slot'});
        expect(el.currentPart).to.equal(-1);
        expect(present(part(el, 'current-part'))).to.equal(false);
        expect(visible(part(el, 'now'))).to.equal('Op het scherm: Stap 5: Tot slot');
      });

      it('ignores a step id the lesson does not have', async () => {
        const el = await render({step: 'bestaat-niet'});
        expect(present(part(el, 'current-part'))).to.equal(false);
        expect(present(part(el, 'now'))).to.equal(false);
      });

      it('follows a lesson through its up-progressed events, as a page connects them', async () => {
        const page = await fixture(html`<div>
          <up-lesson .lesson=${guided}></up-lesson>
          <up-facilitator-guide .lesson=${guided}></up-facilitator-guide>
        </div>`);
        const guide = page.querySelector('up-facilitator-guide')!;
        const player = page.querySelector('up-lesson')!;
        // What docs/components/up-facilitator-guide.md tells a page to do:
        player.addEventListener('up-progressed', (e) => (guide.step = e.detail.stepId));
        player.state = {step: 2, answers: {}, completed: false};
        await player.updateComplete;
        await guide.updateComplete;
        expect(guide.step).to.equal('jouw-mening');
        expect(guide.currentPart).to.equal(1);
      });

      describe('follow', () => {
        let calls: {id: string; options: ScrollIntoViewOptions}[];
        const original = Element.prototype.scrollIntoView;
        beforeEach(() => {
          calls = [];
          Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
            calls.push({id: this.id, options: options as ScrollIntoViewOptions});
          };
        });
        afterEach(() => {
          Element.prototype.scrollIntoView = original;
        });

        it('scrolls the part into view when the part on screen changes, not when the step stays in the part', async () => {
          const el = await render({follow: true});
          expect(el.getAttribute('follow')).to.equal('');
          el.step = 'welkom';
          await el.updateComplete;
          el.step = 'herkennen';
          await el.updateComplete;
          el.step = 'jouw-mening';
          await el.updateComplete;
          el.step = 'tot-slot';
          await el.updateComplete;
          expect(calls.map((c) => c.id)).to.deep.equal(['part-0', 'part-1']);
          expect(calls[0]!.options).to.deep.include({block: 'start', behavior: 'smooth', container: 'nearest'});
        });

        it('does not scroll without follow', async () => {
          const el = await render();
          el.step = 'herkennen';
          await el.updateComplete;
          expect(calls).to.deep.equal([]);
        });

        it('jumps instead of gliding when reduced motion is preferred', async () => {
          await emulateMedia({reducedMotion: 'reduce'});
          try {
            const el = await render({follow: true});
            el.step = 'herkennen';
            await el.updateComplete;
            expect(calls.map((c) => c.options.behavior)).to.deep.equal(['auto']);
          } finally {
            await emulateMedia({reducedMotion: 'no-preference'});
          }
        });
      });
    });

    describe('heading-level', () => {
      it('moves every heading down from the given level', async () => {
        const el = await render({headingLevel: 3});
        expect(el.headingLevel).to.equal(3);
        expect(part(el, 'title')!.localName).to.equal('h3');
        expect(root(el).getElementById('goals')!.localName).to.equal('h4');
        expect(root(el).getElementById('part-0-title')!.localName).to.equal('h5');
        expect(root(el).querySelector('.sub-title')!.localName).to.equal('h6');
        el.headingLevel = 9;
        await el.updateComplete;
        expect(part(el, 'title')!.localName).to.equal('h3');
      });
    });
  });

  describe('events', () => {
    const printed = countPrints();

    it('prints with the print button', async () => {
      const el = await render();
      const button = part(el, 'print-button') as HTMLButtonElement;
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(text(button)).to.equal('Draaiboek afdrukken');
      button.click();
      expect(printed.count).to.equal(1);
    });

    it('dispatches no domain events: printing and following the lesson are not answers', async () => {
      const seen: string[] = [];
      const note = (e: Event) => seen.push(e.type);
      const page = await fixture(html`<div @up-answered=${note} @up-progressed=${note} @up-completed=${note}>
        <up-facilitator-guide .lesson=${guided}></up-facilitator-guide>
      </div>`);
      const el = page.querySelector('up-facilitator-guide')!;
      el.step = 'herkennen';
      await el.updateComplete;
      (part(el, 'print-button') as HTMLButtonElement).click();
      expect(printed.count).to.equal(1);
      expect(seen).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    const printed = countPrints();

    it('reaches the print button with Tab and prints with Enter and Space', async () => {
      const el = await render();
      const button = await tabTo(withText('Draaiboek afdrukken'), 'the print button');
      assertFocusOn(part(el, 'print-button'));
      expect(getComputedStyle(button).outlineStyle).to.equal('solid');
      await sendKeys({press: 'Enter'});
      await sendKeys({press: 'Space'});
      expect(printed.count).to.equal(2);
    });

    it('reaches the help point link with Tab after the print button', async () => {
      const el = await render();
      await tabTo(withText('Draaiboek afdrukken'), 'the print button');
      await sendKeys({press: 'Tab'});
      assertFocusOn(part(el, 'help')!.querySelector('a'));
    });
  });

  describe('handouts', () => {
    const printed = countPrints();

    it('lists the handouts and shows each as a sheet: text, headings, a table with blank rows, lines', async () => {
      const el = await render({lesson: withHandouts});
      expect(text(part(el, 'handouts'))).to.include('Turflijst peiling (voor de begeleider)').and.include('Mijn helpende bericht (voor de leerlingen)');
      const [tally, sheet] = parts(el, 'handout');
      expect(tally!.id).to.equal('handout-turflijst');
      expect(tally!.getAttribute('aria-labelledby')).to.equal('handout-turflijst-title');
      expect(text(tally)).to.include('Tel de briefjes na de les.').and.include('Zet per zin een streepje.');
      const table = tally!.querySelector('table')!;
      expect(text(table.querySelector('caption'))).to.equal('Nulmeting');
      expect([...table.querySelectorAll('thead th')].map(text)).to.deep.equal(['Zin', 'Klopt', 'Klopt niet']);
      expect(table.querySelectorAll('tbody tr')).to.have.length(3);
      expect(text(table.querySelector('tbody th[scope="row"]'))).to.equal('Ik help een ander');
      expect(text(sheet!.querySelector('h4'))).to.equal('Schrijf het op');
      expect(sheet!.querySelectorAll('.line')).to.have.length(3);
    });

    it('shows no handout section when the guide has none', async () => {
      const el = await render();
      expect(part(el, 'handouts')).to.equal(null);
      expect(parts(el, 'handout')).to.have.length(0);
    });

    it('prints one sheet alone with its button, named after the sheet', async () => {
      const el = await render({lesson: withHandouts});
      const button = parts(el, 'handout-print-button')[1]! as HTMLButtonElement;
      expect(text(button)).to.equal('Dit blad afdrukken: Mijn helpende bericht');
      await emulateMedia({media: 'print'});
      const shown: Record<string, string> = {};
      window.print = () => {
        shown['header'] = getComputedStyle(part(el, 'header')!).display;
        shown['tally'] = getComputedStyle(parts(el, 'handout')[0]!).display;
        shown['sheet'] = getComputedStyle(parts(el, 'handout')[1]!).display;
      };
      try {
        button.click();
        await el.updateComplete;
        await new Promise((r) => setTimeout(r));
        expect(shown).to.deep.equal({header: 'none', tally: 'none', sheet: 'block'});
        await el.updateComplete;
        expect(getComputedStyle(part(el, 'header')!).display).to.not.equal('none');
      } finally {
        await emulateMedia({media: 'screen'});
      }
      expect(printed.count).to.equal(0);
    });

    it('prints every sheet on a page of its own, without its button and usage note', async () => {
      const el = await render({lesson: withHandouts});
      await emulateMedia({media: 'print'});
      try {
        for (const sheet of parts(el, 'handout')) expect(getComputedStyle(sheet).breakBefore).to.equal('page');
        expect(getComputedStyle(parts(el, 'handout-print-button')[0]!).display).to.equal('none');
        expect(getComputedStyle(root(el).querySelector('.handout-use')!).display).to.equal('none');
      } finally {
        await emulateMedia({media: 'screen'});
      }
    });
  });

  describe('print', () => {
    describe('the print stylesheet', () => {
      beforeEach(() => emulateMedia({media: 'print'}));
      afterEach(() => emulateMedia({media: 'screen'}));

      it('leaves out the print button and the live line', async () => {
        const el = await render({step: 'herkennen'});
        expect(getComputedStyle(part(el, 'print-button')!).display).to.equal('none');
        expect(getComputedStyle(root(el).querySelector('.now-region')!).display).to.equal('none');
        expect(getComputedStyle(root(el).querySelector('.badge')!).display).to.equal('none');
      });

      it('prints black on white, the current part like any other', async () => {
        const el = await render({step: 'herkennen'});
        expect(getComputedStyle(el).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
        const current = part(el, 'current-part')!;
        expect(getComputedStyle(current).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
        expect(getComputedStyle(current).borderTopColor).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(part(el, 'part-safety')!).backgroundColor).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle(part(el, 'part-safety')!).borderTopColor).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(part(el, 'help')!.querySelector('a')!).color).to.equal('rgb(0, 0, 0)');
      });

      it('keeps each part, note and table row on one page, and headings with what follows', async () => {
        const el = await render();
        for (const p of parts(el, 'part')) expect(getComputedStyle(p).breakInside).to.equal('avoid');
        expect(getComputedStyle(part(el, 'part-safety')!).breakInside).to.equal('avoid');
        expect(getComputedStyle(rows(el)[0]!).breakInside).to.equal('avoid');
        for (const h of root(el).querySelectorAll('h1, h2, h3, h4')) expect(getComputedStyle(h).breakAfter, visible(h)).to.equal('avoid');
        expect(getComputedStyle(part(el, 'timetable')!.querySelector('thead')!).display).to.equal('table-header-group');
      });
    });

    it('shows the print button on screen', async () => {
      const el = await render();
      expect(getComputedStyle(part(el, 'print-button')!).display).to.not.equal('none');
    });
  });

  it('logs no Lit dev-mode warnings', async () => {
    const warnings = await collectWarnings(async () => {
      const el = await render({lesson: realLesson, step: realLesson.steps[0]!.id, follow: true});
      el.step = realLesson.steps.at(-1)!.id;
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
  });
});
