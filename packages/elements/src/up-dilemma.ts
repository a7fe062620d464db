import {css, html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {DilemmaActivity} from '@upstander/schema';
import {ActivityElement} from './internal/activity-element.js';
import type {LessonMode} from './internal/activity-element.js';
import {DILEMMA_ANSWERS, keepPerItem, sameList} from '@upstander/schema/answers';
import type {DilemmaAnswer} from '@upstander/schema/answers';
import {renderMarkdown, richText} from './internal/rich-text.js';
import {buttons, host, options, panels, tokens, visuallyHidden} from './internal/styles.js';
import type {Translation} from './translations/nl.js';
import {customElement} from './internal/define.js';

/**
 * @summary Statements to agree or disagree with, or the classroom "stand on the line" exercise.
 *
 * For a pupil: every statement is a `<fieldset>` (the statement is its legend) with three radio
 * buttons, "Eens", "Weet ik niet" and "Oneens". After a choice the statement's point of discussion
 * appears under it. "Lever in" hands all answers in once (after every statement has one): the
 * statements lock and `up-answered` is dispatched with `kind: 'choice'`. There are no right answers.
 * Setting `response` restores answers without an event.
 *
 * In `mode="classroom"` with an activity that has `standOnTheLine`, the screen shows one statement
 * at a time, large, above a line from "Eens" to "Oneens" on which the class stands. "Toon de vraag
 * om over te praten" reveals the statement's point of discussion; "Vorige stelling" and "Volgende
 * stelling" go through the statements, announced politely. Nothing is stored or dispatched. In
 * classroom mode without `standOnTheLine` the statements work as for a pupil (the class answers
 * together).
 *
 * @fires {CustomEvent<AnsweredDetail>} up-answered - The answers were handed in. `response` holds
 *   `agree`, `unsure` or `disagree` per statement, in the order of `statements`. Bubbles and is
 *   composed. Once; never on restore, never in the line exercise.
 *
 * @csspart base - The wrapper around everything.
 * @csspart intro - The introduction.
 * @csspart statement - Each statement's `<fieldset>`; in the line exercise, the large statement.
 * @csspart option - Each answer: a `<label>` around its radio button.
 * @csspart discussion - A statement's point of discussion.
 * @csspart submit-button - The "Lever in" button.
 * @csspart status - The live region with the hint or the thanks.
 * @csspart counter - "Stelling 1 van 4" in the line exercise.
 * @csspart line - The line from "Eens" to "Oneens".
 * @csspart reveal-button - "Toon de vraag om over te praten".
 * @csspart previous-button - "Vorige stelling".
 * @csspart next-button - "Volgende stelling".
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-color-text-muted - Counter, hints, held-back buttons.
 * @cssproperty --up-color-background - Background of the answers.
 * @cssproperty --up-color-surface - Points of discussion, held-back buttons.
 * @cssproperty --up-color-border - Borders.
 * @cssproperty --up-color-accent - Buttons, the chosen answer, the line.
 * @cssproperty --up-color-on-accent - Text on the accent colour.
 * @cssproperty --up-color-focus - Focus ring.
 * @cssproperty --up-radius - Corner radius.
 * @cssproperty --up-space - Base spacing unit.
 *
 * @cssstate answered - The answers are handed in (or restored) and locked.
 * @cssstate line - The classroom line exercise is shown.
 */
@customElement('up-dilemma')
export class UpDilemma extends ActivityElement {
  static override styles = [
    tokens,
    buttons,
    visuallyHidden,
    host,
    options,
    panels,
    richText,
    css`
      .intro {
        margin-block-end: var(--_space);
      }
      fieldset {
        margin-block-end: calc(var(--_space) * 1.25);
      }
      .discussion {
        margin: 0.75em 0 0;
        padding: 0.5em 0.75em;
        border-inline-start: 0.375em solid var(--_accent);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .discussion strong {
        margin-inline-end: 0.25em;
      }
      .counter {
        margin: 0 0 0.5em;
        color: var(--_text-muted);
      }
      .big {
        margin: 0 0 var(--_space);
        font-size: 1.6em;
        font-weight: 700;
        line-height: 1.25;
      }
      .line-instruction {
        margin: 0 0 0.5em;
      }
      .line {
        display: flex;
        align-items: center;
        gap: 0.75em;
        margin-block-end: calc(var(--_space) * 1.5);
        font-size: 1.25em;
        font-weight: 700;
      }
      .bar {
        flex: 1;
        height: 0.375em;
        border-radius: 999px;
        background: var(--_accent);
      }
      .line-exercise .discussion {
        margin: 0 0 var(--_space);
        font-size: 1.2em;
      }
      .line-exercise .actions {
        margin-block-start: var(--_space);
      }
      @media (forced-colors: active) {
        .bar {
          background: CanvasText;
        }
      }
    `,
  ];

  /** The dilemma to show (`{type: 'dilemma', id, intro, statements, standOnTheLine}`). Property only. */
  @property({attribute: false}) activity?: DilemmaActivity;

  /**
   * Handed-in answers to restore: `agree`, `unsure` or `disagree` per statement, in order. They show
   * locked, without an event. Answers that do not fit are ignored. Property only.
   */
  @property({attribute: false}) response?: string[];

  /** `individual` (default) or `classroom`: with `standOnTheLine`, the line exercise. */
  @property({reflect: true}) mode: LessonMode = 'individual';

  @state() private _chosen: Record<string, DilemmaAnswer> = {};
  @state() private _locked = false;
  @state() private _hint = false;
  /** Line exercise: the statement shown, whether its discussion is revealed, the announcement. */
  @state() private _current = 0;
  @state() private _revealed = false;
  @state() private _announcement = '';

  /** True once the answers are handed in or restored (read-only). */
  get answered(): boolean {
    return this._locked;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const activity = this.activity;
    if (changed.has('activity')) {
      this._current = 0;
      this._revealed = false;
      this._announcement = '';
    }
    if (changed.has('activity') || changed.has('response')) {
      const statements = activity?.statements ?? [];
      const kept = keepPerItem(this.response, statements.length, DILEMMA_ANSWERS);
      const echo = !changed.has('activity') && this._locked && sameList(kept, this._response());
      if (!echo) {
        this._locked = kept.length > 0;
        this._chosen = Object.fromEntries(kept.map((answer, i) => [statements[i]!.id, answer as DilemmaAnswer]));
        this._hint = false;
      }
    }
    this._setState('answered', this._locked);
    this._setState('line', this._line());
  }

  protected override render() {
    const activity = this.activity;
    if (!activity) return nothing;
    const t = this._t;
    return html`<div part="base" class="base">
      ${activity.intro ? html`<div part="intro" class="intro rich">${renderMarkdown(activity.intro)}</div>` : nothing}
      ${this._line() ? this._renderLine(t, activity) : this._renderStatements(t, activity)}
    </div>`;
  }

  private _renderStatements(t: Translation, activity: DilemmaActivity): TemplateResult {
    const labels: Record<DilemmaAnswer, string> = {agree: t.agree, unsure: t.unsure, disagree: t.disagree};
    return html`<form novalidate @submit=${this._onSubmit}>
      ${activity.statements.map((statement) => {
        const chosen = this._chosen[statement.id];
        return html`<fieldset part="statement" id=${`statement-${statement.id}`} ?disabled=${this._locked}>
          <legend>${statement.text}</legend>
          <div class="options row">
            ${DILEMMA_ANSWERS.map(
              (answer) => html`<label part="option" class="option">
                <input
                  type="radio"
                  name=${statement.id}
                  .value=${answer}
                  .checked=${chosen === answer}
                  @change=${() => this._choose(statement.id, answer)}
                />
                <span>${labels[answer]}</span>
              </label>`
            )}
          </div>
          ${chosen && statement.discussion
            ? html`<p part="discussion" class="discussion"><strong>${t.thinkAbout}</strong> ${statement.discussion}</p>`
            : nothing}
        </fieldset>`;
      })}
      <button part="submit-button" class="button" type="submit" aria-disabled=${this._locked || !this._complete() ? 'true' : 'false'}>
        ${t.submit}
      </button>
      <p part="status" class="status" role="status">
        ${this._locked ? t.submitted : this._hint ? html`<span class="hint">${t.answerEvery}</span>` : ''}
      </p>
    </form>`;
  }

  private _renderLine(t: Translation, activity: DilemmaActivity): TemplateResult {
    const total = activity.statements.length;
    const statement = activity.statements[this._current]!;
    return html`<div class="line-exercise">
      <p part="counter" class="counter">${t.statementOf(this._current + 1, total)}</p>
      <p part="statement" class="big">${statement.text}</p>
      <p class="line-instruction">${t.lineInstruction}</p>
      <div part="line" class="line" role="img" aria-label=${`${t.agree} — ${t.disagree}`}>
        <span>${t.agree}</span><span class="bar"></span><span>${t.disagree}</span>
      </div>
      ${statement.discussion
        ? html`<button
              part="reveal-button"
              class="button secondary"
              type="button"
              aria-expanded=${this._revealed ? 'true' : 'false'}
              aria-controls="discussion"
              @click=${() => (this._revealed = !this._revealed)}
            >
              ${t.showDiscussion}
            </button>
            <p part="discussion" id="discussion" class="discussion" ?hidden=${!this._revealed}>
              <strong>${t.discuss}</strong> ${statement.discussion}
            </p>`
        : nothing}
      <div class="actions">
        <button
          part="previous-button"
          class="button secondary"
          type="button"
          aria-disabled=${this._current === 0 ? 'true' : 'false'}
          @click=${() => this._show(this._current - 1)}
        >
          ${t.previousStatement}
        </button>
        <button
          part="next-button"
          class="button"
          type="button"
          aria-disabled=${this._current === total - 1 ? 'true' : 'false'}
          @click=${() => this._show(this._current + 1)}
        >
          ${t.nextStatement}
        </button>
      </div>
      <div class="visually-hidden" role="status">${this._announcement}</div>
    </div>`;
  }

  private _show(index: number): void {
    const statements = this.activity?.statements ?? [];
    const statement = statements[index];
    if (!statement) return;
    this._current = index;
    this._revealed = false;
    this._announcement = `${this._t.statementOf(index + 1, statements.length)}: ${statement.text}`;
  }

  private _choose(id: string, answer: DilemmaAnswer): void {
    this._chosen = {...this._chosen, [id]: answer};
    if (this._complete()) this._hint = false;
  }

  private async _onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const activity = this.activity;
    if (!activity || this._locked) return;
    if (!this._complete()) {
      this._hint = true;
      await this.updateComplete;
      const open = activity.statements.find((s) => this._chosen[s.id] === undefined);
      this.renderRoot.querySelector<HTMLInputElement>(`#statement-${open?.id} input`)?.focus();
      return;
    }
    this._locked = true;
    this._hint = false;
    this._dispatchAnswer({activityId: activity.id, kind: 'choice', response: this._response(), correctResponse: [], correct: null, scored: false});
  }

  private _response(): string[] {
    return (this.activity?.statements ?? []).map((s) => this._chosen[s.id] ?? '');
  }

  private _complete(): boolean {
    return (this.activity?.statements ?? []).every((s) => this._chosen[s.id] !== undefined);
  }

  /** The classroom line exercise: classroom mode and an activity made for it. */
  private _line(): boolean {
    return this.mode === 'classroom' && this.activity?.standOnTheLine === true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'up-dilemma': UpDilemma;
  }
}
