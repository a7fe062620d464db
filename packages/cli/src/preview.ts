import {randomUUID} from 'node:crypto';
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname} from 'node:path';
import {fileURLToPath} from 'node:url';
import type {PackageSource} from '@upstander/packager';
import {PREVIEW_LMS, SCORM_PREVIEWS, launchUrl, lmsPage} from './pages.js';
import type {PreviewStandard} from './pages.js';
import {folder, memory} from './server.js';
import type {Resolver} from './server.js';

const PREVIEW_SCRIPT = fileURLToPath(new URL('../dist/preview-lms.js', import.meta.url));

/**
 * The LRS of the xAPI and cmi5 previews: what the demo needs of one (the test LRS of tests/lrs has
 * this shape). It keeps statements and state, and plays the LMS side of a cmi5 launch.
 */
export interface PreviewLrs {
  /** The xAPI endpoint, ending in `/`. */
  endpoint: string;
  /** Credentials for an xAPI launch and for reading statements back. */
  auth: string;
  launchCmi5(options: {
    actor: object;
    activityId: string;
    registration?: string;
    moveOn?: 'CompletedOrPassed';
    masteryScore?: number;
  }): {query: string; registration: string};
}

/** The learner of the previews: one pseudonymous demo account, so a reload resumes. */
const DEMO_ACTOR = {objectType: 'Agent', account: {homePage: 'https://upstander.demo/leerlingen', name: 'demo-leerling'}};

/**
 * Launches for the xAPI and cmi5 previews, as an LMS makes them: `/lms/launch/<xapi|cmi5>/<package>/<registration>`
 * answers `{url, endpoint, auth, registration}`, where `url` is the package's launch page with the
 * launch parameters (endpoint, auth or fetch URL, actor, registration, activity id). A cmi5 launch gets
 * a fresh one-time fetch URL every time, as a new session needs.
 */
function launches(sources: readonly PackageSource[], lrs: PreviewLrs): Resolver {
  return (path) => {
    const [standard, name, registration = randomUUID()] = path.split('/');
    const source = sources.find((s) => s.info.name === name && s.kind === 'lesson');
    if (!source || (standard !== 'xapi' && standard !== 'cmi5')) return undefined;
    const {activityId, masteryScore} = source.info;
    let query: string;
    if (standard === 'xapi') {
      query = new URLSearchParams({endpoint: lrs.endpoint, auth: lrs.auth, actor: JSON.stringify(DEMO_ACTOR), registration, activity_id: activityId}).toString();
    } else {
      const launch = lrs.launchCmi5({
        actor: DEMO_ACTOR,
        activityId,
        registration,
        moveOn: 'CompletedOrPassed',
        ...(masteryScore !== undefined ? {masteryScore: masteryScore / 100} : {}),
      });
      query = launch.query;
    }
    const body = {url: `${launchUrl(source, standard)}?${query}`, endpoint: lrs.endpoint, auth: lrs.auth, registration};
    return new TextEncoder().encode(JSON.stringify(body));
  };
}

/**
 * The mounts of the preview LMS pages: SCORM 1.2 and 2004 (the pages, their script, scorm-again's LMS
 * scripts from node_modules) and, with an LRS, xAPI and cmi5 (the pages and their launches). A package
 * to preview is mounted beside them and named in the page's `launch` (SCORM) or `package` parameter.
 */
export function previewLmsMounts(options: {sources?: readonly PackageSource[]; lrs?: PreviewLrs} = {}): Record<string, Resolver> {
  let script: Uint8Array;
  try {
    script = readFileSync(PREVIEW_SCRIPT);
  } catch {
    throw new Error(`The preview LMS script is missing (${PREVIEW_SCRIPT}). Run "npm run build" first.`);
  }
  const scormAgain = dirname(createRequire(import.meta.url).resolve('scorm-again/scorm12/min'));
  const standards: PreviewStandard[] = options.lrs ? (Object.keys(PREVIEW_LMS) as PreviewStandard[]) : [...SCORM_PREVIEWS];
  const mounts: Record<string, Resolver> = {
    '/lms/': memory(
      new Map([
        ...standards.map((s): [string, Uint8Array] => [PREVIEW_LMS[s].page, new TextEncoder().encode(lmsPage(s))]),
        ['preview-lms.js', script],
      ]),
    ),
    '/vendor/scorm-again/': folder(scormAgain),
  };
  if (options.lrs) mounts['/lms/launch/'] = launches(options.sources ?? [], options.lrs);
  return mounts;
}
