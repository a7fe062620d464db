import {LitElement} from 'lit';
import {property} from 'lit/decorators.js';
import type {AnsweredDetail} from '@upstander/schema';
import {dispatchUpEvent} from './events.js';
import {closestLang, localize} from '../translations/localize.js';
import type {Translation} from '../translations/nl.js';

/** How a lesson is played: by one pupil, or by a whole class on the digibord. */
export type LessonMode = 'individual' | 'classroom';

/**
 * What every activity element shares: the lesson and step ids it copies into `up-answered`, UI
 * strings that follow `lang`, and custom states. Not registered; the activity elements extend it.
 */
export class ActivityElement extends LitElement {
  /** Id of the lesson the activity belongs to; copied into `up-answered`. */
  @property({attribute: 'lesson-id'}) lessonId = '';

  /** Id of the step the activity belongs to; copied into `up-answered`. */
  @property({attribute: 'step-id'}) stepId = '';

  /** Observes the native `lang` attribute so the UI strings follow it. */
  @property({attribute: 'lang'}) protected _langAttribute?: string;

  protected readonly _internals = this.attachInternals();

  /** The UI strings: the element's own `lang`, else the nearest ancestor's, else Dutch. */
  protected get _t(): Translation {
    return localize(this._langAttribute || closestLang(this));
  }

  /** Dispatches `up-answered` with this element's lesson and step ids. */
  protected _dispatchAnswer(detail: Omit<AnsweredDetail, 'lessonId' | 'stepId'>): void {
    dispatchUpEvent(this, 'up-answered', {lessonId: this.lessonId, stepId: this.stepId, ...detail});
  }

  /** Turns a custom state (`:state(name)`) on or off. */
  protected _setState(name: string, on: boolean): void {
    try {
      if (on) this._internals.states.add(name);
      else this._internals.states.delete(name);
    } catch {
      // Browsers without CustomStateSet: the states are a styling extra, nothing depends on them.
    }
  }
}
