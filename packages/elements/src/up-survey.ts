import {css, html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {SurveyActivity} from '@upstander/schema';
import {ActivityElement} from './internal/activity-element.js';
import {keepPerItem, sameList, scalePoints} from '@upstander/schema/answers';
import {note} from './internal/icons.js';
import {renderMarkdown, richText} from './internal/rich-text.js';
import {renderScale, scaleStyles} from './internal/scale.js';
import {buttons, host, panels, tokens} from './internal/styles.js';
import {customElement} from './internal/define.js';

/**
 * @summary Statements on a Likert or emoji scale, for a baseline or an evaluation.
 *
 * Every statement is a `<fieldset>` (the statement is its legend) with a radio button per point of
 * the scale (3 or 5), each with a visible label: the lesson's `labels`, or the standard ones
 * ("Helemaal oneens" … "Helemaal eens"). An emoji scale adds a face above each label. An anonymous
 * survey (the default) says so in a visible note. "Lever in" hands the answers in once, after
 * every statement has one: then the survey locks and `up-answered` is dispatched with
 * `kind: 'scale'`. Pressing it earlier says what is missing and moves focus to the first statement
 * without an answer. Setting `response` restores handed-in answers without an event.
 *
 * @fires {CustomEvent<AnsweredDetail>} up-answered - The pupil handed the survey in. `response`
 *   holds one point id (`'1'` lowest … `'5'`) per statement, in the order of `items`. Bubbles and
 *   is composed. Once; not on restore.
 *
 * @csspart base - The form around everything.
 * @csspart intro - The introduction.
 * @csspart note - The note that the survey is anonymous.
 * @csspart item - Each statement's `<fieldset>`.
 * @csspart point - Each point of a scale: a `<label>` around its radio button.
 * @csspart submit-button - The "Lever in" button.
 * @csspart status - The live region with the hint or the thanks.
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-color-text-muted - The note, held-back buttons.
 * @cssproperty --up-color-background - Background of the points.
 * @cssproperty --up-color-surface - The chosen point, panels.
 * @cssproperty --up-color-face - Fill of the drawn faces of an emoji scale. Default a warm yellow (#ffd54a).
 * @cssproperty --up-color-border - Borders of the points.
 * @cssproperty --up-color-accent - Buttons and the chosen point.
 * @cssproperty --up-color-on-accent - Text on the accent colour.
 * @cssproperty --up-color-focus - Focus ring.
 * @cssproperty --up-radius - Corner radius.
 * @cssproperty --up-space - Base spacing unit.
 *
 * @cssstate answered - The survey is handed in (or restored) and locked.
 */
@customElement('up-survey')
export class UpSurvey extends ActivityElement {
  static override styles = [
    tokens,
    buttons,
    host,
    panels,
    richText,
    scaleStyles,
    css`
      .intro {
        margin-block-end: var(--_space);
      }
      .base > .note {
        margin: 0 0 var(--_space);
      }
      fieldset {
        margin-block-end: calc(var(--_space) * 1.25);
      }
      legend {
        font-weight: 600;
      }
    `,
  ];

  /** The survey to show (`{type: 'survey', id, intro, scale, points, labels, items, anonymous}`). Property only. */
  @property({attribute: false}) activity?: SurveyActivity;

  /**
   * Handed-in answers to restore: one point id per statement, in the order of `items`. They show
   * locked, and no event is dispatched. Answers that do not fit (another count, unknown points)
   * are ignored. Property only.
   */
  @property({attribute: false}) response?: string[];

  /** The chosen point per statement id. */
  @state() private _chosen: Record<string, string> = {};
  @state() private _locked = false;
  @state() private _hint = false;

  /** True once the survey is handed in or restored (read-only). */
  get answered(): boolean {
    return this._locked;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const activity = this.activity;
    if (changed.has('activity') || changed.has('response')) {
      const items = activity?.items ?? [];
      const kept = keepPerItem(this.response, items.length, scalePoints(activity?.points ?? 5));
      const echo = !changed.has('activity') && this._locked && sameList(kept, this._response());
      if (!echo) {
        this._locked = kept.length > 0;
        this._chosen = Object.fromEntries(kept.map((point, i) => [items[i]!.id, point]));
        this._hint = false;
      }
    }
    this._setState('answered', this._locked);
  }

  protected override render() {
    const activity = this.activity;
    if (!activity) return nothing;
    const t = this._t;
    const points = activity.points ?? 5;
    const labels = activity.labels ?? (points === 3 ? t.likert3 : t.likert5);
    return html`<form part="base" class="base" novalidate @submit=${this._onSubmit}>
      ${activity.intro ? html`<div part="intro" class="intro rich">${renderMarkdown(activity.intro)}</div>` : nothing}
      ${activity.anonymous !== false ? note('anonymous', t.anonymousNote) : nothing}
      ${activity.items.map(
        (item) => html`<fieldset part="item" id=${`item-${item.id}`} ?disabled=${this._locked}>
          <legend>${item.statement}</legend>
          ${renderScale({
            name: item.id,
            points,
            labels,
            emoji: activity.scale === 'emoji',
            value: this._chosen[item.id],
            onChange: (point) => this._choose(item.id, point),
          })}
        </fieldset>`
      )}
      <button part="submit-button" class="button" type="submit" aria-disabled=${this._locked || !this._complete() ? 'true' : 'false'}>
        ${t.submit}
      </button>
      <p part="status" class="status" role="status">
        ${this._locked ? t.submitted : this._hint ? html`<span class="hint">${t.answerEvery}</span>` : ''}
      </p>
    </form>`;
  }

  private _choose(id: string, point: string): void {
    this._chosen = {...this._chosen, [id]: point};
    if (this._complete()) this._hint = false;
  }

  private async _onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const activity = this.activity;
    if (!activity || this._locked) return;
    if (!this._complete()) {
      this._hint = true;
      await this.updateComplete;
      // Take the pupil to the first statement that still needs an answer.
      const open = activity.items.find((item) => this._chosen[item.id] === undefined);
      this.renderRoot.querySelector<HTMLInputElement>(`#item-${open?.id} input`)?.focus();
      return;
    }
    this._locked = true;
    this._hint = false;
    this._dispatchAnswer({
      activityId: activity.id,
      kind: 'scale',
      response: this._response(),
      correctResponse: [],
      correct: null,
      scored: false,
    });
  }

  private _response(): string[] {
    return (this.activity?.items ?? []).map((item) => this._chosen[item.id] ?? '');
  }

  private _complete(): boolean {
    return (this.activity?.items ?? []).every((item) => this._chosen[item.id] !== undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'up-survey': UpSurvey;
  }
}
