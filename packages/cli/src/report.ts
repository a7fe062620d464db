/**
 * `upstander report`: reads Upstander's xAPI statements from an LRS (or an exported file) and prints
 * progress per class, track, lesson, question, learner and kerndoel, and anonymous survey totals, as
 * terminal tables, CSV, JSON or one self-contained HTML page. The work is @upstander/report's; this
 * file reads the options, shows progress while paging and turns failures into one clear message.
 */
import {createReadStream, writeFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {kerndoel} from '@upstander/curriculum';
import {Aggregator, ReportSourceError, formatCsv, formatHtml, formatJson, formatText, readLrs, readStatementsText} from '@upstander/report';
import type {LrsOptions} from '@upstander/report';
import {DEFAULT_IRI_BASE, lessonIri, trackIri} from '@upstander/schema/xapi';

export const REPORT_FORMATS = ['text', 'csv', 'json', 'html'] as const;

export const REPORT_HELP = `upstander report --lrs <url> [options]
upstander report --file <statements.json> [options]

Reads the xAPI statements Upstander lessons sent to an LRS (any conformant xAPI LRS: its Statement
API, page by page) or an exported statements file, and reports progress per class, track, lesson,
question (completion, scores, which answers were chosen), learner and kerndoel, and anonymous
survey answers as totals only. Free text is never in the report. docs/admin.md explains every field.

Source:
  --lrs <url>             the LRS's xAPI endpoint, e.g. https://lrs.school.nl/xAPI/
  --user <name>           Basic auth user (a key that may read statements)
  --password <secret>     its password; or set UPSTANDER_LRS_PASSWORD (not visible in the process list)
  --token <token>         instead of user and password: a bearer token, or a whole Authorization value
  --file <path>           instead of an LRS: an exported file (a JSON array, {"statements": […]} or
                          one statement per line); - reads standard input

Filters (sent to the LRS):
  --lesson <id|IRI>       only this lesson (its statements and its questions')
  --track <id|IRI>        only this track
  --registration <uuid>   only this registration (one class or enrolment)
  --since <ISO time>      statements stored after this moment (the "Last stored" of an earlier run)
  --until <ISO time>      statements stored at or before this moment
  --iri-base <iri>        the IRI base the packages were built with (default ${DEFAULT_IRI_BASE})

Output:
  --format <f>            ${REPORT_FORMATS.join(', ')} (default text)
  --out <file>            write to this file instead of standard output
  --page-size <n>         statements per request (the LRS may send fewer)
  --timeout <seconds>     give up on a request after this long (default 30; retried 5 times)
  -h, --help              this help
`;

class ReportUsageError extends Error {}

/** A lesson or track id becomes its IRI; an IRI stays as it is. */
const iriOf = (value: string, make: (base: string, id: string) => string, base: string) => (/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : make(base, value));

function isoTime(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (Number.isNaN(Date.parse(value))) throw new ReportUsageError(`${option} must be an ISO 8601 time such as 2026-09-01T00:00:00Z, not "${value}".`);
  return value;
}

async function* fileChunks(path: string): AsyncGenerator<string> {
  const stream = path === '-' ? process.stdin : createReadStream(path);
  stream.setEncoding('utf8');
  for await (const chunk of stream) yield chunk as string;
}

export async function reportCommand(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        lrs: {type: 'string'},
        user: {type: 'string'},
        password: {type: 'string'},
        token: {type: 'string'},
        file: {type: 'string'},
        lesson: {type: 'string'},
        track: {type: 'string'},
        registration: {type: 'string'},
        since: {type: 'string'},
        until: {type: 'string'},
        'iri-base': {type: 'string', default: DEFAULT_IRI_BASE},
        format: {type: 'string', default: 'text'},
        out: {type: 'string'},
        'page-size': {type: 'string'},
        timeout: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
    });
  } catch (error) {
    console.error(`upstander report: ${(error as Error).message}\nRun "upstander report --help" for the options.`);
    return 1;
  }
  const {values} = parsed;
  if (values.help) {
    console.log(REPORT_HELP);
    return 0;
  }
  try {
    const format = values.format as (typeof REPORT_FORMATS)[number];
    if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new ReportUsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${values.format}".`);
    if (!values.lrs === !values.file) throw new ReportUsageError('give either --lrs <url> (an LRS) or --file <path> (exported statements).');
    if (values.lesson && values.track) throw new ReportUsageError('give --lesson or --track, not both (the LRS filters on one activity).');
    const since = isoTime(values.since, '--since');
    const until = isoTime(values.until, '--until');
    const base = values['iri-base'];
    const activity = values.lesson ? iriOf(values.lesson, lessonIri, base) : values.track ? iriOf(values.track, trackIri, base) : undefined;
    const number = (value: string | undefined, option: string) => {
      if (value === undefined) return undefined;
      const n = Number(value);
      if (!Number.isFinite(n) || n <= 0) throw new ReportUsageError(`${option} must be a positive number, not "${value}".`);
      return n;
    };
    const limit = number(values['page-size'], '--page-size');
    const timeout = number(values.timeout, '--timeout');
    const aggregator = new Aggregator();
    const tty = process.stderr.isTTY;
    if (values.lrs) {
      const password = values.password ?? process.env['UPSTANDER_LRS_PASSWORD'];
      if (values.user !== undefined && password === undefined) throw new ReportUsageError('--user needs --password (or UPSTANDER_LRS_PASSWORD).');
      const options: LrsOptions = {
        endpoint: values.lrs,
        ...(values.user !== undefined ? {user: values.user, password} : {}),
        ...(values.token ? {token: values.token} : {}),
        ...(activity ? {activity} : {}),
        ...(values.registration ? {registration: values.registration} : {}),
        ...(since ? {since} : {}),
        ...(until ? {until} : {}),
        ...(limit ? {limit: Math.round(limit)} : {}),
        ...(timeout ? {timeoutMs: timeout * 1000} : {}),
        onPage: ({statements, pages}) => {
          // A progress line while paging: rewritten in place on a terminal, every 10 pages otherwise.
          if (tty) process.stderr.write(`\rReading ${values.lrs}: ${statements} statements, ${pages} pages…`);
          else if (pages % 10 === 0) process.stderr.write(`Reading: ${statements} statements, ${pages} pages\n`);
        },
      };
      try {
        await aggregator.addAll(readLrs(options));
      } finally {
        if (tty) process.stderr.write('\n');
      }
    } else {
      const statements = readStatementsText(fileChunks(values.file!));
      if (activity || values.registration || since || until) {
        console.error('upstander report: --lesson, --track, --registration, --since and --until filter on the LRS; with --file every statement in the file is read.');
      }
      await aggregator.addAll(statements);
    }
    const report = aggregator.report();
    const options = {kerndoelTitle: (id: string) => kerndoel(id)?.text.replace(/\s+/g, ' ').slice(0, 80)};
    const output =
      format === 'json' ? formatJson(report) : format === 'csv' ? formatCsv(report, options) : format === 'html' ? formatHtml(report, options) : formatText(report, options);
    if (values.out) {
      writeFileSync(values.out, output);
      console.error(`Wrote ${values.out}: ${report.statements} statements, ${report.lessons.length} lessons, ${report.learners.length} learners.`);
    } else {
      process.stdout.write(output);
    }
    if (report.malformed > 0) console.error(`upstander report: ${report.malformed} statements were not valid xAPI and were skipped.`);
    if (report.statements === 0) console.error('upstander report: the LRS holds no statements for these filters.');
    return 0;
  } catch (error) {
    if (error instanceof ReportUsageError) {
      console.error(`upstander report: ${error.message}\nRun "upstander report --help" for the options.`);
      return 1;
    }
    if (error instanceof ReportSourceError || (error as NodeJS.ErrnoException).code === 'ENOENT') {
      console.error(`upstander report: ${(error as Error).message}`);
      return 1;
    }
    throw error;
  }
}
