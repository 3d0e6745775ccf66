/**
 * The one analysis of the workspace that every surface reads.
 *
 * Activation does no parsing: start() kicks off a background scan of every `*.md` file (read
 * through vscode.workspace.fs), after which the service follows the editor (unsaved text of
 * open documents, debounced), the file system (a watcher for create/change/delete: git pull,
 * checkout, rename), settings and the clock. One Journal per workspace folder, each with that
 * folder's settings (as the CLI reads them from the folder's .vscode/settings.json); files
 * outside every folder go to a journal of their own.
 */
import * as vscode from 'vscode';
import { resolveNow } from '../core/civil';
import { parseEntry, type Entry } from '../core/entry';
import { Journal, type FileResult } from '../core/journal';
import { readSettings, type Settings } from '../core/settings';
import { skippedResult, type SkipReason } from '../core/skipped';
import type { Minutes } from '../core/types';

export const EXCLUDE = '**/{node_modules,.*}/**';
// One file's analysis costs about a millisecond (docs/performance.md), so the debounce only
// gathers bursts (a paste, several cursors). VS Code adds its own 50 ms before
// onDidChangeDiagnostics; 20 ms here keeps keystroke-to-problems well within 200 ms.
const DEBOUNCE_MS = 20;
/** Above this many files the first scan shows a progress indicator. */
const PROGRESS_THRESHOLD = 200;
const SCAN_CONCURRENCY = 16;

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

export class JournalService implements vscode.Disposable {
  private readonly journals = new Map<string, FolderJournal>();
  /** Which journal holds each path. */
  private readonly owner = new Map<string, FolderJournal>();
  /** Files found and not read (too large, unreadable): their `file-skipped` result, outside every journal. */
  private readonly skipped = new Map<string, { result: FileResult; folder: FolderJournal }>();
  /** Skipped files whose result is new or changed since the last flush. */
  private readonly skippedChanged = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly emitter = new vscode.EventEmitter<JournalUpdate>();
  private clock: ReturnType<typeof setInterval> | undefined;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private scanGeneration = 0;
  private resolveReady!: () => void;
  private settingsWarned = new Set<string>();
  private isReady = false;

  /** Fires with the paths whose results changed or were removed. */
  readonly onDidUpdate = this.emitter.event;
  /** Resolves when the first full analysis of the workspace is done. */
  readonly ready: Promise<void>;

  constructor(
    readonly log: vscode.LogOutputChannel,
    private readonly realClock?: () => Minutes,
  ) {
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
  }

  get hasFinishedFirstScan(): boolean {
    return this.isReady;
  }

  /** Starts following the workspace and the background scan. Cheap: no file is read here. */
  start(): void {
    const d = this.disposables;
    d.push(this.emitter);
    d.push(vscode.workspace.onDidChangeTextDocument((e) => this.onDocumentChanged(e)));
    d.push(vscode.workspace.onDidOpenTextDocument((doc) => this.onDocumentOpened(doc)));
    d.push(vscode.workspace.onDidCloseTextDocument((doc) => this.onDocumentClosed(doc)));
    d.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('interviewJournal')) this.reloadSettings();
    }));
    d.push(vscode.workspace.onDidChangeWorkspaceFolders((e) => void this.onFoldersChanged(e)));
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
    d.push(watcher);
    d.push(watcher.onDidCreate((uri) => this.onDiskChanged(uri)));
    d.push(watcher.onDidChange((uri) => this.onDiskChanged(uri)));
    d.push(watcher.onDidDelete((uri) => this.onDiskDeleted(uri)));
    // A folder deleted, moved or checked out is reported as the folder alone, not its files.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    d.push(folders);
    d.push(folders.onDidDelete((uri) => {
      if (!/\.md$/i.test(uri.path)) this.onDiskDeleted(uri);
    }));
    d.push(folders.onDidCreate((uri) => {
      if (!/\.md$/i.test(uri.path)) void this.onFolderCreated(uri);
    }));
    d.push(...this.followFileOperations());
    // The clock: re-evaluate when the minute changes (the journal compares the minute itself).
    this.clock = setInterval(() => this.flush(), 15_000);
    for (const f of vscode.workspace.workspaceFolders ?? []) this.journalFor(f);
    void this.scanAll();
  }

  dispose(): void {
    if (this.clock) clearInterval(this.clock);
    if (this.flushTimer) clearTimeout(this.flushTimer);
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }

  // ---- reading -----------------------------------------------------------------------------

  /** Re-reads the whole workspace (the Refresh command). */
  async rescan(): Promise<void> {
    await this.scanAll();
  }

  private async scanAll(): Promise<void> {
    const generation = ++this.scanGeneration;
    try {
      const uris = await findMarkdownFiles((uri, err) => this.logError(`listing ${vscode.workspace.asRelativePath(uri)}`, err));
      if (generation !== this.scanGeneration) return;
      const seen = new Set(uris.map((u) => u.toString()));
      // Files that are gone since the last scan (a refresh after changes the watcher missed).
      for (const fj of this.journals.values()) {
        for (const p of fj.journal.paths()) if (!seen.has(p) && !this.openDocument(p)) this.remove(p);
      }
      for (const p of [...this.skipped.keys()]) if (!seen.has(p) && !this.openDocument(p)) this.remove(p);
      const work = async (report?: (n: number) => void) => {
        let next = 0;
        let done = 0;
        const worker = async () => {
          while (next < uris.length) {
            const uri = uris[next++];
            if (generation !== this.scanGeneration) return;
            await this.loadFromDiskOrEditor(uri);
            done++;
            report?.(done);
          }
        };
        await Promise.all(Array.from({ length: Math.min(SCAN_CONCURRENCY, uris.length) }, worker));
      };
      if (uris.length > PROGRESS_THRESHOLD) {
        await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Window, title: 'Interview Journal' },
          async (progress) => {
            let last = 0;
            await work((n) => {
              const pct = Math.floor((n / uris.length) * 100);
              if (pct > last) {
                progress.report({ message: `reading ${n}/${uris.length} files`, increment: pct - last });
                last = pct;
              }
            });
          },
        );
      } else {
        await work();
      }
      // Open documents that findFiles did not list (outside the folders, or excluded by files.exclude).
      for (const doc of vscode.workspace.textDocuments) if (this.isJournalUri(doc.uri) && !seen.has(doc.uri.toString())) this.setText(doc.uri, doc.getText());
      if (generation !== this.scanGeneration) return;
      this.flush();
      this.log.info(`Read ${uris.length} markdown files; ${this.results().length} interviews.`);
    } catch (err) {
      this.logError('scanning the workspace', err);
    } finally {
      if (generation === this.scanGeneration && !this.isReady) {
        this.isReady = true;
        void vscode.commands.executeCommand('setContext', 'interviewJournal.ready', true);
        this.resolveReady();
      }
    }
  }

  /** Reads one file: the editor's text when it is open (unsaved edits win), else the disk. */
  private async loadFromDiskOrEditor(uri: vscode.Uri): Promise<void> {
    const doc = this.openDocument(uri.toString());
    if (doc) {
      this.setText(uri, doc.getText());
      return;
    }
    const path = uri.toString();
    try {
      const fj = this.journalOf(uri);
      const max = fj.journal.getSettings().maxFileSize;
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) return;
      if (stat.size > max) {
        this.log.info(`Skipped ${vscode.workspace.asRelativePath(uri)}: ${stat.size} bytes is more than interviewJournal.maxFileSize (${max}).`);
        this.skip(uri, { kind: 'too-large', size: stat.size, max });
        return;
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (this.openDocument(path)) return; // opened meanwhile: the editor's text was taken
      this.setText(uri, new TextDecoder('utf-8').decode(bytes));
    } catch (err) {
      if (err instanceof vscode.FileSystemError && (err.code === 'FileNotFound' || err.code === 'EntryNotFound')) {
        this.remove(path);
        return;
      }
      this.logError(`reading ${vscode.workspace.asRelativePath(uri)}`, err);
      this.skip(uri, { kind: 'unreadable', error: err instanceof Error ? err.message : String(err) });
    }
  }

  /** A file found and not read: out of its journal, reported with one `file-skipped` warning. */
  private skip(uri: vscode.Uri, reason: SkipReason): void {
    const path = uri.toString();
    this.remove(path);
    this.skipped.set(path, { result: skippedResult(path, reason), folder: this.journalOf(uri) });
    this.skippedChanged.add(path);
  }

  /** Gives a file's text to its journal; a failure becomes a problem on that file only. */
  private setText(uri: vscode.Uri, text: string): void {
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

  private remove(path: string): void {
    if (this.skipped.delete(path)) {
      this.skippedChanged.delete(path);
      this.pendingRemoved.push(path);
    }
    const fj = this.owner.get(path);
    if (!fj) return;
    fj.journal.removeFile(path);
    this.owner.delete(path);
    const t = this.timers.get(path);
    if (t) {
      clearTimeout(t);
      this.timers.delete(path);
    }
  }

  // ---- events ------------------------------------------------------------------------------

  private onDocumentChanged(e: vscode.TextDocumentChangeEvent): void {
    const doc = e.document;
    if (!this.isJournalUri(doc.uri) || e.contentChanges.length === 0) return;
    const path = doc.uri.toString();
    const old = this.timers.get(path);
    if (old) clearTimeout(old);
    this.timers.set(
      path,
      setTimeout(() => {
        this.timers.delete(path);
        if (doc.isClosed) return;
        this.setText(doc.uri, doc.getText());
        this.flush();
      }, DEBOUNCE_MS),
    );
  }

  private onDocumentOpened(doc: vscode.TextDocument): void {
    if (!this.isJournalUri(doc.uri)) return;
    // The editor's text is what the file is now (it may differ from disk once edited).
    const path = doc.uri.toString();
    const known = this.owner.has(path);
    if (!known && doc.uri.scheme !== 'untitled' && !this.isReady) return; // the scan will read it
    this.setText(doc.uri, doc.getText());
    this.scheduleFlush();
  }

  private onDocumentClosed(doc: vscode.TextDocument): void {
    if (!this.isJournalUri(doc.uri)) return;
    const path = doc.uri.toString();
    const t = this.timers.get(path);
    if (t) {
      clearTimeout(t);
      this.timers.delete(path);
    }
    // Unsaved edits are gone: back to the disk's text (or nothing, for a deleted or untitled file).
    if (doc.uri.scheme === 'untitled') {
      this.remove(path);
      this.scheduleFlush();
      return;
    }
    void this.loadFromDiskOrEditor(doc.uri).then(() => this.flush());
  }

  private onDiskChanged(uri: vscode.Uri): void {
    if (!this.isJournalUri(uri)) return;
    void this.loadFromDiskOrEditor(uri).then(() => this.flush());
  }

  private onDiskDeleted(uri: vscode.Uri): void {
    const path = uri.toString();
    // A deleted folder reports only the folder: drop everything under it.
    const prefix = path.endsWith('/') ? path : `${path}/`;
    let any = false;
    for (const p of [...this.owner.keys(), ...this.skipped.keys()]) {
      if (p === path || p.startsWith(prefix)) {
        // An open document keeps its text (VS Code shows it as deleted; saving recreates it).
        const doc = this.openDocument(p);
        if (doc && doc.isDirty) continue;
        this.remove(p);
        any = true;
      }
    }
    if (any) this.flush();
  }

  /** A folder that appeared (moved in, checked out): read the markdown files under it. */
  private async onFolderCreated(uri: vscode.Uri): Promise<void> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (!(stat.type & vscode.FileType.Directory)) return;
      if (!this.isJournalUri(vscode.Uri.joinPath(uri, 'x.md'))) return;
      const uris = await listMarkdown(uri, (dir, err) => this.logError(`listing ${vscode.workspace.asRelativePath(dir)}`, err));
      for (const u of uris) await this.loadFromDiskOrEditor(u);
      if (uris.length) this.flush();
    } catch {
      // Gone again, or not readable: nothing to read.
    }
  }

  /**
   * Saves and file operations made in the editor (explorer, rename, WorkspaceEdit), handled as a
   * watcher event would be: on github.dev file watchers stay silent.
   */
  private followFileOperations(): vscode.Disposable[] {
    const created = (uri: vscode.Uri) => (/\.md$/i.test(uri.path) ? this.onDiskChanged(uri) : void this.onFolderCreated(uri));
    return [
      vscode.workspace.onDidSaveTextDocument((doc) => this.onDiskChanged(doc.uri)),
      vscode.workspace.onDidCreateFiles((e) => e.files.forEach(created)),
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.onDiskDeleted(uri))),
      vscode.workspace.onDidRenameFiles((e) =>
        e.files.forEach(({ oldUri, newUri }) => {
          this.onDiskDeleted(oldUri);
          created(newUri);
        }),
      ),
    ];
  }

  private async onFoldersChanged(e: vscode.WorkspaceFoldersChangeEvent): Promise<void> {
    for (const f of e.removed) {
      const fj = this.journals.get(f.uri.toString());
      if (!fj) continue;
      for (const p of fj.journal.paths()) this.remove(p);
      for (const [p, s] of [...this.skipped]) if (s.folder === fj) this.remove(p);
      this.journals.delete(fj.key);
      // Keep the removed paths reported.
      this.pendingRemoved.push(...fj.journal.refresh().removed);
    }
    for (const f of e.added) this.journalFor(f);
    // Paths may now belong to another folder: re-home by rescanning.
    await this.scanAll();
  }

  private pendingRemoved: string[] = [];
  private readonly skippedLarge = new Set<string>();

  private reloadSettings(): void {
    let sizeChanged = false;
    for (const fj of this.journals.values()) {
      const next = this.settingsFor(fj.folder);
      if (next.maxFileSize !== fj.journal.getSettings().maxFileSize) sizeChanged = true;
      fj.journal.setSettings(next);
    }
    this.flush();
    // Files skipped for their size (or now too large) are read again.
    if (sizeChanged) void this.scanAll();
  }

  // ---- results -----------------------------------------------------------------------------

  private scheduleFlush(): void {
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

  private journalFor(folder: vscode.WorkspaceFolder | undefined): FolderJournal {
    const key = folder ? folder.uri.toString() : '';
    let fj = this.journals.get(key);
    if (!fj) {
      fj = { key, folder, journal: new Journal(this.settingsFor(folder), this.realClock) };
      this.journals.set(key, fj);
    }
    return fj;
  }

  private journalOf(uri: vscode.Uri): FolderJournal {
    return this.journalFor(vscode.workspace.getWorkspaceFolder(uri));
  }

  /** The folder's `interviewJournal.*` settings; bad values fall back to defaults and are logged once. */
  private settingsFor(folder: vscode.WorkspaceFolder | undefined): Settings {
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

  private openDocument(path: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === path);
  }

  /** A markdown file of the journal: `*.md`, not under node_modules or a dot-folder of its workspace folder. */
  isJournalUri(uri: vscode.Uri): boolean {
    if (!/\.md$/i.test(uri.path)) return false;
    if (uri.scheme === 'untitled' || uri.scheme === 'git' || uri.scheme === 'output' || uri.scheme === 'vscode-userdata') return false;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return uri.scheme === 'file' || (vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme === uri.scheme);
    const rel = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    return !rel.split('/').slice(0, -1).some((seg) => seg === 'node_modules' || seg.startsWith('.'));
  }

  private logError(what: string, err: unknown): void {
    const e = err instanceof Error ? err : new Error(String(err));
    this.log.error(`Error while ${what}: ${e.message}`);
    if (e.stack) this.log.debug(e.stack);
  }
}

/** How long a folder's search may take before it is walked instead (a file system without a search provider never answers). */
const SEARCH_TIMEOUT_MS = 10_000;

/**
 * Every markdown file of the workspace folders (see listMarkdown); a file in two nested folders
 * is listed once.
 */
export async function findMarkdownFiles(onError?: (dir: vscode.Uri, err: unknown) => void): Promise<vscode.Uri[]> {
  const lists = await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => listMarkdown(folder.uri, onError)));
  const seen = new Set<string>();
  return lists.flat().filter((u) => !seen.has(u.toString()) && !!seen.add(u.toString()));
}

/**
 * The markdown files under a folder. On disk (file:, vscode-remote:) it is searched, and walked
 * with readDirectory when search finds nothing or does not answer; anywhere else (github.dev's
 * virtual file system, whose search sees only committed files) it is walked.
 */
export async function listMarkdown(base: vscode.Uri, onError?: (dir: vscode.Uri, err: unknown) => void): Promise<vscode.Uri[]> {
  if (base.scheme === 'file' || base.scheme === 'vscode-remote') {
    const cancel = new vscode.CancellationTokenSource();
    const timer = setTimeout(() => cancel.cancel(), SEARCH_TIMEOUT_MS);
    try {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(base, '**/*.md'), EXCLUDE, undefined, cancel.token);
      if (found.length && !cancel.token.isCancellationRequested) return found;
    } catch {
      // No search here: walk.
    } finally {
      clearTimeout(timer);
      cancel.dispose();
    }
  }
  return walkMarkdown(base, onError);
}

/** The `*.md` files under `root` by reading its directories, leaving out node_modules, dot-folders and linked folders. */
export async function walkMarkdown(root: vscode.Uri, onError?: (dir: vscode.Uri, err: unknown) => void): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  let level = [root];
  while (level.length) {
    const next: vscode.Uri[] = [];
    await Promise.all(
      level.map(async (dir) => {
        let entries: [string, vscode.FileType][];
        try {
          entries = await vscode.workspace.fs.readDirectory(dir);
        } catch (err) {
          onError?.(dir, err);
          return;
        }
        for (const [name, type] of entries) {
          if (type & vscode.FileType.Directory) {
            // A linked folder may link back up: not followed.
            if (!(type & vscode.FileType.SymbolicLink) && name !== 'node_modules' && !name.startsWith('.')) next.push(vscode.Uri.joinPath(dir, name));
          } else if (/\.md$/i.test(name)) {
            out.push(vscode.Uri.joinPath(dir, name));
          }
        }
      }),
    );
    level = next;
  }
  return out;
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
