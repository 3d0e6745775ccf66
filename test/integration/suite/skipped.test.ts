/**
 * A file the extension does not read (larger than maxFileSize, default 10,000,000 bytes) is not
 * passed over: it shows one `file-skipped` warning at 1:1 in Problems and a row in the Next
 * Steps tree, and once it is small enough it is read like any other. Waits on
 * onDidChangeDiagnostics, never on sleeps.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeScratch, openScratch, type Scratch } from './setup';
import { waitFor } from '../wait';

const TODAY = '2026-11-23';

interface TreeNodeLike {
  kind: string;
  path?: string;
  group?: string;
}

interface Api {
  ready: Promise<void>;
  tree: vscode.TreeDataProvider<TreeNodeLike>;
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'interview-journal');
}

function codes(uri: vscode.Uri): string[] {
  return ours(uri).map((d) => (typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code)));
}

function waitDiagnostics(uri: vscode.Uri, check: (codes: string[]) => boolean, what: string): Promise<void> {
  return waitFor(vscode.languages.onDidChangeDiagnostics, () => check(codes(uri)), `${what} (now: ${codes(uri).join(', ') || 'none'})`);
}

const ENTRY = ['---', 'company: IT Hugeco', 'role: Analyst', 'interview: 2026-11-20', 'interviewers: [Ann Bell]', 'contacts:', '  - {date: 2026-11-20, to: Ann Bell, via: letter, kind: thank-you}', 'notes_typo: x', '---', ''].join('\n');

describe('a file over maxFileSize', function () {
  this.timeout(60000);
  let api: Api;
  let scratch: Scratch;
  let dir: vscode.Uri;
  let huge: vscode.Uri;

  before(async () => {
    api = await activateExtension<Api>();
    await api.ready;
    scratch = await openScratch(TODAY, 'it-skipped');
    dir = scratch.dir;
    huge = vscode.Uri.joinPath(dir, 'huge-transcript.md');
  });

  after(() => closeScratch(scratch));

  it('shows one file-skipped warning at 1:1 with the size, a tree row, and is read once small enough', async () => {
    // An entry with a pasted transcript: 10,000,001 bytes, one over the default limit.
    const head = new TextEncoder().encode(ENTRY);
    const bytes = new Uint8Array(10_000_001).fill(0x61);
    bytes.set(head, 0);
    bytes[head.length] = 0x0a;
    await vscode.workspace.fs.writeFile(huge, bytes);

    await waitDiagnostics(huge, (c) => c.includes('file-skipped'), 'file-skipped on the large file');
    const ds = ours(huge);
    assert.equal(ds.length, 1);
    const d = ds[0];
    assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [0, 0, 0, 0]);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(
      d.message,
      'Not read: the file is 10,000,001 bytes, more than interviewJournal.maxFileSize (10,000,000 bytes). Nothing in it was checked: move long notes or transcripts to another file, or raise the setting.',
    );
    assert.match((d.code as { target: vscode.Uri }).target.toString(true), /docs\/rules\.md#file-skipped$/);

    // Its row in the Next Steps tree: the step, the file's name, the warning as its child.
    let row: TreeNodeLike | undefined;
    const roots = (await api.tree.getChildren()) ?? [];
    for (const root of roots) {
      const groups = root.kind === 'folder' ? ((await api.tree.getChildren(root)) ?? []) : [root];
      for (const g of groups) for (const e of (await api.tree.getChildren(g)) ?? []) if (e.kind === 'entry' && e.path === huge.toString()) row = e;
    }
    assert.ok(row, 'the skipped file has a row in the tree');
    assert.equal(row.group, 'today');
    const item = await api.tree.getTreeItem(row);
    // The row leads with what to do; the file's name follows.
    assert.equal(item.label, 'Make this file readable');
    assert.equal(item.description, 'huge-transcript.md');
    assert.match((item.tooltip as vscode.MarkdownString).value, /Not read: the file is 10,000,001 bytes/);
    const children = (await api.tree.getChildren(row)) ?? [];
    const problems = children.filter((c) => c.kind === 'problem');
    assert.equal(problems.length, 1);
    assert.equal((await api.tree.getTreeItem(problems[0])).description, 'file-skipped');

    // Cut down to the entry alone: read, its own problems replace the warning.
    await vscode.workspace.fs.writeFile(huge, new TextEncoder().encode(ENTRY));
    await waitDiagnostics(huge, (c) => !c.includes('file-skipped') && c.includes('unknown-field'), 'the file to be read once small enough');
  });
});
