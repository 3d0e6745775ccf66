/**
 * `interview-journal check|next|ics|stats [paths...]` (docs/cli.md), as a function of its
 * arguments and streams so tests run it in-process. Returns the exit code: 0 fine, 1 errors or
 * too many warnings (check), 2 bad usage or an unreadable path.
 */
import { calendarFromResults } from '../core/ics';
import { analyse, type Analysed, type RowItem } from './analyse';
import { UsageError } from './files';
import { COLOURS, formatNextText, nextJsonDoc, PLAIN, sortedByUrgency, useColour, writeCheckJson, writeCheckText, type Row } from './format';
import { runLog } from './log';
import { runNew } from './new';
import { parseCommandLine, type Options } from './options';
import { statsOutput, type CollectedItem } from './stats';
import type { Minutes } from '../core/types';
import { version } from '../../package.json';

export { parseCommandLine } from './options';

export interface Io {
  cwd: string;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
  /** stdout is a terminal (colour). */
  isTTY?: boolean;
  env?: Record<string, string | undefined>;
  /** The real clock, for tests of the unpinned path: floating local minutes. */
  clock?: () => Minutes;
  /** Wall-clock epoch milliseconds for DTSTAMP when the clock is not pinned. */
  nowMs?: () => number;
  /** Standard input's bytes, for --stdin-filename (default: read file descriptor 0). */
  stdin?: () => Uint8Array;
  /** Called before each file is read (main.ts tunes the garbage collector there). */
  onFileRead?: () => void;
}

export const USAGE = `Usage: interview-journal <command> [options] [paths...]

Commands:
  check   problems in each interview file and its next step (default path: .)
  next    the next step of every interview, most urgent first
  ics     an iCalendar file (RFC 5545) of the dated pending steps, on stdout, each with a reminder
  new     write a new entry (from flags or --from-ics FILE) and print its path: new --help
  log     append a contact to an entry and print its next step: log --help
  stats   how the search is going: counts, funnel, answers, weekly activity

Options:
  --today YYYY-MM-DD        plan as of that day at 12:00 local time
  --now YYYY-MM-DDTHH:mm    plan as of that local time (wins over --today)
  --format text|json        output format of check and next (default: text)
  --max-warnings N          check fails (exit 1) with more than N warnings (default: no limit)
  --stdin-filename PATH     read one file's text from stdin; PATH names it in messages and
                            picks its settings (e.g. git show :PATH | ... --stdin-filename PATH)
  --alarm MINUTES           ics: the reminder this many minutes before each step (default 0)
  --no-alarm                ics: no reminders
  --format html             stats only: one self-contained HTML report
  --since YYYY-MM-DD        stats only: interviews on or after that day
  --group-by folder         stats only: the numbers per folder (one candidate each) too
  -h, --help                show this help
  -v, --version             show the version

Folders are searched for *.md files, skipping node_modules and folders starting with a dot.
Settings come from the nearest .vscode/settings.json (interviewJournal.* keys).
Exit codes: 0 no errors and warnings within the limit; 1 errors or too many warnings;
2 bad usage or an unreadable path.
`;

function usageError(io: Io, message: string): number {
  io.stderr.write(`interview-journal: ${message.replace(/\s*\n\s*/g, ' ')} (see interview-journal --help)\n`);
  return 2;
}

/** Runs the CLI; returns the exit code. Never throws. */
export function runCli(argv: readonly string[], io: Io): number {
  // `new` and `log` write files and take their own options.
  if (argv[0] === 'new' || argv[0] === 'log') {
    try {
      return argv[0] === 'new' ? runNew(argv.slice(1), io) : runLog(argv.slice(1), io);
    } catch (err) {
      io.stderr.write(`interview-journal: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
      return 2;
    }
  }
  const parsed = parseCommandLine(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (parsed.kind === 'version') {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  if (parsed.kind === 'error') return usageError(io, parsed.message);
  const opts = parsed.opts;
  let a: Analysed;
  try {
    a = analyse(opts, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`interview-journal: ${err.message}\n`);
      return 2;
    }
    io.stderr.write(`interview-journal: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
  try {
    return report(opts, a, io);
  } catch (err) {
    io.stderr.write(`interview-journal: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    return 2;
  }
}

function* rowsOf(items: Iterable<RowItem>): Generator<Row> {
  for (const item of items) yield item.row;
}

function report(opts: Options, a: Analysed, io: Io): number {
  const painter = useColour(io.isTTY ?? false, io.env ?? {}) ? COLOURS : PLAIN;
  const write = (s: string) => io.stdout.write(s);
  switch (opts.command) {
    case 'check': {
      // Each file's row is made, written and let go, in order (see analyse.ts).
      const rows = rowsOf(a.items);
      const c = opts.format === 'json' ? writeCheckJson(rows, write) : writeCheckText(rows, a.nowOf, painter, opts.maxWarnings, write);
      return c.errors > 0 || (opts.maxWarnings !== undefined && c.warnings > opts.maxWarnings) ? 1 : 0;
    }
    case 'next': {
      const sorted = sortedByUrgency([...rowsOf(a.items)]);
      write(opts.format === 'json' ? nextJsonDoc(sorted) : formatNextText(sorted, painter));
      return 0;
    }
    case 'ics': {
      const items = [...a.items];
      const results = items.map((i) => i.row);
      const folderOf = new Map(items.map((i) => [i.row.path, i.folder]));
      // A pinned clock gives a reproducible DTSTAMP (its wall-clock value, written as UTC).
      const pinnedNow = results.length ? a.nowOf(results[0]) : undefined;
      const stampMs = a.pinned && pinnedNow !== undefined ? pinnedNow * 60000 : (io.nowMs ?? Date.now)();
      write(calendarFromResults(results, { stampMs, relativePath: (p) => folderOf.get(p) ?? p, alarm: opts.alarm }));
      return 0;
    }
    case 'stats': {
      const stats: CollectedItem[] = [];
      for (const { row, result, journal, root } of a.items) {
        if (result && journal) stats.push({ item: { path: row.path, result, plan: () => journal.plan(result.path) }, abs: result.path, root: root!, now: a.nowOf(row) });
      }
      write(statsOutput(stats, { format: opts.format, since: opts.since, groupBy: opts.groupBy }, io.cwd, painter));
      return 0;
    }
  }
}
