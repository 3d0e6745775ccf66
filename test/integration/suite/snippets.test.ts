/**
 * Snippets, inserted by VS Code itself from the extension's contribution (by name, through
 * `editor.action.insertSnippet`), produce an entry the engine reads without validation problems,
 * and a draft the draft rules accept once its bracketed fields are filled in.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../wait';

const EXTENSION_ID = 'interview-journal.interview-journal';
const VALIDATION = new Set(['invalid-front-matter', 'missing-field', 'invalid-value', 'invalid-date', 'unknown-field']);

interface Api {
  ready: Promise<void>;
  onDidUpdate: vscode.Event<{ changed: string[]; removed: string[] }>;
  service: { result(uri: vscode.Uri | string): { entry: { isEntry: boolean; company: string; drafts: unknown[] }; diagnostics: { rule: string }[] } | undefined };
}

const pad = (n: number) => String(n).padStart(2, '0');

describe('snippets', function () {
  this.timeout(60000);
  let api: Api;
  let uri: vscode.Uri;

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
    api = (await ext.activate()) as Api;
    await api.ready;
    const folder = vscode.workspace.workspaceFolders![0];
    uri = vscode.Uri.joinPath(folder.uri, 'it-snippets', 'snippet-entry.md');
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, 'it-snippets'));
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const folder = vscode.workspace.workspaceFolders![0];
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder.uri, 'it-snippets'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('ij-entry inserts a new entry with today\'s date that has no validation problems', async () => {
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'markdown');
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Interview Journal: new entry' });
    await vscode.commands.executeCommand('leaveSnippet');
    const d = new Date();
    const today = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const text = editor.document.getText();
    assert.ok(text.startsWith(`---\ncompany: Company\nrole: Role\ninterview: ${today} 10:00\n`), `unexpected snippet text:\n${text}`);
    await waitFor(api.onDidUpdate, () => api.service.result(uri)?.entry.isEntry === true, 'the inserted entry to be analysed', 10000);
    const r = api.service.result(uri)!;
    assert.equal(r.entry.company, 'Company');
    assert.deepEqual(r.diagnostics.filter((x) => VALIDATION.has(x.rule)).map((x) => x.rule), []);
  });

  it('ij-draft-thank-you inserts a draft under a "## Draft:" heading that the draft rules watch', async () => {
    const editor = vscode.window.activeTextEditor!;
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name: 'Interview Journal: draft thank-you' });
    await vscode.commands.executeCommand('leaveSnippet');
    assert.match(editor.document.getText(), /\n## Draft: thank-you/);
    await waitFor(api.onDidUpdate, () => (api.service.result(uri)?.entry.drafts.length ?? 0) === 1, 'the draft to be seen', 10000);
    const rules = api.service.result(uri)!.diagnostics.map((x) => x.rule);
    // The bracketed fields are placeholders until filled in; nothing else about the draft is wrong.
    assert.ok(rules.includes('draft-placeholder'), `expected draft-placeholder, got ${rules.join(', ')}`);
    for (const r of ['draft-following-up', 'draft-emoji', 'draft-too-long']) assert.ok(!rules.includes(r), `${r} fired on the snippet`);
  });
});
