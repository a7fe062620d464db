import {css, html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {ReflectionActivity} from '@upstander/schema';
import {ActivityElement} from './internal/activity-element.js';
import type {LessonMode} from './internal/activity-element.js';
import {renderMarkdown, richText} from './internal/rich-text.js';
import {buttons, fields, host, panels, tokens} from './internal/styles.js';
import {TextAnswers, savedStatus, textField} from './internal/text-answers.js';
import type {Translation} from './translations/nl.js';
import {customElement} from './internal/define.js';

type Prompt = ReflectionActivity['prompts'][number];

/**
 * @summary Questions to think about, each with a text field and sentence starters.
 *
 * Every prompt is the label of a `<textarea>`; its sentence starters are buttons that put the
 * start of a sentence in the field and move focus there. Answers are saved when the pupil leaves
 * a field they changed: `up-answered` with `kind: 'text'` carries every answer by prompt id, and a
 * polite status says "Bewaard op dit apparaat." A visible note says the answers stay on this
 * device, or, when the activity has `shareText`, that they are saved at school. Setting `text`
 * restores answers without an event. In `mode="classroom"` the prompts and starters are shown large
 * to talk about, without fields, and nothing is stored.
 *
 * @fires {CustomEvent<AnsweredDetail>} up-answered - The pupil left a field they changed.
 *   `response` lists the prompt ids that have an answer; `text` holds the answers by prompt id.
 *   Bubbles and is composed. Not dispatched on restore, and never in classroom mode.
 *
 * @csspart base - The wrapper around everything.
 * @csspart intro - The introduction.
 * @csspart prompt - Each prompt with its starters and field.
 * @csspart starter - Each sentence-starter button.
 * @csspart field - Each `<textarea>`.
 * @csspart status - The polite status ("Bewaard op dit apparaat.").
 * @csspart note - Where the answers go.
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-color-text-muted - The note and the starters' label.
 * @cssproperty --up-color-background - Background of the fields and starters.
 * @cssproperty --up-color-border - Borders of the fields.
 * @cssproperty --up-color-accent - Starter buttons.
 * @cssproperty --up-color-focus - Focus ring.
 * @cssproperty --up-radius - Corner radius.
 * @cssproperty --up-space - Base spacing unit.
 *
 * @cssstate answered - At least one answer is saved (or restored).
 */
@customElement('up-reflection')
export class UpReflection extends ActivityElement {
  static override styles = [
    tokens,
    buttons,
    host,
    fields,
    panels,
    richText,
    css`
      .intro {
        margin-block-end: var(--_space);
      }
      .prompt + .prompt {
        margin-block-start: calc(var(--_space) * 1.25);
      }
      .starters {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em;
      }
      .starters-label {
        margin: 0;
        color: var(--_text-muted);
        font-size: 0.9em;
      }
      .starter {
        min-height: 2.75em;
        padding: 0.25em 0.75em;
        font-weight: 400;
        text-align: start;
      }
      .discussion {
        margin: 0;
        padding-inline-start: 1.25em;
      }
      .discussion li + li {
        margin-block-start: var(--_space);
      }
      .discussion .question {
        margin: 0;
        font-size: 1.2em;
        font-weight: 600;
      }
      .discussion ul {
        margin: 0.25em 0 0;
        padding-inline-start: 1.25em;
        color: var(--_text-muted);
      }
    `,
  ];

  /** The reflection to show (`{type: 'reflection', id, intro, prompts, shareText}`). Property only. */
  @property({attribute: false}) activity?: ReflectionActivity;

  /**
   * Earlier answers by prompt id to restore into the fields, without an event. Entries for
   * prompts the activity does not have, and values that are not text, are ignored. Property only.
   */
  @property({attribute: false}) text?: Record<string, string>;

  /** `individual` (default): fields to write in. `classroom`: the prompts to talk about; nothing is stored. */
  @property({reflect: true}) mode: LessonMode = 'individual';

  private readonly _answers = new TextAnswers(this, (texts) => this._onSave(texts));

  /** True once at least one answer is saved or restored (read-only). */
  get answered(): boolean {
    return this._answers.answered(this._ids()).length > 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('activity') || changed.has('text')) this._answers.restore(this.text, this._ids(), changed.has('activity'));
    this._setState('answered', this.answered);
  }

  protected override render() {
    const activity = this.activity;
    if (!activity) return nothing;
    const t = this._t;
    return html`<div part="base" class="base">
      ${activity.intro ? html`<div part="intro" class="intro rich">${renderMarkdown(activity.intro)}</div>` : nothing}
      ${this.mode === 'classroom'
        ? this._renderDiscussion(t, activity)
        : html`${activity.prompts.map((prompt) => this._renderPrompt(t, prompt))}
          ${savedStatus(t, this._answers, activity.shareText === true)}`}
    </div>`;
  }

  private _renderPrompt(t: Translation, prompt: Prompt): TemplateResult {
    const starters = prompt.starters ?? [];
    return html`<div part="prompt" class="prompt">
      ${textField(
        this._answers,
        prompt.id,
        prompt.prompt,
        starters.length > 0
          ? html`<div class="starters" role="group" aria-labelledby=${`starters-${prompt.id}`}>
              <p id=${`starters-${prompt.id}`} class="starters-label">${t.starters}</p>
              ${starters.map(
                (starter) => html`<button
                  part="starter"
                  class="button secondary starter"
                  type="button"
                  aria-label=${t.beginWith(starter)}
                  @click=${() => this._begin(prompt.id, starter)}
                >
                  ${starter}
                </button>`
              )}
            </div>`
          : nothing
      )}
    </div>`;
  }

  private _renderDiscussion(t: Translation, activity: ReflectionActivity): TemplateResult {
    return html`<ol class="discussion">
      ${activity.prompts.map(
        (prompt) => html`<li part="prompt">
          <p class="question">${prompt.prompt}</p>
          ${(prompt.starters ?? []).length > 0
            ? html`<p class="starters-label">${t.starters}</p>
                <ul>
                  ${prompt.starters.map((s) => html`<li>${s}</li>`)}
                </ul>`
            : nothing}
        </li>`
      )}
    </ol>`;
  }

  /** Puts a starter at the end of the field, without its trailing ellipsis, and focuses the field. */
  private async _begin(id: string, starter: string): Promise<void> {
    const current = this._answers.texts[id] ?? '';
    const start = starter.replace(/\s*(…|\.\.\.)\s*$/u, '');
    const value = `${current.trim() ? `${current.trimEnd()}\n` : ''}${start} `;
    this._answers.input(id, value);
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>(`#text-${id}`);
    field?.focus();
    field?.setSelectionRange(value.length, value.length);
  }

  private _onSave(texts: Record<string, string>): void {
    const activity = this.activity;
    if (!activity || this.mode === 'classroom') return;
    this._dispatchAnswer({
      activityId: activity.id,
      kind: 'text',
      response: this._ids().filter((id) => texts[id] !== undefined),
      correctResponse: [],
      correct: null,
      scored: false,
      text: texts,
    });
  }

  private _ids(): string[] {
    return this.activity?.prompts.map((p) => p.id) ?? [];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'up-reflection': UpReflection;
  }
}
