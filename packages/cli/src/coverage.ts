/**
 * `upstander coverage <track|lesson|folder>…`: which kerndoelen (2025 and 2006, with their SLO titles)
 * each lesson serves, and which relevant kerndoelen of the audience's level are left open. The
 * computation is @upstander/curriculum's `coverage` (the composer page uses the same); this file finds
 * the lessons and prints a terminal table, Markdown, HTML or JSON.
 */
import {coverage} from '@upstander/curriculum';
import type {Coverage, CoverageGoal} from '@upstander/curriculum';
import type {Lang, Lesson} from '@upstander/schema';
import {loadLibrary} from './lessons.js';

export const COVERAGE_FORMATS = ['table', 'md', 'html', 'json'] as const;
export type CoverageFormat = (typeof COVERAGE_FORMATS)[number];

/** One report: a track (its lessons in order) or a set of lessons. */
export interface CoverageReport {
  kind: 'track' | 'lessons';
  id: string;
  title: string;
  coverage: Coverage;
}

/** The reports for these paths: one per track named; the lessons named outside tracks together. */
export function coverageReports(paths: readonly string[], options: {lang?: Lang; lessonFolders?: readonly string[]} = {}): CoverageReport[] {
  const library = loadLibrary(paths, options);
  const all = [...library.lessons, ...(library.supporting ?? [])];
  const find = (id: string) => all.find((l) => l.id === id && l.language === 'nl') ?? all.find((l) => l.id === id);
  const reports: CoverageReport[] = library.tracks.map((track) => ({
    kind: 'track',
    id: track.id,
    title: track.title,
    coverage: coverage(track.lessons.map((entry) => find(entry.lesson)).filter((l): l is Lesson => !!l)),
  }));
  if (library.tracks.length === 0 && library.lessons.length > 0) {
    const lessons = library.lessons.filter((l, i, a) => a.findIndex((m) => m.id === l.id) === i);
    reports.push({
      kind: 'lessons',
      id: lessons.length === 1 ? lessons[0]!.id : paths.join(', '),
      title: lessons.length === 1 ? lessons[0]!.title : `${lessons.length} lessen`,
      coverage: coverage(lessons),
    });
  }
  return reports;
}

const LEVEL = {po: 'primair onderwijs (po)', vo: 'voortgezet onderwijs (vo)'} as const;
const mark = (goal: CoverageGoal & {lessons: string[]}, lesson: string) => (goal.lessons.includes(lesson) ? '✓' : '');

function heading(report: CoverageReport): string {
  const c = report.coverage;
  return `${report.kind === 'track' ? 'Leerlijn' : 'Lessen'} ${report.title} (${report.id}): ${c.lessons.length} ${c.lessons.length === 1 ? 'les' : 'lessen'}, ${c.totalMinutes} minuten${c.level ? `, ${LEVEL[c.level]}` : ''}`;
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The terminal table: a row per kerndoel, a column per lesson (numbered, named below), then the open ones. */
export function coverageTable(report: CoverageReport, width = 100): string {
  const c = report.coverage;
  const out = [heading(report), ''];
  c.lessons.forEach((l, i) => out.push(`  ${i + 1}. ${l.title} (${l.id}${l.durationMinutes !== undefined ? `, ${l.durationMinutes} min` : ''})`));
  out.push('');
  const idWidth = Math.max(8, ...c.covered.map((g) => g.id.length), ...c.open.map((g) => g.id.length));
  const cols = c.lessons.map((_, i) => String(i + 1).padStart(2)).join(' ');
  const titleWidth = Math.max(30, width - idWidth - 6 - cols.length - 6);
  const row = (id: string, set: string, marks: string, title: string) => {
    const lines = wrap(title, titleWidth);
    return lines.map((line, i) => (i === 0 ? `${id.padEnd(idWidth)}  ${set.padEnd(4)}  ${marks}  ${line}` : `${''.padEnd(idWidth)}  ${''.padEnd(4)}  ${''.padEnd(marks.length)}  ${line}`)).join('\n');
  };
  out.push('Gedekte kerndoelen', row('Kerndoel', 'Set', cols, 'Titel (SLO)'));
  for (const goal of c.covered) out.push(row(goal.id, goal.set, c.lessons.map((l) => mark(goal, l.id).padStart(2)).join(' '), goal.title));
  const unknown = c.lessons.flatMap((l) => l.unknown.map((id) => `${id} (${l.id})`));
  if (unknown.length) out.push('', `Onbekende kerndoelen: ${unknown.join(', ')}`);
  out.push('');
  if (!c.level) out.push('Open kerndoelen: niet te bepalen, want de lessen zijn voor verschillende niveaus.');
  else if (c.open.length === 0) out.push(`Open kerndoelen (${c.level}): geen.`);
  else {
    out.push(`Open kerndoelen (${c.level}): relevant voor dit niveau, door geen les gedekt`);
    for (const goal of c.open) out.push(row(goal.id, goal.set, ''.padEnd(cols.length), goal.title));
  }
  return out.join('\n');
}

const md = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function coverageMarkdown(report: CoverageReport): string {
  const c = report.coverage;
  const out = [`## ${md(heading(report))}`, ''];
  c.lessons.forEach((l, i) => out.push(`${i + 1}. ${md(l.title)} (\`${l.id}\`${l.durationMinutes !== undefined ? `, ${l.durationMinutes} min` : ''})`));
  out.push('', '### Gedekte kerndoelen', '', `| Kerndoel | Set | Titel (SLO) | ${c.lessons.map((_, i) => `Les ${i + 1}`).join(' | ')} |`);
  out.push(`|---|---|---|${c.lessons.map(() => ':-:').join('|')}|`);
  for (const goal of c.covered) out.push(`| [${goal.id}](${goal.uri}) | ${goal.set} | ${md(goal.title)} | ${c.lessons.map((l) => mark(goal, l.id)).join(' | ')} |`);
  out.push('', `### Open kerndoelen${c.level ? ` (${c.level})` : ''}`, '');
  if (!c.level) out.push('Niet te bepalen: de lessen zijn voor verschillende niveaus.');
  else if (c.open.length === 0) out.push('Geen.');
  else {
    out.push('| Kerndoel | Set | Titel (SLO) |', '|---|---|---|');
    for (const goal of c.open) out.push(`| [${goal.id}](${goal.uri}) | ${goal.set} | ${md(goal.title)} |`);
  }
  return out.join('\n');
}

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function coverageHtml(report: CoverageReport): string {
  const c = report.coverage;
  const lessons = `<ol>${c.lessons.map((l) => `<li>${esc(l.title)} (<code>${esc(l.id)}</code>${l.durationMinutes !== undefined ? `, ${l.durationMinutes} min` : ''})</li>`).join('')}</ol>`;
  const head = `<tr><th scope="col">Kerndoel</th><th scope="col">Set</th><th scope="col">Titel (SLO)</th>${c.lessons.map((l, i) => `<th scope="col"><abbr title="${esc(l.title)}">Les ${i + 1}</abbr></th>`).join('')}</tr>`;
  const rows = c.covered
    .map((g) => `<tr><th scope="row"><a href="${esc(g.uri)}">${esc(g.id)}</a></th><td>${g.set}</td><td>${esc(g.title)}</td>${c.lessons.map((l) => `<td>${mark(g, l.id) ? '✓<span class="visually-hidden"> gedekt</span>' : ''}</td>`).join('')}</tr>`)
    .join('');
  const open = !c.level
    ? '<p>Niet te bepalen: de lessen zijn voor verschillende niveaus.</p>'
    : c.open.length === 0
      ? '<p>Geen.</p>'
      : `<ul>${c.open.map((g) => `<li><a href="${esc(g.uri)}">${esc(g.id)}</a> (${g.set}): ${esc(g.title)}</li>`).join('')}</ul>`;
  return `<section><h2>${esc(heading(report))}</h2>${lessons}<table><caption>Gedekte kerndoelen</caption><thead>${head}</thead><tbody>${rows}</tbody></table><h3>Open kerndoelen${c.level ? ` (${c.level})` : ''}</h3>${open}</section>`;
}

/** The whole output in a format. */
export function renderCoverage(reports: readonly CoverageReport[], format: CoverageFormat): string {
  if (format === 'json') return JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2);
  if (format === 'md') return reports.map(coverageMarkdown).join('\n\n');
  if (format === 'html') {
    return `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>Kerndoelen</title><style>.visually-hidden{position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden}table{border-collapse:collapse}th,td{border:1px solid #999;padding:.25em .5em;text-align:left;vertical-align:top}</style></head><body><main><h1>Kerndoelen</h1>${reports.map(coverageHtml).join('')}</main></body></html>\n`;
  }
  return reports.map((r) => coverageTable(r, process.stdout.columns || 100)).join('\n\n');
}

export const COVERAGE_HELP = `upstander coverage <track|lesson|folder>… [options]

Prints which kerndoelen (2025 and 2006, with their SLO titles) each lesson serves, and which relevant
kerndoelen of the audience's level the lessons leave open. For a track: its lessons, in order (they
are looked up in lessons/, --lessons folders and upstander.config.json). For lessons or a folder of
lessons: those lessons together.

"Relevant" are the 2006 kerndoelen of the level and the most detailed 2025 goals under every 2025
kerndoel a lesson touches. A lesson naming a goal also serves the goals above it.

Options:
  --format table|md|html|json   output (default table)
  --lessons <folder>            another folder to look lessons up in (repeatable)
  --lang nl|en                  language of problem messages (default nl)
  -h, --help                    this help
`;

/** Runs `upstander coverage`; returns the exit code. */
export function coverageCommand(
  paths: readonly string[],
  values: {format?: string; lessons?: string[]; lang: Lang},
  lessonFolders: readonly string[],
  print: (text: string) => void = console.log,
): number {
  const format = (values.format ?? 'table') as CoverageFormat;
  if (!COVERAGE_FORMATS.includes(format)) throw new Error(`--format must be one of ${COVERAGE_FORMATS.join(', ')}, not "${values.format}"`);
  if (paths.length === 0) throw new Error('name a track, a lesson or a folder, e.g. "upstander coverage tracks/groep-7-8.json"');
  const reports = coverageReports(paths, {lang: values.lang, lessonFolders});
  if (reports.length === 0) throw new Error(`no lessons or tracks in ${paths.join(', ')}`);
  print(renderCoverage(reports, format));
  return 0;
}
