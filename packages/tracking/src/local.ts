import type {LearnerState} from '@upstander/schema';
import type {LessonInfo, Sink} from './sink.js';
import {decodeState, encodeState} from './suspend.js';

const LEARNER_KEY = 'upstander:learner';

/** A random pseudonymous id for this browser: never a name or e-mail. */
export function pseudonym(storage: Storage): string {
  let id = storage.getItem(LEARNER_KEY);
  if (!id) {
    id = crypto.randomUUID();
    storage.setItem(LEARNER_KEY, id);
  }
  return id;
}

/** Standalone: progress stays in this browser's storage. Nothing is sent anywhere. */
export class LocalSink implements Sink {
  readonly kind = 'local';
  private readonly _key: string;
  private readonly _storage: Storage;

  constructor(lesson: LessonInfo, storage: Storage) {
    this._key = `upstander:${lesson.id}:state`;
    this._storage = storage;
  }

  start(): LearnerState | undefined {
    try {
      pseudonym(this._storage);
      return decodeState(this._storage.getItem(this._key));
    } catch {
      return undefined;
    }
  }

  progressed(): void {}
  answered(): void {}
  completed(): void {}

  save(state: LearnerState): boolean {
    try {
      this._storage.setItem(this._key, encodeState(state));
      return true;
    } catch {
      return false;
    }
  }

  finish(state: LearnerState): void {
    this.save(state);
  }
}
