/**
 * What the workspace's analysis holds: one Journal per workspace folder, each with that
 * folder's settings (as the CLI reads them from the folder's .vscode/settings.json), files
 * outside every folder in a journal of their own, the files found and not read, and the
 * updates every surface is told of. JournalService (service.ts) feeds it from the editor and
 * the disk.
 */
import * as vscode from 'vscode';
import { resolveNow } from '../core/civil';
import { parseEntry, type Entry } from '../core/entry';
import { Journal, type FileResult } from '../core/journal';
import { readSettings, type Settings } from '../core/settings';
import { skippedResult, type SkipReason } from '../core/skipped';
import type { Minutes } from '../core/types';

export interface JournalUpdate {
  /** Journal paths (uri strings) whose results changed or are new. */
  changed: string[];
  /** Journal paths that are gone. */
  removed: string[];
}

/** One workspace folder's journal (or the journal of loose files, folder undefined). */
export interface FolderJournal {
  key: string;
  folder: vscode.WorkspaceFolder | undefined;
  journal: Journal;
}

export class JournalStore {
  protected readonly journals = new Map<string, FolderJournal>();
  /** Which journal holds each path. */
  protected readonly owner = new Map<string, FolderJournal>();
  /** Files found and not read (too large, unreadable): their `file-skipped` result, outside every journal. */
  protected readonly skipped = new Map<string, { result: FileResult; folder: FolderJournal }>();
  /** Skipped files whose result is new or changed since the last flush. */
  private readonly skippedChanged = new Set<string>();
  protected readonly emitter = new vscode.EventEmitter<JournalUpdate>();
  protected flushTimer: ReturnType<typeof setTimeout> | undefined;
  private settingsWarned = new Set<string>();
  /** Paths taken out since the last flush. */
  protected pendingRemoved: string[] = [];
  private readonly skippedLarge = new Set<string>();

  /** Fires with the paths whose results changed or were removed. */
  readonly onDidUpdate = this.emitter.event;

  constructor(
    readonly log: vscode.LogOutputChannel,
    protected readonly realClock?: () => Minutes,
  ) {}

  /** A file found and not read: out of its journal, reported with one `file-skipped` warning. */
  protected skip(uri: vscode.Uri, reason: SkipReason): void {
    const path = uri.toString();
    this.remove(path);
    this.skipped.set(path, { result: skippedResult(path, reason), folder: this.journalOf(uri) });
    this.skippedChanged.add(path);
  }

  /** Gives a file's text to its journal; a failure becomes a problem on that file only. */
  protected setText(uri: vscode.Uri, text: string): void {
    const path = uri.toString();
    const fj = this.journalOf(uri);
    const max = fj.journal.getSettings().maxFileSize;
    if (text.length > max) {
      if (this.owner.has(path) || !this.skippedLarge.has(path)) this.log.info(`Skipped ${vscode.workspace.asRelativePath(uri)}: it is larger than interviewJournal.maxFileSize (${max} bytes).`);
      this.skippedLarge.add(path);
      // The editor's text: its UTF-8 size, which is what the setting counts on disk.
      this.skip(uri, { kind: 'too-large', size: new TextEncoder().encode(text).length, max });
      return;
    }
    this.skippedLarge.delete(path);
    if (this.skipped.delete(path)) this.skippedChanged.delete(path);
    const prev = this.owner.get(path);
    if (prev && prev !== fj) prev.journal.removeFile(path);
    this.owner.set(path, fj);
    try {
      fj.journal.setFile(path, text);
    } catch (err) {
      this.logError(`analysing ${vscode.workspace.asRelativePath(uri)}`, err);
      fj.journal.put(path, failedEntry(path, err));
    }
  }
  /** Takes a file out of its journal and out of the skipped files; true when a journal held it. */
  protected remove(path: string): boolean {
    if (this.skipped.delete(path)) {
      this.skippedChanged.delete(path);
      this.pendingRemoved.push(path);
    }
    const fj = this.owner.get(path);
    if (!fj) return false;
    fj.journal.removeFile(path);
    this.owner.delete(path);
    return true;
  }

  // ---- results -----------------------------------------------------------------------------

  protected scheduleFlush(): void {
    if (this.flushTimer) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = undefined;
      this.flush();
    }, 0);
  }

  /** Re-evaluates what changed and tells every surface. */
  flush(): JournalUpdate {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flushTimer = undefined;
    }
    const changed: string[] = [...this.skippedChanged];
    this.skippedChanged.clear();
    const removed: string[] = this.pendingRemoved.splice(0);
    for (const fj of this.journals.values()) {
      try {
        const r = fj.journal.refresh();
        changed.push(...r.changed);
        removed.push(...r.removed);
      } catch (err) {
        this.logError('updating the analysis', err);
      }
    }
    const update = { changed, removed: removed.filter((p) => !this.owner.has(p) && !this.skipped.has(p)) };
    if (update.changed.length || update.removed.length) this.emitter.fire(update);
    return update;
  }

  /** Every file's result (entries and non-entries), all folders. */
  results(): FileResult[] {
    const out: FileResult[] = [];
    for (const fj of this.journals.values()) out.push(...fj.journal.all());
    for (const s of this.skipped.values()) out.push(s.result);
    return out;
  }

  /** Entries only, with their folder. */
  entries(): { result: FileResult; folder: FolderJournal }[] {
    const out: { result: FileResult; folder: FolderJournal }[] = [];
    for (const fj of this.journals.values()) for (const r of fj.journal.all()) if (r.entry.isEntry) out.push({ result: r, folder: fj });
    for (const s of this.skipped.values()) out.push(s);
    return out;
  }

  result(uri: vscode.Uri | string): FileResult | undefined {
    const path = typeof uri === 'string' ? uri : uri.toString();
    return this.owner.get(path)?.journal.result(path) ?? this.skipped.get(path)?.result;
  }

  folderJournals(): FolderJournal[] {
    return [...this.journals.values()];
  }

  folderOfPath(path: string): FolderJournal | undefined {
    return this.owner.get(path);
  }

  /** The planning clock of the journal that holds `path` (or of the first folder). */
  now(path?: string): Minutes {
    const fj = (path && this.owner.get(path)) || this.journals.values().next().value;
    try {
      return fj ? fj.journal.now() : resolveNow({}, this.realClock);
    } catch {
      return resolveNow({}, this.realClock);
    }
  }

  settingsOf(path?: string): Settings {
    const fj = (path && this.owner.get(path)) || this.journals.values().next().value;
    return fj ? fj.journal.getSettings() : this.settingsFor(undefined);
  }

  // ---- helpers -----------------------------------------------------------------------------

  protected journalFor(folder: vscode.WorkspaceFolder | undefined): FolderJournal {
    const key = folder ? folder.uri.toString() : '';
    let fj = this.journals.get(key);
    if (!fj) {
      fj = { key, folder, journal: new Journal(this.settingsFor(folder), this.realClock) };
      this.journals.set(key, fj);
    }
    return fj;
  }

  protected journalOf(uri: vscode.Uri): FolderJournal {
    return this.journalFor(vscode.workspace.getWorkspaceFolder(uri));
  }

  /** The folder's `interviewJournal.*` settings; bad values fall back to defaults and are logged once. */
  protected settingsFor(folder: vscode.WorkspaceFolder | undefined): Settings {
    const config = vscode.workspace.getConfiguration('interviewJournal', folder?.uri);
    const { settings, problems } = readSettings((key) => config.get(key));
    for (const clockKey of ['now', 'today'] as const) {
      if (!settings[clockKey]) continue;
      try {
        resolveNow({ [clockKey]: settings[clockKey] });
      } catch (err) {
        problems.push({ key: `interviewJournal.${clockKey}`, message: `${err instanceof Error ? err.message : String(err)}; using the real clock` });
        settings[clockKey] = '';
      }
    }
    for (const p of problems) {
      const id = `${folder?.name ?? ''}|${p.key}|${p.message}`;
      if (this.settingsWarned.has(id)) continue;
      this.settingsWarned.add(id);
      this.log.warn(`Setting ${p.key}${folder ? ` (folder ${folder.name})` : ''}: ${p.message}`);
      void vscode.window.showWarningMessage(`Interview Journal: setting ${p.key} ${p.message}.`);
    }
    return settings;
  }

  protected logError(what: string, err: unknown): void {
    const e = err instanceof Error ? err : new Error(String(err));
    this.log.error(`Error while ${what}: ${e.message}`);
    if (e.stack) this.log.debug(e.stack);
  }
}

/** The entry of a file whose analysis failed: one problem that names the failure. */
function failedEntry(path: string, err: unknown): Entry {
  const entry = parseEntry(path, '');
  entry.isEntry = true;
  entry.problems = [
    {
      rule: 'invalid-front-matter',
      severity: 'error',
      message: `Interview Journal could not analyse this file: ${err instanceof Error ? err.message : String(err)}. The other files are not affected; details are in the "Interview Journal" output.`,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } },
    },
  ];
  return entry;
}
