/**
 * @upstander/elements/guide: `<up-facilitator-guide>` (registered on import) and its helpers, for the
 * printable guide page (the player's upstander-guide.js) and classroom mode's facilitator notes; without
 * `<up-lesson>`, its activities or `<up-track>`.
 */
export {UpFacilitatorGuide, clock, timeline} from './up-facilitator-guide.js';
