/**
 * `interview-journal log FILE (--to NAME | --from NAME) --via VIA --kind KIND [--date WHEN]
 * [--note TEXT] [--new-person]`: appends a contact with the editor's Log contact edit
 * (appendContact), every other byte kept; refuses an unknown person or broken front matter
 * with the file untouched; prints the entry's new next step.
 */
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatWhen, parseWhen, realNow, resolveNow } from '../core/civil';
import { appendContact, applyEdits, EditError, type NewContact } from '../core/edits';
import { parseEntry, type Entry } from '../core/entry';
import { Journal } from '../core/journal';
import { closest } from '../core/suggest';
import { normalizeName } from '../core/text';
import type { Settings } from '../core/settings';
import { CONTACT_KINDS, VIAS, type ContactKind, type Minutes, type Via } from '../core/types';
import { findSettingsFile, loadSettings, readLimited } from './files';
import { stepPhrase } from './format';
import { replaceFile } from './new';
import type { Io } from './run';

export const LOG_USAGE = `Usage: interview-journal log FILE (--to NAME | --from NAME) --via VIA --kind KIND
                            [--date "YYYY-MM-DD HH:mm"] [--note TEXT] [--new-person]

Appends a contact to the entry's contacts: (every other byte of the file is kept) and prints
its new next step.
  --to NAME / --from NAME   you contacted them / they contacted you (an interviewer or the recruiter)
  --via VIA                 ${VIAS.join(', ')}
  --kind KIND               ${CONTACT_KINDS.join(', ')}
  --date WHEN               default: now (--now / --today or the interviewJournal.now setting pin it)
  --note TEXT               a note on the contact
  --new-person              log a contact with someone who is not in the entry
An unknown person or broken front matter is refused (exit 2) and the file is left untouched.
`;

function fail(io: Io, message: string): number {
  io.stderr.write(`interview-journal log: ${message}\n`);
  return 2;
}

export function runLog(argv: readonly string[], io: Io): number {
  const parsed = parseLogArgs(argv);
  if (typeof parsed === 'string') return fail(io, parsed);
  const { v, positionals } = parsed;
  if (v.help) {
    io.stdout.write(LOG_USAGE);
    return 0;
  }
  const usage = usageProblem(v, positionals);
  if (usage) return fail(io, usage);
  const file = positionals[0];
  const abs = resolve(io.cwd, file);
  const clock = clockOf(io, abs, v);
  if (typeof clock === 'string') return fail(io, clock);
  const { settings, date } = clock;

  const read = readLimited(abs, settings.maxFileSize);
  if (!read.ok) return fail(io, `${file}: cannot read it (${read.note})`);
  if (read.note) return fail(io, `${file}: ${read.note}; not edited`);
  const text = read.text;
  const entry = parseEntry(abs, text);
  const contact = contactFor(v, file, entry, date);
  if (typeof contact === 'string') return fail(io, contact);
  let out: string;
  try {
    out = applyEdits(text, appendContact(entry, contact));
  } catch (err) {
    if (err instanceof EditError) return fail(io, `${file}: ${err.message} The file was not changed.`);
    throw err;
  }
  try {
    replaceFile(abs, out);
  } catch (err) {
    return fail(io, `cannot write ${file} (${err instanceof Error ? err.message : String(err)})`);
  }
  for (const n of clock.notes) io.stderr.write(`${n}\n`);
  report(io, file, abs, out, clock, contact);
  return 0;
}

/** The flags and the FILE, or what is wrong with the command line. */
function parseLogArgs(argv: readonly string[]) {
  try {
    const parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        to: { type: 'string' },
        from: { type: 'string' },
        via: { type: 'string' },
        kind: { type: 'string' },
        date: { type: 'string' },
        note: { type: 'string' },
        'new-person': { type: 'boolean' },
        now: { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    return { v: parsed.values, positionals: parsed.positionals };
  } catch (err) {
    return `${(err instanceof Error ? err.message : String(err)).split(/\.\s|\n/)[0]} (see interview-journal log --help)`;
  }
}

type LogFlags = Exclude<ReturnType<typeof parseLogArgs>, string>['v'];

/** A missing or bad flag, before any file is read; undefined when the command line is complete. */
function usageProblem(v: LogFlags, positionals: readonly string[]): string | undefined {
  if (positionals.length !== 1) return positionals.length ? `one FILE at a time, got ${positionals.length}` : 'missing FILE (see interview-journal log --help)';
  if ((v.to === undefined) === (v.from === undefined)) return 'give exactly one of --to NAME or --from NAME';
  if (!(v.to ?? v.from)!.trim()) return `--${v.to !== undefined ? 'to' : 'from'} needs a name`;
  if (v.via === undefined) return `missing --via (${VIAS.join(', ')})`;
  if (!(VIAS as readonly string[]).includes(v.via)) return `--via '${v.via}' is not a channel${hint(v.via, VIAS)}: ${VIAS.join(', ')}`;
  if (v.kind === undefined) return `missing --kind (${CONTACT_KINDS.join(', ')})`;
  if (!(CONTACT_KINDS as readonly string[]).includes(v.kind)) return `--kind '${v.kind}' is not a contact kind${hint(v.kind, CONTACT_KINDS)}: ${CONTACT_KINDS.join(', ')}`;
  return undefined;
}

interface Clock {
  settings: Settings;
  /** The settings file's notes, printed once the file is written. */
  notes: string[];
  now: Minutes;
  /** The contact's date as written: --date, else now. */
  date: string;
}

/** The file's settings (the flags' clock over the setting's), the planning clock and the contact's date; or what is wrong. */
function clockOf(io: Io, abs: string, v: LogFlags): Clock | string {
  const settingsFile = findSettingsFile(dirname(abs));
  const loaded = loadSettings(settingsFile, (a) => a);
  const settings = { ...loaded.settings };
  if (v.now !== undefined || v.today !== undefined) {
    settings.now = v.now ?? '';
    settings.today = v.now !== undefined ? '' : (v.today ?? '');
  }
  let now;
  try {
    now = resolveNow(settings, io.clock ?? realNow);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  let date: string;
  if (v.date !== undefined) {
    const p = parseWhen(v.date, true);
    if (!p.ok) return `--date: ${p.reason}`;
    date = formatWhen(p.when);
  } else {
    date = formatWhen({ t: now, timed: true });
  }
  return { settings, notes: loaded.notes, now, date };
}

/** The contact to append, with the person's name as the entry writes it; or why the file is not edited. */
function contactFor(v: LogFlags, file: string, entry: Entry, date: string): NewContact | string {
  const broken = entry.problems.find((d) => d.rule === 'invalid-front-matter');
  if (broken) return `${file}:${broken.range.start.line + 1}:${broken.range.start.character + 1}: ${broken.message} The file was not changed.`;
  if (!entry.isEntry) return `${file} is not an interview entry (no front matter with company:); the file was not changed`;
  const who = (v.to ?? v.from)!.trim();
  const names = [...entry.interviewers.map((p) => p.name), ...(entry.recruiter ? [entry.recruiter.name] : [])];
  const known = names.find((n) => normalizeName(n) === normalizeName(who));
  if (!known && !v['new-person']) {
    const near = closest(who, names);
    const list = names.length ? `; the entry names ${names.map((n) => `"${n}"`).join(', ')}` : '; the entry names nobody yet';
    return `"${who}" is not an interviewer or the recruiter of ${file}${near ? `: did you mean "${near}"? Add` : `${list}. Add`} --new-person to log it anyway. The file was not changed.`;
  }
  return {
    date,
    ...(v.to !== undefined ? { to: known ?? who } : { from: known ?? who }),
    via: v.via as Via,
    kind: v.kind as ContactKind,
    ...(v.note?.trim() ? { note: v.note.trim() } : {}),
  };
}

/** Says what was logged, and the entry's next step now. */
function report(io: Io, file: string, abs: string, out: string, clock: Clock, contact: NewContact): void {
  const { settings, now, date } = clock;
  const journal = new Journal(settings, () => now);
  journal.setFile(abs, out);
  journal.refresh();
  const next = journal.result(abs)?.next;
  const dir = contact.to !== undefined ? `to ${contact.to}` : `from ${contact.from}`;
  io.stdout.write(`Logged ${contact.kind} ${dir} via ${contact.via} on ${date} in ${file}.\n`);
  if (next) {
    const phrase = stepPhrase(next, now);
    io.stdout.write(`Next: ${next.text}${phrase ? ` (${phrase})` : ''}\n`);
  }
}

function hint(word: string, list: readonly string[]): string {
  const near = closest(word, list);
  return near ? ` (did you mean '${near}'?)` : '';
}
