import {css, html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {StoryActivity} from '@upstander/schema';
import {ActivityElement} from './internal/activity-element.js';
import type {LessonMode} from './internal/activity-element.js';
import {renderMarkdown, richText} from './internal/rich-text.js';
import {buttons, fields, host, panels, tokens} from './internal/styles.js';
import {TextAnswers, savedStatus, textField} from './internal/text-answers.js';
import type {Translation} from './translations/nl.js';
import {customElement} from './internal/define.js';

type Draw = (typeof import('./internal/story-picture.js'))['storyPicture'];
/**
 * The drawings of a story in pictures, loaded the first time a story with panels shows: most steps
 * have none, and a lesson page needs them only once the pupil opens the pictures.
 */
let drawing: Promise<Draw> | undefined;
let draw: Draw | undefined;

/**
 * @summary An experience story, to read or to hear, with empathy questions.
 *
 * Shows the story's title (`<h3>`, under the step's `<h2>`), who tells it, and the text. With
 * `audio` there is a native audio player (`preload="none"`: nothing loads until the pupil presses
 * play) and the transcript in a disclosure right under it. With `panels` there is a second
 * disclosure, "Het verhaal in plaatjes": the story again as drawn pictures (inline SVG, each an
 * image named by its `alt`) with short sentences under each, for pupils who read with difficulty.
 * Every empathy question is the label of
 * a `<textarea>`; answers are saved when the pupil leaves a field they changed (`up-answered` with
 * `kind: 'text'`), with a note that they stay on this device unless the activity has `shareText`.
 * Setting `text` restores answers without an event. In `mode="classroom"` the questions are shown
 * to talk about, without fields, and nothing is stored.
 *
 * @fires {CustomEvent<AnsweredDetail>} up-answered - The pupil left a field they changed.
 *   `response` lists the question ids that have an answer; `text` holds the answers by question
 *   id. Bubbles and is composed. Not dispatched on restore, and never in classroom mode.
 *
 * @csspart base - The `<article>` around the story.
 * @csspart title - The story's title (`<h3>`).
 * @csspart narrator - Who tells it.
 * @csspart audio - The audio player.
 * @csspart transcript - The disclosure with the transcript.
 * @csspart panels - The disclosure with the story in pictures.
 * @csspart panel - Each picture with its sentences (an `<li>` holding a `<figure>`).
 * @csspart picture - Each drawn picture (`<svg role="img">`).
 * @csspart text - The story text.
 * @csspart questions - The empathy questions.
 * @csspart field - Each `<textarea>`.
 * @csspart status - The polite status ("Bewaard op dit apparaat.").
 * @csspart note - Where the answers go.
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-color-text-muted - The narrator and the note.
 * @cssproperty --up-color-background - Background of the fields.
 * @cssproperty --up-color-surface - Background of the story.
 * @cssproperty --up-color-border - Borders.
 * @cssproperty --up-color-accent - The story's edge and the transcript toggle.
 * @cssproperty --up-color-focus - Focus ring.
 * @cssproperty --up-radius - Corner radius.
 * @cssproperty --up-space - Base spacing unit.
 *
 * @cssstate answered - At least one answer is saved (or restored).
 */
@customElement('up-story')
export class UpStory extends ActivityElement {
  static override styles = [
    tokens,
    buttons,
    host,
    fields,
    panels,
    richText,
    css`
      .story {
        margin: 0 0 calc(var(--_space) * 1.25);
        padding: var(--_space);
        border-inline-start: 0.375em solid var(--_accent);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      h3 {
        margin: 0;
        font-size: 1.1em;
        line-height: 1.25;
      }
      .narrator {
        margin: 0.125em 0 var(--_space);
        color: var(--_text-muted);
      }
      audio {
        display: block;
        width: 100%;
        max-width: 100%;
        margin-block-end: 0.5em;
      }
      audio:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      details {
        margin-block-end: var(--_space);
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
      .transcript {
        padding: 0.5em 0.75em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_background);
      }
      .panels > ol {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
        gap: var(--_space);
        margin: 0;
        padding: 0;
        list-style: none;
      }
      figure {
        margin: 0;
      }
      .picture {
        display: block;
        width: 100%;
        height: auto;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        forced-color-adjust: none;
      }
      figcaption {
        margin-block-start: 0.5em;
      }
      figcaption > :first-child {
        margin-block-start: 0;
      }
      .discussion {
        margin: 0;
        padding-inline-start: 1.25em;
        font-size: 1.2em;
        font-weight: 600;
      }
      .discussion li + li {
        margin-block-start: calc(var(--_space) * 0.75);
      }
      .discuss {
        margin: 0 0 0.5em;
        font-weight: 600;
      }
    `,
  ];

  /** The story to show (`{type: 'story', id, title, narrator, text, audio, panels, questions, shareText}`). Property only. */
  @property({attribute: false}) activity?: StoryActivity;

  /** Earlier answers by question id to restore, without an event. Unknown ids are ignored. Property only. */
  @property({attribute: false}) text?: Record<string, string>;

  /** `individual` (default): fields to write in. `classroom`: the questions to talk about; nothing is stored. */
  @property({reflect: true}) mode: LessonMode = 'individual';

  private readonly _answers = new TextAnswers(this, (texts) => this._onSave(texts));

  /** True once at least one answer is saved or restored (read-only). */
  get answered(): boolean {
    return this._answers.answered(this._ids()).length > 0;
  }

  /** Settles once the drawings this story needs are loaded (part of `updateComplete`). */
  private _pictures: Promise<unknown> | undefined;

  protected override async getUpdateComplete(): Promise<boolean> {
    await this._pictures;
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.activity?.panels?.length && !draw) {
      drawing ??= import('./internal/story-picture.js').then((module) => (draw = module.storyPicture));
      this._pictures ??= drawing.then(() => this.requestUpdate());
    }
    if (changed.has('activity') || changed.has('text')) this._answers.restore(this.text, this._ids(), changed.has('activity'));
    this._setState('answered', this.answered);
  }

  protected override render() {
    const activity = this.activity;
    if (!activity) return nothing;
    const t = this._t;
    return html`<article part="base" class="story" aria-labelledby="title">
        <h3 id="title" part="title">${activity.title}</h3>
        ${activity.narrator ? html`<p part="narrator" class="narrator">${t.toldBy(activity.narrator)}</p>` : nothing}
        ${activity.audio
          ? html`<audio part="audio" controls preload="none" src=${activity.audio.src} aria-label=${t.listen(activity.title)}></audio>
              <details part="transcript">
                <summary>${t.transcript}</summary>
                <div class="transcript rich">${renderMarkdown(activity.audio.transcript)}</div>
              </details>`
          : nothing}
        ${activity.panels?.length
          ? html`<details part="panels" class="panels">
              <summary>${t.inPictures}</summary>
              <ol>
                ${activity.panels.map(
                  (panel) => html`<li part="panel">
                    <figure>
                      ${draw ? draw(panel.picture) : nothing}
                      <figcaption class="rich">${renderMarkdown(panel.text)}</figcaption>
                    </figure>
                  </li>`,
                )}
              </ol>
            </details>`
          : nothing}
        <div part="text" class="rich">${renderMarkdown(activity.text)}</div>
      </article>
      ${this._renderQuestions(t, activity)}`;
  }

  private _renderQuestions(t: Translation, activity: StoryActivity): TemplateResult | typeof nothing {
    const questions = activity.questions ?? [];
    if (questions.length === 0) return nothing;
    if (this.mode === 'classroom') {
      return html`<div part="questions">
        <p class="discuss">${t.discuss}</p>
        <ol class="discussion">
          ${questions.map((q) => html`<li>${q.question}</li>`)}
        </ol>
      </div>`;
    }
    return html`<div part="questions">
      ${questions.map((q) => textField(this._answers, q.id, q.question))} ${savedStatus(t, this._answers, activity.shareText === true)}
    </div>`;
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
    return this.activity?.questions?.map((q) => q.id) ?? [];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'up-story': UpStory;
  }
}
