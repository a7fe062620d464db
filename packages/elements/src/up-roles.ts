import {css, html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {Role, RolesActivity} from '@upstander/schema';
import {ActivityElement} from './internal/activity-element.js';
import type {LessonMode} from './internal/activity-element.js';
import {renderMarkdown, richText} from './internal/rich-text.js';
import {buttons, fields, host, panels, tokens} from './internal/styles.js';
import {TextAnswers, savedStatus, textField} from './internal/text-answers.js';
import type {Translation} from './translations/nl.js';
import {customElement} from './internal/define.js';

type Card = RolesActivity['cards'][number];

/**
 * @summary One situation through the eyes of a verspreider, a doelwit and an omstander.
 *
 * Shows the situation, then a tab per card ("Verspreider: Jay", "Doelwit: Bo", "Omstander: Sem")
 * following the ARIA tabs pattern: one tab stop, arrow keys move between the tabs and show that
 * perspective at once (mirrored in right-to-left text), Home and End go to the first and last.
 * A card's panel shows what that person does, thinks or feels, and its question as the label of a
 * `<textarea>`. Answers are saved when the pupil leaves a field they changed (`up-answered` with
 * `kind: 'text'`); they never leave the device (the roles activity has no `shareText`). Setting
 * `text` restores answers without an event. In `mode="classroom"` the questions are shown to
 * talk about, without fields, and nothing is stored.
 *
 * @fires {CustomEvent<AnsweredDetail>} up-answered - The pupil left a field they changed.
 *   `response` lists the card ids that have an answer; `text` holds the answers by card id.
 *   Bubbles and is composed. Not dispatched on restore or on switching tabs, never in classroom mode.
 *
 * @csspart base - The wrapper around everything.
 * @csspart situation - The situation.
 * @csspart tabs - The tab list.
 * @csspart tab - Each tab.
 * @csspart panel - Each card's panel.
 * @csspart field - Each `<textarea>`.
 * @csspart status - The polite status ("Bewaard op dit apparaat.").
 * @csspart note - Where the answers go.
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-color-text-muted - The note.
 * @cssproperty --up-color-background - Background of tabs and fields.
 * @cssproperty --up-color-surface - Background of the panel and the situation.
 * @cssproperty --up-color-border - Borders.
 * @cssproperty --up-color-role-verspreider - Label and border of the spreader's tab and panel. Default #9a3412.
 * @cssproperty --up-color-role-doelwit - Label and border of the target's tab and panel. Default #6b21a8.
 * @cssproperty --up-color-role-omstander - Label and border of the bystander's tab and panel. Default #0f766e.
 * @cssproperty --up-color-focus - Focus ring.
 * @cssproperty --up-radius - Corner radius.
 * @cssproperty --up-space - Base spacing unit.
 *
 * @cssstate answered - At least one answer is saved (or restored).
 */
@customElement('up-roles')
export class UpRoles extends ActivityElement {
  static override styles = [
    tokens,
    buttons,
    host,
    fields,
    panels,
    richText,
    css`
      .situation {
        margin-block-end: var(--_space);
        padding: 0.75em 1em;
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
      [role='tab'] {
        display: flex;
        flex: 1 1 7em;
        flex-direction: column;
        align-items: flex-start;
        box-sizing: border-box;
        min-height: 2.75em;
        padding: 0.375em 0.75em;
        border: 2px solid var(--_border);
        border-block-end-width: 0.375em;
        border-radius: var(--_radius) var(--_radius) 0 0;
        background: var(--_background);
        color: var(--_text);
        font: inherit;
        line-height: 1.25;
        text-align: start;
        cursor: pointer;
      }
      [role='tab'][aria-selected='true'] {
        border-color: var(--_role);
        background: var(--_surface);
      }
      [role='tab']:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      /* Small capitals through the font, not text-transform: Chromium puts transformed text in the
         accessible name, and some screen readers spell out a word in capitals letter by letter.
         A tab with a name gets "Verspreider: Jay" as aria-label: a visually hidden colon between
         its two lines would be read with a space before it. */
      .role {
        color: var(--_role);
        font-variant-caps: all-small-caps;
        font-weight: 700;
        letter-spacing: 0.04em;
      }
      .name {
        font-weight: 600;
      }
      .verspreider {
        --_role: var(--up-color-role-verspreider, #9a3412);
      }
      .doelwit {
        --_role: var(--up-color-role-doelwit, #6b21a8);
      }
      .omstander {
        --_role: var(--up-color-role-omstander, #0f766e);
      }
      [role='tabpanel'] {
        padding: var(--_space);
        border: 2px solid var(--_role);
        border-radius: 0 0 var(--_radius) var(--_radius);
        background: var(--_surface);
      }
      [role='tabpanel']:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      [role='tabpanel'] .field {
        margin: var(--_space) 0 0;
      }
      .discuss {
        margin: var(--_space) 0 0;
        font-size: 1.1em;
        font-weight: 600;
      }
      @media (forced-colors: active) {
        [role='tab'][aria-selected='true'] {
          border-color: Highlight;
        }
      }
    `,
  ];

  /** The roles to show (`{type: 'roles', id, situation, cards}`). Property only. */
  @property({attribute: false}) activity?: RolesActivity;

  /** Earlier answers by card id to restore, without an event. Unknown ids are ignored. Property only. */
  @property({attribute: false}) text?: Record<string, string>;

  /** `individual` (default): fields to write in. `classroom`: the questions to talk about; nothing is stored. */
  @property({reflect: true}) mode: LessonMode = 'individual';

  /** The card whose perspective is shown. */
  @state() private _selected = 0;

  private readonly _answers = new TextAnswers(this, (texts) => this._onSave(texts));

  /** True once at least one answer is saved or restored (read-only). */
  get answered(): boolean {
    return this._answers.answered(this._ids()).length > 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('activity')) this._selected = 0;
    if (changed.has('activity') || changed.has('text')) this._answers.restore(this.text, this._ids(), changed.has('activity'));
    this._setState('answered', this.answered);
  }

  protected override render() {
    const activity = this.activity;
    if (!activity) return nothing;
    const t = this._t;
    const hasQuestions = activity.cards.some((c) => c.question);
    return html`<div part="base" class="base">
      <div part="situation" class="situation rich">${renderMarkdown(activity.situation)}</div>
      <div part="tabs" role="tablist" aria-label=${t.perspectives} @keydown=${this._onKeydown}>
        ${activity.cards.map((card, i) => this._renderTab(t, card, i))}
      </div>
      ${activity.cards.map((card, i) => this._renderPanel(t, card, i))}
      ${hasQuestions && this.mode !== 'classroom' ? savedStatus(t, this._answers, false) : nothing}
    </div>`;
  }

  private _renderTab(t: Translation, card: Card, index: number): TemplateResult {
    const selected = index === this._selected;
    return html`<button
      part="tab"
      class=${card.role}
      role="tab"
      type="button"
      id=${`tab-${card.id}`}
      aria-label=${card.name ? `${roleName(t, card.role)}: ${card.name}` : nothing}
      aria-selected=${selected ? 'true' : 'false'}
      aria-controls=${`panel-${card.id}`}
      tabindex=${selected ? '0' : '-1'}
      @click=${() => this._select(index)}
    >
      <span class="role">${roleName(t, card.role)}</span> ${card.name ? html`<span class="name">${card.name}</span>` : nothing}
    </button>`;
  }

  private _renderPanel(t: Translation, card: Card, index: number): TemplateResult {
    return html`<div
      part="panel"
      class=${card.role}
      role="tabpanel"
      id=${`panel-${card.id}`}
      aria-labelledby=${`tab-${card.id}`}
      tabindex="0"
      ?hidden=${index !== this._selected}
    >
      <div class="rich">${renderMarkdown(card.text)}</div>
      ${card.question
        ? this.mode === 'classroom'
          ? html`<p class="discuss">${t.discuss} ${card.question}</p>`
          : textField(this._answers, card.id, card.question)
        : nothing}
    </div>`;
  }

  private _onKeydown(event: KeyboardEvent): void {
    const count = this.activity?.cards.length ?? 0;
    if (count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const step = ({ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1} as Record<string, number>)[event.key];
    let next: number | undefined;
    if (step !== undefined) next = (this._selected + step + count) % count;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    if (next === undefined) return;
    event.preventDefault();
    void this._select(next, true);
  }

  private async _select(index: number, focus = false): Promise<void> {
    this._selected = index;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')[index]?.focus();
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

  /** Ids of the cards that ask a question. */
  private _ids(): string[] {
    return this.activity?.cards.filter((c) => c.question).map((c) => c.id) ?? [];
  }
}

function roleName(t: Translation, role: Role): string {
  return role === 'verspreider' ? t.roleVerspreider : role === 'doelwit' ? t.roleDoelwit : t.roleOmstander;
}

declare global {
  interface HTMLElementTagNameMap {
    'up-roles': UpRoles;
  }
}
