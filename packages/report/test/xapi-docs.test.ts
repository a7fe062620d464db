import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {ACTIVITY_TYPES, VERBS} from '@upstander/schema/xapi';
import {PROFILE_ID, statementProblems, xapiProfile} from '../src/profile.js';
import {DOCS, examples, profileJson, xapiMarkdown} from './xapi-docs.js';

describe('docs/xapi.md and docs/xapi-profile.jsonld', () => {
  it('are what the vocabulary in the code makes (run `npm run xapi-docs` after changing it)', () => {
    assert.equal(readFileSync(`${DOCS}xapi.md`, 'utf8'), xapiMarkdown());
    assert.equal(readFileSync(`${DOCS}xapi-profile.jsonld`, 'utf8'), profileJson());
  });

  it('document every verb, activity type and extension, with an example per verb', () => {
    const md = xapiMarkdown();
    for (const v of Object.values(VERBS)) assert.ok(md.includes(`\`${v.id}\``), v.id);
    for (const t of Object.values(ACTIVITY_TYPES)) assert.ok(md.includes(`\`${t}\``), t);
    const verbsInExamples = new Set(examples().map((e) => e.statement.verb.id));
    assert.deepEqual([...verbsInExamples].sort(), Object.values(VERBS).map((v) => v.id).sort());
  });
});

describe('the xAPI profile', () => {
  const profile = xapiProfile() as {id: string; templates: {id: string; verb: string}[]; patterns: {id: string; [k: string]: unknown}[]; concepts: {id: string}[]};
  it('has a template per verb and patterns whose parts all exist', () => {
    assert.equal(profile.id, PROFILE_ID);
    assert.deepEqual(profile.templates.map((t) => t.verb).sort(), Object.values(VERBS).map((v) => v.id).sort());
    const ids = new Set([...profile.templates, ...profile.patterns, ...profile.concepts].map((x) => x.id));
    assert.equal(ids.size, profile.templates.length + profile.patterns.length + profile.concepts.length, 'ids are unique');
    for (const p of profile.patterns) {
      const parts = [p['sequence'], p['alternates'], p['optional'], p['zeroOrMore'], p['oneOrMore']].flat().filter((x): x is string => typeof x === 'string');
      assert.ok(parts.length > 0, p.id);
      for (const part of parts) assert.ok(ids.has(part), `${p.id} → ${part}`);
    }
    assert.equal(profile.patterns.filter((p) => p['primary']).length, 1);
  });

  it('finds what a statement gets wrong', () => {
    const good = examples()[3]!.statement;
    assert.deepEqual(statementProblems(good), []);
    const bad = structuredClone(good) as any;
    bad.object.definition.interactionType = 'numeric';
    bad.result.extensions = {'https://w3id.org/xapi/upstander/extensions/other': 1};
    delete bad.context.contextActivities.parent;
    assert.equal(statementProblems(bad).length, 3);
    assert.match(statementProblems({...good, verb: {id: 'http://adlnet.gov/expapi/verbs/experienced'}})[0]!, /not in the profile/);
  });
});
