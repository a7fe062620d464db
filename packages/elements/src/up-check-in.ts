import {css, html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {CheckInActivity, CheckOutActivity} from '@upstander/schema';
import {ActivityElement} from './internal/activity-element.js';
import type {LessonMode} from './internal/activity-element.js';
import {keepKnown, scalePoints} from '@upstander/schema/answers';
import {note} from './internal/icons.js';
import {renderScale, scaleStyles} from './internal/scale.js';
import {host, panels, tokens} from './internal/styles.js';
import {customElement} from './internal/define.js';

/**
 * @summary How do you feel? A mood check at the start (check-in) or the end (check-out).
 *
 * The question is the legend of a row of faces, 3 or 5, each a native radio button with a text
 * label ("Heel slecht" … "Heel goed"): the faces are decoration, the words carry the meaning.
 * Choosing saves at once, with no button to forget: `up-answered` with `kind: 'scale'`, and a
 * polite "Dank je wel dat je het laat weten." After one of the two lowest points it adds where to
 * go ("Zit je iets dwars? Praat erover met je leerkracht …"). A visible note says the answer stays
 * on this device: the tracker never sends check-in or check-out answers anywhere. Setting
 * `response` restores a mood without an event. Renders check-in and check-out activities alike;
 * `<up-check-out>` is the same element under the other name.
 *
 * @fires {CustomEvent<AnsweredDetail>} up-answered - The pupil chose a mood. `response` is
 *   `[point]`, `'1'` (lowest) … `'3'` or `'5'`. Bubbles and is composed. Not on restore.
 *
 * @csspart base - The form around everything.
 * @csspart question - The `<legend>` with the question.
 * @csspart point - Each mood: a `<label>` around its radio button.
 * @csspart status - The live region with the thanks (and, after a low mood, where to go).
 * @csspart note - That the answer stays on this device.
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-color-text-muted - The note.
 * @cssproperty --up-color-background - Background of the moods.
 * @cssproperty --up-color-surface - The chosen mood.
 * @cssproperty --up-color-face - Fill of the drawn faces. Default a warm yellow (#ffd54a).
 * @cssproperty --up-color-border - Borders of the moods.
 * @cssproperty --up-color-accent - The chosen mood.
 * @cssproperty --up-color-focus - Focus ring.
 * @cssproperty --up-radius - Corner radius.
 * @cssproperty --up-space - Base spacing unit.
 *
 * @cssstate answered - A mood is chosen (or restored).
 * @cssstate low - The chosen mood is one of the two lowest (the lowest on a 3-point scale).
 */
@customElement('up-check-in')
export class UpCheckIn extends ActivityElement {
  static override styles = [
    tokens,
    host,
    panels,
    scaleStyles,
    css`
      legend {
        font-size: 1.1em;
      }
      fieldset {
        margin-block-end: 0;
      }
      .status p {
        margin: 0;
      }
    `,
  ];

  /** The check-in or check-out to show (`{type: 'check-in' | 'check-out', id, question, points}`). Property only. */
  @property({attribute: false}) activity?: CheckInActivity | CheckOutActivity;

  /** An earlier mood (`[point]`) to restore, without an event. Unknown points are ignored. Property only. */
  @property({attribute: false}) response?: string[];

  /** `classroom` on a shared digibord: then no "Je antwoord blijft op dit apparaat" (the class answers aloud). */
  @property({reflect: true}) mode: LessonMode = 'individual';

  @state() private _point?: string;
  /** Set when the pupil chose in this session: only then the thanks are shown. */
  @state() private _chosenNow = false;

  /** True once a mood is chosen or restored (read-only). */
  get answered(): boolean {
    return this._point !== undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('activity') || changed.has('response')) {
      const [kept] = keepKnown(this.response, scalePoints(this._points()));
      if (changed.has('activity') || kept !== this._point) {
        this._point = kept;
        this._chosenNow = false;
      }
    }
    this._setState('answered', this._point !== undefined);
    this._setState('low', this._low());
  }

  protected override render() {
    const activity = this.activity;
    if (!activity) return nothing;
    const t = this._t;
    const points = this._points();
    return html`<form part="base" class="base" novalidate @submit=${(e: Event) => e.preventDefault()}>
      <fieldset>
        <legend part="question">${activity.question}</legend>
        ${renderScale({
          name: 'mood',
          points,
          labels: points === 3 ? t.mood3 : t.mood5,
          emoji: true,
          value: this._point,
          onChange: (point) => this._choose(point),
        })}
      </fieldset>
      <div part="status" class="status" role="status">
        ${this._chosenNow ? html`<p>${t.thanks}</p>${this._low() ? html`<p>${t.lowMood}</p>` : nothing}` : nothing}
      </div>
      ${this.mode === 'classroom' ? nothing : note('device', t.localOnlyNote)}
    </form>`;
  }

  private _choose(point: string): void {
    const activity = this.activity;
    if (!activity) return;
    this._point = point;
    this._chosenNow = true;
    this._dispatchAnswer({activityId: activity.id, kind: 'scale', response: [point], correctResponse: [], correct: null, scored: false});
  }

  private _points(): number {
    return this.activity?.points ?? 5;
  }

  /** The two lowest moods of five, the lowest of three. */
  private _low(): boolean {
    return this._point !== undefined && Number(this._point) <= (this._points() === 3 ? 1 : 2);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'up-check-in': UpCheckIn;
  }
}
