import {css, html, nothing} from 'lit';
import type {PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {live} from 'lit/directives/live.js';
import type {AgreementsActivity} from '@upstander/schema';
import {ActivityElement} from './internal/activity-element.js';
import {keepKnown, keepText, sameList} from '@upstander/schema/answers';
import {note} from './internal/icons.js';
import {richText} from './internal/rich-text.js';
import {buttons, fields, host, options, panels, tokens} from './internal/styles.js';
import {customElement} from './internal/define.js';

/** The text key of the n-th own agreement (1-based): `eigen-1`, `eigen-2` … */
const ownKey = (n: number) => `eigen-${n}`;
const OWN_KEY = /^eigen-(\d+)$/;

/**
 * @summary The group makes its own agreements: choose from suggestions, add your own.
 *
 * The prompt is the legend of a checkbox per suggestion. With `allowOwn` (the default) a text
 * field and "Voeg toe" add agreements of the group's own (Enter adds too); each own agreement has
 * a "Verwijder" button. "Onze afspraken" lists what the group has so far. Every change is saved at
 * once: `up-answered` with `kind: 'choice'`, the chosen suggestion ids as `response` and the own
 * agreements as `text` (`eigen-1`, `eigen-2` …), with a polite status ("Toegevoegd: …",
 * "Bewaard op dit apparaat."). A visible note says own agreements stay on this device unless the
 * activity has `shareText`. Setting `response` and `text` restores the agreements without an event.
 * Made for the whole class on the digibord as much as for one pupil.
 *
 * @fires {CustomEvent<AnsweredDetail>} up-answered - The agreements changed. `response` holds the
 *   chosen suggestion ids in the order of `suggestions`; `text` the own agreements by key
 *   (`eigen-1` …), `{}` when there are none. Bubbles and is composed. Not on restore.
 *
 * @csspart base - The form around everything.
 * @csspart prompt - The `<legend>` with the prompt.
 * @csspart option - Each suggestion: a `<label>` around its checkbox.
 * @csspart own-field - The field for an own agreement.
 * @csspart add-button - "Voeg toe".
 * @csspart list - The list "Onze afspraken".
 * @csspart remove-button - "Verwijder" on an own agreement.
 * @csspart status - The polite status.
 * @csspart note - Where own agreements go.
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-color-text-muted - The note and the empty list.
 * @cssproperty --up-color-background - Background of suggestions and the field.
 * @cssproperty --up-color-surface - Background of the list.
 * @cssproperty --up-color-border - Borders.
 * @cssproperty --up-color-accent - Buttons and chosen suggestions.
 * @cssproperty --up-color-focus - Focus ring.
 * @cssproperty --up-radius - Corner radius.
 * @cssproperty --up-space - Base spacing unit.
 *
 * @cssstate answered - At least one agreement is chosen or added (or restored).
 */
@customElement('up-agreements')
export class UpAgreements extends ActivityElement {
  static override styles = [
    tokens,
    buttons,
    host,
    options,
    fields,
    panels,
    richText,
    css`
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
      .row input {
        flex: 1 1 12em;
        width: auto;
      }
      .list-title {
        margin: var(--_space) 0 0.5em;
        font-weight: 700;
      }
      .ours {
        margin: 0;
        padding: 0.75em 1em 0.75em 2.5em;
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .ours li + li {
        margin-block-start: 0.5em;
      }
      .ours .own-row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.25em 0.75em;
      }
      .remove {
        min-height: 2.75em;
        padding: 0.25em 0.75em;
      }
      .empty {
        margin: 0;
        color: var(--_text-muted);
      }
    `,
  ];

  /** The agreements to make (`{type: 'agreements', id, prompt, suggestions, allowOwn, shareText}`). Property only. */
  @property({attribute: false}) activity?: AgreementsActivity;

  /** Chosen suggestion ids to restore, without an event. Unknown ids are ignored. Property only. */
  @property({attribute: false}) response?: string[];

  /** Own agreements to restore by key (`eigen-1` …), without an event. Other keys are ignored. Property only. */
  @property({attribute: false}) text?: Record<string, string>;

  @state() private _chosen: string[] = [];
  @state() private _own: string[] = [];
  @state() private _draft = '';
  @state() private _status = '';
  @state() private _hint = false;

  /** True once an agreement is chosen, added or restored (read-only). */
  get answered(): boolean {
    return this._chosen.length > 0 || this._own.length > 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('activity') || changed.has('response') || changed.has('text')) {
      const chosen = keepKnown(this.response, this._ids());
      const own = Object.entries(keepText(this.text))
        .filter(([key]) => OWN_KEY.test(key))
        .sort(([a], [b]) => Number(OWN_KEY.exec(a)![1]) - Number(OWN_KEY.exec(b)![1]))
        .map(([, value]) => value);
      const echo = !changed.has('activity') && sameList(chosen, this._chosen) && sameList(own, this._own);
      if (!echo) {
        this._chosen = chosen;
        this._own = this.activity?.allowOwn === false ? [] : own;
        this._status = '';
        this._hint = false;
      }
    }
    this._setState('answered', this.answered);
  }

  protected override render() {
    const activity = this.activity;
    if (!activity) return nothing;
    const t = this._t;
    const allowOwn = activity.allowOwn !== false;
    const shared = activity.shareText === true;
    const chosen = activity.suggestions.filter((s) => this._chosen.includes(s.id));
    return html`<form part="base" class="base" novalidate @submit=${this._onAdd}>
      <fieldset>
        <legend part="prompt">${activity.prompt}</legend>
        <div class="options">
          ${activity.suggestions.map(
            (suggestion) => html`<label part="option" class="option">
              <input type="checkbox" .value=${suggestion.id} .checked=${this._chosen.includes(suggestion.id)} @change=${this._onToggle} />
              <span>${suggestion.text}</span>
            </label>`
          )}
        </div>
      </fieldset>
      ${allowOwn
        ? html`<div class="field">
            <label for="own">${t.ownAgreement}</label>
            <div class="row">
              <input
                id="own"
                part="own-field"
                type="text"
                maxlength="200"
                autocomplete="off"
                aria-describedby=${this._hint ? 'status' : nothing}
                .value=${live(this._draft)}
                @input=${(e: Event) => {
                  this._draft = (e.target as HTMLInputElement).value;
                  this._hint = false;
                }}
              />
              <button part="add-button" class="button secondary" type="submit">${t.add}</button>
            </div>
          </div>`
        : nothing}
      <p id="ours" class="list-title">${t.ourAgreements}</p>
      ${chosen.length + this._own.length > 0
        ? html`<ol part="list" class="ours" aria-labelledby="ours">
            ${chosen.map((s) => html`<li>${s.text}</li>`)}
            ${this._own.map(
              (text, i) => html`<li class="own">
                <div class="own-row">
                <span>${text}</span>
                <button part="remove-button" class="button secondary remove" type="button" aria-label=${t.remove(text)} @click=${() => this._remove(i)}>
                  ${t.removeButton}
                </button>
                </div>
              </li>`
            )}
          </ol>`
        : html`<p class="empty">${t.noAgreements}</p>`}
      <p part="status" id="status" class="status" role="status">${this._hint ? html`<span class="hint">${t.writeFirst}</span>` : this._status}</p>
      ${allowOwn ? note(shared ? 'shared' : 'device', shared ? t.sharedNote : t.privateNote) : nothing}
    </form>`;
  }

  private _onToggle(event: Event): void {
    const box = event.target as HTMLInputElement;
    const ids = this._ids();
    this._chosen = ids.filter((id) => (id === box.value ? box.checked : this._chosen.includes(id)));
    this._save(this._savedText());
  }

  private async _onAdd(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.activity?.allowOwn === false) return;
    const text = this._draft.trim();
    if (!text) {
      this._hint = true;
      this._focusOwn();
      return;
    }
    this._own = [...this._own, text];
    this._draft = '';
    this._save(this._t.added(text));
    this._focusOwn();
  }

  private _remove(index: number): void {
    const text = this._own[index];
    if (text === undefined) return;
    this._own = this._own.filter((_, i) => i !== index);
    this._save(this._t.removed(text));
    // The button is gone with its agreement: put the pupil in the field to add another.
    this._focusOwn();
  }

  private async _focusOwn(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#own')?.focus();
  }

  private _save(status: string): void {
    const activity = this.activity;
    if (!activity) return;
    this._status = status;
    this._hint = false;
    this._dispatchAnswer({
      activityId: activity.id,
      kind: 'choice',
      response: [...this._chosen],
      correctResponse: [],
      correct: null,
      scored: false,
      text: Object.fromEntries(this._own.map((text, i) => [ownKey(i + 1), text])),
    });
  }

  private _savedText(): string {
    return this.activity?.shareText === true ? this._t.savedShared : this._t.saved;
  }

  private _ids(): string[] {
    return this.activity?.suggestions.map((s) => s.id) ?? [];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'up-agreements': UpAgreements;
  }
}
