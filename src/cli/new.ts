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
  let v;
  try {
    v = parseArgs({
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
    return fail(io, `${(err instanceof Error ? err.message : String(err)).split(/\.\s|\n/)[0]} (see interview-journal new --help)`);
  }
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

  let fileName: string;
  let text: string;
  if (v['from-ics'] !== undefined) {
    const icsPath = resolve(io.cwd, v['from-ics']);
    let ev: InviteEvent;
    try {
      let size: number;
      try {
        size = statSync(icsPath).size;
      } catch {
        return fail(io, `cannot read ${v['from-ics']}`);
      }
      if (size > MAX_INVITE_BYTES) throw new InviteError(`${v['from-ics']} is ${(size / 1e6).toFixed(1)} MB; an invitation is at most ${MAX_INVITE_BYTES / 1e6} MB. Nothing was created.`);
      const invite = readInvite(decodeInvite(readFileSync(icsPath), v['from-ics']), { yourEmail: settings.yourEmail, yourName: settings.yourName });
      if (invite.events.length > 1 && v.event === undefined) {
        io.stderr.write(`interview-journal new: ${v['from-ics']} holds ${invite.events.length} events; choose one with --event N:\n`);
        for (const e of invite.events) io.stderr.write(`  ${describeEvent(e)}\n`);
        return 2;
      }
      const n = v.event === undefined ? 1 : Number(v.event);
      if (!Number.isInteger(n) || n < 1 || n > invite.events.length) return fail(io, `--event must be a number from 1 to ${invite.events.length}, got '${v.event}'`);
      ev = invite.events[n - 1];
    } catch (err) {
      if (err instanceof InviteError) return fail(io, `${v['from-ics']}: ${err.message}`);
      throw err;
    }
    if (ev.cancelled) return fail(io, cancelledMessage(ev));
    if (interview !== undefined) {
      const p = parseWhen(interview, true);
      if (p.ok) ev = { ...ev, start: p.when };
    }
    if (people) ev = { ...ev, people };
    if (ev.uid) {
      const moved = sameInvitation(io, dir, ev, !!v.update, settings.maxFileSize);
      if (moved !== undefined) return moved;
    }
    const guess = guessCompanyRole(ev);
    const company = (v.company ?? guess.company).trim();
    const role = (v.role ?? guess.role).trim();
    if (!company) return fail(io, `could not tell the company from "${ev.summary}"; give it with --company`);
    if (!role) return fail(io, `could not tell the role from "${ev.summary}"; give it with --role`);
    ({ fileName, text } = entryFromInvite(ev, company, role));
  } else {
    if (v.update || v.event !== undefined) return fail(io, '--event and --update go with --from-ics');
    const missing = (['company', 'role', 'interview'] as const).filter((k) => !(k === 'interview' ? interview : v[k]?.trim()));
    if (missing.length) return fail(io, `missing ${missing.map((k) => `--${k}`).join(', ')} (or --from-ics FILE)`);
    try {
      text = newEntryText({ company: v.company!, role: v.role!, interview: interview!, interviewers: people });
    } catch (err) {
      if (err instanceof EditError) return fail(io, err.message);
      throw err;
    }
    fileName = entryFileName(interview!, v.company!, v.role!);
  }
  const target = join(dir, fileName);
  try {
    mkdirSync(dir, { recursive: true });
    if (!writeNew(target, text)) return fail(io, `${display(io, target)} already exists; it was not overwritten`);
  } catch (err) {
    return fail(io, `cannot write ${display(io, target)} (${err instanceof Error ? err.message : String(err)})`);
  }
  for (const n of loaded.notes) io.stderr.write(`${n}\n`);
  io.stdout.write(`${display(io, target)}\n`);
  return 0;
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
    const read = readLimited(f.abs, maxBytes, f.size);
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
