/** The command line of `check`, `next`, `ics` and `stats`: parsed, checked, and a message when wrong. */
import { parseArgs } from 'node:util';
import { parseWhen, resolveNow } from '../core/civil';
import { MAX_ALARM_MINUTES } from '../core/ics';
import type { Minutes } from '../core/types';

const COMMANDS = new Set(['check', 'next', 'ics', 'stats']);

export interface Options {
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

export type Parsed = { kind: 'run'; opts: Options } | { kind: 'help' } | { kind: 'version' } | { kind: 'error'; message: string };

type Values = {
  today?: string;
  now?: string;
  format?: string;
  'max-warnings'?: string;
  'stdin-filename'?: string;
  since?: string;
  'group-by'?: string;
  help?: boolean;
  version?: boolean;
  alarm?: string;
  'no-alarm'?: boolean;
};

/** Node's parseArgs over the options; a message when it refuses. */
function readArgs(argv: readonly string[]): { values: Values; positionals: string[] } | string {
  // `--max-warnings -1` (ESLint's "no limit"): parseArgs would take -1 for an option.
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--max-warnings' && /^-\d+$/.test(argv[i + 1] ?? '')) args.push(`--max-warnings=${argv[++i]}`);
    else args.push(argv[i]);
  }
  try {
    return parseArgs({
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
    return msg.split(/\.\s|\n/)[0].replace(/\.$/, '');
  }
}

/** `--max-warnings N` (-1: no limit); a message when wrong. */
function maxWarningsOf(given: string | undefined): { maxWarnings?: number } | string {
  if (given === undefined) return {};
  const s = given.trim();
  if (!/^-?\d+$/.test(s) || Number(s) < -1) return `--max-warnings must be a whole number of at least 0, got '${given}'`;
  return Number(s) === -1 ? {} : { maxWarnings: Number(s) };
}

/** A message when --today or --now is not a date or a local time. */
function clockProblem(v: Values): string | undefined {
  if (v.today !== undefined) {
    try {
      resolveNow({ today: v.today });
    } catch {
      return `--today must be a date YYYY-MM-DD, got '${v.today}'`;
    }
  }
  if (v.now !== undefined) {
    try {
      resolveNow({ now: v.now });
    } catch {
      return `--now must be a local time YYYY-MM-DDTHH:mm, got '${v.now}'`;
    }
  }
  return undefined;
}

/** A message when --stdin-filename is empty or comes with paths. */
function stdinProblem(name: string | undefined, paths: readonly string[]): string | undefined {
  if (name === undefined) return undefined;
  if (!name.trim()) return '--stdin-filename needs a path';
  if (paths.length > 0) return '--stdin-filename reads one file from stdin: give no other paths';
  return undefined;
}

/** `--alarm MINUTES` / `--no-alarm` (ics only); a message when wrong. */
function alarmOf(command: string, v: Values): { alarm?: number | false } | string {
  if (v.alarm === undefined && !v['no-alarm']) return {};
  if (command !== 'ics') return '--alarm and --no-alarm apply to ics';
  if (v.alarm !== undefined && v['no-alarm']) return 'give --alarm MINUTES or --no-alarm, not both';
  if (v.alarm !== undefined && (!/^\d+$/.test(v.alarm.trim()) || Number(v.alarm) > MAX_ALARM_MINUTES)) {
    return `--alarm must be a whole number of minutes from 0 to ${MAX_ALARM_MINUTES}, got '${v.alarm}'`;
  }
  return { alarm: v['no-alarm'] ? false : Number(v.alarm) };
}

/** `--format` for the command: text and json, and html for stats; a message when wrong. */
function formatProblem(command: string, format: string): string | undefined {
  if (format !== 'text' && format !== 'json' && !(format === 'html' && command === 'stats')) return `--format must be text or json${command === 'stats' ? ' or html' : ''}, got '${format}'`;
  return undefined;
}

export function parseCommandLine(argv: readonly string[]): Parsed {
  const parsed = readArgs(argv);
  if (typeof parsed === 'string') return { kind: 'error', message: parsed };
  const v = parsed.values;
  if (v.help) return { kind: 'help' };
  if (v.version) return { kind: 'version' };
  const [command, ...paths] = parsed.positionals;
  if (command === 'help') return { kind: 'help' };
  if (command === undefined) return { kind: 'error', message: 'missing command: check, next, ics, stats, new or log' };
  if (!COMMANDS.has(command)) return { kind: 'error', message: `unknown command '${command}': use check, next, ics, stats, new or log` };
  const format = v.format ?? 'text';
  const formatError = formatProblem(command, format);
  if (formatError !== undefined) return { kind: 'error', message: formatError };
  const stats = parseStatsOptions(command, v.since, v['group-by']);
  if (typeof stats === 'string') return { kind: 'error', message: stats };
  if (command === 'ics' && v.format === 'json') return { kind: 'error', message: 'ics writes iCalendar; --format json applies to check and next' };
  const max = maxWarningsOf(v['max-warnings']);
  if (typeof max === 'string') return { kind: 'error', message: max };
  const problem = clockProblem(v) ?? stdinProblem(v['stdin-filename'], paths);
  if (problem !== undefined) return { kind: 'error', message: problem };
  const alarm = alarmOf(command, v);
  if (typeof alarm === 'string') return { kind: 'error', message: alarm };
  return {
    kind: 'run',
    opts: {
      command: command as Options['command'],
      paths: paths.length ? paths : ['.'],
      today: v.today,
      now: v.now,
      format: format as Options['format'],
      maxWarnings: max.maxWarnings,
      stdinFilename: v['stdin-filename'],
      alarm: alarm.alarm,
      ...stats,
    },
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
