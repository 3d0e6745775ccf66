/**
 * A workspace folder on a file system like github.dev's: no search provider, and no file events
 * (its watcher never fires). The journal must list it by walking it, follow what the editor
 * does to its files (create, rename, delete, save), and see changes made elsewhere on Refresh.
 * The file system is an in-memory one registered by the test.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../wait';

const EXTENSION_ID = 'interview-journal.interview-journal';
const SCHEME = 'ij-virtual';

interface Api {
  ready: Promise<void>;
  onDidUpdate: vscode.Event<{ changed: string[]; removed: string[] }>;
  service: { result(uri: vscode.Uri | string): { entry: { isEntry: boolean; company: string } } | undefined };
}

type Node = { type: vscode.FileType; data: Uint8Array; mtime: number };

/** An in-memory file system whose watcher never fires, as github.dev's. */
class SilentFs implements vscode.FileSystemProvider {
  private readonly nodes = new Map<string, Node>([['/', { type: vscode.FileType.Directory, data: new Uint8Array(), mtime: Date.now() }]]);
  private readonly never = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.never.event;

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  private node(uri: vscode.Uri): Node {
    const n = this.nodes.get(uri.path);
    if (!n) throw vscode.FileSystemError.FileNotFound(uri);
    return n;
  }

  private parentOf(path: string): string {
    return path.slice(0, path.lastIndexOf('/')) || '/';
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    const n = this.node(uri);
    return { type: n.type, ctime: n.mtime, mtime: n.mtime, size: n.data.byteLength };
  }

  readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
    this.node(uri);
    const prefix = uri.path === '/' ? '/' : `${uri.path}/`;
    return [...this.nodes]
      .filter(([p]) => p !== '/' && p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
      .map(([p, n]) => [p.slice(prefix.length), n.type]);
  }

  createDirectory(uri: vscode.Uri): void {
    if (!this.nodes.has(this.parentOf(uri.path))) throw vscode.FileSystemError.FileNotFound(uri);
    this.nodes.set(uri.path, { type: vscode.FileType.Directory, data: new Uint8Array(), mtime: Date.now() });
  }

  readFile(uri: vscode.Uri): Uint8Array {
    const n = this.node(uri);
    if (n.type !== vscode.FileType.File) throw vscode.FileSystemError.FileIsADirectory(uri);
    return n.data;
  }

  writeFile(uri: vscode.Uri, data: Uint8Array, opts: { create: boolean; overwrite: boolean }): void {
    const n = this.nodes.get(uri.path);
    if (!n && !opts.create) throw vscode.FileSystemError.FileNotFound(uri);
    if (n && !opts.overwrite) throw vscode.FileSystemError.FileExists(uri);
    if (!this.nodes.has(this.parentOf(uri.path))) throw vscode.FileSystemError.FileNotFound(uri);
    this.nodes.set(uri.path, { type: vscode.FileType.File, data, mtime: Date.now() });
  }

  delete(uri: vscode.Uri): void {
    this.node(uri);
    for (const p of [...this.nodes.keys()]) if (p === uri.path || p.startsWith(`${uri.path}/`)) this.nodes.delete(p);
  }

  rename(from: vscode.Uri, to: vscode.Uri, opts: { overwrite: boolean }): void {
    this.node(from);
    if (this.nodes.has(to.path) && !opts.overwrite) throw vscode.FileSystemError.FileExists(to);
    for (const [p, n] of [...this.nodes]) {
      if (p !== from.path && !p.startsWith(`${from.path}/`)) continue;
      this.nodes.delete(p);
      this.nodes.set(to.path + p.slice(from.path.length), n);
    }
  }

  /** Writes a file (and its folders) as another program would: no event at all. */
  put(path: string, text: string): void {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const dir = `/${parts.slice(0, i).join('/')}`;
      if (!this.nodes.has(dir)) this.nodes.set(dir, { type: vscode.FileType.Directory, data: new Uint8Array(), mtime: Date.now() });
    }
    this.nodes.set(path, { type: vscode.FileType.File, data: new TextEncoder().encode(text), mtime: Date.now() });
  }
}

const entry = (company: string) =>
  ['---', `company: ${company}`, 'role: Data Engineer', 'interview: 2026-11-19', 'interviewers: [Ann Bell]', 'interviwers_note: typo', '---', ''].join('\n');

function unknownField(uri: vscode.Uri): vscode.Diagnostic | undefined {
  return vscode.languages.getDiagnostics(uri).find((d) => d.source === 'interview-journal' && (typeof d.code === 'object' ? d.code.value : d.code) === 'unknown-field');
}

describe('a folder without search or file events (as on github.dev)', function () {
  this.timeout(60000);
  const fs = new SilentFs();
  const root = vscode.Uri.from({ scheme: SCHEME, path: '/' });
  const at = (path: string) => vscode.Uri.from({ scheme: SCHEME, path });
  let api: Api;
  let registration: vscode.Disposable;

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    api = (await ext.activate()) as Api;
    await api.ready;
    registration = vscode.workspace.registerFileSystemProvider(SCHEME, fs, { isCaseSensitive: true });
    fs.put('/interviews/globex.md', entry('IT Virtual Globex'));
    fs.put('/node_modules/pkg/readme.md', entry('IT Dependency'));
    fs.put('/.github/notes.md', entry('IT Hidden'));
    const count = vscode.workspace.workspaceFolders?.length ?? 0;
    const added = waitFor(vscode.workspace.onDidChangeWorkspaceFolders, () => !!vscode.workspace.getWorkspaceFolder(root), 'the virtual folder to be added');
    assert.ok(vscode.workspace.updateWorkspaceFolders(count, 0, { uri: root, name: 'virtual' }));
    await added;
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const index = (vscode.workspace.workspaceFolders ?? []).findIndex((f) => f.uri.scheme === SCHEME);
    if (index >= 0) {
      const removed = waitFor(vscode.workspace.onDidChangeWorkspaceFolders, () => !vscode.workspace.getWorkspaceFolder(root), 'the virtual folder to be removed');
      vscode.workspace.updateWorkspaceFolders(index, 1);
      await removed;
    }
    registration?.dispose();
  });

  it('lists the folder by walking it: problems for an unopened entry, none under node_modules or a dot-folder', async () => {
    const globex = at('/interviews/globex.md');
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => !!unknownField(globex), 'unknown-field on the virtual globex.md');
    const d = unknownField(globex)!;
    assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [5, 0, 5, 16]);
    assert.equal(api.service.result(globex)?.entry.company, 'IT Virtual Globex');
    assert.ok(!vscode.workspace.textDocuments.some((doc) => doc.uri.toString() === globex.toString()), 'globex.md must not be open');
    assert.equal(api.service.result(at('/node_modules/pkg/readme.md')), undefined);
    assert.equal(api.service.result(at('/.github/notes.md')), undefined);
  });

  it('follows files created, saved, renamed and deleted in the editor', async () => {
    const created = at('/interviews/initech.md');
    const create = new vscode.WorkspaceEdit();
    create.createFile(created, { contents: new TextEncoder().encode(entry('IT Virtual Initech')) });
    assert.ok(await vscode.workspace.applyEdit(create));
    await waitFor(api.onDidUpdate, () => api.service.result(created)?.entry.company === 'IT Virtual Initech', 'the created file in the journal');

    // Saved from an editor, then closed: the journal keeps the saved text.
    const doc = await vscode.workspace.openTextDocument(created);
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((b) => b.replace(new vscode.Range(1, 9, 1, 27), 'IT Virtual Saved'));
    assert.ok(await doc.save());
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor(api.onDidUpdate, () => api.service.result(created)?.entry.company === 'IT Virtual Saved', 'the saved text after closing');

    const renamed = at('/interviews/initech-renamed.md');
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(created, renamed);
    assert.ok(await vscode.workspace.applyEdit(rename));
    await waitFor(api.onDidUpdate, () => api.service.result(renamed)?.entry.company === 'IT Virtual Saved' && api.service.result(created) === undefined, 'the file under its new name only');
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => !unknownField(created), 'no problems left at the old name');

    const remove = new vscode.WorkspaceEdit();
    remove.deleteFile(renamed);
    assert.ok(await vscode.workspace.applyEdit(remove));
    await waitFor(api.onDidUpdate, () => api.service.result(renamed) === undefined, 'the deleted file to leave the journal');
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => !unknownField(renamed), 'no problems for the deleted file');
  });

  it('sees a file written elsewhere (no event) after Refresh', async () => {
    const outside = at('/interviews/hooli.md');
    fs.put('/interviews/hooli.md', entry('IT Virtual Hooli'));
    assert.equal(api.service.result(outside), undefined, 'no event told the journal');
    await vscode.commands.executeCommand('interviewJournal.refresh');
    assert.equal(api.service.result(outside)?.entry.company, 'IT Virtual Hooli');
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => !!unknownField(outside), 'unknown-field on the file written elsewhere');
  });
});
