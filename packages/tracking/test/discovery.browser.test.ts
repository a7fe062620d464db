// Finding the LMS: SCORM 2004 and 1.2 API discovery through frames and the opener, and the order of
// environment detection (2004, 1.2, cmi5, xAPI, standalone).
import {expect} from '@open-wc/testing';
import {cmi5LaunchFrom, detectEnvironment, findScorm12Api, findScorm2004Api, parseActor, scormTimespan, xapiLaunchFrom} from '../src/index.js';
import {newLms12, newLms2004} from './scorm-lms.js';

const nestedFrame = () => {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const inner = frame.contentWindow!;
  const nested = inner.document.createElement('iframe');
  inner.document.body.append(nested);
  return {frame, win: nested.contentWindow!};
};

describe('SCORM API discovery', () => {
  afterEach(() => {
    delete (window as {API?: unknown}).API;
    delete (window as {API_1484_11?: unknown}).API_1484_11;
  });

  it('finds the SCORM 1.2 API in a parent frame', () => {
    const lms = newLms12();
    (window as {API?: unknown}).API = lms;
    const {frame, win} = nestedFrame();
    expect(findScorm12Api(win)).to.equal(lms);
    expect(findScorm2004Api(win)).to.equal(undefined);
    frame.remove();
  });

  it('finds the SCORM 2004 API in a parent frame, and prefers it', () => {
    const lms = newLms2004();
    (window as {API_1484_11?: unknown}).API_1484_11 = lms;
    (window as {API?: unknown}).API = newLms12();
    const {frame, win} = nestedFrame();
    expect(findScorm2004Api(win)).to.equal(lms);
    expect(detectEnvironment(win).kind).to.equal('scorm2004');
    frame.remove();
  });

  it('finds the API of the window that opened this one', () => {
    const lms = newLms12();
    const opener = {API: lms, parent: null} as unknown as Window;
    const popup = {opener, parent: null} as unknown as Window;
    expect(findScorm12Api(popup)).to.equal(lms);
  });

  it('finds nothing when there is no LMS, and plays standalone', () => {
    expect(findScorm12Api(window)).to.equal(undefined);
    expect(detectEnvironment(window).kind).to.equal('local');
  });
});

describe('xAPI and cmi5 launch parameters', () => {
  const actor = JSON.stringify({objectType: 'Agent', account: {homePage: 'https://lms.example', name: 'p-17'}});

  it('reads a cmi5 launch only when all five parameters are there', () => {
    const q = new URLSearchParams({endpoint: 'http://127.0.0.1:9/xapi/', fetch: 'http://127.0.0.1:9/fetch/1', actor, registration: 'r-1', activityId: 'https://a.example/au/1'});
    expect(cmi5LaunchFrom(`?${q}`)?.actor.account?.name).to.equal('p-17');
    q.delete('fetch');
    expect(cmi5LaunchFrom(`?${q}`)).to.equal(undefined);
  });

  it('reads an xAPI launch, also with a TinCan-style actor, and merges the page config', () => {
    const tincan = JSON.stringify({name: ['Pim'], account: [{accountServiceHomePage: 'https://lms.example', accountName: 'p-17'}]});
    const launch = xapiLaunchFrom(`?${new URLSearchParams({endpoint: 'https://lrs.example/', auth: 'Basic eDp5', actor: tincan, activity_id: 'https://a.example/1'})}`, {masteryScore: 0.8});
    expect(launch).to.deep.equal({endpoint: 'https://lrs.example/', auth: 'Basic eDp5', actor: {objectType: 'Agent', name: 'Pim', account: {homePage: 'https://lms.example', name: 'p-17'}}, activityId: 'https://a.example/1', masteryScore: 0.8});
    expect(xapiLaunchFrom('?endpoint=x', {})).to.equal(undefined);
    expect(parseActor('{"name":"no identifier"}')).to.equal(undefined);
  });
});

describe('scormTimespan', () => {
  it('formats HH:MM:SS.SS', () => {
    expect(scormTimespan(3_723_450)).to.equal('01:02:03.45');
    expect(scormTimespan(0)).to.equal('00:00:00.00');
  });
});
