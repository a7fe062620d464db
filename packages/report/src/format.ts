/** A report as plain tables: the terminal, CSV and the browser element's table equivalents share them. */
import type {Report} from './aggregate.js';

export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

const pct = (n: number | null) => (n === null ? '' : `${Math.round(n * 1000) / 10}%`);
const minutes = (ms: number | null) => (ms === null ? '' : `${Math.round(ms / 6000) / 10}`);
const short = (iri: string) => iri.replace(/^.*\/(lessons|tracks)\//, '').replace(/^https?:\/\//, '');

export function reportTables(report: Report): Table[] {
  return [
    {
      title: 'Classes',
      columns: ['class', 'learners', 'lessons started', 'completed', 'passed', 'mean score', 'minutes'],
      rows: report.classes.map((c) => [c.klass, c.learners, c.started, c.completed, c.passed, pct(c.meanScore), minutes(c.timeSpentMs)]),
    },
    {
      title: 'Tracks',
      columns: ['track', 'learners', 'lessons', 'started', 'completed'],
      rows: report.tracks.map((t) => [short(t.track), t.learners, t.lessons, t.started, t.completed]),
    },
    {
      title: 'Lessons',
      columns: ['lesson', 'name', 'learners', 'started', 'completed', 'passed', 'failed', 'mean score', 'mean minutes'],
      rows: report.lessons.map((l) => [short(l.lesson), l.name, l.learners, l.started, l.completed, l.passed, l.failed, pct(l.meanScore), minutes(l.meanTimeMs)]),
    },
    {
      title: 'Learners',
      columns: ['learner', 'class', 'started', 'completed', 'passed', 'mean score', 'minutes', 'last'],
      rows: report.learners.map((l) => [l.learner, l.klass, l.lessonsStarted, l.lessonsCompleted, l.lessonsPassed, pct(l.meanScore), minutes(l.timeSpentMs), l.last]),
    },
    {
      title: 'Activities',
      columns: ['activity', 'answers', 'learners', 'scored', 'correct'],
      rows: report.activities.map((a) => [short(a.activity), a.answered, a.learners, a.scored, a.correct]),
    },
    {
      title: 'Kerndoelen',
      columns: ['kerndoel', 'name', 'lessons', 'started', 'completed'],
      rows: report.kerndoelen.map((k) => [k.kerndoel, k.name, k.lessons, k.started, k.completed]),
    },
    {
      title: 'Anonymous surveys (totals only)',
      columns: ['survey', 'class', 'item', 'answers', 'mean', 'counts'],
      rows: report.surveys.map((s) => [short(s.survey), s.klass, s.item, s.answers, s.mean ?? '', Object.entries(s.counts).map(([p, n]) => `${p}:${n}`).join(' ')]),
    },
    {
      title: 'Survey change (baseline → closing)',
      columns: ['track', 'class', 'item', 'baseline mean', 'closing mean', 'change', 'baseline answers', 'closing answers'],
      rows: report.surveyChange.flatMap((c) =>
        c.items.map((i) => [short(c.track), c.klass, i.item, i.baseline.mean ?? '', i.closing.mean ?? '', i.change ?? '', i.baseline.answers, i.closing.answers]),
      ),
    },
  ];
}

/** Text tables for a terminal, columns padded; numbers right-aligned. */
export function formatText(report: Report): string {
  const out: string[] = [`${report.statements} statements read${report.ignored ? `, ${report.ignored} not from Upstander lessons (ignored)` : ''}.`];
  if (report.lastStored) out.push(`Last stored: ${report.lastStored} (use --since ${report.lastStored} next time)`);
  for (const table of reportTables(report)) {
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
  const s = String(v);
  return /[",\n\r]/.test(s) || (typeof v === 'string' && /^[=+\-@]/.test(s)) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** CSV: one section per table (a `# title` line, a header, rows), RFC 4180 quoting. */
export function formatCsv(report: Report): string {
  return reportTables(report)
    .map((t) => [`# ${t.title}`, t.columns.map(csvCell).join(','), ...t.rows.map((r) => r.map(csvCell).join(','))].join('\r\n'))
    .join('\r\n\r\n') + '\r\n';
}

export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
