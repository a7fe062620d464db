/*
 * Theming, for every element at once: the colours and the font come from `--up-*` custom
 * properties set on any ancestor (no global CSS needed), and every part an element renders is
 * documented in custom-elements.json and can be styled from outside with `::part()`.
 */
import {expect, fixture, fixtureCleanup, html} from '@open-wc/testing';
import type {TemplateResult} from 'lit';
import type {Track} from '@upstander/schema';
import '../src/index.js';
import * as activities from './fixtures/activities.js';
import {information, lesson, scoredChoice} from './fixtures/lesson.js';
import {blurAll, deepElements, describe as describeNode, tabTo} from './helpers.js';

const track: Track = {
  schemaVersion: 1,
  id: 'test-leerlijn',
  title: 'Online respect in groep 7-8',
  summary: 'Een les over reacties online.',
  track: 'groep-7-8',
  audience: 'po',
  lessons: [{lesson: lesson.id}],
  completion: {rule: 'all'},
};

/** One rendering of every element, in the state where it shows most of its parts. */
const ELEMENTS: [string, TemplateResult][] = [
  ['up-lesson', html`<up-lesson .lesson=${lesson} .state=${{step: 1, answers: {}, completed: false}} save-failed></up-lesson>`],
  ['up-track', html`<up-track .track=${track} .lessons=${[lesson]}></up-track>`],
  ['up-facilitator-guide', html`<up-facilitator-guide .lesson=${lesson} step="welkom"></up-facilitator-guide>`],
  ['up-information', html`<up-information .activity=${information}></up-information>`],
  ['up-choice', html`<up-choice .activity=${scoredChoice} .response=${['kwetsend']}></up-choice>`],
  ['up-sort', html`<up-sort .activity=${activities.orderSort}></up-sort>`],
  ['up-social-post', html`<up-social-post .activity=${activities.socialPost} .response=${['like-noor']}></up-social-post>`],
  ['up-response-builder', html`<up-response-builder .activity=${activities.responseBuilder}></up-response-builder>`],
  ['up-reflection', html`<up-reflection .activity=${activities.reflection}></up-reflection>`],
  ['up-survey', html`<up-survey .activity=${activities.likertSurvey}></up-survey>`],
  ['up-story', html`<up-story .activity=${activities.story}></up-story>`],
  ['up-roles', html`<up-roles .activity=${activities.roles}></up-roles>`],
  ['up-dilemma', html`<up-dilemma .activity=${activities.dilemma}></up-dilemma>`],
  ['up-agreements', html`<up-agreements .activity=${activities.agreements} .response=${['eerst-vragen']}></up-agreements>`],
  ['up-check-in', html`<up-check-in .activity=${activities.checkIn} .response=${['4']}></up-check-in>`],
  ['up-check-out', html`<up-check-out .activity=${activities.checkOut} .response=${['3']}></up-check-out>`],
  ['up-help-points', html`<up-help-points .activity=${activities.helpPointsActivity} .helpPoints=${activities.helpPoints}></up-help-points>`],
];

interface Manifest {
  modules: {declarations?: {tagName?: string; cssParts?: {name: string}[]}[]}[];
}

async function documentedParts(): Promise<Map<string, string[]>> {
  const manifest = (await (await fetch('/packages/elements/custom-elements.json')).json()) as Manifest;
  const parts = new Map<string, string[]>();
  for (const d of manifest.modules.flatMap((m) => m.declarations ?? [])) if (d.tagName) parts.set(d.tagName, (d.cssParts ?? []).map((p) => p.name));
  return parts;
}

const TEXT = 'rgb(10, 20, 30)';
const ACCENT = 'rgb(40, 50, 60)';

/** The custom property that colours what stands out, where it is not `--up-color-accent`. */
const ACCENT_PROPERTY: Record<string, string | undefined> = {
  'up-information': undefined, // plain text: nothing stands out
  'up-roles': '--up-color-role-verspreider', // the first tab and its panel
};

async function render(template: TemplateResult, accent = '--up-color-accent'): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(html`<div style="--up-color-text: ${TEXT}; ${accent}: ${ACCENT}; --up-font-family: Georgia, serif">
    ${template}
  </div>`);
  const el = wrapper.firstElementChild as HTMLElement & {updateComplete: Promise<unknown>};
  await el.updateComplete;
  return el;
}

/** The elements (shadow roots included) under `el` that carry `part`. */
const withParts = (el: Element) => deepElements(el).filter((node) => node.hasAttribute('part') && node.getRootNode() === el.shadowRoot);

describe('theming, for every element', () => {
  it('covers every element the package registers', async () => {
    expect(ELEMENTS.map(([tag]) => tag).sort()).to.deep.equal([...(await documentedParts()).keys()].sort());
  });

  for (const [tag, template] of ELEMENTS) {
    it(`<${tag}> takes its text colour, accent and font from --up-* custom properties on an ancestor`, async () => {
      const accent = tag in ACCENT_PROPERTY ? ACCENT_PROPERTY[tag] : '--up-color-accent';
      const el = await render(template, accent);
      const style = getComputedStyle(el);
      expect(style.fontFamily, 'font').to.contain('Georgia');
      const texts = deepElements(el).filter((node) => getComputedStyle(node).color === TEXT);
      expect(style.color === TEXT || texts.length > 0, 'text colour').to.equal(true);
      if (!accent) return;
      const accented = deepElements(el).filter((node) => {
        const s = getComputedStyle(node);
        return [s.color, s.backgroundColor, s.borderTopColor, s.borderInlineStartColor, s.accentColor].includes(ACCENT);
      });
      expect(accented.length, `something in the colour of ${accent}`).to.be.greaterThan(0);
    });

    it(`<${tag}> renders only documented parts, and each can be styled with ::part()`, async () => {
      const documented = (await documentedParts()).get(tag) ?? [];
      const el = await render(template);
      const rendered = [...new Set(withParts(el).flatMap((node) => node.getAttribute('part')!.split(/\s+/)))];
      expect(rendered.filter((name) => !documented.includes(name)), 'undocumented parts').to.deep.equal([]);
      expect(rendered.length, 'parts rendered').to.be.greaterThan(0);
      const sheet = document.createElement('style');
      sheet.textContent = rendered.map((name) => `${tag}::part(${name}) { scroll-margin-top: 7px; }`).join('\n');
      document.head.append(sheet);
      try {
        const unstyled = withParts(el).filter((node) => getComputedStyle(node).scrollMarginTop !== '7px');
        expect(unstyled.map(describeNode)).to.deep.equal([]);
      } finally {
        sheet.remove();
      }
    });
  }
});


// --- every documented custom property does something ----------------------------------------------

const guidedLesson = {
  ...lesson,
  facilitatorGuide: {...lesson.facilitatorGuide, steps: [{...lesson.facilitatorGuide.steps[0]!, safety: 'Vraag niet naar eigen ervaringen.'}]},
};
const step1 = {step: 1, answers: {}, completed: false};
/** Clicks what `selector` finds in `el`'s shadow root and waits for the update. */
async function press(el: Element, selector: string): Promise<Element> {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await (el as Element & {updateComplete: Promise<unknown>}).updateComplete;
  return el;
}
type State = (wrap: (t: TemplateResult) => Promise<Element>) => Promise<Element>;

/** The states in which each element shows what its custom properties colour. */
const STATES: Record<string, State[]> = {
  'up-lesson': [
    (w) => w(html`<up-lesson .lesson=${lesson}></up-lesson>`),
    (w) => w(html`<up-lesson .lesson=${lesson} .state=${{...step1, answers: {'vraag-herkennen': ['kwetsend']}}}></up-lesson>`),
    (w) => w(html`<up-lesson .lesson=${lesson} .state=${{...step1, answers: {'vraag-herkennen': ['grapje']}}}></up-lesson>`),
    (w) => w(html`<up-lesson .lesson=${lesson} mode="classroom" save-failed></up-lesson>`),
    ...[0, 1, 2].map((card): State => async (w) => {
      // The roles step, on the tab of each role.
      const el = await w(html`<up-lesson .lesson=${activities.everyTypeLesson} .state=${{step: 8, answers: {}, completed: false}}></up-lesson>`);
      const roles = el.shadowRoot!.querySelector('up-roles')!;
      await roles.updateComplete;
      return press(roles, `[role="tab"]:nth-of-type(${card + 1})`).then(() => el);
    }),
  ],
  'up-track': [
    (w) => w(html`<up-track .track=${track} .lessons=${[lesson]}></up-track>`),
    (w) => w(html`<up-track .track=${track} .lessons=${[lesson]} .progress=${{[lesson.id]: {completed: true}}} mode="classroom"></up-track>`),
  ],
  'up-facilitator-guide': [(w) => w(html`<up-facilitator-guide .lesson=${guidedLesson} step="welkom"></up-facilitator-guide>`)],
  'up-information': [(w) => w(html`<up-information .activity=${information}></up-information>`)],
  'up-choice': [
    async (w) => press(await w(html`<up-choice .activity=${scoredChoice}></up-choice>`), 'input[value="grapje"]'),
    (w) => w(html`<up-choice .activity=${scoredChoice} .response=${['kwetsend']}></up-choice>`),
    (w) => w(html`<up-choice .activity=${scoredChoice} .response=${['grapje']}></up-choice>`),
  ],
  'up-sort': [
    (w) => w(html`<up-sort .activity=${activities.orderSort}></up-sort>`),
    (w) => w(html`<up-sort .activity=${activities.orderSort} .response=${activities.orderSort.items.map((i) => i.id)}></up-sort>`),
    (w) => w(html`<up-sort .activity=${activities.orderSort} .response=${activities.orderSort.items.map((i) => i.id).reverse()}></up-sort>`),
  ],
  'up-social-post': [
    async (w) => press(await w(html`<up-social-post .activity=${activities.scoredSocialPost}></up-social-post>`), 'input[value="like-noor"]'),
    (w) => w(html`<up-social-post .activity=${activities.scoredSocialPost} .response=${['like-noor']}></up-social-post>`),
    (w) => w(html`<up-social-post .activity=${activities.scoredSocialPost} .response=${['negeren']}></up-social-post>`),
  ],
  'up-response-builder': [
    (w) => w(html`<up-response-builder .activity=${activities.responseBuilder}></up-response-builder>`),
    (w) => w(html`<up-response-builder .activity=${activities.partsOnlyBuilder} .response=${['waarom']}></up-response-builder>`),
  ],
  'up-reflection': [(w) => w(html`<up-reflection .activity=${activities.reflection}></up-reflection>`)],
  'up-survey': [
    async (w) => {
      const el = await w(html`<up-survey .activity=${activities.likertSurvey}></up-survey>`);
      for (const item of activities.likertSurvey.items) await press(el, `input[name="${item.id}"][value="3"]`);
      return el;
    },
    (w) => w(html`<up-survey .activity=${activities.emojiSurvey}></up-survey>`),
  ],
  'up-story': [(w) => w(html`<up-story .activity=${activities.story}></up-story>`)],
  'up-roles': [(w) => w(html`<up-roles .activity=${activities.roles}></up-roles>`)],
  'up-dilemma': [
    async (w) => {
      const el = await w(html`<up-dilemma .activity=${activities.dilemma}></up-dilemma>`);
      for (const statement of activities.dilemma.statements) await press(el, `input[name="${statement.id}"][value="agree"]`);
      return el;
    },
    (w) => w(html`<up-dilemma .activity=${activities.dilemma} mode="classroom"></up-dilemma>`),
  ],
  'up-agreements': [(w) => w(html`<up-agreements .activity=${activities.agreements} .response=${['eerst-vragen']}></up-agreements>`)],
  'up-check-in': [(w) => w(html`<up-check-in .activity=${activities.checkIn} .response=${['4']}></up-check-in>`)],
  'up-check-out': [(w) => w(html`<up-check-out .activity=${activities.checkOut} .response=${['3']}></up-check-out>`)],
  'up-help-points': [(w) => w(html`<up-help-points .activity=${activities.helpPointsActivity} .helpPoints=${activities.helpPoints}></up-help-points>`)],
};

const PROBES: [RegExp, string][] = [
  [/^--up-color-/, 'rgb(1, 2, 3)'],
  [/^--up-font-family$/, 'Georgia, serif'],
  [/^--up-font-size/, '31px'],
  [/^--up-max-width$/, '123px'],
  [/^--up-radius$/, '13px'],
  [/^--up-space$/, '17px'],
  [/^--up-classroom-height$/, '321px'],
];
const WATCHED = [
  'color', 'background-color', 'border-top-color', 'border-inline-start-color', 'outline-color', 'accent-color', 'fill', 'stroke',
  'box-shadow', 'font-family', 'font-size', 'max-width', 'max-height', 'border-top-left-radius', 'margin-block-end', 'padding-top', 'row-gap',
];

/** How `el` and everything in it looks, as far as custom properties can change it. */
function looks(el: Element): string[] {
  return [el, ...deepElements(el)].map((node) => {
    const s = getComputedStyle(node);
    return WATCHED.map((p) => s.getPropertyValue(p)).join('|');
  });
}

/** Whether `node` is in `host`'s shadow tree, at any depth. */
function inside(node: Node | null, host: Element): boolean {
  for (let root = node?.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) if (root.host === host) return true;
  return false;
}

/** Renders a state inside a wrapper with `style`; with `focus`, Tab moves focus into it first (a focus ring shows). */
async function look(state: State, style: string, focus: boolean): Promise<string[]> {
  fixtureCleanup(); // one state on the page at a time, so Tab reaches this one
  let root: Element | undefined;
  const el = await state(async (template) => {
    const wrapper = await fixture<HTMLElement>(html`<div style=${style}>${template}</div>`);
    root = wrapper.firstElementChild!;
    await (root as Element & {updateComplete: Promise<unknown>}).updateComplete;
    return root;
  });
  if (focus) {
    blurAll();
    await tabTo((node) => inside(node, el), `a control in <${el.localName}>`, 20);
  }
  return looks(el);
}

interface CssManifest {
  modules: {declarations?: {tagName?: string; cssProperties?: {name: string}[]}[]}[];
}

describe('documented custom properties, for every element', () => {
  it('has states for every element', async () => {
    expect(Object.keys(STATES).sort()).to.deep.equal([...(await documentedParts()).keys()].sort());
  });

  for (const [tag, states] of Object.entries(STATES)) {
    it(`<${tag}>: each documented --up-* property changes how it looks`, async function () {
      this.timeout(30000);
      const manifest = (await (await fetch('/packages/elements/custom-elements.json')).json()) as CssManifest;
      const names = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)?.cssProperties?.map((p) => p.name) ?? [];
      expect(names.length, 'documented custom properties').to.be.greaterThan(0);
      const inert: string[] = [];
      for (const name of names) {
        if (name === '--up-font-size-print') continue; // print only: see the facilitator guide's print tests
        const probe = PROBES.find(([pattern]) => pattern.test(name))?.[1];
        if (!probe) {
          inert.push(`${name} (no probe value)`);
          continue;
        }
        const focus = name === '--up-color-focus';
        let changed = false;
        for (const state of states) {
          const before = await look(state, '', focus);
          const after = await look(state, `${name}: ${probe}`, focus);
          if (before.length !== after.length || before.some((v, i) => v !== after[i])) {
            changed = true;
            break;
          }
        }
        if (!changed) inert.push(name);
      }
      expect(inert, 'documented, but change nothing').to.deep.equal([]);
    });
  }
});
