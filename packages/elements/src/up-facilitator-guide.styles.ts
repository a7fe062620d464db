import {css} from 'lit';

/** Screen and print styles of `<up-facilitator-guide>`. */
export const guideStyles = css`
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
  .base {
    container-type: inline-size;
    box-sizing: border-box;
    max-width: var(--up-max-width, 60rem);
    margin-inline: auto;
    padding: var(--_space);
  }
  .title,
  .section-title,
  .part-title,
  .sub-title {
    line-height: 1.25;
  }
  .title {
    font-size: 1.75em;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .section-title {
    font-size: 1.35em;
    margin: calc(var(--_space) * 2) 0 calc(var(--_space) * 0.75);
  }
  .sub-title {
    font-size: 1em;
    margin: var(--_space) 0 0.25em;
  }
  p,
  ul {
    margin-block: 0 0.5em;
  }
  ul {
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.375em;
  }
  li > p:last-child {
    margin-block-end: 0;
  }
  .icon {
    width: 1.1em;
    height: 1.1em;
    flex: none;
    vertical-align: -0.15em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* The live line while a step is set: what is on screen now. */
  .now-region:empty {
    display: none;
  }
  .now-region {
    margin-block-end: var(--_space);
  }
  /* The line stays in view while scrolling, but not on a short screen (or at 400 % zoom), where it
     would cover what is to be read. */
  @media (min-height: 30em) {
    .now-region {
      position: sticky;
      top: 0;
      z-index: 1;
    }
  }
  .now {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.5em;
    margin: 0;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }

  .header {
    display: grid;
    gap: 0 var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .kicker {
    margin: 0 0 0.25em;
    color: var(--_text-muted);
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  .summary {
    margin-block-end: var(--_space);
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr));
    gap: 0.5em var(--_space);
    margin: 0 0 var(--_space);
  }
  .facts > div {
    min-width: 0;
  }
  .facts .codes {
    grid-column: 1 / -1;
  }
  dt {
    color: var(--_text-muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .inline-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .inline-list li {
    margin: 0;
  }
  .goal-list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .goal-list .code {
    font-weight: 600;
  }
  .print {
    display: inline-flex;
    align-items: center;
    justify-self: start;
    gap: 0.5em;
  }

  .checklist {
    list-style: none;
    padding-inline-start: 0;
  }
  .checklist > li {
    position: relative;
    padding-inline-start: 1.75em;
  }
  /* An empty box to tick on paper. */
  .checklist > li::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    top: 0.2em;
    box-sizing: border-box;
    width: 1.05em;
    height: 1.05em;
    border: 2px solid var(--_border);
    border-radius: 3px;
  }

  .timetable {
    width: 100%;
    border-collapse: collapse;
    margin-block-end: calc(var(--_space) * 1.5);
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: 0.375em;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--_surface);
  }
  tbody th {
    font-weight: 600;
  }
  .timetable .time {
    white-space: nowrap;
  }
  /* In a narrow guide the steps on screen move under the part's title. */
  .screen-inline {
    display: none;
    font-weight: 400;
  }
  @container (max-width: 30rem) {
    .timetable .screen-col {
      display: none;
    }
    .timetable .screen-inline {
      display: block;
    }
  }
  tr.current {
    background: var(--_surface);
    box-shadow: inset 4px 0 0 var(--_accent);
  }

  .parts {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .parts > li + li {
    margin-block-start: var(--_space);
  }
  .part {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    scroll-margin-block-start: 8em; /* room for the sticky "now" line, which wraps to four lines in a narrow side panel */
  }
  .part.current {
    border-color: var(--_accent);
    background: var(--_surface);
  }
  .part-title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75em;
    font-size: 1.2em;
    margin: 0 0 0.25em;
  }
  .part-title .time {
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .part-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    color: var(--_text-muted);
  }
  .badge {
    padding: 0 0.5em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .on-screen {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
  }
  .on-screen .inline-list {
    gap: 0.25em 0.5em;
  }
  .on-screen li + li::before {
    content: '·' / '';
    margin-inline-end: 0.5em;
    font-weight: 700;
  }
  .label {
    font-weight: 700;
  }
  .say {
    list-style: none;
    padding-inline-start: 0;
  }
  .say > li {
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
  }
  .questions {
    list-style: none;
    padding-inline-start: 0;
  }
  .questions > li + li {
    margin-block-start: 0.75em;
  }
  .question {
    font-weight: 700;
    margin-block-end: 0.125em;
  }
  .question::before {
    content: '? ';
    color: var(--_text-muted);
  }
  .listen {
    padding-inline-start: 1em;
  }
  .listen .label {
    display: inline;
    margin: 0;
    color: var(--_text-muted);
  }
  .listen .label + p {
    display: inline;
  }
  .listen .label + p::before {
    content: ' ';
  }
  .listen > p:last-child {
    margin-block-end: 0;
  }
  .note {
    margin-block-start: var(--_space);
    padding: 0.5em 0.75em;
    border: 2px solid var(--_alert);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_alert-surface);
  }
  .note > p:last-child {
    margin-block-end: 0;
  }
  .note-label {
    display: flex;
    align-items: center;
    gap: 0.375em;
    margin-block-end: 0.25em;
    color: var(--_alert);
    font-weight: 700;
  }

  .safety-section {
    margin-block-start: calc(var(--_space) * 2);
    padding: 0 var(--_space) calc(var(--_space) * 0.5);
    border: 2px solid var(--_alert);
    border-radius: var(--_radius);
  }
  .safety-section .section-title {
    display: flex;
    align-items: center;
    gap: 0.375em;
    margin-block-start: var(--_space);
    color: var(--_alert);
  }
  .intro {
    font-weight: 600;
  }
  .help {
    list-style: none;
    padding-inline-start: 0;
  }
  .help > li + li {
    margin-block-start: 0.75em;
  }
  .help p {
    margin: 0;
  }
  .help-name {
    font-weight: 700;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .part.current,
    tr.current {
      border-color: Highlight;
      outline: 3px solid Highlight;
    }
  }

  .handout {
    margin-block-start: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--up-radius, 8px);
  }
  .handout-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .handout-meta,
  .handout-use {
    color: var(--_text-muted);
  }
  .handout-title {
    font-size: 1.4em;
  }
  .handout-table {
    width: 100%;
    border-collapse: collapse;
    /* Columns share the width, so a wide tally sheet still fits a 320 px screen; long words wrap. */
    table-layout: fixed;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .handout-table th,
  .handout-table td {
    border: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .handout-table tr.blank td {
    height: 2.25em;
  }
  .line {
    height: 2.25em;
    border-block-end: 1px solid var(--_border);
  }
  .lines-label {
    margin-block-end: 0;
    font-weight: 600;
  }

  @media print {
    .handout {
      break-before: page;
      padding: 0;
      border: 0;
      margin: 0;
    }
    .handout-bar,
    .handout-use {
      display: none;
    }
    .handout-title {
      font-size: 1.6em;
    }
    .handout-table th,
    .handout-table td {
      border-color: #000;
    }
    .line {
      border-color: #000;
    }
    .base.printing-handout > :not(.printing) {
      display: none !important;
    }
    .base.printing-handout > .handout.printing {
      break-before: auto;
    }
  }

  @media print {
    :host {
      --_text: #000;
      --_text-muted: #000;
      --_background: #fff;
      --_surface: #fff;
      --_border: #000;
      --_accent: #000;
      --_alert: #000;
      --_alert-surface: #fff;
      --_space: 0.75rem;
      font-size: var(--up-font-size-print, 10pt);
      line-height: 1.35;
      color: #000;
      background: #fff;
    }
    p,
    ul {
      margin-block-end: 0.35em;
    }
    li + li,
    .questions > li + li {
      margin-block-start: 0.2em;
    }
    .title {
      font-size: 1.6em;
    }
    .section-title {
      font-size: 1.25em;
    }
    .part-title {
      font-size: 1.1em;
    }
    .sub-title {
      margin-block-start: 0.6em;
    }
    .summary {
      margin-block-end: 0.5em;
    }
    th,
    td {
      padding: 0.2em 0.4em;
    }
    .parts > li + li {
      margin-block-start: 0.6em;
    }
    .base {
      max-width: none;
      padding: 0;
    }
    .print,
    .now-region {
      display: none !important;
    }
    .header {
      padding: 0;
      border: 0;
    }
    .kicker {
      text-transform: uppercase;
      font-size: 0.875em;
    }
    .section-title {
      margin-block-start: 1.25em;
    }
    .title,
    .section-title,
    .part-title,
    .sub-title,
    .handout-title,
    .handout-heading,
    .lines-label,
    caption,
    .note-label,
    .question {
      break-after: avoid;
      break-inside: avoid;
    }
    .part,
    .note,
    .questions > li,
    .say > li,
    .checklist > li,
    .help > li,
    tr {
      break-inside: avoid;
    }
    thead {
      display: table-header-group;
    }
    .part,
    .part.current {
      padding: 0.5em 0.75em;
      background: none;
      border: 1px solid #000;
      border-inline-start-width: 4px;
      border-radius: 0;
    }
    tr.current {
      background: none;
      box-shadow: none;
    }
    .badge {
      display: none;
    }
    .note {
      border-width: 2px;
      border-inline-start-width: 6px;
    }
    a {
      color: #000;
      text-decoration: none;
    }
  }
`;
