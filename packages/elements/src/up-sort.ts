import {css, html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {classMap} from 'lit/directives/class-map.js';
import {repeat} from 'lit/directives/repeat.js';
import type {SortActivity} from '@upstander/schema';
import {ActivityElement} from './internal/activity-element.js';
import {keepSortResponse, pair, sameList, sortCorrectResponse, sortIsCorrect, unpair} from '@upstander/schema/answers';
import {shuffled} from './internal/shuffle.js';
import {checkPath, crossPath, downPath, icon, upPath, verdict} from './internal/icons.js';
import {renderMarkdown, richText} from './internal/rich-text.js';
import {buttons, host, options, panels, tokens, visuallyHidden} from './internal/styles.js';
import type {Translation} from './translations/nl.js';
import {customElement} from './internal/define.js';

type Item = SortActivity['items'][number];

/**
 * @summary Put items in order, or sort them into groups, without dragging.
 *
 * `mode: 'order'`: the items start shuffled (the same way on every visit) in a numbered list, each
 * with an "Omhoog" and an "Omlaag" button; the ends of the order (`ends`) are written above and
 * below the list. `mode: 'classify'`: every item is a small radio group with one choice per
 * category. Buttons and radio buttons work the same with a mouse, a finger and a keyboard, so no
 * drag-and-drop is needed. "Controleer" locks the answer, marks every item (scored sorts) and shows
 * the verdict, the number right and the activity's feedback in a polite live region, and
 * dispatches `up-answered` with `kind: 'sort'`. Setting `response` restores an answer without an
 * event. UI strings follow the `lang` of the element or its nearest ancestor (nl, en).
 *
 * @fires {CustomEvent<AnsweredDetail>} up-answered - The pupil checked the sort. `response` holds
 *   the item ids in the pupil's order (`order`) or an `item.category` pair per item (`classify`);
 *   `correctResponse` the right answer in the same format (empty when not scored). Bubbles and is
 *   composed. Not dispatched on restore.
 *
 * @csspart base - The form around everything.
 * @csspart instruction - The instruction.
 * @csspart end - Each end of an order ("onschuldig" … "heel ernstig").
 * @csspart list - The list (order) or group (classify) of items.
 * @csspart item - Each item.
 * @csspart move-button - The "Omhoog" and "Omlaag" buttons.
 * @csspart mark - The mark on a checked item ("Goed", "Hoort op plaats 2").
 * @csspart check-button - The "Controleer" button.
 * @csspart feedback - The live region with the verdict and the feedback.
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-color-text-muted - Ends of the order, held-back buttons.
 * @cssproperty --up-color-background - Background of items.
 * @cssproperty --up-color-surface - Position numbers, panels, held-back buttons.
 * @cssproperty --up-color-border - Borders of items.
 * @cssproperty --up-color-accent - Buttons and chosen groups.
 * @cssproperty --up-color-on-accent - Text on the accent colour.
 * @cssproperty --up-color-focus - Focus ring.
 * @cssproperty --up-color-correct - Marks and verdict when right.
 * @cssproperty --up-color-correct-surface - Feedback background when right.
 * @cssproperty --up-color-incorrect - Marks and verdict when not right.
 * @cssproperty --up-color-incorrect-surface - Feedback background when not right.
 * @cssproperty --up-radius - Corner radius.
 * @cssproperty --up-space - Base spacing unit.
 *
 * @cssstate answered - The sort is checked (or restored) and locked.
 * @cssstate correct - The locked answer of a scored sort is entirely right.
 * @cssstate incorrect - The locked answer of a scored sort is not entirely right.
 */
@customElement('up-sort')
export class UpSort extends ActivityElement {
  static override styles = [
    tokens,
    buttons,
    visuallyHidden,
    host,
    options,
    panels,
    richText,
    css`
      .instruction {
        margin-block-end: calc(var(--_space) * 0.75);
        font-weight: 600;
      }
      .end {
        margin: 0 0 0.375em;
        color: var(--_text-muted);
        font-style: italic;
      }
      .end.last {
        margin: 0.375em 0 0;
      }
      ol.items {
        display: grid;
        gap: calc(var(--_space) * 0.5);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .items-block {
        margin-block-end: var(--_space);
      }
      li.item {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em 0.75em;
        box-sizing: border-box;
        min-height: 2.75em;
        padding: 0.375em 0.5em 0.375em 0.75em;
        border: 2px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_background);
      }
      .position {
        display: inline-flex;
        flex: none;
        align-items: center;
        justify-content: center;
        width: 1.75em;
        height: 1.75em;
        border-radius: 50%;
        background: var(--_surface);
        box-shadow: inset 0 0 0 1px var(--_border);
        font-weight: 700;
      }
      .text {
        flex: 1 1 8em;
        min-width: 0;
      }
      .moves {
        display: flex;
        flex: none;
        gap: 0.375em;
        margin-inline-start: auto;
      }
      .move {
        padding: 0.25em;
      }
      .move svg {
        display: block;
        width: 1.5em;
        height: 1.5em;
        margin: auto;
        fill: none;
        stroke: currentColor;
        stroke-width: 2.5;
        stroke-linecap: round;
        stroke-linejoin: round;
      }
      fieldset.item {
        margin: 0 0 var(--_space);
      }
      fieldset.item legend {
        font-weight: 400;
        margin-block-end: 0.5em;
      }
      .mark {
        display: inline-flex;
        align-items: center;
        gap: 0.25em;
        margin: 0.375em 0 0;
        font-weight: 700;
      }
      li .mark {
        margin: 0 0 0 auto;
      }
      .mark.right {
        color: var(--_correct);
      }
      .mark.wrong {
        color: var(--_incorrect);
      }
      li.item.right {
        border-color: var(--_correct);
      }
      li.item.wrong {
        border-color: var(--_incorrect);
      }
      .feedback:not(:empty) {
        margin-block-start: var(--_space);
      }
      @media (prefers-reduced-motion: no-preference) {
        li.item.moved {
          animation: moved 600ms ease-out;
        }
      }
      @keyframes moved {
        from {
          background: var(--_surface);
          box-shadow: 0 0 0 3px var(--_accent);
        }
      }
    `,
  ];

  /** The sort to show (`{type: 'sort', id, mode, instruction, ends, categories, items, scored, feedback}`). Property only. */
  @property({attribute: false}) activity?: SortActivity;

  /**
   * An earlier answer to restore, in the format of `up-answered` (item ids in order, or
   * `item.category` pairs). It shows locked with its marks and feedback, and no event is
   * dispatched. An answer that does not fit the activity (missing or unknown items or groups) is
   * ignored. Property only.
   */
  @property({attribute: false}) response?: string[];

  /** Order mode: the items' ids as shown. Classify mode: the display order of the items. */
  @state() private _order: string[] = [];
  /** Classify mode: the chosen group per item id. */
  @state() private _placed: Record<string, string> = {};
  @state() private _locked = false;
  @state() private _hint = false;
  @state() private _announcement = '';
  /** The item that moved last, highlighted briefly. */
  @state() private _moved?: string;

  /** True once the sort is checked or restored (read-only). */
  get answered(): boolean {
    return this._locked;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const activity = this.activity;
    if (changed.has('activity') || changed.has('response')) {
      const kept = activity ? keepSortResponse(activity, this.response) : [];
      // up-lesson hands back what this element just dispatched: nothing to restore then.
      const echo = !changed.has('activity') && this._locked && sameList([...kept].sort(), this._response().sort());
      if (!echo) this._restore(activity, kept);
    }
    const correct = this._locked && activity && this._scored() ? sortIsCorrect(activity, this._response()) : undefined;
    this._setState('answered', this._locked);
    this._setState('correct', correct === true);
    this._setState('incorrect', correct === false);
  }

  protected override render() {
    const activity = this.activity;
    if (!activity) return nothing;
    const t = this._t;
    return html`
      <form part="base" class="base" novalidate @submit=${this._onSubmit}>
        <div part="instruction" id="instruction" class="instruction rich">${renderMarkdown(activity.instruction)}</div>
        <div class="items-block">${activity.mode === 'order' ? this._renderOrder(t, activity) : this._renderClassify(t, activity)}</div>
        <button
          part="check-button"
          class="button"
          type="submit"
          aria-disabled=${this._locked || !this._complete() ? 'true' : 'false'}
        >
          ${t.check}
        </button>
        <div part="feedback" class="feedback" role="status">${this._renderFeedback(t, activity)}</div>
        <div class="visually-hidden" role="status">${this._announcement}</div>
      </form>
    `;
  }

  private _renderOrder(t: Translation, activity: SortActivity): TemplateResult {
    const total = this._order.length;
    const ends = activity.ends;
    return html`
      ${ends ? html`<p part="end" class="end first" aria-hidden="true">${ends.first}</p>` : nothing}
      <ol part="list" class="items" aria-labelledby="instruction" aria-describedby=${ends ? 'ends' : nothing}>
        ${repeat(
          this._order,
          (id) => id,
          (id, index) => {
            const item = this._item(id)!;
            const right = this._locked && this._scored() ? activity.items[index]?.id === id : undefined;
            return html`<li
              part="item"
              class=${classMap({item: true, right: right === true, wrong: right === false, moved: this._moved === id})}
            >
              <span class="position" aria-hidden="true">${index + 1}</span>
              <span class="text">${item.text}</span>
              ${this._locked
                ? this._renderMark(t, right, right === false ? t.belongsAt(activity.items.findIndex((i) => i.id === id) + 1) : '')
                : html`<span class="moves">
                    ${this._moveButton(t, item, 'up', index === 0)}
                    ${this._moveButton(t, item, 'down', index === total - 1)}
                  </span>`}
            </li>`;
          }
        )}
      </ol>
      ${ends
        ? html`<p part="end" class="end last" aria-hidden="true">${ends.last}</p>
            <p id="ends" class="visually-hidden">${t.orderEnds(ends.first, ends.last)}</p>`
        : nothing}
    `;
  }

  private _moveButton(t: Translation, item: Item, direction: 'up' | 'down', atEnd: boolean): TemplateResult {
    return html`<button
      part="move-button"
      class="button secondary move"
      type="button"
      data-id=${item.id}
      data-direction=${direction}
      aria-label=${direction === 'up' ? t.moveUp(item.text) : t.moveDown(item.text)}
      aria-disabled=${atEnd ? 'true' : 'false'}
      @click=${() => this._move(item.id, direction === 'up' ? -1 : 1)}
    >
      ${icon(direction === 'up' ? upPath : downPath, '')}
    </button>`;
  }

  private _renderClassify(t: Translation, activity: SortActivity): TemplateResult {
    const categories = activity.categories ?? [];
    return html`<div part="list" class="groups" role="group" aria-labelledby="instruction">
      ${this._order.map((id) => {
        const item = this._item(id)!;
        const chosen = this._placed[id];
        const right = this._locked && this._scored() ? item.category === chosen : undefined;
        const belongs = categories.find((c) => c.id === item.category)?.label ?? '';
        return html`<fieldset part="item" class="item" ?disabled=${this._locked}>
          <legend>${item.text}</legend>
          <div class="options row">
            ${categories.map(
              (category) => html`<label class="option">
                <input
                  type="radio"
                  name=${`group-${id}`}
                  value=${category.id}
                  .checked=${chosen === category.id}
                  @change=${() => this._place(id, category.id)}
                />
                <span>${category.label}</span>
              </label>`
            )}
          </div>
          ${this._locked ? this._renderMark(t, right, right === false ? t.belongsIn(belongs) : '') : nothing}
        </fieldset>`;
      })}
    </div>`;
  }

  private _renderMark(t: Translation, right: boolean | undefined, wrongText: string): TemplateResult | typeof nothing {
    if (right === undefined) return nothing;
    return html`<p part="mark" class="mark ${right ? 'right' : 'wrong'}">
      ${icon(right ? checkPath : crossPath)}<span>${right ? t.rightPlace : wrongText}</span>
    </p>`;
  }

  private _renderFeedback(t: Translation, activity: SortActivity): TemplateResult | typeof nothing {
    if (!this._locked) return this._hint ? html`<p class="hint">${t.placeEvery}</p>` : nothing;
    const scored = this._scored();
    const response = this._response();
    const correct = scored ? sortIsCorrect(activity, response) : undefined;
    const text = activity.feedback ?? (scored ? undefined : t.noRightAnswer);
    return html`<div class=${classMap({panel: true, correct: correct === true, incorrect: correct === false})}>
      ${correct !== undefined
        ? html`${verdict(t, correct)}
            <p>${t.sortScore(this._rightCount(activity), activity.items.length)}</p>`
        : nothing}
      ${text ? html`<div class="rich">${renderMarkdown(text)}</div>` : nothing}
    </div>`;
  }

  private async _move(id: string, delta: -1 | 1): Promise<void> {
    if (this._locked) return;
    const from = this._order.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= this._order.length) return;
    const order = [...this._order];
    [order[from], order[to]] = [order[to]!, order[from]!];
    this._order = order;
    this._moved = id;
    this._announcement = this._t.movedTo(this._item(id)!.text, to + 1, order.length);
    await this.updateComplete;
    // The item's node moved in the list, which takes focus away: give it back to the same button.
    const direction = delta < 0 ? 'up' : 'down';
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-id="${id}"][data-direction="${direction}"]`)?.focus();
  }

  private _place(id: string, category: string): void {
    this._placed = {...this._placed, [id]: category};
    if (this._complete()) this._hint = false;
  }

  private _onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const activity = this.activity;
    if (!activity || this._locked) return;
    if (!this._complete()) {
      this._hint = true;
      return;
    }
    this._locked = true;
    this._hint = false;
    this._announcement = '';
    const response = this._response();
    const scored = this._scored();
    this._dispatchAnswer({
      activityId: activity.id,
      kind: 'sort',
      response,
      correctResponse: sortCorrectResponse({...activity, scored}),
      correct: scored ? sortIsCorrect(activity, response) : null,
      scored,
    });
  }

  /** Starts over from `response` (already checked to fit), or from the shuffled items. */
  private _restore(activity: SortActivity | undefined, response: string[]): void {
    const ids = activity?.items.map((i) => i.id) ?? [];
    this._order = activity ? shuffled(ids, activity.id) : [];
    this._placed = {};
    this._locked = response.length > 0;
    this._hint = false;
    this._announcement = '';
    this._moved = undefined;
    if (!this._locked || !activity) return;
    if (activity.mode === 'order') this._order = [...response];
    else this._placed = Object.fromEntries(response.map((r) => unpair(r)!));
  }

  /** The answer as it stands, in the format of `up-answered`. */
  private _response(): string[] {
    if (this.activity?.mode === 'order') return [...this._order];
    return this._order.map((id) => pair(id, this._placed[id] ?? ''));
  }

  /** Order is always complete; classify once every item has a group. */
  private _complete(): boolean {
    return this.activity?.mode === 'order' || this._order.every((id) => this._placed[id] !== undefined);
  }

  private _rightCount(activity: SortActivity): number {
    if (activity.mode === 'order') return this._order.filter((id, i) => activity.items[i]?.id === id).length;
    return activity.items.filter((item) => item.category !== undefined && this._placed[item.id] === item.category).length;
  }

  private _item(id: string): Item | undefined {
    return this.activity?.items.find((i) => i.id === id);
  }

  /** Lessons that were not run through the schema may leave `scored` out; the schema default is true. */
  private _scored(): boolean {
    return this.activity?.scored !== false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'up-sort': UpSort;
  }
}
