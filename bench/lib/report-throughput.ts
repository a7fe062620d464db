// How fast @upstander/report aggregates statements, and whether memory stays flat: statements are
// generated one at a time (shaped by the tracker's own builders, for many pupils, classes and
// lessons) and streamed into the aggregator, so only the aggregator's memory grows. Reported only.
import {DEFAULT_IRI_BASE, lessonIri} from '@upstander/schema/xapi';
import type {Statement} from '@upstander/schema/xapi';
import {Aggregator} from '@upstander/report';
import {answeredStatement, closedStatement, completionStatements, openedStatement, progressedStatement} from '../../packages/tracking/src/xapi/vocabulary.js';
import type {StatementScope} from '../../packages/tracking/src/xapi/vocabulary.js';

export interface ReportThroughput {
  statements: number;
  perSecond: number;
  /** Peak heap used while aggregating, MB (sampled every 10 000 statements, after the start's). */
  peakHeapMb: number;
}

const LESSONS = 12;
const QUESTIONS = 6;

/** Statements of `pupils` pupils (30 a class) each playing every lesson through, until `count`. */
function* statements(count: number): Generator<Statement> {
  let n = 0;
  let id = 0;
  const newId = () => `00000000-0000-4000-8000-${String(id++).padStart(12, '0')}`;
  for (let pupil = 0; ; pupil++) {
    for (let l = 0; l < LESSONS; l++) {
      const lesson = {id: `lesson-${l}`, title: `Les ${l}`, kerndoelen: ['BU-PO-19A-u3'], kerndoelUris: ['https://opendata.slo.nl/curriculum/uuid/x'], track: 'groep-7-8', language: 'nl', stepCount: QUESTIONS + 2};
      const scope: StatementScope = {
        lesson,
        lessonIri: lessonIri(DEFAULT_IRI_BASE, lesson.id),
        iriBase: DEFAULT_IRI_BASE,
        actor: {objectType: 'Agent', account: {homePage: 'https://lms.example', name: `p${pupil}`}},
        registration: `class-${Math.floor(pupil / 30)}`,
        newId,
      };
      const batch: Statement[] = [openedStatement(scope, false)];
      for (let q = 0; q < QUESTIONS; q++) {
        batch.push(progressedStatement(scope, {lessonId: lesson.id, stepId: `s${q}`, stepIndex: q + 1, stepCount: QUESTIONS + 2}));
        const response = [['a', 'b', 'c'][(pupil + q) % 3]!];
        batch.push(
          answeredStatement(scope, {lessonId: lesson.id, stepId: `s${q}`, activityId: `q${q}`, kind: 'choice', response, correctResponse: ['b'], correct: response[0] === 'b', scored: true, anonymous: false, textWithheld: false}),
        );
      }
      batch.push(...completionStatements(scope, {lessonId: lesson.id, score: {raw: pupil % 7, max: QUESTIONS}}, 'PT10M'), closedStatement(scope, true, 'PT11M'));
      for (const s of batch) {
        if (n++ >= count) return;
        yield s;
      }
    }
  }
}

export function measureReportThroughput(count: number): ReportThroughput {
  // Statements are built before the clock starts, in chunks, so the time is the aggregator's.
  const aggregator = new Aggregator();
  const base = process.memoryUsage().heapUsed;
  let peak = 0;
  let ms = 0;
  let chunk: Statement[] = [];
  const flush = () => {
    const t = performance.now();
    for (const s of chunk) aggregator.add(s);
    ms += performance.now() - t;
    chunk = [];
    peak = Math.max(peak, process.memoryUsage().heapUsed - base);
  };
  for (const s of statements(count)) {
    chunk.push(s);
    if (chunk.length === 10_000) flush();
  }
  flush();
  const t = performance.now();
  aggregator.report();
  ms += performance.now() - t;
  return {statements: count, perSecond: Math.round(count / (ms / 1000)), peakHeapMb: Math.round((peak / 1048576) * 10) / 10};
}
