/**
 * A report as plain tables and as an HTML page: the terminal, CSV, JSON and HTML outputs of
 * `upstander report` and the browser element share them. Nothing here fetches anything: the HTML is
 * one self-contained file (inline CSS, charts as inline SVG, each with its table beside it).
 */
import type {ActivityRow, LessonRow, Report} from './aggregate.js';

export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

/** Names for kerndoel ids (`BU-PO-19A-u3` → its SLO title), when the caller has them (the CLI: @upstander/curriculum). */
export interface FormatOptions {
  kerndoelTitle?: (id: string) => string | undefined;
}

const pct = (n: number | null) => (n === null ? '' : `${Math.round(n * 1000) / 10}%`);
const minutes = (ms: number | null) => (ms === null ? '' : `${Math.round(ms / 6000) / 10}`);
/** The readable end of an IRI: the lesson or track id, `lesson/activity` for a question. */
export const shortIri = (iri: string): string =>
  iri
    .replace(/^.*\/lessons\/([^/]+)\/activities\/(.+)$/, '$1/$2')
    .replace(/^.*\/(lessons|tracks)\//, '')
    .replace(/^https?:\/\//, '');
const distributionText = (a: ActivityRow) => a.distribution.map((d) => `${d.label}${d.correct ? ' (✓)' : ''}: ${d.count}`).join('; ');
const stepsText = (l: LessonRow) => l.steps.map((s) => `${s.progress}%: ${s.reached}`).join('; ');

export function reportTables(report: Report, options: FormatOptions = {}): Table[] {
  const kerndoelName = (name: string) => {
    const title = options.kerndoelTitle?.(name);
    return title ? `${name} ${title}` : name;
  };
  return [
    {
      title: 'Classes',
      columns: ['class', 'learners', 'lessons started', 'completed', 'passed', 'mean score', 'minutes'],
      rows: report.classes.map((c) => [c.klass, c.learners, c.started, c.completed, c.passed, pct(c.meanScore), minutes(c.timeSpentMs)]),
    },
    {
      title: 'Tracks',
      columns: ['track', 'name', 'learners', 'lessons', 'lessons started', 'lessons completed', 'track completed', 'track passed', 'track failed', 'track mean score'],
      rows: report.tracks.map((t) => [shortIri(t.track), t.name, t.learners, t.lessons, t.started, t.completed, t.trackCompleted, t.trackPassed, t.trackFailed, pct(t.meanScore)]),
    },
    {
      title: 'Lessons',
      columns: ['lesson', 'name', 'track', 'learners', 'started', 'completed', 'passed', 'failed', 'mean score', 'mean minutes', 'reached per step'],
      rows: report.lessons.map((l) => [shortIri(l.lesson), l.name, shortIri(l.track), l.learners, l.started, l.completed, l.passed, l.failed, pct(l.meanScore), minutes(l.meanTimeMs), stepsText(l)]),
    },
    {
      title: 'Questions',
      columns: ['question', 'text', 'type', 'answers', 'learners', 'scored', 'correct', 'text withheld', 'answers chosen'],
      rows: report.activities.map((a) => [shortIri(a.activity), a.name === a.activity ? '' : a.name, a.interactionType, a.answered, a.learners, a.scored, a.correct, a.withheld, distributionText(a)]),
    },
    {
      title: 'Learners',
      columns: ['learner', 'class', 'started', 'completed', 'passed', 'mean score', 'minutes', 'last'],
      rows: report.learners.map((l) => [l.learner, l.klass, l.lessonsStarted, l.lessonsCompleted, l.lessonsPassed, pct(l.meanScore), minutes(l.timeSpentMs), l.last]),
    },
    {
      title: 'Kerndoelen',
      columns: ['kerndoel', 'name', 'lessons', 'started', 'completed'],
      rows: report.kerndoelen.map((k) => [k.kerndoel, kerndoelName(k.name), k.lessons, k.started, k.completed]),
    },
    {
      title: 'Anonymous surveys (totals only)',
      columns: ['survey', 'class', 'item', 'answers', 'mean', 'counts'],
      rows: report.surveys.map((s) => [shortIri(s.survey), s.klass, s.item, s.answers, s.mean ?? '', Object.entries(s.counts).map(([p, n]) => `${p}:${n}`).join(' ')]),
    },
    {
      title: 'Survey change (baseline → closing)',
      columns: ['track', 'class', 'item', 'baseline mean', 'closing mean', 'change', 'baseline answers', 'closing answers'],
      rows: report.surveyChange.flatMap((c) =>
        c.items.map((i) => [shortIri(c.track), c.klass, i.item, i.baseline.mean ?? '', i.closing.mean ?? '', i.change ?? '', i.baseline.answers, i.closing.answers]),
      ),
    },
  ];
}

/** The first line of every output: what was read, and what was skipped. */
export function summary(report: Report): string {
  const parts = [`${report.statements} statements read`];
  if (report.ignored) parts.push(`${report.ignored} not from Upstander lessons (ignored)`);
  if (report.malformed) parts.push(`${report.malformed} malformed (skipped)`);
  return `${parts.join(', ')}.`;
}

/** Text tables for a terminal, columns padded; numbers right-aligned. */
export function formatText(report: Report, options: FormatOptions = {}): string {
  const out: string[] = [summary(report)];
  if (report.lastStored) out.push(`Last stored: ${report.lastStored} (use --since ${report.lastStored} next time)`);
  for (const table of reportTables(report, options)) {
    out.push('', `${table.title}`);
    if (table.rows.length === 0) {
      out.push('  (none)');
      continue;
    }
    const cells = [table.columns, ...table.rows.map((r) => r.map(String))];
    const widths = table.columns.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
    cells.forEach((row, n) => {
      out.push(
        '  ' +
          row
            .map((cell, i) => {
              const text = String(cell ?? '');
              return n > 0 && typeof table.rows[n - 1]![i] === 'number' ? text.padStart(widths[i]!) : text.padEnd(widths[i]!);
            })
            .join('  ')
            .trimEnd(),
      );
      if (n === 0) out.push('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
    });
  }
  return out.join('\n') + '\n';
}

const csvCell = (v: string | number) => {
  let s = String(v);
  // What a spreadsheet would run as a formula (CSV injection) gets a leading apostrophe.
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r']/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV: one section per table (a `# title` line, a header, rows), RFC 4180 quoting. */
export function formatCsv(report: Report, options: FormatOptions = {}): string {
  return (
    reportTables(report, options)
      .map((t) => [`# ${t.title}`, t.columns.map(csvCell).join(','), ...t.rows.map((r) => r.map(csvCell).join(','))].join('\r\n'))
      .join('\r\n\r\n') + '\r\n'
  );
}

export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}

const escape = (s: unknown) => String(s).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]!);

function htmlTable(table: Table, id: string): string {
  if (table.rows.length === 0) return `<p>(none)</p>`;
  const head = table.columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('');
  const body = table.rows
    .map((r) => `<tr>${r.map((cell, i) => (i === 0 ? `<th scope="row">${escape(cell)}</th>` : `<td${typeof cell === 'number' ? ' class="n"' : ''}>${escape(cell)}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<div class="scroll" role="region" aria-labelledby="${id}" tabindex="0"><table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/**
 * A horizontal bar chart as inline SVG: decorative for screen readers (aria-hidden), since the table
 * right below it holds the same numbers.
 */
function bars(items: {label: string; value: number; max: number; note?: string; good?: boolean}[]): string {
  if (items.length === 0) return '';
  const row = 22;
  const labelWidth = 260;
  const width = 640;
  const barWidth = width - labelWidth - 90;
  const svg = items
    .map((item, i) => {
      const w = item.max > 0 ? Math.round((item.value / item.max) * barWidth) : 0;
      const y = i * row;
      const label = item.label.length > 38 ? `${item.label.slice(0, 37)}…` : item.label;
      return (
        `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end">${escape(label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${row - 6}" class="${item.good ? 'bar good' : 'bar'}"/>` +
        `<text x="${labelWidth + w + 6}" y="${y + 15}">${escape(item.note ?? String(item.value))}</text>`
      );
    })
    .join('');
  return `<svg class="chart" aria-hidden="true" focusable="false" viewBox="0 0 ${width} ${items.length * row}" width="${width}" height="${items.length * row}">${svg}</svg>`;
}

/** The report as HTML sections (no document around it): used by formatHtml and by <up-progress-report>. */
export function reportSectionsHtml(report: Report, options: FormatOptions = {}): string {
  const tables = reportTables(report, options);
  const byTitle = (title: string) => tables.find((t) => t.title === title)!;
  const section = (id: string, title: string, intro: string, chart: string, table: Table) =>
    `<section aria-labelledby="${id}"><h2 id="${id}">${escape(title)}</h2>${intro ? `<p>${escape(intro)}</p>` : ''}${chart}${htmlTable(table, id)}</section>`;
  const lessonChart = bars(
    report.lessons.map((l) => ({label: l.name, value: l.completed, max: Math.max(1, l.started), note: `${l.completed}/${l.started} completed${l.meanScore === null ? '' : `, ${pct(l.meanScore)}`}`, good: true})),
  );
  const questions = report.activities
    .filter((a) => a.distribution.length > 0)
    .map((a) => {
      const total = a.distribution.reduce((n, d) => n + d.count, 0);
      const chart = bars(a.distribution.map((d) => ({label: `${d.correct ? '✓ ' : ''}${d.label}`, value: d.count, max: Math.max(1, total), good: d.correct})));
      const table: Table = {title: a.name, columns: ['answer', 'correct', 'chosen'], rows: a.distribution.map((d) => [d.label, d.correct ? 'yes' : '', d.count])};
      const id = `q-${escape(shortIri(a.activity)).replace(/[^\w-]/g, '-')}`;
      return `<section aria-labelledby="${id}"><h3 id="${id}">${escape(a.name)} <small>(${escape(shortIri(a.activity))}; ${a.answered} answers${a.scored ? `, ${a.correct} correct` : ''})</small></h3>${chart}${htmlTable(table, id)}</section>`;
    })
    .join('\n');
  const change = report.surveyChange
    .filter((c) => c.klass === '(all)' || report.surveyChange.filter((d) => d.track === c.track).length === 1)
    .map((c) => bars(c.items.map((i) => ({label: `${shortIri(c.track)} item ${i.item}`, value: Math.abs(i.change ?? 0), max: 4, note: i.change === null ? '—' : `${i.change > 0 ? '+' : ''}${i.change}`, good: (i.change ?? 0) > 0}))))
    .join('');
  return [
    `<p class="summary">${escape(summary(report))}${report.lastStored ? ` Last stored: ${escape(report.lastStored)}.` : ''}</p>`,
    section('classes', 'Classes', 'A class is the xAPI registration (one LMS enrolment or course run) or context.team.', '', byTitle('Classes')),
    section('lessons', 'Lessons', 'Completed of started, and the mean score of the scored lessons.', lessonChart, byTitle('Lessons')),
    section('tracks', 'Tracks', '', '', byTitle('Tracks')),
    section('kerndoelen', 'Kerndoelen', 'Lessons per kerndoel (from context.contextActivities.category).', '', byTitle('Kerndoelen')),
    `<section aria-labelledby="questions"><h2 id="questions">Questions: answers chosen</h2><p>Only option, item and scale ids are counted; free text never leaves a pupil's device unless the lesson author shares it, and the report never shows text.</p>${htmlTable(byTitle('Questions'), 'questions')}\n${questions}</section>`,
    section('learners', 'Learners', '', '', byTitle('Learners')),
    section('surveys', 'Anonymous surveys (totals only)', 'Answers without an actor link, counted per class; no learner can be found in them.', '', byTitle('Anonymous surveys (totals only)')),
    section('change', 'Survey change (baseline → closing)', 'The closing mean minus the baseline mean, per item, on the scale’s points.', change, byTitle('Survey change (baseline → closing)')),
  ].join('\n');
}

/** CSS for the HTML report (also used inside <up-progress-report>'s shadow root). */
export const REPORT_CSS = `
:host, body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; }
body { max-width: 72rem; margin: 1rem auto; padding: 0 1rem; }
table { border-collapse: collapse; margin: .5rem 0 1.5rem; }
th, td { border: 1px solid #949494; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
thead th { background: #eee; }
.scroll { overflow-x: auto; }
.scroll:focus { outline: 3px solid #1a5fb4; }
.chart { display: block; max-width: 100%; height: auto; margin: .5rem 0; font-size: 13px; }
.chart text { fill: #1a1a1a; }
.bar { fill: #5e5c64; }
.bar.good { fill: #1a7f37; }
small { font-weight: normal; color: #4a4a4a; }
`;

/** A whole, self-contained HTML page: no script, no font, no request to any host. */
export function formatHtml(report: Report, options: FormatOptions & {title?: string} = {}): string {
  const title = options.title ?? 'Upstander progress report';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escape(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
${reportSectionsHtml(report, options)}
</main>
</body>
</html>
`;
}
