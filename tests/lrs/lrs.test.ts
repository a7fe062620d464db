// The test LRS itself: does it keep the xAPI rules the other tests rely on?
import assert from 'node:assert/strict';
import {randomUUID} from 'node:crypto';
import {after, before, describe, it} from 'node:test';
import {startLrs} from './lrs.js';
import type {TestLrs} from './lrs.js';

const actor = {objectType: 'Agent', account: {homePage: 'https://lms.example', name: 'p-1'}};
const statement = (id = randomUUID()) => ({id, actor, verb: {id: 'http://adlnet.gov/expapi/verbs/answered'}, object: {objectType: 'Activity', id: 'https://a.example/1'}});

describe('test LRS', () => {
  let lrs: TestLrs;
  const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    fetch(`${lrs.endpoint}${path}`, {
      method,
      headers: {Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json', ...headers},
      ...(body === undefined ? {} : {body: JSON.stringify(body)}),
    });

  before(async () => {
    lrs = await startLrs();
  });
  after(() => lrs.close());

  it('listens on 127.0.0.1 only', () => assert.match(lrs.url, /^http:\/\/127\.0\.0\.1:\d+$/));

  it('409 for any statement id it holds (a batch with one refuses the whole batch), as ADL does', async () => {
    const a = statement();
    const b = statement();
    assert.equal((await call('POST', 'statements', [a, b])).status, 200);
    assert.equal((await call('POST', 'statements', [a, b])).status, 409);
    const conflict = await call('POST', 'statements', [statement(), {...a, verb: {id: 'http://adlnet.gov/expapi/verbs/passed'}}]);
    assert.equal(conflict.status, 409);
    assert.equal(lrs.statements.length, 2, 'a refused batch stores nothing');
  });

  it('PUT: 204 for a new id, 409 for one it holds', async () => {
    const s = statement();
    assert.equal((await call('PUT', `statements?statementId=${s.id}`, s)).status, 204);
    assert.equal((await call('PUT', `statements?statementId=${s.id}`, s)).status, 409);
    assert.equal((await call('PUT', `statements?statementId=${s.id}`, {...s, object: {id: 'https://a.example/2'}})).status, 409);
    const got = await (await call('GET', `statements?statementId=${s.id}`)).json();
    assert.equal(got.id, s.id);
    assert.ok(got.stored);
  });

  it('400 for a parameter the resource does not know (cachebuster)', async () => {
    const q = new URLSearchParams({activityId: 'https://a.example/1', agent: JSON.stringify(actor), stateId: 's', cachebuster: '1'});
    assert.equal((await call('GET', `activities/state?${q}`)).status, 400);
    assert.equal((await call('GET', 'statements?limit=1&cachebuster=2')).status, 400);
  });

  it('pages statement lists with more', async () => {
    for (let i = 0; i < 3; i++) assert.equal((await call('POST', 'statements', Array.from({length: 5}, () => statement()))).status, 200);
    const seen: string[] = [];
    let page = await (await call('GET', 'statements?ascending=true')).json();
    for (;;) {
      seen.push(...page.statements.map((s: {id: string}) => s.id));
      if (!page.more) break;
      page = await (await fetch(`${lrs.url}${page.more}`, {headers: {Authorization: lrs.auth, 'X-Experience-API-Version': '1.0.3'}})).json();
    }
    assert.deepEqual(seen, lrs.ids());
    assert.ok(seen.length > 10);
  });

  it('racy: two overlapping POSTs of one statement store it twice (ADL on PostgreSQL)', async () => {
    lrs.racy = true;
    const s = statement();
    const answers = await Promise.all([call('POST', 'statements', [s]), call('POST', 'statements', [s])]);
    lrs.racy = false;
    assert.deepEqual(answers.map((r) => r.status), [200, 200]);
    assert.equal(lrs.ids().filter((id) => id === s.id).length, 2);
    lrs.statements.splice(lrs.statements.findIndex((x) => x.statement['id'] === s.id), 1);
  });

  it('requires the version header and credentials', async () => {
    assert.equal((await fetch(`${lrs.endpoint}statements`, {headers: {Authorization: lrs.auth}})).status, 400);
    assert.equal((await call('GET', 'statements', undefined, {Authorization: 'Basic bm9wZTpub3Bl'})).status, 401);
    assert.equal((await fetch(`${lrs.endpoint}about`)).status, 200);
  });

  it('keeps state documents per activity, agent, registration and id, with concurrency control', async () => {
    const q = new URLSearchParams({activityId: 'https://a.example/1', agent: JSON.stringify(actor), stateId: 's'});
    assert.equal((await call('GET', `activities/state?${q}`)).status, 404);
    assert.equal((await call('PUT', `activities/state?${q}`, {v: 1})).status, 204, 'a new document needs no precondition');
    const got = await call('GET', `activities/state?${q}`);
    assert.deepEqual(await got.json(), {v: 1});
    const etag = got.headers.get('ETag')!;
    assert.equal((await call('PUT', `activities/state?${q}`, {v: 2})).status, 409, 'over an existing one without a precondition');
    assert.equal((await call('PUT', `activities/state?${q}`, {v: 2}, {'If-None-Match': '*'})).status, 412);
    assert.equal((await call('PUT', `activities/state?${q}`, {v: 2}, {'If-Match': '"stale"'})).status, 412);
    assert.equal((await call('PUT', `activities/state?${q}`, {v: 2}, {'If-Match': etag})).status, 204);
    assert.equal((await call('PUT', `activities/state?${q}`, {v: 3}, {'If-Match': etag})).status, 412, 'the ETag changed with the write');
  });

  it('hands out a cmi5 auth token once, and LMS.LaunchData', async () => {
    const launch = lrs.launchCmi5({actor, activityId: 'https://a.example/au/1', masteryScore: 0.5});
    const first = await (await fetch(launch.fetchUrl, {method: 'POST'})).json();
    assert.ok(first['auth-token']);
    const again = await (await fetch(launch.fetchUrl, {method: 'POST'})).json();
    assert.equal(again['error-code'], '1');
    const q = new URLSearchParams({activityId: 'https://a.example/au/1', agent: JSON.stringify(actor), registration: launch.registration, stateId: 'LMS.LaunchData'});
    const data = await (await call('GET', `activities/state?${q}`, undefined, {Authorization: `Basic ${first['auth-token']}`})).json();
    assert.equal(data.masteryScore, 0.5);
    assert.equal(data.launchMode, 'Normal');
  });

  it('injects faults: 500, 401, stored-but-500, offline', async () => {
    for (const [fault, expected] of [['500', 500], ['401', 401], ['store-then-500', 500]] as const) {
      lrs.setFault(fault);
      const s = statement();
      assert.equal((await call('POST', 'statements', [s])).status, expected);
      assert.equal(lrs.ids().includes(s.id), fault === 'store-then-500');
    }
    lrs.setFault('offline');
    await assert.rejects(call('POST', 'statements', [statement()]));
    lrs.setFault('none');
  });
});
