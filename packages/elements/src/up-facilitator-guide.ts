import {LitElement, nothing, svg} from 'lit';
import type {PropertyValues, TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {html, unsafeStatic} from 'lit/static-html.js';
import type {GuideStep, Handout, HandoutBlock, HelpPoint, Lesson} from '@upstander/schema';
import {parseMarkdown} from './internal/markdown.js';
import type {Block, Inline} from './internal/markdown.js';
import {buttons, tokens, visuallyHidden} from './internal/styles.js';
import {localizeGuide} from './translations/guide-nl.js';
import type {GuideTranslation} from './translations/guide-nl.js';
import {guideStyles} from './up-facilitator-guide.styles.js';
import {customElement} from './internal/define.js';

/** A part of the session with its place in time. */
interface Part {
  part: GuideStep;
  index: number;
  /** Minute the part starts, counted from the start of the lesson. */
  from: number;
  /** Minute the part ends. */
  to: number;
}

const warning = svg`<path d="M12 3.5 2.5 20h19L12 3.5Z" /><path d="M12 10v4.5" /><path d="M12 17.5v.01" />`;
const printer = svg`<path d="M7 9V3.5h10V9" /><rect x="3" y="9" width="18" height="8" rx="1.5" /><path d="M7 14h10v6.5H7Z" />`;

/** "0:05" for minute 5; "1:10" for minute 70. */
export function clock(minute: number): string {
  return `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, '0')}`;
}

/** The guide's parts with their start and end minute, computed from the parts' minutes. */
export function timeline(lesson: Lesson): Part[] {
  const parts: Part[] = [];
  lesson.facilitatorGuide.steps.forEach((part, index) => {
    const start = parts.at(-1)?.to ?? 0;
    parts.push({part, index, from: start, to: start + part.minutes});
  });
  return parts;
}

/**
 * @summary The facilitator guide (draaiboek) of a lesson: on screen, on a second screen during the lesson, and on paper.
 *
 * Shows, for the teacher or youth worker who runs the lesson: the title, duration, track, audience,
 * kerndoelen ids and goals; the preparation and the materials; a timetable of the parts of the
 * session (start and end minute computed from the minutes of each part, e.g. "0:05–0:09"); then each
 * part with what to do, what to say, questions with what to listen for, its safety note (highlighted)
 * and the lesson steps it plays on screen; then the general safety section (what to do when a pupil
 * says something hurtful or shares something heavy), the aftercare and the lesson's help points;
 * last the handouts (tally sheets, worksheets, letters), each on a page of its own on paper, with a
 * button that prints that one sheet alone. Text fields may use the Markdown subset of `<up-information>`.
 *
 * **Print.** A "Draaiboek afdrukken" button calls `window.print()`. The print stylesheet drops the
 * button and the live line, prints black on white, keeps every part and table row on one page where
 * it fits and keeps headings with what follows. Help point addresses are printed as text. The page
 * decides what else is printed (see docs/components/up-facilitator-guide.md).
 *
 * **Second screen.** Set `step` to the id of the lesson step on screen (from the `up-progressed`
 * events of `<up-lesson>`): the part that plays it is highlighted (`aria-current="step"`), a line
 * at the top says what is on screen, and with `follow` that part scrolls into view.
 *
 * UI strings follow the lesson's `language` (nl, en).
 *
 * @csspart base - The `<article>` around everything; carries the lesson's `lang` and `dir`.
 * @csspart now - The line that says which step is on screen (only while `step` is set).
 * @csspart header - The header: title, summary, facts and the print button.
 * @csspart title - The lesson title (a heading of level `heading-level`).
 * @csspart facts - The list of facts: duration, track, audience, kerndoelen.
 * @csspart print-button - The print button. Never printed.
 * @csspart timetable - The timetable (`<table>`).
 * @csspart part - Each part of the session.
 * @csspart current-part - The part that plays the step on screen.
 * @csspart part-safety - A part's highlighted safety note.
 * @csspart safety - The general safety section.
 * @csspart aftercare - The aftercare section.
 * @csspart help - The list of help points.
 * @csspart handouts - The section that introduces the handouts.
 * @csspart handout - Each handout (printed on a page of its own).
 * @csspart handout-print-button - The button that prints one handout alone. Never printed.
 *
 * @cssproperty --up-font-family - Font stack. Defaults to the system UI font.
 * @cssproperty --up-font-size - Base font size on screen. Default 1rem.
 * @cssproperty --up-font-size-print - Base font size on paper. Default 10.5pt.
 * @cssproperty --up-max-width - Largest width of the guide. Default 60rem.
 * @cssproperty --up-color-text - Text colour.
 * @cssproperty --up-color-text-muted - Secondary text: times, labels.
 * @cssproperty --up-color-background - Background.
 * @cssproperty --up-color-surface - Background of the header, the table head and the current part.
 * @cssproperty --up-color-border - Borders and the time line.
 * @cssproperty --up-color-accent - The current part, the print button and links.
 * @cssproperty --up-color-on-accent - Text on the accent colour.
 * @cssproperty --up-color-focus - Focus ring.
 * @cssproperty --up-color-alert - Border and label of safety notes.
 * @cssproperty --up-color-alert-surface - Background of safety notes.
 * @cssproperty --up-radius - Corner radius.
 * @cssproperty --up-space - Base spacing unit.
 */
@customElement('up-facilitator-guide')
export class UpFacilitatorGuide extends LitElement {
  static override styles = [tokens, buttons, visuallyHidden, guideStyles];

  /** The lesson whose guide to show, as parsed by `@upstander/schema`. Never changed. Property only. */
  @property({attribute: false}) lesson?: Lesson;

  /**
   * The titles of the lesson's kerndoelen by id (from `@upstander/curriculum`, which this element does
   * not load). Given, each kerndoel is shown as "id: title"; without it, the ids alone. Property only.
   */
  @property({attribute: false}) kerndoelTitles?: Record<string, string>;

  /**
   * The id of the lesson step on screen (`up-progressed`'s `detail.stepId`). The part whose
   * `lessonSteps` include it is highlighted. Unset: nothing is highlighted.
   */
  @property({reflect: true}) step?: string;

  /**
   * When the part on screen changes, scroll it into view (smoothly, unless reduced motion is
   * preferred; only its nearest scroll container, where the browser supports that).
   */
  @property({type: Boolean, reflect: true}) follow = false;

  /**
   * Level of the title's heading (1–3; default 1, the guide as a page of its own). Sections are one
   * level below, parts two, and the headings inside a part three.
   */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 1;

  /** The id of the handout being printed alone, while its print dialog is open. */
  @state() private _printing?: string;

  /** Index of the part that plays `step`, or -1. */
  private _current = -1;
  /** The part that played the step before `step` last changed. */
  private _previous = -1;

  /** Index of the part that plays `step`, or -1. Read-only. */
  get currentPart(): number {
    return currentPart(this.lesson, this.step);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lesson') || changed.has('step')) {
      this._previous = this._current;
      this._current = currentPart(this.lesson, this.step);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.follow || !changed.has('step') || this._current < 0 || this._current === this._previous) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // `container: 'nearest'` keeps a guide in a side panel from scrolling the whole page (Chromium 140+).
    const options = {block: 'start', behavior: reduce ? 'auto' : 'smooth', container: 'nearest'} as ScrollIntoViewOptions;
    this.renderRoot.querySelector(`#part-${this._current}`)?.scrollIntoView(options);
  }

  protected override render() {
    const lesson = this.lesson;
    if (!lesson) return nothing;
    const t = localizeGuide(lesson.language);
    const guide = lesson.facilitatorGuide;
    const parts = timeline(lesson);
    const [h1, h2] = headings(this.headingLevel);

    return html`<article part="base" class="base ${this._printing ? 'printing-handout' : ''}" lang=${lesson.language} dir=${lesson.dir ?? 'ltr'} aria-labelledby="title">
      <div class="now-region" role="status">${this._renderNow(t, lesson, parts)}</div>
      <header part="header" class="header">
        <p class="kicker">${t.guide}</p>
        <${h1} id="title" part="title" class="title">${lesson.title}</${h1}>
        <p class="summary">${lesson.summary}</p>
        <dl part="facts" class="facts">
          <div><dt>${t.duration}</dt><dd>${t.minutes(lesson.durationMinutes)}</dd></div>
          <div><dt>${t.track}</dt><dd>${t.trackNames[lesson.track]}</dd></div>
          <div><dt>${t.audience}</dt><dd>${t.audienceNames[lesson.audience]}</dd></div>
          <div class="codes">
            <dt>${t.kerndoelen}</dt>
            <dd>
              <ul class=${this.kerndoelTitles ? 'goal-list' : 'inline-list'}>
                ${lesson.kerndoelen.map((id) => {
                  const title = this.kerndoelTitles?.[id];
                  return html`<li>${title ? html`<span class="code">${id}</span>: ${title}` : id}</li>`;
                })}
              </ul>
            </dd>
          </div>
        </dl>
        <button part="print-button" class="button secondary print" type="button" @click=${this._print}>
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${printer}</svg>
          ${t.print}
        </button>
      </header>

      <section class="section">
        <${h2} id="goals" class="section-title">${t.lessonGoals}</${h2}>
        <ul>
          ${lesson.goals.map((goal) => html`<li>${goal}</li>`)}
        </ul>
      </section>

      <section class="section">
        <${h2} id="preparation" class="section-title">${t.preparation}</${h2}>
        <ul class="checklist">
          ${guide.preparation.map((item) => html`<li>${markdown(item)}</li>`)}
        </ul>
      </section>

      ${guide.materials.length > 0
        ? html`<section class="section">
            <${h2} id="materials" class="section-title">${t.materials}</${h2}>
            <ul class="checklist">
              ${guide.materials.map((item) => html`<li>${item}</li>`)}
            </ul>
          </section>`
        : nothing}

      <section class="section">
        <${h2} id="schedule" class="section-title">${t.schedule}</${h2}>
        ${this._renderTimetable(t, lesson, parts)}
        <ol class="parts" role="list">
          ${parts.map((p) => html`<li>${this._renderPart(t, lesson, p)}</li>`)}
        </ol>
      </section>

      <section part="safety" class="section safety-section">
        <${h2} id="safety" class="section-title">
          <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${warning}</svg>
          ${t.safety}
        </${h2}>
        <p class="intro">${t.safetyIntro}</p>
        <ul>
          ${guide.safety.map((item) => html`<li>${markdown(item)}</li>`)}
        </ul>
      </section>

      <section part="aftercare" class="section">
        <${h2} id="aftercare" class="section-title">${t.aftercare}</${h2}>
        ${markdown(guide.aftercare)}
      </section>

      ${lesson.helpPoints.length > 0
        ? html`<section class="section">
            <${h2} id="help" class="section-title">${t.helpPoints}</${h2}>
            <ul part="help" class="help">
              ${lesson.helpPoints.map((point) => renderHelpPoint(t, point))}
            </ul>
          </section>`
        : nothing}
      ${this._renderHandouts(t, guide.handouts ?? [])}
    </article>`;
  }

  private _renderHandouts(t: GuideTranslation, handouts: Handout[]): TemplateResult | typeof nothing {
    if (handouts.length === 0) return nothing;
    const [, h2, h3, h4] = headings(this.headingLevel);
    return html`<section part="handouts" class="section handouts-intro">
        <${h2} id="handouts" class="section-title">${t.handouts}</${h2}>
        <p class="intro">${t.handoutsIntro}</p>
        <ul>
          ${handouts.map((h) => html`<li>${h.title} (${t.handoutFor[h.for].toLowerCase()})</li>`)}
        </ul>
      </section>
      ${handouts.map(
        (h) => html`<article
          part="handout"
          class="handout ${this._printing === h.id ? 'printing' : ''}"
          id="handout-${h.id}"
          aria-labelledby="handout-${h.id}-title"
        >
          <div class="handout-bar">
            <p class="handout-meta">${t.handoutFor[h.for]}</p>
            <button
              part="handout-print-button"
              class="button secondary print"
              type="button"
              @click=${() => this._printHandout(h.id)}
            >
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${printer}</svg>
              ${t.printHandout}<span class="visually-hidden">: ${h.title}</span>
            </button>
          </div>
          ${h.use ? html`<div class="handout-use">${markdown(h.use)}</div>` : nothing}
          <${h3} id="handout-${h.id}-title" class="handout-title">${h.title}</${h3}>
          ${h.blocks.map((block) => renderHandoutBlock(block, h4))}
        </article>`
      )}`;
  }

  private async _printHandout(id: string): Promise<void> {
    this._printing = id;
    await this.updateComplete;
    try {
      window.print();
    } finally {
      this._printing = undefined;
    }
  }

  private _renderNow(t: GuideTranslation, lesson: Lesson, parts: Part[]): TemplateResult | typeof nothing {
    if (this.step === undefined) return nothing;
    const index = lesson.steps.findIndex((s) => s.id === this.step);
    const step = lesson.steps[index];
    if (!step) return nothing;
    const label = t.lessonStep(index + 1, step.title);
    const part = parts[this._current];
    return html`<p part="now" class="now">
      <span>${t.nowOnScreen(label)}</span>
      ${part
        ? html`<span>${t.nowPart} <span aria-hidden="true">${clock(part.from)}–${clock(part.to)}</span
            ><span class="visually-hidden">${t.spokenTimeRange(part.from, part.to)}</span> ${part.part.title}</span
          >`
        : nothing}
    </p>`;
  }

  private _renderTimetable(t: GuideTranslation, lesson: Lesson, parts: Part[]): TemplateResult {
    return html`<table part="timetable" class="timetable">
      <caption>
        ${t.timetable}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.time}</th>
          <th scope="col">${t.part}</th>
          <th scope="col" class="screen-col">${t.onScreen}</th>
        </tr>
      </thead>
      <tbody>
        ${parts.map((p) => {
          const numbers = p.part.lessonSteps.map((id) => lesson.steps.findIndex((s) => s.id === id) + 1).filter((n) => n > 0);
          const current = p.index === this._current;
          const screen = numbers.length > 0 ? t.stepNumbers(numbers) : '—';
          return html`<tr class=${current ? 'current' : ''} aria-current=${current ? 'step' : nothing}>
            <td class="time">${timeRange(t, p)}</td>
            <th scope="row">
              ${p.part.title}
              ${numbers.length > 0 ? html`<span class="screen-inline">${screen}</span>` : nothing}
            </th>
            <td class="screen-col">${screen}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private _renderPart(t: GuideTranslation, lesson: Lesson, p: Part): TemplateResult {
    const [, , h3, h4] = headings(this.headingLevel);
    const part = p.part;
    const index = p.index;
    const current = index === this._current;
    const id = `part-${index}`;
    const steps = part.lessonSteps.flatMap((stepId) => {
      const n = lesson.steps.findIndex((s) => s.id === stepId);
      return n < 0 ? [] : [t.lessonStep(n + 1, lesson.steps[n]!.title)];
    });
    return html`<section
      part=${current ? 'part current-part' : 'part'}
      class="part ${current ? 'current' : ''}"
      id=${id}
      aria-current=${current ? 'step' : nothing}
    >
      <${h3} id="${id}-title" class="part-title">
        <span class="time">${timeRange(t, p)}</span>
        <span class="part-name">${part.title}</span>
      </${h3}>
      <p class="part-meta">
        <span>${t.minutes(part.minutes)}</span>
        ${current ? html`<span class="badge">${t.now}</span>` : nothing}
      </p>
      <div class="on-screen">
        <span class="label">${t.onScreen}:</span>
        ${steps.length > 0
          ? html`<ul class="inline-list">
              ${steps.map((s) => html`<li>${s}</li>`)}
            </ul>`
          : html`<span>${t.nothingOnScreen}</span>`}
      </div>
      <${h4} class="sub-title">${t.do}</${h4}>
      ${markdown(part.do)}
      ${part.say.length > 0
        ? html`<${h4} class="sub-title">${t.say}</${h4}>
            <ul class="say">
              ${part.say.map((line) => html`<li>${markdown(line)}</li>`)}
            </ul>`
        : nothing}
      ${part.questions.length > 0
        ? html`<${h4} class="sub-title">${t.questions}</${h4}>
            <ul class="questions">
              ${part.questions.map(
                (q) => html`<li>
                  <p class="question">${q.question}</p>
                  ${q.listenFor
                    ? html`<div class="listen">
                        <p class="label">${t.listenFor}</p>
                        ${markdown(q.listenFor)}
                      </div>`
                    : nothing}
                </li>`
              )}
            </ul>`
        : nothing}
      ${part.safety
        ? html`<div part="part-safety" class="note" role="note" aria-labelledby="${id}-note">
            <p class="note-label" id="${id}-note">
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">${warning}</svg>${t.watchOut}
            </p>
            ${markdown(part.safety)}
          </div>`
        : nothing}
    </section>`;
  }

  private _print(): void {
    window.print();
  }
}

/** The heading tags for the title, the sections, the parts and inside a part. */
function headings(level: number): ReturnType<typeof unsafeStatic>[] {
  const first = Math.min(Math.max(Math.round(level) || 1, 1), 3);
  return [0, 1, 2, 3].map((i) => unsafeStatic(`h${first + i}`));
}

/** The part of `lesson`'s guide whose lessonSteps include `step`; -1 when none does. */
function currentPart(lesson: Lesson | undefined, step: string | undefined): number {
  if (!lesson || step === undefined) return -1;
  return lesson.facilitatorGuide.steps.findIndex((part) => part.lessonSteps.includes(step));
}

function timeRange(t: GuideTranslation, p: Part): TemplateResult {
  return html`<span aria-hidden="true">${clock(p.from)}–${clock(p.to)}</span
    ><span class="visually-hidden">${t.spokenTimeRange(p.from, p.to)}</span>`;
}

function markdown(source: string): TemplateResult[] {
  return parseMarkdown(source).map(renderBlock);
}

function renderBlock(block: Block): TemplateResult {
  return block.kind === 'paragraph'
    ? html`<p>${renderInline(block.content)}</p>`
    : html`<ul>
        ${block.items.map((item) => html`<li>${renderInline(item)}</li>`)}
      </ul>`;
}

function renderInline(nodes: Inline[]): (string | TemplateResult)[] {
  return nodes.map((node) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'strong':
        return html`<strong>${renderInline(node.children)}</strong>`;
      case 'em':
        return html`<em>${renderInline(node.children)}</em>`;
    }
  });
}

function renderHandoutBlock(block: HandoutBlock, heading: ReturnType<typeof unsafeStatic>): TemplateResult | TemplateResult[] {
  switch (block.type) {
    case 'text':
      return markdown(block.text);
    case 'heading':
      return html`<${heading} class="handout-heading">${block.text}</${heading}>`;
    case 'table':
      return html`<table class="handout-table">
        ${block.caption ? html`<caption>${block.caption}</caption>` : nothing}
        <thead>
          <tr>
            ${block.columns.map((column) => html`<th scope="col">${column}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${block.rows.map((row) => html`<tr>${row.map((cell, i) => (i === 0 && cell ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}</tr>`)}
          ${Array.from({length: block.blankRows ?? 0}, () => html`<tr class="blank">${block.columns.map(() => html`<td></td>`)}</tr>`)}
        </tbody>
      </table>`;
    case 'lines':
      return html`<div class="lines">
        ${block.label ? html`<p class="lines-label">${block.label}</p>` : nothing}
        ${Array.from({length: block.count}, () => html`<div class="line"></div>`)}
      </div>`;
  }
}

function renderHelpPoint(t: GuideTranslation, point: HelpPoint): TemplateResult {
  const url = point.url && /^https?:/i.test(point.url) ? point.url : undefined;
  const shown = url?.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  return html`<li>
    <p class="help-name">${point.name}</p>
    <p>${point.description}</p>
    ${point.contact ? html`<p>${point.contact}</p>` : nothing}
    ${url
      ? html`<p>
          <a href=${url} target="_blank" rel="noopener noreferrer"
            >${shown}<span class="visually-hidden"> ${t.opensInNewWindow}</span></a
          >
        </p>`
      : nothing}
  </li>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'up-facilitator-guide': UpFacilitatorGuide;
  }
}
