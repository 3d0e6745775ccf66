/**
 * `interview-journal check|next|ics [paths...]` (docs/cli.md), as a function of its
 * arguments and streams so tests run it in-process. Returns the exit code: 0 fine, 1 errors or
 * too many warnings (check), 2 bad usage or an unreadable path.
 */
import { parseArgs } from 'node:util';
import { parseWhen, realNow, resolveNow } from '../core/civil';
import { calendarFromResults, MAX_ALARM_MINUTES } from '../core/ics';
import { runLog } from './log';
import { runNew } from './new';
import { Journal } from '../core/journal';
import type { Settings } from '../core/settings';
import { skippedDiagnostic, SKIPPED_STEP, type SkipReason } from '../core/skipped';
import type { Minutes } from '../core/types';
import { findFiles, findSettingsFile, journalFolderOf, loadSettings, readLimited, relativeSlash, UsageError, type FoundFile } from './files';
import { COLOURS, count, formatNextText, nextJsonDoc, PLAIN, sortedByUrgency, useColour, writeCheckJson, writeCheckText, type Row } from './format';
import { statsOutput, type CollectedItem } from './stats';
import { version } from '../../package.json';
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

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

const COMMANDS = new Set(['check', 'next', 'ics', 'stats']);

function usageError(io: Io, message: string): number {
  io.stderr.write(`interview-journal: ${message.replace(/\s*\n\s*/g, ' ')} (see interview-journal --help)\n`);
  return 2;
}

interface Options {
  command: 'check' | 'next' | 'ics' | 'stats';
  paths: string[];
  today?: string;
  now?: string;
  format: 'text' | 'json' | 'html';
  maxWarnings?: number;
  /** The text comes from stdin; this path names it. */
  stdinFilename?: string;
  /** ics: minutes before each step for its VALARM; false: none. */
  alarm?: number | false;
  /** stats: the day (start) and the grouping. */
  since?: Minutes;
  groupBy?: 'folder';
}

type Parsed = { kind: 'run'; opts: Options } | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: string };

export function parseCommandLine(argv: readonly string[]): Parsed {
  // `--max-warnings -1` (ESLint's "no limit"): parseArgs would take -1 for an option.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--max-warnings' && /^-\d+$/.test(argv[i + 1] ?? '')) args.push(`--max-warnings=${argv[++i]}`);
    else args.push(argv[i]);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        today: { type: 'string' },
        now: { type: 'string' },
        format: { type: 'string' },
        'max-warnings': { type: 'string' },
        'stdin-filename': { type: 'string' },
        since: { type: 'string' },
        'group-by': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        alarm: { type: 'string' },
        'no-alarm': { type: 'boolean' },
      },
    });
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    // Node's messages end with advice on `--`; keep the first sentence.
    return { kind: 'error', message: msg.split(/\.\s|\n/)[0].replace(/\.$/, '') };
  }
  const v = parsed.values;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  const [command, ...paths] = parsed.positionals;
  if (command === 'help') return { kind: 'help' };
  if (command === undefined) return { kind: 'error', message: 'missing command: check, next, ics, stats, new or log' };
  if (!COMMANDS.has(command)) return { kind: 'error', message: `unknown command '${command}': use check, next, ics, stats, new or log` };
  const format = v.format ?? 'text';
  if (format !== 'text' && format !== 'json' && !(format === 'html' && command === 'stats')) return { kind: 'error', message: `--format must be text or json${command === 'stats' ? ' or html' : ''}, got '${format}'` };
  const stats = parseStatsOptions(command, v.since, v['group-by']);
  if (typeof stats === 'string') return { kind: 'error', message: stats };
  if (command === 'ics' && v.format === 'json') return { kind: 'error', message: 'ics writes iCalendar; --format json applies to check and next' };
  let maxWarnings: number | undefined;
  if (v['max-warnings'] !== undefined) {
    const s = v['max-warnings'].trim();
    if (!/^-?\d+$/.test(s) || Number(s) < -1) return { kind: 'error', message: `--max-warnings must be a whole number of at least 0, got '${v['max-warnings']}'` };
    maxWarnings = Number(s) === -1 ? undefined : Number(s);
  }
  if (v.today !== undefined) {
    try {
      resolveNow({ today: v.today });
    } catch {
      return { kind: 'error', message: `--today must be a date YYYY-MM-DD, got '${v.today}'` };
    }
  }
  if (v.now !== undefined) {
    try {
      resolveNow({ now: v.now });
    } catch {
      return { kind: 'error', message: `--now must be a local time YYYY-MM-DDTHH:mm, got '${v.now}'` };
    }
  }
  const stdinFilename = v['stdin-filename'];
  if (stdinFilename !== undefined) {
    if (!stdinFilename.trim()) return { kind: 'error', message: '--stdin-filename needs a path' };
    if (paths.length > 0) return { kind: 'error', message: '--stdin-filename reads one file from stdin: give no other paths' };
  }
  let alarm: number | false | undefined;
  if (v.alarm !== undefined || v['no-alarm']) {
    if (command !== 'ics') return { kind: 'error', message: '--alarm and --no-alarm apply to ics' };
    if (v.alarm !== undefined && v['no-alarm']) return { kind: 'error', message: 'give --alarm MINUTES or --no-alarm, not both' };
    if (v.alarm !== undefined && (!/^\d+$/.test(v.alarm.trim()) || Number(v.alarm) > MAX_ALARM_MINUTES)) {
      return { kind: 'error', message: `--alarm must be a whole number of minutes from 0 to ${MAX_ALARM_MINUTES}, got '${v.alarm}'` };
    }
    alarm = v['no-alarm'] ? false : Number(v.alarm);
  }
  return {
    kind: 'run',
    opts: { command: command as Options['command'], paths: paths.length ? paths : ['.'], today: v.today, now: v.now, format, maxWarnings, stdinFilename, alarm, ...stats },
  };
}

/** `--since` and `--group-by`: only for stats; a message when wrong. */
function parseStatsOptions(command: string, since: string | undefined, groupBy: string | undefined): { since?: Minutes; groupBy?: 'folder' } | string {
  if (command !== 'stats' && (since !== undefined || groupBy !== undefined)) return `${since !== undefined ? '--since' : '--group-by'} applies to stats only`;
  if (groupBy !== undefined && groupBy !== 'folder') return `--group-by must be folder, got '${groupBy}'`;
  if (since === undefined) return groupBy ? { groupBy } : {};
  const p = parseWhen(since, false);
  if (!p.ok) return `--since must be a date YYYY-MM-DD, got '${since}'`;
  return { since: p.when.t, ...(groupBy ? { groupBy } : {}) };
}

/** A group of files sharing one settings file: one journal, analysed together. */
interface Group {
  settingsFile: string | undefined;
  settings: Settings;
  files: FoundFile[];
  /** The journal folder (for ICS UIDs): the folder holding `.vscode`, else the first root. */
  folder: string;
}

interface Analysed {
  results: Row[];
  /** The planning clock of each result's journal. */
  nowOf: Map<Row, Minutes>;
  /** Display path to the path relative to its journal folder (with `/`). */
  folderOf: Map<string, string>;
  /** The clock is pinned (by flag or setting) for every journal. */
  pinned: boolean;
  /** stats: every entry with its plan, before the entries are dropped. */
  stats: CollectedItem[];
}

function display(io: Io, abs: string): string {
  const rel = relative(io.cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

/** A file found and not read: one `file-skipped` warning and its step, like any other file's row. */
function skippedRow(display: string, reason: SkipReason): Row {
  return { path: display, entry: { isEntry: true, company: '', role: undefined, status: 'active' }, diagnostics: [skippedDiagnostic(reason)], next: SKIPPED_STEP };
}

/** The text of --stdin-filename's file, from stdin, with readLimited's checks (size, UTF-8). */
function readStdin(io: Io, maxBytes: number): ReturnType<typeof readLimited> {
  let bytes: Uint8Array;
  try {
    bytes = (io.stdin ?? (() => readFileSync(0)))();
  } catch (err) {
    throw new UsageError(`cannot read stdin: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (bytes.length > maxBytes) return { ok: false, note: `skipped: ${bytes.length} bytes is more than maxFileSize (${maxBytes})`, reason: { kind: 'too-large', size: bytes.length, max: maxBytes } };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: true, text: new TextDecoder().decode(bytes), note: 'not valid UTF-8: read with replacement characters (save the file as UTF-8)' };
  }
}

/** The one file --stdin-filename names: its path is where its settings are looked up. */
function stdinFound(name: string, io: Io): FoundFile {
  const abs = resolve(io.cwd, name);
  return { abs, display: display(io, abs), root: dirname(abs) };
}

function analyse(opts: Options, io: Io): Analysed {
  const fromStdin = opts.stdinFilename !== undefined;
  const { files, skipped, notes } = fromStdin ? { files: [stdinFound(opts.stdinFilename!, io)], skipped: [], notes: [] } : findFiles(opts.paths, io.cwd);
  for (const n of notes) io.stderr.write(`note: ${n}\n`);
  const skippedRows = skipped.map((f) => skippedRow(f.display, f.reason));

  // Group files by the settings file that applies to them (the nearest one above the path given).
  const groups = new Map<string, Group>();
  const settingsCache = new Map<string, ReturnType<typeof loadSettings>>();
  // Every file of a folder given on the command line shares its root: look each root up once.
  const settingsOf = new Map<string, string | undefined>();
  for (const f of files) {
    let sf = settingsOf.get(f.root);
    if (!settingsOf.has(f.root)) settingsOf.set(f.root, (sf = findSettingsFile(f.root)));
    const key = sf ?? '';
    let g = groups.get(key);
    if (!g) {
      let loaded = settingsCache.get(key);
      if (!loaded) {
        loaded = loadSettings(sf, (a) => display(io, a));
        settingsCache.set(key, loaded);
        for (const n of loaded.notes) io.stderr.write(`${n}\n`);
      }
      const settings: Settings = { ...loaded.settings };
      // The clock: flags win over settings; a bad setting is a warning and the real clock.
      if (opts.now !== undefined || opts.today !== undefined) {
        settings.now = opts.now ?? '';
        settings.today = opts.now !== undefined ? '' : (opts.today ?? '');
      } else {
        try {
          resolveNow(settings, () => 0);
        } catch (err) {
          io.stderr.write(`warning: ${sf ? display(io, sf) : 'settings'}: ${err instanceof Error ? err.message : String(err)}; using the real clock\n`);
          settings.now = '';
          settings.today = '';
        }
      }
      g = { settingsFile: sf, settings, files: [], folder: journalFolderOf(sf, f.root) };
      groups.set(key, g);
    }
    g.files.push(f);
  }

  const results: Row[] = [];
  const nowOf = new Map<Row, Minutes>();
  const folderOf = new Map<string, string>();
  let pinned = true;
  const stats: CollectedItem[] = [];
  for (const g of groups.values()) {
    // Nothing is edited afterwards: entries keep only what the rules read (less memory).
    const journal = new Journal(g.settings, io.clock ?? realNow, { keepText: false });
    const shown = new Map<string, string>();
    const rootOf = new Map(g.files.map((f) => [f.abs, f.root]));
    for (const f of g.files) {
      const read = fromStdin ? readStdin(io, g.settings.maxFileSize) : readLimited(f.abs, g.settings.maxFileSize, f.size);
      if (!read.ok) {
        io.stderr.write(`note: ${f.display}: ${read.note}\n`);
        skippedRows.push(skippedRow(f.display, read.reason));
        continue;
      }
      if (read.note) io.stderr.write(`note: ${f.display}: ${read.note}\n`);
      try {
        journal.setFile(f.abs, read.text);
        shown.set(f.abs, f.display);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        io.stderr.write(`note: ${f.display}: skipped, could not be read as a journal file (${message})\n`);
        skippedRows.push(skippedRow(f.display, { kind: 'failed', error: message, size: f.size }));
      }
    }
    journal.refresh();
    const now = journal.now();
    if (!g.settings.now && !g.settings.today) pinned = false;
    for (const r of journal.all()) {
      if (!r.entry.isEntry) continue;
      // Only what the output reads of the entry: the journal and its entries can go.
      const { isEntry, company, role, status } = r.entry;
      const withPath: Row = { path: shown.get(r.path) ?? r.path, entry: { isEntry, company, role, status }, diagnostics: r.diagnostics, next: r.next, ...(opts.command === 'ics' ? { steps: r.steps } : {}) };
      results.push(withPath);
      nowOf.set(withPath, now);
      // Only the calendar reads it (a path.relative per file).
      if (opts.command === 'ics') folderOf.set(withPath.path, relativeSlash(g.folder, r.path));
      if (opts.command === 'stats') stats.push({ item: { path: withPath.path, result: r, plan: () => journal.plan(r.path) }, abs: r.path, root: rootOf.get(r.path) ?? g.folder, now });
    }
  }
  // Skipped rows have no journal: their step has no date, so no clock is read for them.
  results.push(...skippedRows);
  results.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { results, nowOf, folderOf, pinned, stats };
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

function report(opts: Options, a: Analysed, io: Io): number {
  const painter = useColour(io.isTTY ?? false, io.env ?? {}) ? COLOURS : PLAIN;
  const nowOf = (r: Row) => a.nowOf.get(r) ?? 0;

  switch (opts.command) {
    case 'check': {
      if (opts.format === 'json') writeCheckJson(a.results, (s) => io.stdout.write(s));
      else writeCheckText(a.results, nowOf, painter, opts.maxWarnings, (s) => io.stdout.write(s));
      const c = count(a.results);
      return c.errors > 0 || (opts.maxWarnings !== undefined && c.warnings > opts.maxWarnings) ? 1 : 0;
    }
    case 'next': {
      const sorted = sortedByUrgency(a.results);
      io.stdout.write(opts.format === 'json' ? nextJsonDoc(sorted) : formatNextText(sorted, painter));
      return 0;
    }
    case 'ics': {
      // A pinned clock gives a reproducible DTSTAMP (its wall-clock value, written as UTC).
      const pinnedNow = a.results.length ? nowOf(a.results[0]) : undefined;
      const stampMs = a.pinned && pinnedNow !== undefined ? pinnedNow * 60000 : (io.nowMs ?? Date.now)();
      io.stdout.write(calendarFromResults(a.results, { stampMs, relativePath: (p) => a.folderOf.get(p) ?? p, alarm: opts.alarm }));
      return 0;
    }
    case 'stats':
      io.stdout.write(statsOutput(a.stats, { format: opts.format, since: opts.since, groupBy: opts.groupBy }, io.cwd, painter));
      return 0;
  }
}
