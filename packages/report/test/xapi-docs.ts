// Writes docs/xapi.md (the xAPI vocabulary: every verb, activity type, extension and IRI pattern, with
// an example statement for each verb) and docs/xapi-profile.jsonld (the xAPI Profile) from the one
// vocabulary (@upstander/schema/xapi, packages/report/src/profile.ts). The examples are built by the
// tracker's own statement builders. `npm run xapi-docs` writes both; test/xapi-docs.test.ts fails
// when the files in docs/ differ from what this makes, so the docs cannot drift from the code.
import {writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {ACTIVITY_TYPES, DEFAULT_IRI_BASE, PROGRESS_EXTENSION, TEXT_WITHHELD_EXTENSION, VERBS, courseIri, interactionIri, lessonIri, surveyItemIri, trackIri} from '@upstander/schema/xapi';
import type {Statement} from '@upstander/schema/xapi';
import {STATE_ID} from '../../tracking/src/xapi/lrs-sink.js';
import {
  answeredStatement,
  answeredStatements,
  closedStatement,
  completionStatements,
  inTrack,
  openedStatement,
  progressedStatement,
  trackActivity,
} from '../../tracking/src/xapi/vocabulary.js';
import type {StatementScope} from '../../tracking/src/xapi/vocabulary.js';
import type {SinkAnswer} from '../../tracking/src/answers.js';
import {EXTENSIONS, INTERACTION_TYPES, PROFILE_ID, PROFILE_VERSION, VERB_USE, statementProblems, xapiProfile} from '../src/profile.js';

export const DOCS = fileURLToPath(new URL('../../../docs/', import.meta.url));

const lesson = {
  id: 'g78-online-respect',
  title: 'Wat is online respect?',
  kerndoelen: ['BU-PO-19A-u3'],
  kerndoelUris: ['https://opendata.slo.nl/curriculum/uuid/9ca3158b-9d86-471b-8857-901f4d69cb31'],
  track: 'groep-7-8',
  language: 'nl',
  stepCount: 11,
  activities: {
    'respectvol-bericht': {
      type: 'choice',
      question: 'Welk bericht is respectvol?',
      options: [
        {id: 'a', text: 'Haha, wat een loser'},
        {id: 'b', text: 'Zullen we het morgen samen vragen?'},
      ],
    },
    'wat-zou-jij-doen': {type: 'reflection', question: 'Wat zou jij doen?'},
    nulmeting: {
      type: 'survey',
      question: 'Hoe denk jij erover?',
      options: [1, 2, 3, 4, 5].map((n) => ({id: String(n), text: String(n)})),
      items: [
        {id: 'ik-grijp-in', text: 'Als iemand online wordt uitgescholden, doe ik iets.'},
        {id: 'ik-weet-hoe', text: 'Ik weet hoe ik een bericht kan melden.'},
      ],
    },
  },
};

/** Example statements, one per verb and the special cases, built by the tracker. */
export function examples(): {title: string; note: string; statement: Statement}[] {
  let n = 0;
  const scope: StatementScope = {
    lesson,
    lessonIri: lessonIri(DEFAULT_IRI_BASE, lesson.id),
    iriBase: DEFAULT_IRI_BASE,
    actor: {objectType: 'Agent', account: {homePage: 'https://moodle.school.nl', name: '4711'}},
    registration: 'f1e2d3c4-0000-4000-8000-000000000001',
    newId: () => `3f6c2a9e-8d1b-4c5e-9a7f-${String(++n).padStart(12, '0')}`,
    now: () => new Date(Date.UTC(2026, 10, 21, 9, 0, n * 30)),
  };
  const answer = (activityId: string, extra: Partial<SinkAnswer>): SinkAnswer => ({
    lessonId: lesson.id,
    stepId: activityId,
    activityId,
    kind: 'choice',
    response: [],
    correctResponse: [],
    correct: null,
    scored: false,
    anonymous: false,
    textWithheld: false,
    ...extra,
  });
  const score = {lessonId: lesson.id, score: {raw: 2, max: 3}};
  const [completed] = completionStatements(scope, score, 'PT12M3.5S');
  const [, passed] = completionStatements(scope, score, 'PT12M3.5S', 0.6);
  const [, failed] = completionStatements(scope, score, 'PT12M3.5S', 0.8);
  const track = trackActivity(trackIri(DEFAULT_IRI_BASE, 'groep-7-8'), {title: 'Groep 7-8: online respect', language: 'nl'});
  const trackScope = {...scope, lesson: {...lesson, id: 'groep-7-8', title: track.definition!.name!['nl-NL']!}, lessonIri: track.id};
  return [
    {title: 'initialized', note: 'The lesson opened without saved progress. Object: the lesson.', statement: openedStatement(scope, false)},
    {title: 'resumed', note: 'The lesson opened and saved progress was restored.', statement: openedStatement(scope, true)},
    {title: 'progressed', note: 'Step 4 of 11 reached: 4 ÷ 11 = 36 %.', statement: progressedStatement(scope, {lessonId: lesson.id, stepId: 'stap-5', stepIndex: 4, stepCount: 11})},
    {
      title: 'answered (a scored choice question)',
      note: 'Object: the activity, a cmi.interaction with the question and options (lesson content); the lesson is the parent. The response holds option ids only.',
      statement: answeredStatement(scope, answer('respectvol-bericht', {response: ['b'], correctResponse: ['b'], correct: true, scored: true})),
    },
    {
      title: 'answered (free text that stayed on the device)',
      note: 'A reflection: no result.response, and the text-withheld extension. What the pupil wrote never leaves the device unless the author shares it (docs/privacy.md).',
      statement: answeredStatement(scope, answer('wat-zou-jij-doen', {kind: 'text', textWithheld: true})),
    },
    {
      title: 'answered (a survey statement that is not anonymous)',
      note: 'A survey the author made not anonymous: one likert interaction per statement (`…/activities/<survey>/items/<item>`), the survey in `context.contextActivities.other`. Anonymous surveys (the default) are never sent: they stay on the device (docs/tracking.md).',
      statement: answeredStatements(scope, answer('nulmeting', {kind: 'scale', response: ['4', '2']}))[0]!,
    },
    {title: 'completed', note: 'The lesson finished, with its score (scaled 0–1, raw of max) and the time since it opened.', statement: completed!},
    {title: 'passed', note: 'Only with a mastery score (here 0.6): the score reached it.', statement: passed!},
    {title: 'failed', note: 'Only with a mastery score (here 0.8): the score fell short.', statement: failed!},
    {title: 'suspended', note: 'Left before the end; the duration of this session.', statement: closedStatement(scope, false, 'PT4M10S')},
    {title: 'terminated', note: 'Left after completing; the duration of this session.', statement: closedStatement(scope, true, 'PT13M')},
    {
      title: 'completed (a track played as one unit)',
      note: 'A track package (docs/lms/track-runtime.md): the track is the object, a course. Its lessons’ statements carry it as parent, their activities’ in grouping.',
      statement: inTrack(completionStatements(trackScope, {lessonId: 'groep-7-8', score: {raw: 5, max: 6}}, 'PT1H2M')[0]!, track),
    },
  ];
}

const code = (s: string) => `\`${s}\``;
const pattern = (make: (base: string, id: string) => string, placeholder: string) => make(DEFAULT_IRI_BASE, 'ID').replace('ID', placeholder);

export function xapiMarkdown(): string {
  const ex = examples();
  for (const e of ex) {
    const problems = statementProblems(e.statement);
    if (problems.length) throw new Error(`example "${e.title}" does not follow the profile: ${problems.join('; ')}`);
  }
  const typeUse: Record<keyof typeof ACTIVITY_TYPES, string> = {
    lesson: 'a lesson: the object of initialized, resumed, progressed, completed, passed, failed, suspended, terminated; the parent of its activities',
    interaction: `a question or other tracked activity: the object of answered (interactionType ${INTERACTION_TYPES.map(code).join(', ')})`,
    course: 'a track: in context.contextActivities.grouping of every lesson statement; the object of a track played as one unit (and the parent of its lessons)',
    objective: 'a kerndoel: its SLO URI in context.contextActivities.category, its id (BU-PO-19A-u3) as name',
    profile: `this profile, ${code(PROFILE_ID)}, in context.contextActivities.category of every statement`,
  };
  const lines = [
    '# xAPI vocabulary and profile',
    '',
    '<!-- Generated by packages/report/test/xapi-docs.ts from @upstander/schema/xapi (npm run xapi-docs); do not edit by hand. A test fails when this file and the code differ. -->',
    '',
    'Every xAPI statement an Upstander lesson or track sends, for LMS admins and LRS owners. How and when',
    'they are sent: [tracking.md](tracking.md). Reading them back into progress per class, lesson and',
    'question: [admin.md](admin.md) (`upstander report`). The machine-readable form is the xAPI Profile',
    `[xapi-profile.jsonld](xapi-profile.jsonld) (xAPI Profiles 1.0; id ${code(PROFILE_ID)}, version ${code(PROFILE_VERSION)}).`,
    'Statements follow xAPI 1.0.3; a conformant xAPI 2.0 LRS stores them too.',
    '',
    '## IRIs',
    '',
    `The base is ${code(DEFAULT_IRI_BASE)} unless a package was built with another (\`data-upstander-iri-base\` on its launch pages).`,
    '',
    '| IRI | what |',
    '|---|---|',
    `| ${code(pattern(lessonIri, '<lesson id>'))} | a lesson (or the launch's \`activity_id\` / the cmi5 AU id); translations share it, the language is in \`context.language\` |`,
    `| ${code(interactionIri(pattern(lessonIri, '<lesson id>'), 'ID').replace('ID', '<activity id>'))} | a question or other tracked activity of that lesson |`,
    `| ${code(pattern(trackIri, '<track id>'))} | a track |`,
    `| ${code(pattern(courseIri, '<lesson id>'))} | the cmi5 course around one lesson (cmi5.xml) |`,
    `| ${code(PROFILE_ID)} | this profile |`,
    `| ${code(TEXT_WITHHELD_EXTENSION)} | our result extension (below) |`,
    `| ${code(surveyItemIri(interactionIri(pattern(lessonIri, '<lesson id>'), 'ID').replace('ID', '<survey id>'), 'ITEM').replace('ITEM', '<item id>'))} | one statement (item) of a survey that is not anonymous |`,
    `| ${code(`${DEFAULT_IRI_BASE}/learners`)} | \`account.homePage\` of a web-folder learner's random pseudonym (never a name or e-mail) |`,
    `| ${code(STATE_ID)} | \`stateId\` of the resume state document (activities/state) |`,
    '',
    '## Verbs',
    '',
    'All ADL verbs (`http://adlnet.gov/expapi/verbs/…`), with Dutch display names.',
    '',
    '| verb | IRI | nl | meaning | object |',
    '|---|---|---|---|---|',
    ...(Object.keys(VERBS) as (keyof typeof VERBS)[]).map((v) => {
      const use = VERB_USE[v];
      const object = use.about === 'interaction' ? 'activity (cmi.interaction)' : use.track ? 'lesson, or a track played as one unit' : 'lesson';
      return `| ${v} | ${code(VERBS[v].id)} | ${VERBS[v].display['nl-NL']} | ${use.definition} | ${object} |`;
    }),
    '',
    '## Activity types',
    '',
    '| type | IRI | used for |',
    '|---|---|---|',
    ...(Object.keys(ACTIVITY_TYPES) as (keyof typeof ACTIVITY_TYPES)[]).map((t) => `| ${t} | ${code(ACTIVITY_TYPES[t])} | ${typeUse[t]} |`),
    '',
    '## Extensions',
    '',
    '| IRI | where | value | meaning |',
    '|---|---|---|---|',
    ...Object.entries(EXTENSIONS).map(([iri, e]) => `| ${code(iri)} | result, on ${e.verbs.join(', ')} | ${code(JSON.stringify(e.schema))} | ${e.definition}${e.ours ? '' : ' (defined by cmi5)'} |`),
    '',
    `Every statement also has \`context.platform\` \`Upstander\`, \`context.language\` (\`nl-NL\` or \`en-GB\`), the kerndoelen and the profile in \`context.contextActivities.category\`, the track (when the lesson is in one) in \`grouping\`, and \`context.registration\` when the launch gives one. Answers to anonymous surveys are never sent. cmi5 launches add cmi5's own category and context extensions. The progress extension is ${code(PROGRESS_EXTENSION)}.`,
    '',
    '## Example statements',
    '',
    'Built by the tracker (packages/tracking/src/xapi/vocabulary.ts) for a pupil in a Moodle course; the LRS adds `stored` and `authority`.',
    '',
    ...ex.flatMap((e) => [`### ${e.title}`, '', e.note, '', '```json', JSON.stringify(e.statement, null, 2), '```', '']),
  ];
  return lines.join('\n');
}

export const profileJson = () => JSON.stringify(xapiProfile(), null, 2) + '\n';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(`${DOCS}xapi.md`, xapiMarkdown());
  writeFileSync(`${DOCS}xapi-profile.jsonld`, profileJson());
  console.log('Wrote docs/xapi.md and docs/xapi-profile.jsonld');
}
