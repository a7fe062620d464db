import {html, nothing} from 'lit';
import type {ReactiveController, ReactiveControllerHost, TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import {keepText, sameText} from '@upstander/schema/answers';
import {note} from './icons.js';
import type {Translation} from '../translations/nl.js';

/**
 * Free-text answers by prompt id, saved as the pupil goes: whenever they leave a field they
 * changed (Tab, a click elsewhere, "Volgende"), `save` runs with every non-empty answer. Nothing
 * is lost by moving on without a save button, and each save carries the whole answer.
 */
export class TextAnswers implements ReactiveController {
  /** What the fields hold now. */
  texts: Record<string, string> = {};
  /** What was saved (or restored) last. */
  private _saved: Record<string, string> = {};
  /** True right after a save, until the pupil types again: shows "Bewaard". */
  justSaved = false;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _save: (texts: Record<string, string>) => void
  ) {
    _host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Takes stored answers (only strings, only for `keys`). Returns false, changing nothing, when
   * they are what was saved last: the lesson handing back the element's own answer.
   */
  restore(text: unknown, keys: readonly string[], force = false): boolean {
    const kept = keepText(text, keys);
    if (!force && sameText(kept, this._saved)) return false;
    this.texts = {...kept};
    this._saved = {...kept};
    this.justSaved = false;
    this._host.requestUpdate();
    return true;
  }

  input(id: string, value: string): void {
    this.texts = {...this.texts, [id]: value};
    this.justSaved = false;
    this._host.requestUpdate();
  }

  /** Saves when the answers differ from the last save. */
  commit(): void {
    const current = keepText(this.texts);
    if (sameText(current, this._saved)) return;
    this._saved = {...current};
    this.justSaved = true;
    this._host.requestUpdate();
    this._save({...current});
  }

  /** The ids (of `order`) that have an answer, in that order. */
  answered(order: readonly string[]): string[] {
    return order.filter((id) => (this._saved[id] ?? '').trim() !== '');
  }
}

/** A labelled `<textarea>` bound to one answer of `answers`. */
export function textField(answers: TextAnswers, id: string, label: string | TemplateResult, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
  return html`<div class="field">
    <label for=${`text-${id}`}>${label}</label>
    ${extra}
    <textarea
      id=${`text-${id}`}
      part="field"
      rows="3"
      .value=${live(answers.texts[id] ?? '')}
      @input=${(e: Event) => answers.input(id, (e.target as HTMLTextAreaElement).value)}
      @blur=${() => answers.commit()}
    ></textarea>
  </div>`;
}

/** The polite "Bewaard" status and the note on where the text goes. */
export function savedStatus(t: Translation, answers: TextAnswers, shared: boolean): TemplateResult {
  return html`<p part="status" class="status" role="status">${answers.justSaved ? (shared ? t.savedShared : t.saved) : ''}</p>
    ${note(shared ? 'shared' : 'device', shared ? t.sharedNote : t.privateNote)}`;
}
