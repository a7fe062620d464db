import {css, html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {classMap} from 'lit/directives/class-map.js';
import type {SocialPostActivity} from '@upstander/schema';
import {ActivityElement} from './internal/activity-element.js';
import type {LessonMode} from './internal/activity-element.js';
import {keepKnown} from '@upstander/schema/answers';
import {avatar, avatarStyles} from './internal/avatar.js';
import {flagPath, heartPath, icon, note, verdict} from './internal/icons.js';
import {renderMarkdown, richText} from './internal/rich-text.js';
import {buttons, host, options, panels, tokens, visuallyHidden} from './internal/styles.js';
import type {Translation} from './translations/nl.js';
import {customElement} from './internal/define.js';

type Choice = SocialPostActivity['choices'][number];

/**
 * @summary A made-up post with comments, and what the pupil does about it.
 *
 * Shows a fictional thread (the platform name the lesson gives, never a real platform's look;
 * avatars are initials on a coloured circle, nothing is fetched), then the question with the
 * lesson's choices as radio buttons and "Controleer". Checking locks the choice and plays its
 * effect in the thread: `like` adds the pupil's like to a comment, `respond` adds the pupil's
 * reply, `support` shows the private message, `report` marks the post reported, `ignore` changes
 * nothing. What happened and the choice's feedback (with a verdict when the post is scored) appear
 * in a polite live region, and "Wat doen de andere keuzes?" opens the feedback of every other
 * choice. Dispatches `up-answered` with `kind: 'choice'`. Setting `response` restores a choice
 * without an event. Nothing is posted anywhere.
 *
 * @fires {CustomEvent<AnsweredDetail>} up-answered - The pupil checked a choice. `response` is
 *   `[choiceId]`; `correct` is null unless the activity is `scored`. Bubbles and is composed. Not
 *   dispatched on restore.
 *
 * @csspart base - The wrapper around everything.
 * @csspart note - The note that the post is made up.
 * @csspart thread - The simulated thread (`<figure>`).
 * @csspart platform - Its caption: where it happens.
 * @csspart post - The post.
 * @csspart comments - The list of comments.
 * @csspart comment - Each comment, the pupil's reply included.
 * @csspart private-message - The pupil's private message (`support`).
 * @csspart question - The `<legend>` with the question.
 * @csspart option - Each choice: a `<label>` around its radio button.
 * @csspart check-button - The "Controleer" button.
 * @csspart feedback - The live region with what happened and the feedback.
 * @csspart other-choices - The disclosure with the other choices' feedback.
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-color-text-muted - Like counts and notes.
 * @cssproperty --up-color-background - Background of the thread and the choices.
 * @cssproperty --up-color-surface - Comment bubbles and panels.
 * @cssproperty --up-color-border - Borders.
 * @cssproperty --up-color-accent - Buttons, the chosen choice, the pupil's own messages and likes.
 * @cssproperty --up-color-on-accent - Text on the accent colour.
 * @cssproperty --up-color-focus - Focus ring.
 * @cssproperty --up-color-correct - Verdict when right (scored posts).
 * @cssproperty --up-color-correct-surface - Feedback background when right.
 * @cssproperty --up-color-incorrect - Verdict when not right; the reported mark.
 * @cssproperty --up-color-incorrect-surface - Feedback background when not right.
 * @cssproperty --up-radius - Corner radius.
 * @cssproperty --up-space - Base spacing unit.
 *
 * @cssstate answered - A choice is checked (or restored) and locked.
 * @cssstate correct - The locked choice of a scored post is right.
 * @cssstate incorrect - The locked choice of a scored post is not right.
 */
@customElement('up-social-post')
export class UpSocialPost extends ActivityElement {
  static override styles = [
    tokens,
    buttons,
    visuallyHidden,
    host,
    options,
    panels,
    richText,
    avatarStyles,
    css`
      .base > .note {
        margin: 0 0 calc(var(--_space) * 0.5);
      }
      /* Classroom mode on a wide board: the thread beside the question, so both fit one screen. */
      @media (min-width: 60em) {
        :host([mode='classroom']) .base {
          display: grid;
          grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
          gap: 0 calc(var(--_space) * 1.5);
          align-items: start;
        }
        :host([mode='classroom']) .base > .note {
          grid-column: 1 / -1;
        }
        :host([mode='classroom']) .thread {
          margin: 0;
        }
      }
      .thread {
        margin: 0 0 calc(var(--_space) * 1.25);
        padding: calc(var(--_space) * 0.75);
        border: 2px solid var(--_border);
        border-radius: calc(var(--_radius) * 2);
        background: var(--_background);
      }
      .platform {
        margin: 0 0 calc(var(--_space) * 0.75);
        padding-block-end: 0.5em;
        border-block-end: 1px solid var(--_border);
        color: var(--_text-muted);
        font-size: 0.9em;
        font-weight: 600;
      }
      .byline {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em;
        margin-block-end: 0.5em;
      }
      .author {
        margin: 0;
        font-weight: 700;
      }
      .badge {
        display: inline-flex;
        align-items: center;
        gap: 0.25em;
        padding: 0 0.5em;
        border: 1px solid currentColor;
        border-radius: 999px;
        color: var(--_incorrect);
        font-size: 0.85em;
        font-weight: 600;
      }
      .badge svg {
        width: 1em;
        height: 1em;
      }
      .comments {
        display: grid;
        gap: 0.625em;
        margin: calc(var(--_space) * 0.75) 0 0;
        padding: 0;
        list-style: none;
      }
      .comment {
        display: flex;
        align-items: flex-start;
        gap: 0.5em;
      }
      .bubble {
        flex: 1;
        min-width: 0;
        padding: 0.5em 0.75em;
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .comment.own .bubble,
      .dm {
        box-shadow: inset 0 0 0 2px var(--_accent);
      }
      .likes {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25em;
        margin: 0.25em 0 0;
        color: var(--_text-muted);
        font-size: 0.875em;
      }
      .likes svg {
        width: 1.1em;
        height: 1.1em;
        stroke-width: 2;
      }
      .liked .likes {
        color: var(--_accent);
        font-weight: 600;
      }
      .liked .likes svg {
        fill: currentColor;
      }
      .dm {
        margin-block-start: calc(var(--_space) * 0.75);
        padding: 0.5em 0.75em;
        border-radius: var(--_radius);
      }
      .dm p {
        margin: 0;
      }
      .dm-title {
        color: var(--_text-muted);
        font-size: 0.875em;
        font-weight: 600;
      }
      .feedback:not(:empty) {
        margin-block-start: var(--_space);
      }
      .effect {
        font-weight: 600;
      }
      details {
        margin-block-start: var(--_space);
      }
      summary {
        display: list-item;
        padding-block: 0.625em;
        color: var(--_accent);
        font-weight: 600;
        cursor: pointer;
      }
      summary:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      dl {
        margin: 0.5em 0 0;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0 0 0.75em;
      }
      @media (prefers-reduced-motion: no-preference) {
        .liked .likes svg,
        .comment.own,
        .dm {
          animation: appear 400ms ease-out;
        }
      }
      @keyframes appear {
        from {
          opacity: 0;
          transform: scale(0.8);
        }
      }
    `,
  ];

  /** The post to show (`{type: 'social-post', id, platform, post, comments, question, choices, scored}`). Property only. */
  @property({attribute: false}) activity?: SocialPostActivity;

  /** `classroom` on the digibord: on a wide screen the thread and the question side by side. */
  @property({reflect: true}) mode: LessonMode = 'individual';

  /**
   * An earlier answer (`[choiceId]`) to restore: the choice shows locked, with its effect and
   * feedback, and no event is dispatched. Unknown ids are ignored. Property only.
   */
  @property({attribute: false}) response?: string[];

  @state() private _selected?: string;
  @state() private _locked?: string;
  @state() private _hint = false;

  /** True once a choice is checked or restored (read-only). */
  get answered(): boolean {
    return this._locked !== undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('activity') || changed.has('response')) {
      const [known] = keepKnown(this.response, this.activity?.choices.map((c) => c.id) ?? []);
      if (changed.has('activity') || known !== this._locked) {
        this._locked = known;
        this._selected = known;
        this._hint = false;
      }
    }
    const chosen = this._chosen();
    const correct = chosen && this._scored() ? chosen.correct === true : undefined;
    this._setState('answered', chosen !== undefined);
    this._setState('correct', correct === true);
    this._setState('incorrect', correct === false);
  }

  protected override render() {
    const activity = this.activity;
    if (!activity) return nothing;
    const t = this._t;
    const chosen = this._chosen();
    return html`<div part="base" class="base">
      ${note('info', t.fictionNote)} ${this._renderThread(t, activity, chosen)}
      <form novalidate @submit=${this._onSubmit}>
        <fieldset ?disabled=${chosen !== undefined}>
          <legend part="question">${activity.question}</legend>
          <div class="options">
            ${activity.choices.map(
              (choice) => html`<label part="option" class="option">
                <input
                  type="radio"
                  name="choice"
                  .value=${choice.id}
                  .checked=${choice.id === this._selected}
                  @change=${this._onChange}
                />
                <span>${choice.text}</span>
              </label>`
            )}
          </div>
        </fieldset>
        <button
          part="check-button"
          class="button"
          type="submit"
          aria-disabled=${chosen !== undefined || this._selected === undefined ? 'true' : 'false'}
        >
          ${t.check}
        </button>
        <div part="feedback" class="feedback" role="status">${this._renderFeedback(t, activity, chosen)}</div>
        ${chosen ? this._renderOthers(t, activity, chosen) : nothing}
      </form>
    </div>`;
  }

  private _renderThread(t: Translation, activity: SocialPostActivity, chosen: Choice | undefined): TemplateResult {
    const action = chosen?.action;
    const reported = action === 'report';
    const likedId = action === 'like' ? chosen?.comment : undefined;
    const ownReply = action === 'respond' && chosen?.message ? chosen.message : undefined;
    return html`<figure part="thread" class="thread">
      <figcaption part="platform" class="platform">${activity.platform}</figcaption>
      <div part="post" class="post">
        <div class="byline">
          ${avatar(activity.post.author)}
          <p class="author">${activity.post.author}</p>
          ${reported ? html`<span class="badge">${icon(flagPath)}${t.reported}</span>` : nothing}
        </div>
        <div class="rich">${renderMarkdown(activity.post.text)}</div>
      </div>
      ${activity.comments.length > 0 || ownReply
        ? html`<ul part="comments" class="comments" aria-label=${t.comments}>
            ${activity.comments.map((comment) => {
              const liked = comment.id === likedId;
              const likes = (comment.likes ?? 0) + (liked ? 1 : 0);
              return html`<li part="comment" class=${classMap({comment: true, liked})}>
                ${avatar(comment.author)}
                <div class="bubble">
                  <p class="author">${comment.author}</p>
                  <div class="rich">${renderMarkdown(comment.text)}</div>
                  <p class="likes">
                    ${icon(heartPath)}<span>${t.likes(likes)}</span>
                    ${liked ? html`<span aria-hidden="true">·</span> <span>${t.youLike}</span>` : nothing}
                  </p>
                </div>
              </li>`;
            })}
            ${ownReply
              ? html`<li part="comment" class="comment own">
                  ${avatar(t.you)}
                  <div class="bubble">
                    <p class="author">${t.you}</p>
                    <div class="rich">${renderMarkdown(ownReply)}</div>
                  </div>
                </li>`
              : nothing}
          </ul>`
        : nothing}
      ${action === 'support' && chosen?.message
        ? html`<div part="private-message" class="dm">
            <p class="dm-title">${t.privateMessage}</p>
            <div class="rich">${renderMarkdown(chosen.message)}</div>
          </div>`
        : nothing}
    </figure>`;
  }

  private _renderFeedback(t: Translation, activity: SocialPostActivity, chosen: Choice | undefined): TemplateResult | typeof nothing {
    if (!chosen) return this._hint ? html`<p class="hint">${t.chooseFirst}</p>` : nothing;
    const correct = this._scored() ? chosen.correct === true : undefined;
    return html`<div class=${classMap({panel: true, correct: correct === true, incorrect: correct === false})}>
      ${correct !== undefined ? verdict(t, correct) : nothing}
      <p class="effect">${this._effect(t, activity, chosen)}</p>
      <div class="rich">${renderMarkdown(chosen.feedback)}</div>
    </div>`;
  }

  private _renderOthers(t: Translation, activity: SocialPostActivity, chosen: Choice): TemplateResult {
    return html`<details part="other-choices">
      <summary>${t.otherChoices}</summary>
      <dl>
        ${activity.choices
          .filter((c) => c.id !== chosen.id)
          .map((c) => html`<dt>${c.text}</dt><dd>${c.feedback}</dd>`)}
      </dl>
    </details>`;
  }

  private _effect(t: Translation, activity: SocialPostActivity, choice: Choice): string {
    switch (choice.action) {
      case 'respond':
        return t.effectRespond;
      case 'ignore':
        return t.effectIgnore;
      case 'like':
        return t.effectLike(activity.comments.find((c) => c.id === choice.comment)?.author ?? '…');
      case 'report':
        return t.effectReport;
      case 'support':
        return t.effectSupport;
    }
  }

  private _onChange(event: Event): void {
    this._selected = (event.target as HTMLInputElement).value;
    this._hint = false;
  }

  private _onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const activity = this.activity;
    if (!activity || this._locked) return;
    const choice = activity.choices.find((c) => c.id === this._selected);
    if (!choice) {
      this._hint = true;
      return;
    }
    this._locked = choice.id;
    const scored = this._scored();
    this._dispatchAnswer({
      activityId: activity.id,
      kind: 'choice',
      response: [choice.id],
      correctResponse: activity.choices.filter((c) => c.correct === true).map((c) => c.id),
      correct: scored ? choice.correct === true : null,
      scored,
    });
  }

  private _chosen(): Choice | undefined {
    return this._locked === undefined ? undefined : this.activity?.choices.find((c) => c.id === this._locked);
  }

  /** Social posts are unscored unless the author says otherwise (the schema default is false). */
  private _scored(): boolean {
    return this.activity?.scored === true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'up-social-post': UpSocialPost;
  }
}
