/**
 * The CLI's file system side: the paths on the command line, folders walked for `*.md`, the
 * `.vscode/settings.json` that applies to each, and files read with a size limit. Everything
 * here is synchronous and never follows a symlink loop.
 */
import { closeSync, existsSync, fstatSync, lstatSync, openSync, readFileSync, readSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
// The ESM build: esbuild cannot follow the UMD build's dynamic requires.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser/lib/esm/main.js';
import { DEFAULT_SETTINGS, settingsFromJson, type Settings } from '../core/settings';
import type { SkipReason } from '../core/skipped';

/** A usage problem: a path that does not exist or cannot be read. Exit code 2. */
export class UsageError extends Error {}

export interface FoundFile {
  /** Absolute path, as walked (symlinks not resolved): what the engine sees. */
  abs: string;
  /** As given on the command line, or relative to the cwd: what the user sees. */
  display: string;
  /** The root this file was found from (a folder given on the command line, or the file's folder). */
  root: string;
  /** Its size in bytes when found (readLimited need not stat it again). */
  size?: number;
  /** A regular file by its folder's listing (size not known): readLimited reads it without a stat. */
  regular?: boolean;
}

/** A markdown file the walk found and cannot read (a broken link, a pipe): reported, not passed over. */
export interface SkippedFile {
  abs: string;
  display: string;
  reason: SkipReason;
}

export interface WalkResult {
  files: FoundFile[];
  /** Markdown files found but not readable; each also has a note. */
  skipped: SkippedFile[];
  /** Notes for stderr: skipped entries (broken links, unreadable folders). */
  notes: string[];
}

const SKIP_DIRS = new Set(['node_modules']);

function isMarkdown(name: string): boolean {
  return /\.md$/i.test(name);
}

function errText(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'not a folder';
    default:
      return e?.message ?? String(err);
  }
}

/** How a path is shown: as given when relative, else relative to the cwd when inside it. */
function displayFor(given: string, abs: string, cwd: string): string {
  if (!isAbsolute(given)) return relative(cwd, abs) || '.';
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

/**
 * The markdown files under the given paths. A given path that cannot be read is a UsageError;
 * inside folders, unreadable entries are skipped with a note. Folders named `node_modules` or
 * starting with a dot are skipped (unless given explicitly); every folder and file is visited
 * once, by its real path, so symlink loops and duplicate links end.
 */
export function findFiles(paths: readonly string[], cwd: string): WalkResult {
  const w: Walk = { files: [], skipped: [], notes: [], seenFiles: new Set(), seenDirs: new Set() };
  for (const given of paths) addGiven(w, given, cwd);
  return { files: w.files, skipped: w.skipped, notes: w.notes };
}

/** A walk in progress: what it found, and the real paths of the files and folders it has visited. */
interface Walk extends WalkResult {
  seenFiles: Set<string>;
  seenDirs: Set<string>;
}

/** A path from the command line: a folder is walked, a file taken; anything else is a UsageError. */
function addGiven(w: Walk, given: string, cwd: string): void {
  const abs = resolve(cwd, given);
  let st: Stats;
  let real: string;
  try {
    st = statSync(abs);
    real = realpathSync(abs);
  } catch (err) {
    throw new UsageError(`cannot read ${given}: ${errText(err)}`);
  }
  const display = displayFor(given, abs, cwd);
  if (st.isDirectory()) {
    try {
      readdirSync(abs);
    } catch (err) {
      throw new UsageError(`cannot read ${given}: ${errText(err)}`);
    }
    walk(w, abs, display, abs, real);
  } else if (st.isFile()) {
    addFile(w, abs, display, dirname(abs), real, st.size);
  } else {
    throw new UsageError(`cannot read ${given}: not a file or folder`);
  }
}

function addFile(w: Walk, abs: string, display: string, root: string, real: string, size: number | undefined): void {
  if (w.seenFiles.has(real)) return;
  w.seenFiles.add(real);
  w.files.push(size === undefined ? { abs, display, root, regular: true } : { abs, display, root, size });
}

/** A folder's entries, in name order; an unreadable folder is a note. */
function walk(w: Walk, dir: string, display: string, root: string, real: string): void {
  if (w.seenDirs.has(real)) return;
  w.seenDirs.add(real);
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    w.notes.push(`${display}: skipped (${errText(err)})`);
    return;
  }
  for (const d of entries) {
    const name = d.name;
    const shown = display === '.' ? name : join(display, name);
    // The listing says what most entries are: no stat for a folder or a regular file (its real
    // path is the folder's real path and its name). Links and the rest are looked at.
    if (d.isDirectory()) {
      if (!name.startsWith('.') && !SKIP_DIRS.has(name)) walk(w, join(dir, name), shown, root, join(real, name));
    } else if (d.isFile()) {
      if (isMarkdown(name)) addFile(w, join(dir, name), shown, root, join(real, name), undefined);
    } else {
      visit(w, dir, name, shown, root, real);
    }
  }
}

/** An entry the listing does not settle (a link, a pipe, an unknown type): a folder to walk, a markdown file to take, or one that cannot be read. */
function visit(w: Walk, dir: string, name: string, shown: string, root: string, dirReal: string): void {
  const abs = join(dir, name);
  let st: Stats;
  let realPath: string;
  let link = false;
  try {
    st = lstatSync(abs);
    if (st.isSymbolicLink()) {
      link = true;
      st = statSync(abs);
      realPath = realpathSync(abs);
    } else {
      realPath = join(dirReal, name);
    }
  } catch (err) {
    if (isMarkdown(name) || !name.startsWith('.')) w.notes.push(`${shown}: skipped (${errText(err)})`);
    if (isMarkdown(name)) w.skipped.push({ abs, display: shown, reason: link ? { kind: 'broken-link', error: errText(err) } : { kind: 'unreadable', error: errText(err) } });
    return;
  }
  if (st.isDirectory()) {
    if (name.startsWith('.') || SKIP_DIRS.has(name)) return;
    walk(w, abs, shown, root, realPath);
  } else if (st.isFile() && isMarkdown(name)) {
    addFile(w, abs, shown, root, realPath, st.size);
  } else if (isMarkdown(name) && !w.seenFiles.has(realPath)) {
    // A pipe, a device or a socket named *.md: never read (it may never end), but said.
    w.seenFiles.add(realPath);
    w.notes.push(`${shown}: skipped (not a regular file)`);
    w.skipped.push({ abs, display: shown, reason: { kind: 'unreadable', error: `not a regular file (${kindOf(st)})` } });
  }
}

function kindOf(st: Stats): string {
  return st.isFIFO() ? 'a named pipe' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : st.isSocket() ? 'a socket' : 'not a file';
}

/** The nearest `.vscode/settings.json` at or above a folder, or undefined. */
export function findSettingsFile(dir: string): string | undefined {
  let d = resolve(dir);
  for (;;) {
    const candidate = join(d, '.vscode', 'settings.json');
    try {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    } catch {
      // unreadable: keep looking further up
    }
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

export interface LoadedSettings {
  settings: Settings;
  /** One-line notes for stderr (a broken file, a bad value). */
  notes: string[];
}

/** Largest settings file read; VS Code settings files are small. */
const MAX_SETTINGS_SIZE = 1_000_000;

/**
 * Reads a VS Code settings file (JSON with comments and trailing commas). A file that cannot be
 * read or parsed gives the defaults and one note; bad values give their default and a note each.
 */
export function loadSettings(file: string | undefined, display: (abs: string) => string): LoadedSettings {
  if (!file) return { settings: { ...DEFAULT_SETTINGS, rules: {} }, notes: [] };
  const shown = display(file);
  let text: string;
  try {
    if (statSync(file).size > MAX_SETTINGS_SIZE) throw new Error('file is larger than 1 MB');
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { settings: { ...DEFAULT_SETTINGS, rules: {} }, notes: [`warning: ${shown}: cannot read settings (${errText(err)}); using the defaults`] };
  }
  const errors: ParseError[] = [];
  const json: unknown = parseJsonc(text.replace(/^\uFEFF/, ''), errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || (json !== undefined && (typeof json !== 'object' || json === null || Array.isArray(json)))) {
    const e = errors[0];
    let where = '';
    if (e) {
      const before = text.slice(0, e.offset);
      const line = before.split('\n').length;
      const col = e.offset - before.lastIndexOf('\n');
      where = ` at ${line}:${col} (${printParseErrorCode(e.error)})`;
    } else {
      where = ' (not a JSON object)';
    }
    return { settings: { ...DEFAULT_SETTINGS, rules: {} }, notes: [`warning: ${shown}: settings are not valid JSON${where}; using the defaults`] };
  }
  const { settings, problems } = settingsFromJson(json ?? {});
  return { settings, notes: problems.map((p) => `warning: ${shown}: ${p.key} ${p.message}`) };
}

/** A file's text (`size`: its bytes), or why it was not read. */
export type ReadResult = { ok: true; text: string; size: number; note?: string } | { ok: false; note: string; reason: SkipReason };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** One read buffer for every file: its bytes are copied out before the next read. */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);

function tooLarge(size: number, maxBytes: number): ReadResult {
  return { ok: false, note: `skipped: ${size} bytes is more than maxFileSize (${maxBytes})`, reason: { kind: 'too-large', size, max: maxBytes } };
}

/**
 * Reads a file as UTF-8, refusing files over the size limit (checked before and while reading).
 * `found`: its size from the walk, or that it is a regular file (its folder's listing said so),
 * instead of a stat here; such a file is stat-ed only if it fills the first read.
 */
export function readLimited(abs: string, maxBytes: number, found: Pick<FoundFile, 'size' | 'regular'> = {}): ReadResult {
  let fd: number | undefined;
  const knownSize = found.size;
  try {
    const size = knownSize ?? (found.regular ? undefined : statSync(abs).size);
    if (size !== undefined && size > maxBytes) return tooLarge(size, maxBytes);
    fd = openSync(abs, 'r');
    // Read into the shared buffer (a larger one only for a file that fills it) and decode from
    // there: no Buffer per file, so nothing for the garbage collector but the text.
    let buf = READ_BUFFER;
    let total = 0;
    for (;;) {
      if (total === buf.length) {
        // A file larger than the buffer: its size, once, to refuse it before reading it all.
        if (size === undefined && total === READ_BUFFER.length) {
          const now = fstatSync(fd).size;
          if (now > maxBytes) return tooLarge(now, maxBytes);
        }
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, total);
        buf = bigger;
      }
      const want = buf.length - total;
      const n = readSync(fd, buf, total, want, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) {
        const now = size ?? fstatSync(fd).size;
        return now > maxBytes ? tooLarge(now, maxBytes) : { ok: false, note: `skipped: more than maxFileSize (${maxBytes}) bytes`, reason: { kind: 'too-large', size: total, max: maxBytes } };
      }
      // A regular file reads short only at its end: no second call to be told so (10,000 fewer
      // reads on 10,000 files). A file that grows meanwhile is read as it was.
      if (n < want && (size === undefined || total >= size)) break;
    }
    const bytes = buf.subarray(0, total);
    try {
      return { ok: true, text: strictUtf8.decode(bytes), size: total };
    } catch {
      // Still read (with U+FFFD for the bad bytes), but say so: positions after them may be off.
      return { ok: true, text: bytes.toString('utf8'), size: total, note: 'not valid UTF-8: read with replacement characters (save the file as UTF-8)' };
    }
  } catch (err) {
    return { ok: false, note: `skipped (${errText(err)})`, reason: { kind: 'unreadable', error: errText(err), size: knownSize } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The journal folder a settings file belongs to (the folder holding `.vscode`). */
export function journalFolderOf(settingsFile: string | undefined, fallback: string): string {
  return settingsFile ? dirname(dirname(settingsFile)) : fallback;
}

/** `a/b/c.md` relative to a folder, always with `/`. */
export function relativeSlash(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}
