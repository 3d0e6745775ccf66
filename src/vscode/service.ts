/**
 * The one analysis of the workspace that every surface reads (held by JournalStore,
 * journal-store.ts), fed from the editor and the disk.
 *
 * Activation does no parsing: start() kicks off a background scan of every `*.md` file (read
 * through vscode.workspace.fs), after which the service follows the editor (unsaved text of
 * open documents, debounced), the file system (a watcher for create/change/delete: git pull,
 * checkout, rename), settings and the clock.
 */
import * as vscode from 'vscode';
import type { Minutes } from '../core/types';
import { JournalStore } from './journal-store';
import { findMarkdownFiles, listMarkdown } from './markdown-files';

export type { FolderJournal, JournalUpdate } from './journal-store';
export { EXCLUDE, findMarkdownFiles, listMarkdown, walkMarkdown } from './markdown-files';

// One file's analysis costs about a millisecond (docs/performance.md), so the debounce only
// gathers bursts (a paste, several cursors). VS Code adds its own 50 ms before
// onDidChangeDiagnostics; 20 ms here keeps keystroke-to-problems well within 200 ms.
const DEBOUNCE_MS = 20;
/** Above this many files the first scan shows a progress indicator. */
const PROGRESS_THRESHOLD = 200;
const SCAN_CONCURRENCY = 16;

export class JournalService extends JournalStore implements vscode.Disposable {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  private clock: ReturnType<typeof setInterval> | undefined;
  private scanGeneration = 0;
  private resolveReady!: () => void;
  private isReady = false;

  /** Resolves when the first full analysis of the workspace is done. */
  readonly ready: Promise<void>;

  constructor(log: vscode.LogOutputChannel, realClock?: () => Minutes) {
    super(log, realClock);
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

  /** Also drops the file's pending editor update. */
  protected override remove(path: string): boolean {
    if (!super.remove(path)) return false;
    const t = this.timers.get(path);
    if (t) {
      clearTimeout(t);
      this.timers.delete(path);
    }
    return true;
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
}
