import {LitElement, css, html, nothing} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {keyed} from 'lit/directives/keyed.js';
import {styleMap} from 'lit/directives/style-map.js';
import type {AnsweredDetail, LearnerState, Lesson, Step} from '@upstander/schema';
import {holdsBack, lessonScore, restoreLearnerState} from '@upstander/schema/answers';
import {emptyLearnerState} from '@upstander/schema/events';
import {entryFor} from './internal/activities.js';
import type {LessonMode} from './internal/activity-element.js';
import {dispatchUpEvent} from './internal/events.js';
import {renderHelpPoint} from './internal/help-points.js';
import {buttons, tokens, visuallyHidden} from './internal/styles.js';
import {localize} from './translations/localize.js';
import type {Translation} from './translations/nl.js';
import './up-agreements.js';
import './up-check-in.js';
import './up-check-out.js';
import './up-choice.js';
import './up-dilemma.js';
import './up-help-points.js';
import './up-information.js';
import './up-reflection.js';
import './up-response-builder.js';
import './up-roles.js';
import './up-social-post.js';
import './up-sort.js';
import './up-story.js';
import './up-survey.js';
import {customElement} from './internal/define.js';

export type {LessonMode} from './internal/activity-element.js';

/**
 * @summary Plays a lesson step by step and reports progress as domain events.
 *
 * Shows the lesson title, a progress indicator, the current step (its title as a heading, then
 * the element for its activity type: `<up-information>`, `<up-choice>`, `<up-sort>`,
 * `<up-social-post>`, `<up-response-builder>`, `<up-reflection>`, `<up-survey>`, `<up-story>`,
 * `<up-roles>`, `<up-dilemma>`, `<up-agreements>`, `<up-check-in>`, `<up-check-out>` or
 * `<up-help-points>`) and "Vorige"/"Volgende" buttons. "Volgende" waits for an answer only on
 * activities whose feedback is the point of the step (choice, sort, social-post); opinions,
 * writing and feelings never hold the pupil back. After the last step, "Klaar" shows the
 * completion screen: the lesson's goals, the score of the scored activities (choice, sort and
 * social-post) and the help points. `mode` is passed on to the activities that play differently in
 * the classroom (reflection, story, roles, dilemma).
 *
 * The lesson object is never changed. What the pupil did is kept as a `LearnerState` inside the
 * element (read it from `learnerState`); pass a saved one as `state` to resume. Setting `lesson`
 * or `state` (re)starts from `state`, so set both in the same task. UI strings follow the
 * lesson's `language`. The element never talks to an LMS: a tracker listens for its events.
 *
 * It adds no landmarks: the step and the completion screen are groups named by their heading, so
 * a page may hold any number of lessons (the same one twice, too) and its own landmarks stay
 * unique. Focus moves to the step heading on "Vorige" and "Volgende", and to the completion
 * heading on "Klaar"; each new step is announced in a polite live region ("Stap 3 van 8").
 *
 * @fires {CustomEvent<ProgressedDetail>} up-progressed - A step is shown: on the first render, on
 *   a restore and on every navigation. Not dispatched for the completion screen.
 * @fires {CustomEvent<AnsweredDetail>} up-answered - Bubbles out of the inner activity element when
 *   the pupil answers. `learnerState` already holds the answer (and free text, in `texts`) when
 *   ancestors receive it.
 * @fires {CustomEvent<CompletedDetail>} up-completed - The pupil pressed "Klaar" on the last step.
 *   Dispatched once; not again when a completed state is restored.
 *
 * @csspart base - The `<article>` around everything; carries the lesson's `lang` and `dir`.
 * @csspart header - The header with the title and the progress indicator.
 * @csspart title - The lesson title (`<h1>`).
 * @csspart progress - The progress indicator: text and bar.
 * @csspart progress-bar - The bar's track (`role="progressbar"`).
 * @csspart progress-value - The bar's filled part.
 * @csspart save-failed - The message shown when `save-failed` is set.
 * @csspart step - The current step (a group named by its title).
 * @csspart step-title - The step title (`<h2>`).
 * @csspart nav - The row with the previous and next buttons.
 * @csspart previous-button - "Vorige".
 * @csspart next-button - "Volgende", or "Klaar" on the last step.
 * @csspart next-hint - Why "Volgende" is held back.
 * @csspart completion - The completion screen (a group named by its heading).
 * @csspart completion-title - Its heading (`<h2>`).
 * @csspart score - The score line.
 * @csspart goals - The list of goals.
 * @csspart help - The list of help points.
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-font-size - Base font size. Default 1.125rem.
 * @cssproperty --up-font-size-classroom - Base font size in classroom mode. Default 1.75rem.
 * @cssproperty --up-classroom-height - Largest height of the lesson in classroom mode. Default 100vh.
 * @cssproperty --up-max-width - Largest width of the lesson. Default 48rem (80rem in classroom mode).
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-color-text-muted - Secondary text and held-back buttons.
 * @cssproperty --up-color-background - Background.
 * @cssproperty --up-color-surface - Background of panels and held-back buttons.
 * @cssproperty --up-color-border - Borders and the progress track.
 * @cssproperty --up-color-accent - Buttons, progress and links.
 * @cssproperty --up-color-on-accent - Text on the accent colour.
 * @cssproperty --up-color-focus - Focus ring.
 * @cssproperty --up-color-correct - See `<up-choice>`.
 * @cssproperty --up-color-correct-surface - See `<up-choice>`.
 * @cssproperty --up-color-incorrect - See `<up-choice>`.
 * @cssproperty --up-color-incorrect-surface - See `<up-choice>`.
 * @cssproperty --up-color-alert - Text and border of the save-failed message.
 * @cssproperty --up-color-alert-surface - Background of the save-failed message.
 * @cssproperty --up-color-role-verspreider - See `<up-roles>`.
 * @cssproperty --up-color-role-doelwit - See `<up-roles>`.
 * @cssproperty --up-color-role-omstander - See `<up-roles>`.
 * @cssproperty --up-radius - Corner radius.
 * @cssproperty --up-space - Base spacing unit.
 *
 * @cssstate completed - The completion screen is shown.
 *
 * @slot completed - Shown at the end of the completion screen, e.g. a way back to a track's overview.
 */
@customElement('up-lesson')
export class UpLesson extends LitElement {
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
        font-size: var(--up-font-size, 1.125rem);
        line-height: 1.5;
        overflow-wrap: break-word;
      }
      :host([hidden]) {
        display: none;
      }
      :host([mode='classroom']) {
        font-size: var(--up-font-size-classroom, 1.75rem);
      }
      .base {
        box-sizing: border-box;
        max-width: var(--up-max-width, 48rem);
        margin-inline: auto;
        padding: var(--_space);
      }
      :host([mode='classroom']) .base {
        max-width: var(--up-max-width, 80rem);
      }
      h1,
      h2,
      h3 {
        line-height: 1.25;
        margin-block: 0 calc(var(--_space) * 0.75);
      }
      h1 {
        font-size: 1.5em;
      }
      h2 {
        font-size: 1.25em;
      }
      h3 {
        font-size: 1.1em;
        margin-block-start: calc(var(--_space) * 1.5);
      }
      h2:focus {
        outline: none;
      }
      h2:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 4px;
      }
      .header {
        margin-block-end: calc(var(--_space) * 1.5);
      }
      .progress-text {
        display: block;
        color: var(--_text-muted);
        margin-block-end: 0.25em;
      }
      .track {
        height: 0.5em;
        border-radius: 999px;
        background: var(--_surface);
        box-shadow: inset 0 0 0 1px var(--_border);
        overflow: hidden;
      }
      .fill {
        height: 100%;
        border-radius: inherit;
        background: var(--_accent);
      }
      .alert {
        margin: 0 0 var(--_space);
        padding: 0.75em 1em;
        border: 2px solid var(--_alert);
        border-radius: var(--_radius);
        background: var(--_alert-surface);
        color: var(--_alert);
        font-weight: 600;
      }
      /* The message stays in view while the pupil scrolls, but not on a short screen (or at 400 %
         zoom), where it would cover what is to be read. */
      @media (min-height: 30em) {
        .alert {
          position: sticky;
          top: 0;
          z-index: 1;
        }
      }
      .step {
        margin-block-end: calc(var(--_space) * 1.5);
      }
      .nav {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: calc(var(--_space) * 0.5) var(--_space);
      }
      .nav .next {
        margin-inline-start: auto;
      }
      .next-hint {
        flex-basis: 100%;
        margin: 0;
        color: var(--_text-muted);
        text-align: end;
      }
      .score {
        font-size: 1.1em;
        font-weight: 600;
      }
      ul {
        margin-block: 0;
        padding-inline-start: 1.5em;
      }
      li + li {
        margin-block-start: 0.5em;
      }
      .help p {
        margin: 0;
      }
      a {
        color: var(--_accent);
        text-underline-offset: 0.15em;
      }
      a:focus-visible {
        outline: 3px solid var(--_focus);
        outline-offset: 2px;
      }
      /* Classroom mode (docs/decisions/0010-classroom-one-screen.md): one step on one screen. A compact
         header, and the step buttons fixed to the bottom of the screen, so "Volgende" is always in
         view on the digibord however long the step is. */
      :host([mode='classroom']) .header {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0 var(--_space);
        margin-block-end: calc(var(--_space) * 0.75);
      }
      :host([mode='classroom']) h1 {
        margin: 0;
        font-size: 1em;
        color: var(--_text-muted);
      }
      :host([mode='classroom']) .progress {
        flex: 1 1 12em;
        display: flex;
        align-items: center;
        gap: var(--_space);
      }
      :host([mode='classroom']) .progress-text {
        margin: 0;
        white-space: nowrap;
      }
      :host([mode='classroom']) .track {
        flex: 1;
      }
      :host([mode='classroom']) .step {
        margin-block-end: var(--_space);
      }
      /* The lesson is at most one screen high (less what the page puts above it, see
         --up-classroom-height); a step longer than that scrolls inside itself, between the header
         and the buttons, which both stay on screen. Not on a short screen or at 400 % zoom, where
         the page scrolls as a whole. */
      @media (min-height: 30em) {
        :host([mode='classroom']) .base {
          display: flex;
          flex-direction: column;
          max-block-size: var(--up-classroom-height, 100vh);
        }
        :host([mode='classroom']) .step {
          flex: 0 1 auto;
          min-block-size: 0;
          overflow-y: auto;
          margin-block-end: 0;
          padding-block-end: var(--_space);
          /* Room for focus outlines inside the scrolling area. */
          padding-inline: 4px;
          margin-inline: -4px;
        }
        :host([mode='classroom']) .nav {
          flex: none;
          padding-block-start: calc(var(--_space) * 0.5);
          border-block-start: 1px solid var(--_border);
        }
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
      }
    `,
  ];

  /** The lesson to play, as parsed by `@upstander/schema`. Never changed by the element. Property only. */
  @property({attribute: false}) lesson?: Lesson;

  /**
   * A saved learner state to resume from: the element jumps to `state.step`, shows stored answers
   * locked, and shows the completion screen when `state.completed`. Property only.
   */
  @property({attribute: false}) state?: LearnerState;

  /** `individual` (default) or `classroom`: the digibord mode, with larger type. */
  @property({reflect: true}) mode: LessonMode = 'individual';

  /** Shows a message (in a `role="alert"` region) that progress could not be saved. */
  @property({type: Boolean, reflect: true, attribute: 'save-failed'}) saveFailed = false;

  @state() private _learner: LearnerState = emptyLearnerState();
  @state() private _announcement = '';

  @query('#step-title') private _stepTitle?: HTMLElement | null;
  @query('#completion-title') private _completionTitle?: HTMLElement | null;

  /** The step last reported with `up-progressed`, so each step shown is reported once. */
  private _reported?: string;
  private readonly _internals = this.attachInternals();

  /** What the pupil has done so far: a copy, safe to store. Read-only. */
  get learnerState(): LearnerState {
    const state: LearnerState = {
      step: this._learner.step,
      answers: Object.fromEntries(Object.entries(this._learner.answers).map(([id, r]) => [id, [...r]])),
      completed: this._learner.completed,
    };
    const texts = this._learner.texts ?? {};
    if (Object.keys(texts).length > 0) state.texts = Object.fromEntries(Object.entries(texts).map(([id, t]) => [id, {...t}]));
    return state;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lesson') || changed.has('state')) {
      this._learner = restoreLearnerState(this.lesson, this.state);
      this._reported = undefined;
      this._announcement = '';
    }
    try {
      if (this._learner.completed) this._internals.states.add('completed');
      else this._internals.states.delete('completed');
    } catch {
      // No CustomStateSet: a styling extra only.
    }
  }

  protected override updated(): void {
    const lesson = this.lesson;
    if (!lesson || this._learner.completed) return;
    const step = lesson.steps[this._learner.step];
    if (!step) return;
    const key = `${lesson.id}/${this._learner.step}`;
    if (key === this._reported) return;
    this._reported = key;
    dispatchUpEvent(this, 'up-progressed', {
      lessonId: lesson.id,
      stepId: step.id,
      stepIndex: this._learner.step,
      stepCount: lesson.steps.length,
    });
  }

  protected override render() {
    const lesson = this.lesson;
    if (!lesson) return nothing;
    const t = localize(lesson.language);
    const step = lesson.steps[this._learner.step];
    const completed = this._learner.completed;

    return html`
      <article part="base" class="base" lang=${lesson.language} dir=${lesson.dir ?? 'ltr'} aria-labelledby="title">
        <header part="header" class="header">
          <h1 id="title" part="title">${lesson.title}</h1>
          ${!completed && step ? this._renderProgress(t, lesson) : nothing}
        </header>
        <div role="alert">
          ${this.saveFailed ? html`<p part="save-failed" class="alert">${t.saveFailed}</p>` : nothing}
        </div>
        <div class="visually-hidden" role="status">${this._announcement}</div>
        ${completed ? this._renderCompletion(t, lesson) : step ? this._renderStep(t, lesson, step) : nothing}
      </article>
    `;
  }

  private _renderProgress(t: Translation, lesson: Lesson): TemplateResult {
    const n = this._learner.step + 1;
    const total = lesson.steps.length;
    return html`<div part="progress" class="progress">
      <span id="progress-text" class="progress-text">${t.stepOf(n, total)}</span>
      <div
        part="progress-bar"
        class="track"
        role="progressbar"
        aria-labelledby="progress-text"
        aria-valuemin="1"
        aria-valuemax=${total}
        aria-valuenow=${n}
        aria-valuetext=${t.stepOf(n, total)}
      >
        <div part="progress-value" class="fill" style=${styleMap({inlineSize: `${(n / total) * 100}%`})}></div>
      </div>
    </div>`;
  }

  private _renderStep(t: Translation, lesson: Lesson, step: Step): TemplateResult {
    const index = this._learner.step;
    const last = index === lesson.steps.length - 1;
    const held = this._heldBack();
    return html`
      <section part="step" class="step" role="group" aria-labelledby="step-title" @up-answered=${this._onAnswered}>
        <h2 id="step-title" part="step-title" tabindex="-1">${step.title}</h2>
        ${keyed(`${lesson.id}/${step.id}`, this._renderActivity(lesson, step))}
      </section>
      <div part="nav" class="nav">
        <button
          part="previous-button"
          class="button secondary previous"
          type="button"
          ?disabled=${index === 0}
          @click=${this._onPrevious}
        >
          ${t.previous}
        </button>
        <button
          part="next-button"
          class="button next"
          type="button"
          aria-disabled=${held ? 'true' : 'false'}
          aria-describedby=${held ? 'next-hint' : nothing}
          @click=${this._onNext}
        >
          ${last ? t.finish : t.next}
        </button>
        ${held ? html`<p id="next-hint" part="next-hint" class="next-hint">${t.answerFirst}</p>` : nothing}
      </div>
    `;
  }

  private _renderActivity(lesson: Lesson, step: Step): TemplateResult | typeof nothing {
    const activity = step.activity;
    const id = 'id' in activity ? activity.id : undefined;
    return (
      entryFor(activity)?.render(activity, {
        lesson,
        step,
        mode: this.mode,
        response: id === undefined ? undefined : this._learner.answers[id],
        text: id === undefined ? undefined : this._learner.texts?.[id],
      }) ?? nothing
    );
  }

  private _renderCompletion(t: Translation, lesson: Lesson): TemplateResult {
    const score = this._score();
    const helpPoints = lesson.helpPoints ?? [];
    return html`<section part="completion" class="completion" role="group" aria-labelledby="completion-title">
      <h2 id="completion-title" part="completion-title" tabindex="-1">${t.completed}</h2>
      ${score ? html`<p part="score" class="score">${t.score(score.raw, score.max)}</p>` : nothing}
      <h3>${t.learned}</h3>
      <ul part="goals" class="goals">
        ${lesson.goals.map((goal) => html`<li>${goal}</li>`)}
      </ul>
      ${helpPoints.length > 0
        ? html`<h3>${t.help}</h3>
            <ul part="help" class="help">
              ${helpPoints.map((point) => renderHelpPoint(t, point))}
            </ul>`
        : nothing}
      <slot name="completed"></slot>
    </section>`;
  }

  private _onAnswered(event: CustomEvent<AnsweredDetail>): void {
    const {activityId, response, text} = event.detail;
    const {[activityId]: _oldAnswer, ...answers} = this._learner.answers;
    if (response.length > 0) answers[activityId] = [...response];
    const learner: LearnerState = {...this._learner, answers};
    if (text !== undefined) {
      const {[activityId]: _oldText, ...texts} = this._learner.texts ?? {};
      if (Object.keys(text).length > 0) texts[activityId] = {...text};
      learner.texts = texts;
    }
    this._learner = learner;
  }

  private _onPrevious(): void {
    if (this._learner.step > 0) void this._goTo(this._learner.step - 1);
  }

  private _onNext(): void {
    const lesson = this.lesson;
    if (!lesson) return;
    if (this._heldBack()) {
      this._announcement = localize(lesson.language).answerFirst;
      return;
    }
    if (this._learner.step < lesson.steps.length - 1) void this._goTo(this._learner.step + 1);
    else void this._finish(lesson);
  }

  private async _goTo(step: number): Promise<void> {
    const lesson = this.lesson;
    if (!lesson) return;
    this._learner = {...this._learner, step};
    this._announcement = localize(lesson.language).stepOf(step + 1, lesson.steps.length);
    await this.updateComplete;
    this._stepTitle?.focus();
  }

  private async _finish(lesson: Lesson): Promise<void> {
    if (this._learner.completed) return;
    this._learner = {...this._learner, completed: true};
    this._announcement = '';
    dispatchUpEvent(this, 'up-completed', {lessonId: lesson.id, score: this._score()});
    await this.updateComplete;
    this._completionTitle?.focus();
  }

  /** True while the step's activity waits for an answer (@upstander/schema/answers). */
  private _heldBack(): boolean {
    const activity = this.lesson?.steps[this._learner.step]?.activity;
    return activity ? holdsBack(activity, 'id' in activity ? this._learner.answers[activity.id] : undefined) : false;
  }

  /** Points of the scored activities (one each, for an entirely right answer); null without any. */
  private _score(): {raw: number; max: number} | null {
    return lessonScore(this.lesson, this._learner.answers);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'up-lesson': UpLesson;
  }
}
