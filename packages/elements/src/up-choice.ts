import {css, html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {classMap} from 'lit/directives/class-map.js';
import type {ChoiceActivity} from '@upstander/schema';
import {ActivityElement} from './internal/activity-element.js';
import {checkPath as check, crossPath as cross} from './internal/icons.js';
import {buttons, host, options, panels, tokens} from './internal/styles.js';
import {customElement} from './internal/define.js';

type Option = ChoiceActivity['options'][number];

/**
 * @summary A multiple-choice question with feedback per answer.
 *
 * A native radio group in a `<fieldset>` whose `<legend>` is the question, and a "Controleer"
 * button. Checking locks the answer, shows the feedback of the chosen option (and, for scored
 * questions, whether it is right) in a polite live region, and dispatches `up-answered`.
 * Setting `response` restores an earlier answer: it shows locked with its feedback and no event
 * is dispatched. UI strings follow the `lang` of the element or its nearest ancestor (nl, en).
 *
 * @fires {CustomEvent<AnsweredDetail>} up-answered - The pupil checked an answer. Bubbles and is
 *   composed. Not dispatched when an answer is restored through `response`.
 *
 * @csspart base - The form around everything.
 * @csspart question - The `<legend>` holding the question.
 * @csspart option - Each answer: a `<label>` around its radio button.
 * @csspart check-button - The "Controleer" button.
 * @csspart feedback - The live region with the verdict and the feedback.
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-color-text-muted - Text of held-back buttons.
 * @cssproperty --up-color-background - Background of answers and secondary buttons.
 * @cssproperty --up-color-surface - Background of held-back buttons.
 * @cssproperty --up-color-border - Borders of answers.
 * @cssproperty --up-color-accent - Buttons, radio buttons and the chosen answer.
 * @cssproperty --up-color-on-accent - Text on the accent colour.
 * @cssproperty --up-color-focus - Focus ring.
 * @cssproperty --up-color-correct - Verdict and border when the answer is right.
 * @cssproperty --up-color-correct-surface - Feedback background when the answer is right.
 * @cssproperty --up-color-incorrect - Verdict and border when the answer is not right.
 * @cssproperty --up-color-incorrect-surface - Feedback background when the answer is not right.
 * @cssproperty --up-radius - Corner radius.
 * @cssproperty --up-space - Base spacing unit.
 *
 * @cssstate answered - An answer is checked (or restored) and locked.
 * @cssstate correct - The locked answer of a scored question is right.
 * @cssstate incorrect - The locked answer of a scored question is not right.
 */
@customElement('up-choice')
export class UpChoice extends ActivityElement {
  static override styles = [
    tokens,
    buttons,
    host,
    options,
    panels,
    css`
      .option.chosen {
        border-color: var(--_accent);
        box-shadow: inset 0 0 0 1px var(--_accent);
      }
      .option.chosen.correct {
        border-color: var(--_correct);
        box-shadow: inset 0 0 0 1px var(--_correct);
      }
      .option.chosen.incorrect {
        border-color: var(--_incorrect);
        box-shadow: inset 0 0 0 1px var(--_incorrect);
      }
      .feedback:not(:empty) {
        margin-block-start: var(--_space);
      }
    `,
  ];

  /** The question to show (`{type: 'choice', id, question, options, scored}`). Property only. */
  @property({attribute: false}) activity?: ChoiceActivity;

  /**
   * An earlier answer (chosen option ids) to restore. The question then shows locked, with its
   * feedback, and no event is dispatched. Unknown option ids are ignored; `undefined` or `[]`
   * means unanswered. Property only.
   */
  @property({attribute: false}) response?: string[];

  @state() private _selected?: string;
  @state() private _locked?: string[];
  @state() private _hint = false;

  /** True once an answer is checked or restored (read-only). */
  get answered(): boolean {
    return this._locked !== undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('activity') || changed.has('response')) {
      const known = (this.response ?? []).filter((id) => this.activity?.options.some((o) => o.id === id));
      this._locked = known.length > 0 ? known : undefined;
      this._selected = this._locked?.[0];
      this._hint = false;
    }
    const chosen = this._chosenOption();
    const verdict = chosen && this._scored() ? (chosen.correct === true ? 'correct' : 'incorrect') : undefined;
    this._setState('answered', this._locked !== undefined);
    this._setState('correct', verdict === 'correct');
    this._setState('incorrect', verdict === 'incorrect');
  }

  protected override render() {
    const activity = this.activity;
    if (!activity) return nothing;
    const t = this._t;
    const locked = this._locked !== undefined;
    const chosen = this._chosenOption();
    const verdict = chosen && this._scored() ? (chosen.correct === true ? 'correct' : 'incorrect') : undefined;

    return html`
      <form part="base" class="base" novalidate @submit=${this._onSubmit}>
        <fieldset ?disabled=${locked}>
          <legend part="question">${activity.question}</legend>
          <div class="options">
            ${activity.options.map((option) => {
              const isChosen = option.id === this._selected;
              return html`<label
                part="option"
                class=${classMap({
                  option: true,
                  chosen: isChosen,
                  correct: isChosen && verdict === 'correct',
                  incorrect: isChosen && verdict === 'incorrect',
                })}
              >
                <input
                  type="radio"
                  name="option"
                  .value=${option.id}
                  .checked=${isChosen}
                  @change=${this._onChange}
                />
                <span>${option.text}</span>
              </label>`;
            })}
          </div>
        </fieldset>
        <button
          part="check-button"
          class="button"
          type="submit"
          aria-disabled=${locked || this._selected === undefined ? 'true' : 'false'}
        >
          ${t.check}
        </button>
        <div part="feedback" class="feedback" role="status">
          ${chosen
            ? html`<div class=${classMap({panel: true, correct: verdict === 'correct', incorrect: verdict === 'incorrect'})}>
                ${verdict
                  ? html`<p class="verdict">
                      <svg viewBox="0 0 24 24" aria-hidden="true">${verdict === 'correct' ? check : cross}</svg>
                      <span>${verdict === 'correct' ? t.correct : t.incorrect}</span>
                    </p>`
                  : nothing}
                <p>${chosen.feedback}</p>
              </div>`
            : this._hint
              ? html`<p class="hint">${t.chooseFirst}</p>`
              : nothing}
        </div>
      </form>
    `;
  }

  private _onChange(event: Event): void {
    this._selected = (event.target as HTMLInputElement).value;
    this._hint = false;
  }

  private _onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const activity = this.activity;
    if (!activity || this._locked) return;
    if (this._selected === undefined) {
      this._hint = true;
      return;
    }
    const response = [this._selected];
    this._locked = response;
    const scored = this._scored();
    const chosen = activity.options.find((o) => o.id === this._selected);
    this._dispatchAnswer({
      activityId: activity.id,
      kind: 'choice',
      response: [...response],
      correctResponse: activity.options.filter((o) => o.correct === true).map((o) => o.id),
      correct: scored ? chosen?.correct === true : null,
      scored,
    });
  }

  /** The locked option, if any. */
  private _chosenOption(): Option | undefined {
    const id = this._locked?.[0];
    return id === undefined ? undefined : this.activity?.options.find((o) => o.id === id);
  }

  /** Lessons that were not run through the schema may leave `scored` out; the schema default is true. */
  private _scored(): boolean {
    return this.activity?.scored !== false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'up-choice': UpChoice;
  }
}
