/*
 * The component demo (examples/components/index.html, served by `npm start` under /components/):
 * every element of this package is on it, each in both modes, set up as <up-lesson> sets them up,
 * and the page is accessible. The page's own HTML and script run here as they do in the demo.
 */
import {assert, expect} from '@open-wc/testing';
import type {UpLesson} from '../src/index.js';
import {present} from './helpers.js';

interface Manifest {
  modules: {declarations?: {customElement?: boolean; tagName?: string}[]}[];
}

/** Every element this package registers, from its custom-elements.json. */
async function tags(): Promise<string[]> {
  const manifest = (await (await fetch('/packages/elements/custom-elements.json')).json()) as Manifest;
  return manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : [])).sort();
}

/** The mode an element on the demo page is shown in. */
function modeOf(el: Element): string {
  return el.getAttribute('mode') ?? el.closest<HTMLElement>('[data-mode]')?.dataset.mode ?? (el.closest('#klassikaal') ? 'classroom' : 'individual');
}

const updated = async (nodes: Iterable<Element>) => {
  for (const node of nodes) await (node as Element & {updateComplete?: Promise<unknown>}).updateComplete;
};

describe('the component demo (examples/components)', () => {
  before(async function () {
    this.timeout(30000);
    const page = new DOMParser().parseFromString(await (await fetch('/examples/components/index.html')).text(), 'text/html');
    const style = Object.assign(document.createElement('link'), {rel: 'stylesheet', href: '/examples/components/demo.css'});
    document.head.append(style);
    await new Promise((resolve) => style.addEventListener('load', resolve, {once: true}));
    document.documentElement.lang = page.documentElement.lang;
    document.body.replaceChildren(...[...page.body.childNodes].map((n) => document.importNode(n, true)));
    await import('../../../examples/components/demo.js');
    await updated(document.querySelectorAll('*'));
  });

  after(() => {
    document.body.replaceChildren();
  });

  it('reads every lesson without problems', () => {
    expect(document.querySelector<HTMLElement>('#problems')!.hidden, document.querySelector('#problems pre')?.textContent ?? '').to.equal(true);
  });

  it('shows every element of the package, each individual and classroom', async () => {
    const expected = await tags();
    expect(expected.length, 'the manifest lists the elements').to.be.greaterThan(15);
    const missing: string[] = [];
    for (const tag of expected) {
      const modes = new Set([...document.querySelectorAll(tag)].filter((el) => el.shadowRoot?.childElementCount).map(modeOf));
      for (const mode of ['individual', 'classroom']) if (!modes.has(mode)) missing.push(`<${tag}> ${mode}`);
    }
    expect(missing).to.deep.equal([]);
  });

  it('sets elements up as <up-lesson> does: the mode where it changes the element, and the help points', async () => {
    for (const tag of ['up-reflection', 'up-story', 'up-roles', 'up-dilemma']) {
      const classroom = document.querySelector(`#activities [data-mode="classroom"] > ${tag}`)!;
      expect(classroom.getAttribute('mode'), tag).to.equal('classroom');
      expect(present(classroom.shadowRoot!.querySelector('textarea')), `${tag}: no fields in the classroom`).to.equal(false);
    }
    expect(present(document.querySelector('#activities up-choice[mode]')), 'no mode where it means nothing').to.equal(false);
    const help = [...document.querySelectorAll<HTMLElement & {helpPoints: unknown[]}>('#activities up-help-points')];
    expect(help.length).to.equal(2);
    for (const el of help) {
      expect(el.helpPoints.length).to.be.greaterThan(0);
      expect(el.shadowRoot!.querySelectorAll('[part~="list"] > li').length).to.equal(el.helpPoints.length);
    }
    expect(document.querySelector('#activities up-response-builder')!.shadowRoot!.childElementCount, 'an example where no lesson has the type').to.be.greaterThan(0);
  });

  it('has no axe violations on the whole page', async function () {
    this.timeout(60000);
    await assert.isAccessible(document.body);
  });

  it('shows a lesson chosen in the classroom track everywhere on the page', async () => {
    const track = document.querySelector('#track-classroom')!;
    const buttons = [...track.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="lesson-button"]')];
    buttons.at(-1)!.click();
    const individual = document.querySelector<UpLesson>('#lesson-individual')!;
    const classroom = document.querySelector<UpLesson>('#lesson-classroom')!;
    await updated([individual, classroom]);
    expect(individual.lesson?.title).to.equal(buttons.at(-1)!.textContent!.trim());
    expect(classroom.lesson === individual.lesson).to.equal(true);
    expect(document.querySelector('.lesson-title')!.textContent).to.equal(individual.lesson!.title);
  });
});
