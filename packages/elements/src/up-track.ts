import {LitElement, css, nothing, svg} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import {styleMap} from 'lit/directives/style-map.js';
import type {Lesson, Track, TrackLesson} from '@upstander/schema';
import {placeProgress, trackStatus} from '@upstander/schema/progress';
import type {LessonProgress, TrackProgress, TrackStatus} from '@upstander/schema/progress';
import {buttons, tokens, visuallyHidden} from './internal/styles.js';
import {localizeGuide} from './translations/guide-nl.js';
import type {GuideTranslation} from './translations/guide-nl.js';
import {closestLang} from './translations/localize.js';
import type {LessonMode} from './up-lesson.js';
import {customElement} from './internal/define.js';

/** The detail of `up-lesson-selected`. */
export interface LessonSelectedDetail {
  /** The id of the lesson (or of the variant) that was chosen. */
  lessonId: string;
}

/** One place in the track as the overview shows it. */
interface Entry {
  entry: TrackLesson;
  /** The lesson shown for this place: the track's lesson, or its first variant that is available. */
  lesson?: Lesson;
  /** The other available versions that may be played instead. */
  variants: Lesson[];
  done: boolean;
  /** The version that was finished, when it is not `lesson`. */
  doneAs?: Lesson;
  /** The best score among the finished versions, when one has a score. */
  score?: number;
  next: boolean;
}

export {trackStatus};
export type {LessonProgress, TrackProgress, TrackStatus};

const check = svg`<path d="M4 12.5l5 5L20 6.5" />`;

/**
 * @summary A track overview: its lessons in order, what is done, what is next and whether the track is complete.
 *
 * Shows the track title and summary, how many lessons are finished, the completion rule and whether
 * it is met, then the lessons as an ordered list: for each its title (a button), duration, status
 * ("Afgerond" with the score, "Volgende les", or "Nog te doen") and goals, and the variants that may
 * be played instead. The first lesson that is not finished is marked "Volgende les"
 * (`aria-current="step"`). Choosing a lesson dispatches `up-lesson-selected`; the page decides what
 * happens (open the lesson, start a package…). The element never fetches, stores or tracks anything.
 *
 * UI strings follow the `lang` of the element or its nearest ancestor, else the language of the
 * first lesson (nl, en).
 *
 * @fires {CustomEvent<LessonSelectedDetail>} up-lesson-selected - A lesson (or a variant) was
 *   chosen, by click, Enter or Space. Bubbles and is composed. `detail.lessonId` is the chosen id.
 *
 * @csspart base - The `<section>` around everything: a group named by the track title, not a landmark, so a
 *   page may show the same track twice (and keeps its own landmarks unique).
 * @csspart header - The header with title, summary and status.
 * @csspart title - The track title (a heading of level `heading-level`).
 * @csspart summary - The track summary.
 * @csspart status - The box with progress, the completion rule and the verdict.
 * @csspart progress-bar - The bar that shows the share of finished lessons (decorative: the text says it).
 * @csspart verdict - "Leerlijn afgerond" or "Nog niet afgerond".
 * @csspart list - The ordered list of lessons.
 * @csspart lesson - Each lesson (`<li>`).
 * @csspart lesson-button - The button with a lesson's title.
 * @csspart lesson-status - A lesson's status line: duration, status, score.
 * @csspart next-badge - The "Volgende les" marker.
 * @csspart goals - A lesson's goals.
 * @csspart variant-button - A button for a variant of a lesson.
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-font-size - Base font size. Default 1rem.
 * @cssproperty --up-font-size-classroom - Base font size in classroom mode. Default 1.5rem.
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-color-text-muted - Secondary text: durations, goals.
 * @cssproperty --up-color-background - Background.
 * @cssproperty --up-color-surface - Background of the status box and the progress track.
 * @cssproperty --up-color-border - Borders, markers of lessons to do, the line between lessons.
 * @cssproperty --up-color-accent - The next lesson, the progress bar and the lesson buttons.
 * @cssproperty --up-color-on-accent - Text on the accent colour.
 * @cssproperty --up-color-focus - Focus ring.
 * @cssproperty --up-color-correct - Markers of finished lessons and the "complete" verdict.
 * @cssproperty --up-color-correct-surface - Background of the verdict when the track is complete.
 * @cssproperty --up-radius - Corner radius.
 * @cssproperty --up-space - Base spacing unit.
 *
 * @cssstate complete - The track's completion rule is met.
 */
@customElement('up-track')
export class UpTrack extends LitElement {
  static override styles = [
    tokens,
    buttons,
    visuallyHidden,
    css`
      :host {
        display: block;
        color: var(--_text);
        background: var(--_background);
        font-family: var(--_font-family);
        font-size: var(--up-font-size, 1rem);
        line-height: 1.5;
        overflow-wrap: break-word;
      }
      :host([hidden]) {
        display: none;
      }
      :host([mode='classroom']) {
        font-size: var(--up-font-size-classroom, 1.5rem);
      }
      .base {
        box-sizing: border-box;
        padding: var(--_space);
      }
      .title {
        font-size: 1.5em;
        line-height: 1.25;
        margin: 0 0 calc(var(--_space) * 0.5);
      }
      .summary {
        margin: 0 0 var(--_space);
      }
      .status {
        display: grid;
        gap: 0.375em;
        margin-block-end: calc(var(--_space) * 1.5);
        padding: calc(var(--_space) * 0.75) var(--_space);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .status p {
        margin: 0;
      }
      .count {
        font-weight: 600;
      }
      .track {
        height: 0.5em;
        border-radius: 999px;
        background: var(--_background);
        box-shadow: inset 0 0 0 1px var(--_border);
        overflow: hidden;
      }
      .fill {
        height: 100%;
        background: var(--_accent);
      }
      .verdict {
        display: inline-flex;
        align-items: center;
        gap: 0.375em;
        justify-self: start;
        padding: 0.125em 0.625em;
        border: 2px solid var(--_border);
        border-radius: 999px;
        background: var(--_background);
        font-weight: 600;
      }
      :host(:state(complete)) .verdict {
        border-color: var(--_correct);
        background: var(--_correct-surface);
        color: var(--_correct);
      }
      .icon {
        width: 1.1em;
        height: 1.1em;
        flex: none;
        fill: none;
        stroke: currentColor;
        stroke-width: 3;
        stroke-linecap: round;
        stroke-linejoin: round;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .lesson {
        position: relative;
        display: grid;
        grid-template-columns: 2.25em minmax(0, 1fr);
        gap: 0 0.75em;
        padding-block-end: calc(var(--_space) * 1.25);
      }
      /* The line that joins the markers. */
      .lesson:not(:last-child)::before {
        content: '';
        position: absolute;
        inset-block: 2.25em 0;
        inset-inline-start: calc(1.125em - 1px);
        border-inline-start: 2px solid var(--_border);
      }
      .marker {
        box-sizing: border-box;
        display: grid;
        place-items: center;
        width: 2.25em;
        height: 2.25em;
        border: 2px solid var(--_border);
        border-radius: 50%;
        background: var(--_background);
        font-weight: 700;
      }
      .done .marker {
        border-color: var(--_correct);
        background: var(--_correct);
        color: var(--_background);
      }
      .next .marker {
        border-color: var(--_accent);
        background: var(--_accent);
        color: var(--_on-accent);
      }
      .body {
        min-width: 0;
      }
      .next .body {
        margin-block-start: -0.25em;
        padding: 0.25em 0.75em 0.75em;
        border: 2px solid var(--_accent);
        border-radius: var(--_radius);
      }
      .lesson-title {
        font-size: 1.15em;
        line-height: 1.3;
        margin: 0.25em 0;
      }
      .link {
        display: inline;
        padding: 0;
        margin: 0;
        border: 0;
        background: none;
        color: var(--_accent);
        font: inherit;
        font-weight: 700;
        text-align: start;
        text-decoration: underline;
        text-decoration-thickness: 0.08em;
        text-underline-offset: 0.15em;
        cursor: pointer;
      }
      .link:hover {
        text-decoration-thickness: 0.15em;
      }
      .link:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
        border-radius: 2px;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25em 0.75em;
        margin: 0;
        color: var(--_text-muted);
      }
      .badge {
        padding: 0 0.5em;
        border-radius: var(--_radius);
        background: var(--_accent);
        color: var(--_on-accent);
        font-weight: 700;
      }
      .done-label {
        color: var(--_correct);
        font-weight: 600;
      }
      .goals {
        margin: 0.375em 0 0;
        padding-inline-start: 1.25em;
        list-style: disc;
        color: var(--_text-muted);
        font-size: 0.9375em;
      }
      .variants {
        margin: 0.375em 0 0;
        font-size: 0.9375em;
      }
      .variants .link {
        font-weight: 600;
      }
      .missing {
        margin: 0.25em 0 0;
        color: var(--_text-muted);
        font-style: italic;
      }
      @media (prefers-reduced-motion: no-preference) {
        .fill {
          transition: inline-size 200ms ease-out;
        }
      }
      @media (forced-colors: active) {
        .fill {
          background: Highlight;
        }
        .done .marker,
        .next .marker {
          forced-color-adjust: none;
          background: Canvas;
          color: CanvasText;
          border-color: Highlight;
        }
      }
    `,
  ];

  /** The track to show, as parsed by `@upstander/schema`. Property only. */
  @property({attribute: false}) track?: Track;

  /**
   * The lessons of the track (and of its variants), as parsed by `@upstander/schema`. Lessons of the
   * track that are missing here are listed by id, without a button. Property only.
   */
  @property({attribute: false}) lessons: Lesson[] = [];

  /** What is finished, by lesson id: `{completed, score?}` with the score as a percentage. Property only. */
  @property({attribute: false}) progress: TrackProgress = {};

  /** `individual` (default) or `classroom`: on the digibord, with larger type. */
  @property({reflect: true}) mode: LessonMode = 'individual';

  /** Level of the track title's heading (1–5; default 2). Lesson titles are one level below. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  private readonly _internals = this.attachInternals();

  /** Where the track stands now. Read-only. */
  get status(): TrackStatus | undefined {
    return this.track ? trackStatus(this.track, this.progress) : undefined;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    try {
      if (this.status?.complete) this._internals.states.add('complete');
      else this._internals.states.delete('complete');
    } catch {
      // No CustomStateSet: a styling extra only.
    }
  }

  protected override render() {
    const track = this.track;
    if (!track) return nothing;
    const language = closestLang(this) || this.lessons[0]?.language || 'nl';
    const t = localizeGuide(language);
    const status = trackStatus(track, this.progress);
    const level = Math.min(Math.max(Math.round(this.headingLevel) || 2, 1), 5);
    const h = unsafeStatic(`h${level}`);
    const entries = this._entries(track, status);

    return html`<section part="base" class="base" role="group" lang=${language} aria-labelledby="title">
      <div part="header" class="header">
        <${h} id="title" part="title" class="title">${track.title}</${h}>
        <p part="summary" class="summary">${track.summary}</p>
        <div part="status" class="status">
          <p class="count">${t.lessonsDone(status.done, status.total)}</p>
          <div part="progress-bar" class="track" aria-hidden="true">
            <div class="fill" style=${styleMap({inlineSize: `${(status.done / status.total) * 100}%`})}></div>
          </div>
          <p class="rule">${ruleText(t, track)}</p>
          ${track.completion.rule === 'mastery' && status.average !== null
            ? html`<p class="average">${t.averageScore(Math.round(status.average))}</p>`
            : nothing}
          <p part="verdict" class="verdict">
            ${status.complete ? html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${check}</svg>` : nothing}
            ${status.complete ? t.trackComplete : t.trackIncomplete}
          </p>
        </div>
      </div>
      <ol part="list" role="list" aria-label=${t.lessonList}>
        ${entries.map((e, i) => this._renderEntry(t, e, i, level + 1, language))}
      </ol>
    </section>`;
  }

  private _entries(track: Track, status: TrackStatus): Entry[] {
    const byId = new Map(this.lessons.map((l) => [l.id, l]));
    return track.lessons.map((entry, i) => {
      const available = [entry.lesson, ...(entry.variants ?? [])].flatMap((id) => byId.get(id) ?? []);
      const place = placeProgress(entry, this.progress);
      const lesson = available[0];
      const doneAs = place.doneId !== undefined && place.doneId !== lesson?.id ? byId.get(place.doneId) : undefined;
      return {entry, lesson, variants: available.slice(1), done: place.done, doneAs, score: place.score, next: i === status.next};
    });
  }

  private _renderEntry(t: GuideTranslation, e: Entry, i: number, level: number, language: string): TemplateResult {
    const h = unsafeStatic(`h${Math.min(level, 6)}`);
    const id = `lesson-${i}`;
    const lesson = e.lesson;
    const title = lesson?.title ?? e.entry.lesson;
    return html`<li part="lesson" class="lesson ${e.done ? 'done' : ''} ${e.next ? 'next' : ''}">
      <span class="marker" aria-hidden="true">
        ${e.done ? html`<svg class="icon" viewBox="0 0 24 24">${check}</svg>` : i + 1}
      </span>
      <div class="body" lang=${lesson && lesson.language !== language ? lesson.language : nothing}>
        <${h} class="lesson-title">
          ${lesson
            ? html`<button
                part="lesson-button"
                class="link"
                type="button"
                aria-current=${e.next ? 'step' : nothing}
                aria-describedby="${id}-status"
                @click=${() => this._select(lesson.id)}
              >
                ${title}
              </button>`
            : title}
        </${h}>
        <p part="lesson-status" class="meta" id="${id}-status" lang=${language}>
          ${lesson ? html`<span>${t.minutes(lesson.durationMinutes)}</span>` : nothing}
          ${e.next ? html`<span part="next-badge" class="badge">${t.nextLesson}</span>` : nothing}
          ${e.done ? html`<span class="done-label">${e.doneAs ? t.doneAs(e.doneAs.title) : t.done}</span>` : nothing}
          ${!e.done && !e.next ? html`<span>${t.todo}</span>` : nothing}
          ${e.done && e.score !== undefined ? html`<span>${t.scorePercent(Math.round(e.score))}</span>` : nothing}
        </p>
        ${lesson
          ? html`<ul part="goals" class="goals" aria-label=${t.goals}>
              ${lesson.goals.map((goal) => html`<li>${goal}</li>`)}
            </ul>`
          : html`<p class="missing" lang=${language}>${t.missingLesson(e.entry.lesson)}</p>`}
        ${e.variants.length > 0
          ? html`<p class="variants">
              <span lang=${language}>${t.variants}</span>
              ${e.variants.map(
                (variant, j) => html`${j > 0 ? ', ' : ' '}<button
                    part="variant-button"
                    class="link"
                    type="button"
                    lang=${variant.language !== language ? variant.language : nothing}
                    @click=${() => this._select(variant.id)}
                  >
                    ${variant.title}</button
                  >`
              )}
            </p>`
          : nothing}
      </div>
    </li>`;
  }

  private _select(lessonId: string): void {
    this.dispatchEvent(
      new CustomEvent<LessonSelectedDetail>('up-lesson-selected', {detail: {lessonId}, bubbles: true, composed: true})
    );
  }
}

function ruleText(t: GuideTranslation, track: Track): string {
  const rule = track.completion;
  switch (rule.rule) {
    case 'all':
      return t.ruleAll;
    case 'count':
      return t.ruleCount(rule.count, track.lessons.length);
    case 'mastery':
      return t.ruleMastery(rule.score);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'up-track': UpTrack;
  }
  interface GlobalEventHandlersEventMap {
    'up-lesson-selected': CustomEvent<LessonSelectedDetail>;
  }
}
