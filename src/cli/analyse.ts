/**
 * The CLI's analysis: the files found, grouped by the settings file that applies to them, each
 * group read into one Journal; then every file's row in display-path order. Rows are worked out
 * one at a time as the report takes them (Journal.resultNow), so `check` never holds every
 * file's diagnostics at once: only the entries stay in memory.
 */
import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { realNow, resolveNow } from '../core/civil';
import { Journal, type FileResult } from '../core/journal';
import type { Settings } from '../core/settings';
import { skippedDiagnostic, SKIPPED_STEP, type SkipReason } from '../core/skipped';
import type { Minutes } from '../core/types';
import { findFiles, findSettingsFile, journalFolderOf, loadSettings, readLimited, relativeSlash, UsageError, type FoundFile, type ReadResult } from './files';
import type { Row } from './format';
import type { Io } from './run';

export interface AnalyseOptions {
  command: 'check' | 'next' | 'ics' | 'stats';
  paths: string[];
  today?: string;
  now?: string;
  /** The text comes from stdin; this path names it. */
  stdinFilename?: string;
}

/** A group of files sharing one settings file: one journal, analysed together. */
interface Group {
  settingsFile: string | undefined;
  settings: Settings;
  files: FoundFile[];
  /** The journal folder (for ICS UIDs): the folder holding `.vscode`, else the first root. */
  folder: string;
  journal?: Journal;
}

/** One row to come: a file read into its group's journal, or a file found and not read. */
type ReadFile = { display: string; abs: string; root: string; group: Group };
type Pending = ReadFile | { display: string; skipped: Row };

/** A file's row, with what `stats` reads beside it. */
export interface RowItem {
  row: Row;
  result?: FileResult;
  journal?: Journal;
  root?: string;
  folder?: string;
}

export interface Analysed {
  /** Every file's row in display-path order, worked out as iterated (once). */
  items: Iterable<RowItem>;
  /** The planning clock of a row's journal. */
  nowOf: (r: Row) => Minutes;
  /** The clock is pinned (by flag or setting) for every journal. */
  pinned: boolean;
}

export function display(io: Io, abs: string): string {
  const rel = relative(io.cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

/** A file found and not read: one `file-skipped` warning and its step, like any other file's row. */
function skippedRow(display: string, reason: SkipReason): Row {
  return { path: display, entry: { isEntry: true, company: '', role: undefined, status: 'active' }, diagnostics: [skippedDiagnostic(reason)], next: SKIPPED_STEP };
}

/** The text of --stdin-filename's file, from stdin, with readLimited's checks (size, UTF-8). */
function readStdin(io: Io, maxBytes: number): ReadResult {
  let bytes: Uint8Array;
  try {
    bytes = (io.stdin ?? (() => readFileSync(0)))();
  } catch (err) {
    throw new UsageError(`cannot read stdin: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (bytes.length > maxBytes) return { ok: false, note: `skipped: ${bytes.length} bytes is more than maxFileSize (${maxBytes})`, reason: { kind: 'too-large', size: bytes.length, max: maxBytes } };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), size: bytes.length };
  } catch {
    return { ok: true, text: new TextDecoder().decode(bytes), size: bytes.length, note: 'not valid UTF-8: read with replacement characters (save the file as UTF-8)' };
  }
}

/** The one file --stdin-filename names: its path is where its settings are looked up. */
function stdinFound(name: string, io: Io): FoundFile {
  const abs = resolve(io.cwd, name);
  return { abs, display: display(io, abs), root: dirname(abs) };
}

/** The settings of a group: its file's, with the clock of the flags (flags win over settings). */
function groupSettings(opts: AnalyseOptions, io: Io, loaded: Settings, sf: string | undefined): Settings {
  const settings: Settings = { ...loaded };
  if (opts.now !== undefined || opts.today !== undefined) {
    settings.now = opts.now ?? '';
    settings.today = opts.now !== undefined ? '' : (opts.today ?? '');
    return settings;
  }
  try {
    resolveNow(settings, () => 0);
  } catch (err) {
    // A bad clock setting is a warning and the real clock.
    io.stderr.write(`warning: ${sf ? display(io, sf) : 'settings'}: ${err instanceof Error ? err.message : String(err)}; using the real clock\n`);
    settings.now = '';
    settings.today = '';
  }
  return settings;
}

/** The files grouped by the settings file that applies to them (the nearest one above the path given). */
function groupFiles(files: readonly FoundFile[], opts: AnalyseOptions, io: Io): Group[] {
  const groups = new Map<string, Group>();
  // Every file of a folder given on the command line shares its root: look each root up once.
  const settingsOf = new Map<string, string | undefined>();
  for (const f of files) {
    let sf = settingsOf.get(f.root);
    if (!settingsOf.has(f.root)) settingsOf.set(f.root, (sf = findSettingsFile(f.root)));
    const key = sf ?? '';
    let g = groups.get(key);
    if (!g) {
      const loaded = loadSettings(sf, (a) => display(io, a));
      for (const n of loaded.notes) io.stderr.write(`${n}\n`);
      g = { settingsFile: sf, settings: groupSettings(opts, io, loaded.settings, sf), files: [], folder: journalFolderOf(sf, f.root) };
      groups.set(key, g);
    }
    g.files.push(f);
  }
  return [...groups.values()];
}

/** Reads a group's files into its journal; a file not read becomes a skipped row. */
function readGroup(g: Group, opts: AnalyseOptions, io: Io, skippedRows: Row[]): ReadFile[] {
  // Nothing is edited afterwards: entries keep only what the rules read (less memory).
  const journal = new Journal(g.settings, io.clock ?? realNow, { keepText: false });
  g.journal = journal;
  const read: ReadFile[] = [];
  for (const f of g.files) {
    io.onFileRead?.();
    const r = opts.stdinFilename !== undefined ? readStdin(io, g.settings.maxFileSize) : readLimited(f.abs, g.settings.maxFileSize, f);
    if (!r.ok) {
      io.stderr.write(`note: ${f.display}: ${r.note}\n`);
      skippedRows.push(skippedRow(f.display, r.reason));
      continue;
    }
    if (r.note) io.stderr.write(`note: ${f.display}: ${r.note}\n`);
    try {
      journal.setFile(f.abs, r.text);
      read.push({ display: f.display, abs: f.abs, root: f.root, group: g });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      io.stderr.write(`note: ${f.display}: skipped, could not be read as a journal file (${message})\n`);
      skippedRows.push(skippedRow(f.display, { kind: 'failed', error: message, size: r.size }));
    }
  }
  // A group's rows come in path order, as Journal.all() gives them.
  return read.sort((a, b) => (a.abs < b.abs ? -1 : a.abs > b.abs ? 1 : 0));
}

/** Reads every file given; the rows come when iterated. */
export function analyse(opts: AnalyseOptions, io: Io): Analysed {
  const fromStdin = opts.stdinFilename !== undefined;
  const { files, skipped, notes } = fromStdin ? { files: [stdinFound(opts.stdinFilename!, io)], skipped: [], notes: [] } : findFiles(opts.paths, io.cwd);
  for (const n of notes) io.stderr.write(`note: ${n}\n`);
  const skippedRows = skipped.map((f) => skippedRow(f.display, f.reason));
  const groups = groupFiles(files, opts, io);
  const pending: Pending[] = [];
  for (const g of groups) for (const p of readGroup(g, opts, io, skippedRows)) pending.push(p);
  for (const row of skippedRows) pending.push({ display: row.path, skipped: row });
  // Display-path order (stable: a group's path order, then the skipped files, break ties).
  pending.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  // stats reads every result and plan: analysed whole, keeping the plans the analysis works out.
  if (opts.command === 'stats') {
    for (const g of groups) {
      g.journal!.keepPlans();
      g.journal!.refresh();
    }
  }
  const nowOf = new WeakMap<Row, Minutes>();
  const pinned = groups.every((g) => !!(g.settings.now || g.settings.today));
  return { items: rowsOf(pending, opts.command, nowOf), nowOf: (r) => nowOf.get(r) ?? 0, pinned };
}

function* rowsOf(pending: readonly Pending[], command: AnalyseOptions['command'], nowOf: WeakMap<Row, Minutes>): Generator<RowItem> {
  for (const p of pending) {
    if ('skipped' in p) {
      yield { row: p.skipped };
      continue;
    }
    const journal = p.group.journal!;
    const r = command === 'stats' ? journal.result(p.abs) : journal.resultNow(p.abs);
    if (!r?.entry.isEntry) continue;
    // Only what the output reads of the entry.
    const { isEntry, company, role, status } = r.entry;
    const row: Row = { path: p.display, entry: { isEntry, company, role, status }, diagnostics: r.diagnostics, next: r.next, ...(command === 'ics' ? { steps: r.steps } : {}) };
    nowOf.set(row, journal.now());
    yield command === 'stats' ? { row, result: r, journal, root: p.root, folder: p.group.folder } : command === 'ics' ? { row, folder: relativeSlash(p.group.folder, r.path) } : { row };
  }
}
