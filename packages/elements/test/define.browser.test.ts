import {expect} from '@open-wc/testing';
import {LitElement} from 'lit';
import '../src/index.js';
import '../src/up-facilitator-guide.js';
import {define} from '../src/internal/define.js';

/** Every tag the package defines. */
const TAGS = [
  'up-agreements',
  'up-check-in',
  'up-check-out',
  'up-choice',
  'up-dilemma',
  'up-facilitator-guide',
  'up-help-points',
  'up-information',
  'up-lesson',
  'up-reflection',
  'up-response-builder',
  'up-roles',
  'up-social-post',
  'up-sort',
  'up-story',
  'up-survey',
  'up-track',
];

describe('define', () => {
  it('defines a new tag', () => {
    class First extends LitElement {}
    define('up-test-define-new', First);
    expect(customElements.get('up-test-define-new')).to.equal(First);
  });

  it('defining a tag twice is a no-op: no error, the first definition stays', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    define('up-test-define-twice', First);
    expect(() => define('up-test-define-twice', Second)).not.to.throw();
    expect(customElements.get('up-test-define-twice')).to.equal(First);
  });

  it('an element module evaluated a second time (a second bundle) does not crash', async () => {
    const defined = customElements.get('up-information');
    const again = new URL('../src/up-information.ts?second-bundle', import.meta.url).href;
    await import(again);
    expect(customElements.get('up-information')).to.equal(defined);
  });

  for (const tag of TAGS) {
    it(`<${tag}> is defined through it: a second bundle defining it again changes nothing`, () => {
      const defined = customElements.get(tag);
      expect(defined, `${tag} is defined on import`).to.not.equal(undefined);
      class Again extends LitElement {}
      expect(() => define(tag, Again)).not.to.throw();
      expect(customElements.get(tag)).to.equal(defined);
    });
  }
});
