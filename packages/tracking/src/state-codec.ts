import type {LearnerState} from '@upstander/schema';
import {decodeState, encodeStateWithin} from './suspend.js';

/**
 * How a sink writes the resume state as text (`cmi.suspend_data`, browser storage, the xAPI state
 * document) and reads it back. A lesson uses suspend.ts (`LESSON_STATE`, every sink's default); a
 * track played as one unit uses track-state.ts (`TRACK_STATE`), which keeps every lesson inside.
 */
export interface StateCodec {
  /** The state as text of at most `limit` bytes (UTF-8); what does not fit is left out whole. */
  encode(state: LearnerState, limit: number): string;
  /** Undefined when the text is empty or not this codec's; never throws. */
  decode(text: string | null | undefined): LearnerState | undefined;
}

/** One lesson's state in suspend.ts's compact encoding (`u1;s3;c0;q-id=b`). */
export const LESSON_STATE: StateCodec = {encode: encodeStateWithin, decode: decodeState};
