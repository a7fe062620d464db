import {assert, expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {AnsweredDetail, SocialPostActivity} from '@upstander/schema';
import {UpSocialPost} from '../src/up-social-post.js';
import {colourIndex, initials} from '../src/internal/avatar.js';
import {scoredSocialPost, socialPost} from './fixtures/activities.js';
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
  namesOf,
  present,
  radio,
  record,
  requestsDuring,
  snapshotOf,
  tabTo,
  withText,
} from './helpers.js';

interface Options {
  activity?: SocialPostActivity | undefined;
  response?: string[] | undefined;
  lang?: string;
}

async function render({activity = socialPost, response, lang = 'nl'}: Options = {}): Promise<UpSocialPost> {
  return fixture<UpSocialPost>(html`<up-social-post
    .activity=${activity}
    .response=${response}
    lesson-id="les-1"
    step-id="stap-4"
    lang=${lang}
  ></up-social-post>`);
}

const shadow = (el: UpSocialPost) => el.shadowRoot!;
const part = (el: UpSocialPost, name: string) => shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: UpSocialPost, name: string) => [...shadow(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const checkButton = (el: UpSocialPost) => part(el, 'check-button') as HTMLButtonElement;
const feedback = (el: UpSocialPost) => part(el, 'feedback')!;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const radios = (el: UpSocialPost) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];

async function choose(el: UpSocialPost, id: string): Promise<void> {
  radios(el).find((r) => r.value === id)!.click();
  await el.updateComplete;
}

async function check(el: UpSocialPost): Promise<void> {
  checkButton(el).click();
  await el.updateComplete;
}

async function answer(el: UpSocialPost, id: string): Promise<AnsweredDetail> {
  await choose(el, id);
  const answered = record(el, 'up-answered');
  await check(el);
  expect(answered.length, 'up-answered dispatched once').to.equal(1);
  return answered[0]!;
}

describe('<up-social-post>', () => {
  describe('accessibility', () => {
    const states: [string, () => Promise<UpSocialPost>][] = [
      ['initial', () => render()],
      [
        'hint: checked with nothing chosen',
        async () => {
          const el = await render();
          await check(el);
          return el;
        },
      ],
      ...(['like-noor', 'steun-timo', 'melden', 'reageren', 'negeren'] as const).map(
        (id): [string, () => Promise<UpSocialPost>] => [
          `checked: ${id}`,
          async () => {
            const el = await render();
            await answer(el, id);
            return el;
          },
        ]
      ),
      [
        'scored, checked wrong, other choices open',
        async () => {
          const el = await render({activity: scoredSocialPost});
          await answer(el, 'negeren');
          (part(el, 'other-choices') as HTMLDetailsElement).open = true;
          return el;
        },
      ],
      ['restored', () => render({response: ['reageren']})],
      ['English', () => render({lang: 'en'})],
    ];
    for (const [name, make] of states) {
      it(`has no axe violations: ${name}`, async () => {
        const el = await make();
        await assert.isAccessible(el);
      });
    }

    it("the browser's accessibility tree: a radio per choice, \"Controleer\", a status; no image for the avatars (a11ySnapshot)", async () => {
      const el = await render();
      const tree = await snapshotOf(el);
      expect(axNames(tree, 'radio')).to.deep.equal(socialPost.choices.map((c) => c.text));
      expect(axRole(tree, 'button').map((b) => [b.name, b.disabled === true])).to.deep.equal([['Controleer', true]]);
      expect(axRole(tree, 'status').length).to.equal(1);
      expect(axAll(tree, (n) => n.role === 'image' || n.role === 'img').length, 'avatars are decoration').to.equal(0);
    });

    it('is a thread (a figure named by the platform) with a named list of comments, then a radio group', async () => {
      const el = await render();
      expect((await byRole(el, 'figure')).map((f) => f.name)).to.deep.equal(['Klassenapp groep 8']);
      expect((await byRole(el, 'list')).map((l) => l.name)).to.deep.equal(['Reacties']);
      expect((await byRole(el, 'listitem')).length).to.equal(2);
      expect((await byRole(el, 'group')).map((g) => g.name)).to.deep.equal(['Wat doe jij?']);
      expect(await namesOf(el, 'radio')).to.deep.equal(socialPost.choices.map((c) => c.text));
      expect(await namesOf(el, 'button')).to.deep.equal(['Controleer']);
    });

    it('hides the avatars from assistive technology; the name is written next to each', async () => {
      const el = await render();
      const avatars = [...shadow(el).querySelectorAll('.avatar')];
      expect(avatars.map(text)).to.deep.equal(['M', 'R', 'N']);
      expect(avatars.every((a) => a.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect(avatars.every((a) => a.nextElementSibling?.textContent?.trim() || a.parentElement?.textContent?.includes('Mees'))).to.equal(true);
    });

    it('says the post is made up', async () => {
      const el = await render();
      expect(text(part(el, 'note'))).to.equal('Een verzonnen bericht om mee te oefenen. Er wordt niets echt geplaatst.');
    });

    it('announces what happened and the feedback in a live region that exists from the start', async () => {
      const el = await render();
      expect(feedback(el).getAttribute('role')).to.equal('status');
      expect(text(feedback(el))).to.equal('');
      await answer(el, 'like-noor');
      expect(text(feedback(el))).to.equal(
        'Je vindt de reactie van Noor leuk. Zo ziet Noor dat ze er niet alleen voor staat, en de groep ziet het ook.'
      );
    });

    it('animates the effect only without a reduced-motion preference', async () => {
      const el = await render();
      await answer(el, 'reageren');
      expect(await assertNoMotionWhenReduced(el)).to.be.greaterThan(0);
    });

    it('fits a 320 px screen', async () => {
      await assertFitsNarrowScreen(async () => {
        const el = await render();
        await answer(el, 'steun-timo');
        return el;
      });
    });

    it('fetches nothing: avatars are drawn, not loaded', async () => {
      const requests = await requestsDuring(async () => {
        const el = await render();
        await answer(el, 'reageren');
      });
      expect(requests).to.deep.equal([]);
      const el = await render();
      expect(deepImages(el)).to.equal(0);
    });
  });

  describe('defaults', () => {
    it('is registered as up-social-post', () => {
      expect(customElements.get('up-social-post')).to.equal(UpSocialPost);
    });

    it('renders nothing without an activity', async () => {
      const el = await fixture<UpSocialPost>(html`<up-social-post></up-social-post>`);
      expect(shadow(el).children.length).to.equal(0);
    });

    it('starts unanswered, showing the post, the comments with their likes, and the choices', async () => {
      const el = await render();
      expect(el.answered).to.equal(false);
      expect(text(part(el, 'platform'))).to.equal('Klassenapp groep 8');
      expect(text(part(el, 'post'))).to.equal('M Mees Kijk dit nou 🤣 (een filmpje van Timo die zingt)');
      expect(parts(el, 'comment').map((c) => text(c.querySelector('.likes')))).to.deep.equal(['4 likes', '0 likes']);
      expect(present(part(el, 'private-message'))).to.equal(false);
      expect(present(part(el, 'other-choices'))).to.equal(false);
      expect(checkButton(el).getAttribute('aria-disabled')).to.equal('true');
    });

    it('makes initials and a steady colour from a name', () => {
      expect(initials('Mees')).to.equal('M');
      expect(initials('Ayla de Vries')).to.equal('AD');
      expect(initials('  émile  ')).to.equal('É');
      expect(initials('🙂')).to.equal('?');
      expect(colourIndex('Noor')).to.equal(colourIndex('Noor'));
      expect(new Set(['Mees', 'Ruben', 'Noor', 'Timo', 'Sem', 'Bo', 'Jay', 'Ayla'].map(colourIndex)).size).to.be.greaterThan(3);
    });
  });

  describe('attributes and properties', () => {
    it('follows its lang attribute', async () => {
      const el = await render({lang: 'en'});
      expect(text(checkButton(el))).to.equal('Check');
      expect(text(part(el, 'note'))).to.contain('A made-up post');
    });

    it('like: the comment gets the pupil’s like', async () => {
      const el = await render();
      await answer(el, 'like-noor');
      expect(parts(el, 'comment').map((c) => text(c.querySelector('.likes')))).to.deep.equal(['4 likes', '1 like · Jij vindt dit leuk']);
    });

    it('respond: the pupil’s reply appears under the post', async () => {
      const el = await render();
      await answer(el, 'reageren');
      const own = parts(el, 'comment').at(-1)!;
      expect(text(own)).to.equal('J Jij Niet doen, Timo wist niet dat hij gefilmd werd.');
      expect(text(feedback(el))).to.contain('Je reactie staat nu onder het bericht.');
    });

    it('support: the private message shows; report: the post is marked; ignore: nothing changes', async () => {
      const support = await render();
      await answer(support, 'steun-timo');
      expect(text(part(support, 'private-message'))).to.equal('Jouw privébericht Gaat het? Ik vond je lied goed.');
      const report = await render();
      await answer(report, 'melden');
      expect(text(part(report, 'post'))).to.contain('Gemeld');
      const ignore = await render();
      const before = text(part(ignore, 'thread'));
      await answer(ignore, 'negeren');
      expect(text(part(ignore, 'thread'))).to.equal(before);
      expect(text(feedback(ignore))).to.contain('Je scrolt door.');
    });

    it('locks the choice and offers the feedback of the other choices', async () => {
      const el = await render();
      await answer(el, 'melden');
      expect(el.answered).to.equal(true);
      expect(radios(el).every((r) => r.matches(':disabled'))).to.equal(true);
      const others = part(el, 'other-choices') as HTMLDetailsElement;
      expect(others.open).to.equal(false);
      expect([...others.querySelectorAll('dt')].map(text)).to.deep.equal(
        socialPost.choices.filter((c) => c.id !== 'melden').map((c) => c.text)
      );
      expect(el.matches(':state(answered)')).to.equal(true);
    });

    it('unscored: no verdict; scored: a verdict', async () => {
      const unscored = await render();
      await answer(unscored, 'negeren');
      expect(present(feedback(unscored).querySelector('.verdict'))).to.equal(false);
      const scored = await render({activity: scoredSocialPost});
      await answer(scored, 'negeren');
      expect(text(feedback(scored).querySelector('.verdict'))).to.equal('Niet helemaal');
      expect(scored.matches(':state(incorrect)')).to.equal(true);
    });

    it('restores a choice with its effect and no event; ignores unknown ids', async () => {
      const el = await render({response: ['like-noor']});
      expect(el.answered).to.equal(true);
      expect(text(parts(el, 'comment')[1]!.querySelector('.likes'))).to.contain('Jij vindt dit leuk');
      const unknown = await render({response: ['bestaat-niet']});
      expect(unknown.answered).to.equal(false);
      unknown.response = undefined;
      await unknown.updateComplete;
      expect(unknown.answered).to.equal(false);
    });

    it('clearing response unlocks', async () => {
      const el = await render({response: ['melden']});
      el.response = [];
      await el.updateComplete;
      expect(el.answered).to.equal(false);
      expect(text(part(el, 'post'))).to.not.contain('Gemeld');
    });
  });

  describe('events', () => {
    it('dispatches up-answered with kind choice, unscored', async () => {
      const el = await render();
      expect(await answer(el, 'steun-timo')).to.deep.equal({
        lessonId: 'les-1',
        stepId: 'stap-4',
        activityId: 'filmpje-in-de-groep',
        kind: 'choice',
        response: ['steun-timo'],
        correctResponse: ['like-noor', 'steun-timo', 'melden', 'reageren'],
        correct: null,
        scored: false,
      });
    });

    it('scored: correct true or false', async () => {
      const right = await render({activity: scoredSocialPost});
      expect((await answer(right, 'melden')).correct).to.equal(true);
      const wrong = await render({activity: scoredSocialPost});
      const detail = await answer(wrong, 'negeren');
      expect([detail.correct, detail.scored]).to.deep.equal([false, true]);
    });

    it('bubbles and is composed', async () => {
      const received: Event[] = [];
      const wrapper = await fixture(html`<div @up-answered=${(e: Event) => received.push(e)}><up-social-post .activity=${socialPost}></up-social-post></div>`);
      await answer(wrapper.querySelector('up-social-post')!, 'melden');
      expect(received.map((e) => [e.bubbles, e.composed])).to.deep.equal([[true, true]]);
    });

    it('dispatches nothing on restore, on choosing, on a hint, or when checked again', async () => {
      const received: Event[] = [];
      const wrapper = await fixture(html`<div @up-answered=${(e: Event) => received.push(e)}>
        <up-social-post .activity=${socialPost} .response=${['melden']}></up-social-post>
        <up-social-post .activity=${socialPost}></up-social-post>
      </div>`);
      const [restored, fresh] = [...wrapper.querySelectorAll('up-social-post')] as [UpSocialPost, UpSocialPost];
      await check(restored);
      await check(fresh);
      expect(text(feedback(fresh))).to.equal('Kies eerst een antwoord.');
      await choose(fresh, 'negeren');
      expect(text(feedback(fresh))).to.equal('');
      expect(received).to.deep.equal([]);
      await check(fresh);
      await check(fresh);
      expect(received.length).to.equal(1);
    });

    it('causes no Lit dev-mode warnings', async () => {
      const warnings = await collectWarnings(async () => {
        const el = await render();
        await answer(el, 'reageren');
      });
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('arrows choose, Tab reaches "Controleer", Enter checks; the other choices open with Enter', async () => {
      const el = await render();
      const answered = record(el, 'up-answered');
      blurAll();
      await tabTo(radio('like-noor'), 'the first choice');
      await sendKeys({press: 'ArrowDown'});
      await sendKeys({press: 'ArrowDown'});
      await tabTo(withText('Controleer'), '"Controleer"');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(answered.map((d) => d.response)).to.deep.equal([['melden']]);
      assertFocusOn(checkButton(el), 'after checking');
      const summary = await tabTo(withText('Wat doen de andere keuzes?'), 'the other choices');
      await sendKeys({press: 'Enter'});
      expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
    });

    it('"Controleer" with nothing chosen gives a hint', async () => {
      const el = await render();
      blurAll();
      await tabTo(withText('Controleer'), '"Controleer"');
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(text(feedback(el))).to.equal('Kies eerst een antwoord.');
    });
  });
});

/** Images anywhere in the element: there should be none. */
function deepImages(el: UpSocialPost): number {
  return shadow(el).querySelectorAll('img, image, picture, [style*="url("]').length;
}
