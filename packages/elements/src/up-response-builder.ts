import {css, html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import type {ResponseBuilderActivity} from '@upstander/schema';
import {ActivityElement} from './internal/activity-element.js';
import type {LessonMode} from './internal/activity-element.js';
import {keepKnown, sameList} from '@upstander/schema/answers';
import {note} from './internal/icons.js';
import {renderMarkdown, richText} from './internal/rich-text.js';
import {buttons, fields, host, options, panels, tokens} from './internal/styles.js';
import type {Translation} from './translations/nl.js';
import {customElement} from './internal/define.js';

/**
 * @summary Practise a reply to a hurtful comment: choose an approach, make the reply, check it.
 *
 * Shows the comment (`situation`), then three parts. **Kies een aanpak**: a radio button per
 * approach with its description and example. **Maak je reactie**: with `freeText` (the default) a
 * `<textarea>`, and the sentence `parts` as buttons that add their text to it; without `freeText`
 * the parts are toggle buttons (`aria-pressed`) that build the reply, which shows as text with a
 * "Maak leeg" button. **Controleer je reactie**: a checkbox per checklist point, with how many
 * are ticked. Nothing is ever posted anywhere, and a note says so. Every change is saved (choosing,
 * ticking, adding a part, leaving the reply field after typing): `up-answered` with `kind: 'text'`,
 * and a polite "Bewaard op dit apparaat." The reply stays on this device unless the activity has
 * `shareText`. Setting `response` and `text` restores everything without an event.
 *
 * @fires {CustomEvent<AnsweredDetail>} up-answered - Something changed. `response` holds the chosen
 *   approach id, the ids of the parts used (in order) and the ticked checklist ids (ids are unique
 *   across the three lists); `text` holds the reply under the activity id (`{}` while empty).
 *   Bubbles and is composed. Not on restore.
 *
 * @csspart base - The wrapper around everything.
 * @csspart situation - The comment the pupil replies to (`<figure>`).
 * @csspart approach - Each approach: a `<label>` around its radio button.
 * @csspart part-button - Each sentence-part button.
 * @csspart field - The reply `<textarea>` (with `freeText`).
 * @csspart preview - The assembled reply (without `freeText`).
 * @csspart clear-button - "Maak leeg" (without `freeText`).
 * @csspart check - Each checklist point: a `<label>` around its checkbox.
 * @csspart checklist-score - How many points are ticked.
 * @csspart status - The polite status ("Bewaard op dit apparaat.").
 * @csspart note - That nothing is posted; where the reply is kept.
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-color-text-muted - Descriptions, examples, notes.
 * @cssproperty --up-color-background - Background of choices and fields.
 * @cssproperty --up-color-surface - The comment and the assembled reply.
 * @cssproperty --up-color-border - Borders.
 * @cssproperty --up-color-accent - Buttons, chosen items, pressed parts.
 * @cssproperty --up-color-on-accent - Text on the accent colour.
 * @cssproperty --up-color-focus - Focus ring.
 * @cssproperty --up-radius - Corner radius.
 * @cssproperty --up-space - Base spacing unit.
 *
 * @cssstate answered - There is a reply (saved or restored).
 */
@customElement('up-response-builder')
export class UpResponseBuilder extends ActivityElement {
  static override styles = [
    tokens,
    buttons,
    host,
    options,
    fields,
    panels,
    richText,
    css`
      .base > .note:first-child {
        margin: 0 0 calc(var(--_space) * 0.75);
      }
      .situation {
        margin: 0 0 calc(var(--_space) * 1.25);
      }
      figcaption {
        margin-block-end: 0.375em;
        font-weight: 600;
      }
      blockquote {
        margin: 0;
        padding: 0.75em 1em;
        border-inline-start: 0.375em solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      fieldset {
        margin-block-end: calc(var(--_space) * 1.25);
      }
      .approach-text {
        display: grid;
        gap: 0.125em;
      }
      .approach-label {
        font-weight: 600;
      }
      .description,
      .example {
        color: var(--_text-muted);
        font-size: 0.95em;
      }
      .parts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin-block-end: calc(var(--_space) * 0.75);
      }
      .part {
        font-weight: 400;
        text-align: start;
      }
      .part[aria-pressed='true'] {
        background: var(--_accent);
        color: var(--_on-accent);
      }
      .reply-label {
        margin: 0 0 0.375em;
        font-weight: 600;
      }
      .preview {
        min-height: 2.75em;
        margin: 0 0 0.5em;
        padding: 0.5em 0.75em;
        border: 2px dashed var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .preview.empty {
        color: var(--_text-muted);
        font-style: italic;
      }
      .checklist-score {
        margin: 0.5em 0 0;
        font-weight: 600;
      }
    `,
  ];

  /** The exercise (`{type: 'response-builder', id, situation, approaches, parts, freeText, checklist, shareText}`). Property only. */
  @property({attribute: false}) activity?: ResponseBuilderActivity;

  /** `classroom` on a shared digibord: the class builds one reply together; no note about this device. */
  @property({reflect: true}) mode: LessonMode = 'individual';

  /** Ids to restore, as in `up-answered` (approach, parts used, ticked points); no event. Property only. */
  @property({attribute: false}) response?: string[];

  /** The reply to restore, under the activity id (`{[activity.id]: reply}`); no event. Property only. */
  @property({attribute: false}) text?: Record<string, string>;

  @state() private _approach?: string;
  /** Part ids in the order they were added (free text) or pressed (assembled). */
  @state() private _parts: string[] = [];
  @state() private _reply = '';
  @state() private _checked: string[] = [];
  @state() private _justSaved = false;
  /** What was saved (or restored) last, to save only changes and to recognise an echo. */
  private _saved: {response: string[]; reply: string} = {response: [], reply: ''};

  /** True once there is a reply, saved or restored (read-only). */
  get answered(): boolean {
    return this._saved.reply.trim() !== '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const activity = this.activity;
    if (changed.has('activity') || changed.has('response') || changed.has('text')) {
      const response = keepKnown(this.response, [
        ...(activity?.approaches ?? []).map((a) => a.id),
        ...(activity?.parts ?? []).map((p) => p.id),
        ...(activity?.checklist ?? []).map((c) => c.id),
      ]);
      const stored = activity ? this.text?.[activity.id] : undefined;
      const reply = typeof stored === 'string' ? stored : '';
      const echo = !changed.has('activity') && sameList(response, this._saved.response) && reply === this._saved.reply;
      if (!echo) this._restore(activity, response, reply);
    }
    this._setState('answered', this.answered);
  }

  protected override render() {
    const activity = this.activity;
    if (!activity) return nothing;
    const t = this._t;
    const shared = activity.shareText === true;
    return html`<div part="base" class="base">
      ${note('info', t.practiceNote)}
      <figure part="situation" class="situation">
        <figcaption>${t.situation}</figcaption>
        <blockquote class="rich">${renderMarkdown(activity.situation)}</blockquote>
      </figure>
      <fieldset>
        <legend>${t.chooseApproach}</legend>
        <div class="options">
          ${activity.approaches.map(
            (approach) => html`<label part="approach" class="option">
              <input type="radio" name="approach" .value=${approach.id} .checked=${this._approach === approach.id} @change=${() => this._choose(approach.id)} />
              <span class="approach-text">
                <span class="approach-label">${approach.label}</span>
                <span class="description">${approach.description}</span>
                ${approach.example ? html`<span class="example">${`${t.example} ${approach.example}`}</span>` : nothing}
              </span>
            </label>`
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t.buildReply}</legend>
        ${this._renderBuild(t, activity)}
      </fieldset>
      <fieldset>
        <legend>${t.checkReply}</legend>
        <div class="options">
          ${activity.checklist.map(
            (point) => html`<label part="check" class="option">
              <input type="checkbox" .value=${point.id} .checked=${this._checked.includes(point.id)} @change=${this._onTick} />
              <span>${point.text}</span>
            </label>`
          )}
        </div>
        <p part="checklist-score" class="checklist-score">${t.checklistScore(this._checked.length, activity.checklist.length)}</p>
      </fieldset>
      <p part="status" class="status" role="status">${this._justSaved ? (shared ? t.savedShared : t.saved) : ''}</p>
      ${this.mode === 'classroom' ? nothing : note(shared ? 'shared' : 'device', shared ? t.sharedNote : t.privateNote)}
    </div>`;
  }

  private _renderBuild(t: Translation, activity: ResponseBuilderActivity): TemplateResult {
    const parts = activity.parts ?? [];
    const free = activity.freeText !== false;
    const buttons =
      parts.length > 0
        ? html`<div class="parts">
            ${parts.map(
              (p) => html`<button
                part="part-button"
                class="button secondary part"
                type="button"
                aria-label=${free ? t.addPart(p.text) : nothing}
                aria-pressed=${free ? nothing : this._parts.includes(p.id) ? 'true' : 'false'}
                @click=${() => this._onPart(p.id)}
              >
                ${free ? '+ ' : ''}${p.text}
              </button>`
            )}
          </div>`
        : nothing;
    if (free) {
      return html`${buttons}
        <div class="field">
          <label for="reply">${t.yourReply}</label>
          <textarea
            id="reply"
            part="field"
            rows="4"
            .value=${live(this._reply)}
            @input=${(e: Event) => {
              this._reply = (e.target as HTMLTextAreaElement).value;
              this._justSaved = false;
            }}
            @blur=${() => this._save()}
          ></textarea>
        </div>`;
    }
    return html`${buttons}
      <p class="reply-label">${t.yourReply}</p>
      <p part="preview" class="preview ${this._reply ? '' : 'empty'}">${this._reply || t.replyEmpty}</p>
      <button part="clear-button" class="button secondary" type="button" aria-disabled=${this._parts.length === 0 ? 'true' : 'false'} @click=${this._onClear}>
        ${t.clearReply}
      </button>`;
  }

  private _choose(id: string): void {
    this._approach = id;
    this._save();
  }

  private _onTick(event: Event): void {
    const box = event.target as HTMLInputElement;
    const ids = this.activity?.checklist.map((c) => c.id) ?? [];
    this._checked = ids.filter((id) => (id === box.value ? box.checked : this._checked.includes(id)));
    this._save();
  }

  private async _onPart(id: string): Promise<void> {
    const activity = this.activity;
    const part = activity?.parts?.find((p) => p.id === id);
    if (!activity || !part) return;
    if (activity.freeText === false) {
      this._parts = this._parts.includes(id) ? this._parts.filter((p) => p !== id) : [...this._parts, id];
      this._reply = this._assembled();
      this._save();
      return;
    }
    // Free text: add the part to the end of the reply and continue typing there.
    if (!this._parts.includes(id)) this._parts = [...this._parts, id];
    this._reply = `${this._reply.trimEnd()}${this._reply.trim() ? ' ' : ''}${part.text} `;
    this._justSaved = false;
    await this.updateComplete;
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>('#reply');
    field?.focus();
    field?.setSelectionRange(this._reply.length, this._reply.length);
  }

  private _onClear(): void {
    if (this._parts.length === 0) return;
    this._parts = [];
    this._reply = '';
    this._save();
  }

  /** Dispatches the whole answer when it differs from the last save. */
  private _save(): void {
    const activity = this.activity;
    if (!activity) return;
    const response = this._response();
    const reply = this._reply.trim();
    if (sameList(response, this._saved.response) && reply === this._saved.reply.trim()) return;
    this._saved = {response, reply};
    this._justSaved = true;
    this._dispatchAnswer({
      activityId: activity.id,
      kind: 'text',
      response,
      correctResponse: [],
      correct: null,
      scored: false,
      text: reply ? {[activity.id]: reply} : {},
    });
  }

  private _restore(activity: ResponseBuilderActivity | undefined, response: string[], reply: string): void {
    const approaches = activity?.approaches.map((a) => a.id) ?? [];
    const parts = activity?.parts?.map((p) => p.id) ?? [];
    const checklist = activity?.checklist.map((c) => c.id) ?? [];
    this._approach = response.find((id) => approaches.includes(id));
    this._parts = response.filter((id) => parts.includes(id));
    this._checked = checklist.filter((id) => response.includes(id));
    this._reply = activity?.freeText === false ? this._assembled() : reply;
    this._saved = {response: this._response(), reply: this._reply.trim()};
    this._justSaved = false;
  }

  private _response(): string[] {
    return [...(this._approach ? [this._approach] : []), ...this._parts, ...this._checked];
  }

  /** The reply made of the pressed parts, in the order they were pressed. */
  private _assembled(): string {
    const parts = this.activity?.parts ?? [];
    return this._parts.map((id) => parts.find((p) => p.id === id)?.text ?? '').filter(Boolean).join(' ');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'up-response-builder': UpResponseBuilder;
  }
}
