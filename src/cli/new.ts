/**
 * `interview-journal new`: a new entry from flags or from a calendar invitation (`--from-ics`),
 * written next to the others (never over a file) and its path printed.
 */
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatWhen, parseWhen } from '../core/civil';
import { applyEdits, EditError } from '../core/edits';
import { parseEntry } from '../core/entry';
import { cancelledMessage, decodeInvite, describeEvent, entryFromInvite, guessCompanyRole, InviteError, inviteUidOf, markerSafe, MAX_INVITE_BYTES, moveInterview, readInvite, type InviteEvent, type InvitePerson } from '../core/invite';
import { entryFileName, newEntryText } from '../core/newentry';
import type { Settings } from '../core/settings';
import { findFiles, findSettingsFile, journalFolderOf, loadSettings, readLimited } from './files';
import type { Io } from './run';

export const NEW_USAGE = `Usage: interview-journal new [--from-ics FILE [--event N] [--update]] [--company C] [--role R]
                            [--interview "YYYY-MM-DD HH:mm"] [--interviewer NAME]... [--dir DIR]

Writes a new interview entry and prints its path; an existing file is never overwritten.
  --from-ics FILE     read the date, interviewers, location, link and description from a calendar
                      invitation; company and role are guessed (--company/--role override them)
  --event N           which event of an invitation holding several (without it they are listed)
  --update            an invitation already made into an entry (same UID): move its interview:
  --company, --role   the employer and position (required without --from-ics)
  --interview WHEN    the date, or date and local time (required without --from-ics)
  --interviewer NAME  an interviewer (repeatable; with --from-ics, instead of the invitation's)
  --dir DIR           the folder to write in (default: the journal's interviewJournal.folder when
                      a .vscode/settings.json is found above the current folder, else the current folder)
`;

function fail(io: Io, message: string, code = 2): number {
  io.stderr.write(`interview-journal new: ${message}\n`);
  return code;
}

/** Writes a file only if there is none at that path: a temporary file linked into place, so no half-written entry. */
export function writeNew(path: string, text: string): boolean {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'wx');
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  } finally {
    unlinkSync(tmp);
  }
}

export function runNew(argv: readonly string[], io: Io): number {
  const v = parseNewArgs(argv);
  if (typeof v === 'string') return fail(io, v);
  if (v.help) {
    io.stdout.write(NEW_USAGE);
    return 0;
  }
  const settingsFile = findSettingsFile(io.cwd);
  const loaded = loadSettings(settingsFile, (a) => a);
  const settings = loaded.settings;
  const dir = v.dir !== undefined ? resolve(io.cwd, v.dir) : settingsFile ? resolve(journalFolderOf(settingsFile, io.cwd), settings.folder || '.') : io.cwd;
  const people: InvitePerson[] | undefined = v.interviewer?.map((n) => n.trim()).filter(Boolean).map((name) => ({ name }));
  let interview = v.interview;
  if (interview !== undefined) {
    const p = parseWhen(interview, true);
    if (!p.ok) return fail(io, `--interview: ${p.reason}`);
    interview = formatWhen(p.when);
  }
  const made = v['from-ics'] !== undefined ? fromInvitation(io, v, v['from-ics'], { dir, settings, interview, people }) : fromFlags(io, v, interview, people);
  if (typeof made === 'number') return made;
  const target = join(dir, made.fileName);
  try {
    mkdirSync(dir, { recursive: true });
    if (!writeNew(target, made.text)) return fail(io, `${display(io, target)} already exists; it was not overwritten`);
  } catch (err) {
    return fail(io, `cannot write ${display(io, target)} (${err instanceof Error ? err.message : String(err)})`);
  }
  for (const n of loaded.notes) io.stderr.write(`${n}\n`);
  io.stdout.write(`${display(io, target)}\n`);
  return 0;
}

/** The flags, or what is wrong with the command line. */
function parseNewArgs(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: false,
      strict: true,
      options: {
        'from-ics': { type: 'string' },
        event: { type: 'string' },
        update: { type: 'boolean' },
        company: { type: 'string' },
        role: { type: 'string' },
        interview: { type: 'string' },
        interviewer: { type: 'string', multiple: true },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (err) {
    return `${(err instanceof Error ? err.message : String(err)).split(/\.\s|\n/)[0]} (see interview-journal new --help)`;
  }
}

type NewFlags = Exclude<ReturnType<typeof parseNewArgs>, string>;

/** A new entry's file name and text. */
interface Made {
  fileName: string;
  text: string;
}

/** What the flags say beside the invitation: the folder, its settings, the interview date and the interviewers. */
interface Given {
  dir: string;
  settings: Settings;
  interview: string | undefined;
  people: InvitePerson[] | undefined;
}

/** The entry from a calendar invitation, the flags over what it says; or the exit code (an entry of the same invitation, moved or not). */
function fromInvitation(io: Io, v: NewFlags, ics: string, given: Given): Made | number {
  let ev = pickEvent(io, v, ics, given.settings);
  if (typeof ev === 'number') return ev;
  if (ev.cancelled) return fail(io, cancelledMessage(ev));
  if (given.interview !== undefined) {
    const p = parseWhen(given.interview, true);
    if (p.ok) ev = { ...ev, start: p.when };
  }
  if (given.people) ev = { ...ev, people: given.people };
  if (ev.uid) {
    const moved = sameInvitation(io, given.dir, ev, !!v.update, given.settings.maxFileSize);
    if (moved !== undefined) return moved;
  }
  const guess = guessCompanyRole(ev);
  const company = (v.company ?? guess.company).trim();
  const role = (v.role ?? guess.role).trim();
  if (!company) return fail(io, `could not tell the company from "${ev.summary}"; give it with --company`);
  if (!role) return fail(io, `could not tell the role from "${ev.summary}"; give it with --role`);
  const { fileName, text } = entryFromInvite(ev, company, role);
  return { fileName, text };
}

/** The invitation's event (--event N of several); or the exit code, the events listed when there are several and none was chosen. */
function pickEvent(io: Io, v: NewFlags, ics: string, settings: Settings): InviteEvent | number {
  const icsPath = resolve(io.cwd, ics);
  try {
    let size: number;
    try {
      size = statSync(icsPath).size;
    } catch {
      return fail(io, `cannot read ${ics}`);
    }
    if (size > MAX_INVITE_BYTES) throw new InviteError(`${ics} is ${(size / 1e6).toFixed(1)} MB; an invitation is at most ${MAX_INVITE_BYTES / 1e6} MB. Nothing was created.`);
    const invite = readInvite(decodeInvite(readFileSync(icsPath), ics), { yourEmail: settings.yourEmail, yourName: settings.yourName });
    if (invite.events.length > 1 && v.event === undefined) {
      io.stderr.write(`interview-journal new: ${ics} holds ${invite.events.length} events; choose one with --event N:\n`);
      for (const e of invite.events) io.stderr.write(`  ${describeEvent(e)}\n`);
      return 2;
    }
    const n = v.event === undefined ? 1 : Number(v.event);
    if (!Number.isInteger(n) || n < 1 || n > invite.events.length) return fail(io, `--event must be a number from 1 to ${invite.events.length}, got '${v.event}'`);
    return invite.events[n - 1];
  } catch (err) {
    if (err instanceof InviteError) return fail(io, `${ics}: ${err.message}`);
    throw err;
  }
}

/** The entry from --company, --role, --interview and --interviewer; or the exit code. */
function fromFlags(io: Io, v: NewFlags, interview: string | undefined, people: InvitePerson[] | undefined): Made | number {
  if (v.update || v.event !== undefined) return fail(io, '--event and --update go with --from-ics');
  const missing = (['company', 'role', 'interview'] as const).filter((k) => !(k === 'interview' ? interview : v[k]?.trim()));
  if (missing.length) return fail(io, `missing ${missing.map((k) => `--${k}`).join(', ')} (or --from-ics FILE)`);
  let text: string;
  try {
    text = newEntryText({ company: v.company!, role: v.role!, interview: interview!, interviewers: people });
  } catch (err) {
    if (err instanceof EditError) return fail(io, err.message);
    throw err;
  }
  return { fileName: entryFileName(interview!, v.company!, v.role!), text };
}

function display(io: Io, abs: string): string {
  const rel = abs.startsWith(io.cwd + '/') || abs.startsWith(io.cwd + '\\') ? abs.slice(io.cwd.length + 1) : abs;
  return rel;
}

/**
 * An entry already made from this invitation (same UID) in the folder: moves its interview:
 * with --update, else says how; undefined when there is none.
 */
function sameInvitation(io: Io, dir: string, ev: InviteEvent, update: boolean, maxBytes: number): number | undefined {
  let files;
  try {
    files = findFiles([dir], io.cwd).files;
  } catch {
    return undefined; // a folder not there yet holds no entry
  }
  for (const f of files) {
    const read = readLimited(f.abs, maxBytes, f);
    if (!read.ok || inviteUidOf(read.text) !== markerSafe(ev.uid ?? '')) continue;
    const shown = display(io, f.abs);
    const entry = parseEntry(f.abs, read.text);
    const when = formatWhen(ev.start);
    if (entry.interview && formatWhen(entry.interview) === when) {
      io.stderr.write(`interview-journal new: ${shown} already holds this invitation, at ${when}: nothing to change\n`);
      io.stdout.write(`${shown}\n`);
      return 0;
    }
    const was = entry.interview ? formatWhen(entry.interview) : 'no date';
    if (!update) {
      return fail(io, `${shown} already holds this invitation (interview: ${was}); it now says ${when}. Run again with --update to move its interview:, or edit it yourself. Nothing was written.`);
    }
    let out: string;
    try {
      out = applyEdits(read.text, moveInterview(entry, ev.start));
    } catch (err) {
      return fail(io, `${shown}: ${err instanceof Error ? err.message : String(err)}; nothing was written`);
    }
    replaceFile(f.abs, out);
    io.stderr.write(`interview-journal new: moved the interview of ${shown} from ${was} to ${when}\n`);
    io.stdout.write(`${shown}\n`);
    return 0;
  }
  return undefined;
}

/** Replaces a file's content through a temporary file and a rename: never half-written. */
export function replaceFile(path: string, text: string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'wx', statSync(path).mode);
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (err) {
    unlinkSync(tmp);
    throw err;
  }
}
