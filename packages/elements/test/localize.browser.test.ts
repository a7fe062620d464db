import {expect} from '@open-wc/testing';
import {en, localize, nl} from '../src/index.js';

describe('translations', () => {
  it('has the same keys, of the same kinds, in every catalogue', () => {
    const shape = (t: object) =>
      Object.entries(t)
        .map(([key, value]) => `${key}:${Array.isArray(value) ? `list of ${value.length}` : typeof value}`)
        .sort();
    expect(shape(en)).to.deep.equal(shape(nl));
  });

  it('has no empty strings', () => {
    for (const catalogue of [nl, en]) {
      for (const [key, value] of Object.entries(catalogue)) {
        const samples: string[] = Array.isArray(value)
          ? value
          : [typeof value === 'function' ? (value as (a: unknown, b: number, c: number) => string)('x', 3, 8) : value];
        for (const sample of samples) expect(sample.trim(), key).to.not.equal('');
      }
    }
  });

  it('fills in values', () => {
    expect(nl.stepOf(3, 8)).to.equal('Stap 3 van 8');
    expect(nl.score(2, 5)).to.equal('Je score: 2 van 5');
    expect(en.stepOf(3, 8)).to.equal('Step 3 of 8');
  });

  it('picks a catalogue by language tag, with Dutch as the fallback', () => {
    expect(localize('en')).to.equal(en);
    expect(localize('en-GB')).to.equal(en);
    expect(localize('EN')).to.equal(en);
    expect(localize('nl')).to.equal(nl);
    expect(localize('nl-BE')).to.equal(nl);
    expect(localize('fr')).to.equal(nl);
    expect(localize('')).to.equal(nl);
    expect(localize(undefined)).to.equal(nl);
  });
});
