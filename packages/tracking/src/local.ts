import type {CompletedDetail, LearnerState, ProgressedDetail} from '@upstander/schema';
import type {SinkAnswer} from './answers.js';
import type {LessonInfo, Sink, TrackInfo} from './sink.js';
import {LESSON_STATE} from './state-codec.js';
import type {StateCodec} from './state-codec.js';
import type {Statement} from './xapi/vocabulary.js';

const LEARNER_KEY = 'upstander:learner';
/** Most events the standalone log keeps per lesson (the oldest go first). */
const LOG_LIMIT = 500;

/** A random pseudonymous id for this browser: never a name or e-mail. */
export function pseudonym(storage: Pick<Storage, 'getItem' | 'setItem'>): string {
  let id = storage.getItem(LEARNER_KEY);
  if (!id) {
    id = crypto.randomUUID();
    storage.setItem(LEARNER_KEY, id);
  }
  return id;
}

/** One event in the standalone log, with the id its exported statement will have. */
export type LogEntry =
  | {id: string; at: string; type: 'opened'; resumed: boolean}
  | {id: string; at: string; type: 'progressed'; detail: ProgressedDetail}
  | {id: string; at: string; type: 'answered'; detail: SinkAnswer}
  | {id: string; at: string; type: 'completed'; detail: CompletedDetail};

type NewEntry = LogEntry extends infer E ? (E extends LogEntry ? Omit<E, 'id' | 'at'> : never) : never;

/**
 * Standalone: progress stays in this browser's storage, under a random pseudonymous id. Nothing is
 * sent anywhere. The pupil can export their own record as xAPI statements (`exportStatements`).
 */
export class LocalSink implements Sink {
  readonly kind = 'local';
  private readonly _key: string;
  private readonly _logKey: string;
  private readonly _storage: Storage;
  private readonly _lesson: LessonInfo;
  /** How the resume state is stored: one lesson (default) or a track (track-state.ts). */
  readonly codec: StateCodec;
  /**
   * Set when this sink keeps a track played as one unit (LocalTrackSink): the log then holds each
   * lesson's events under its own lesson id, and the export puts them in the context of the track.
   */
  readonly track?: TrackInfo;

  constructor(lesson: LessonInfo, storage: Storage, options: {codec?: StateCodec; track?: TrackInfo} = {}) {
    this._lesson = lesson;
    this.codec = options.codec ?? LESSON_STATE;
    if (options.track) this.track = options.track;
    this._key = `upstander:${lesson.id}:state`;
    this._logKey = `upstander:${lesson.id}:log`;
    this._storage = storage;
  }

  start(): LearnerState | undefined {
    try {
      pseudonym(this._storage);
      const saved = this.codec.decode(this._storage.getItem(this._key));
      this._log({type: 'opened', resumed: saved !== undefined});
      return saved;
    } catch {
      return undefined;
    }
  }

  progressed(detail: ProgressedDetail): void {
    this._log({type: 'progressed', detail});
  }

  answered(detail: SinkAnswer): void {
    this._log({type: 'answered', detail});
  }

  completed(detail: CompletedDetail): void {
    this._log({type: 'completed', detail});
  }

  save(state: LearnerState): boolean {
    try {
      this._storage.setItem(this._key, this.codec.encode(state, Infinity));
      return true;
    } catch {
      return false;
    }
  }

  finish(state: LearnerState): void {
    this.save(state);
  }

  /** What this browser logged for this lesson, oldest first. */
  log(): LogEntry[] {
    try {
      const entries = JSON.parse(this._storage.getItem(this._logKey) ?? '[]') as unknown;
      return Array.isArray(entries) ? (entries as LogEntry[]) : [];
    } catch {
      return [];
    }
  }

  /**
   * The pupil's own record of this lesson as xAPI statements (actor: this browser's pseudonym),
   * for a JSON file the pupil can keep or hand in. The statement builder loads only now.
   *
   * For a track (`track`), the statements are those an LRS would get from the track
   * (docs/lms/track-runtime.md): opened and completed (passed or failed with a mastery score) about
   * the track, a course; progressed, answered and completed about each lesson, with the track as
   * the lesson's parent or in the grouping of a lesson's activity.
   */
  async exportStatements(iriBase?: string): Promise<Statement[]> {
    const v = await import('./xapi/vocabulary.js');
    const base = iriBase ?? v.DEFAULT_IRI_BASE;
    const actor = {objectType: 'Agent' as const, account: {homePage: `${base}/learners`, name: pseudonym(this._storage)}};
    const track = this.track;
    const ownIri = track ? v.trackIri(base, track.id) : v.lessonIri(base, this._lesson.id);
    const inTrack = track ? (s: Statement) => v.inTrack(s, v.trackActivity(ownIri, track)) : (s: Statement) => s;
    const out: Statement[] = [];
    let openedAt = Date.now();
    /** When each lesson of a track was first shown since it was opened, for the duration of its completion. */
    let shown = new Map<string, number>();
    for (const entry of this.log()) {
      const about = entry.type === 'opened' ? this._lesson.id : entry.detail.lessonId;
      const lesson = track && about !== track.id ? (track.lessons[about] ?? {id: about, title: about, kerndoelen: []}) : undefined;
      let made = 0;
      const scope = {
        lesson: lesson ?? this._lesson,
        lessonIri: lesson ? v.lessonIri(base, lesson.id) : ownIri,
        iriBase: base,
        actor,
        // The entry's id; the next statements of one entry (a survey's items) the same id counted on.
        newId: () => nthId(entry.id, made++),
        now: () => new Date(entry.at),
      };
      const at = Date.parse(entry.at);
      switch (entry.type) {
        case 'opened':
          openedAt = at;
          shown = new Map();
          out.push(inTrack(v.openedStatement(scope, entry.resumed)));
          break;
        case 'progressed':
          if (!shown.has(about)) shown.set(about, at);
          out.push(inTrack(v.progressedStatement(scope, entry.detail)));
          break;
        case 'answered':
          // Anonymous answers are not in the pupil's record, as an LRS never gets them (docs/privacy.md).
          if (!entry.detail.anonymous) out.push(...v.answeredStatements(scope, entry.detail).map(inTrack));
          break;
        case 'completed': {
          // A lesson: one statement, completed (with the score). A track with a mastery score: passed or failed too.
          const since = lesson ? (shown.get(about) ?? openedAt) : openedAt;
          out.push(...v.completionStatements(scope, entry.detail, v.isoDuration(at - since), lesson ? undefined : track?.masteryScore).map(inTrack));
          break;
        }
      }
    }
    return out;
  }

  private _log(entry: NewEntry): void {
    try {
      const entries = this.log();
      entries.push({...entry, id: crypto.randomUUID(), at: new Date().toISOString()} as LogEntry);
      this._storage.setItem(this._logKey, JSON.stringify(entries.slice(-LOG_LIMIT)));
    } catch {
      // storage full: the resume state matters more than the log
    }
  }
}

/** The n-th id of a log entry: its own UUID for n = 0, then the same UUID with its last 12 hex digits counted on (stable across exports). */
function nthId(id: string, n: number): string {
  if (n === 0) return id;
  const node = (parseInt(id.slice(-12), 16) + n) % 0x1000000000000;
  return `${id.slice(0, -12)}${node.toString(16).padStart(12, '0')}`;
}
