import {UpCheckIn} from './up-check-in.js';
import {customElement} from './internal/define.js';

/**
 * @summary How do you feel at the end? `<up-check-in>` under the name that reads right for a
 * check-out.
 *
 * Same properties, events, parts, custom properties and states as
 * [`<up-check-in>`](../../docs/components/up-check-in.md); it renders `check-out` (and `check-in`)
 * activities. `<up-lesson>` uses it for every step of type `check-out`.
 *
 * @fires {CustomEvent<AnsweredDetail>} up-answered - The pupil chose a mood (`kind: 'scale'`).
 *   Not on restore.
 *
 * @csspart base - The form around everything.
 * @csspart question - The `<legend>` with the question.
 * @csspart point - Each mood.
 * @csspart status - The live region with the thanks.
 * @csspart note - That the answer stays on this device.
 *
 * @cssproperty --up-color-accent - The chosen mood. (See `<up-check-in>` for the full list.)
 *
 * @cssstate answered - A mood is chosen (or restored).
 * @cssstate low - The chosen mood is a low one.
 */
@customElement('up-check-out')
export class UpCheckOut extends UpCheckIn {}

declare global {
  interface HTMLElementTagNameMap {
    'up-check-out': UpCheckOut;
  }
}
