/**
 * Snippets where they belong, as a person gets them: suggest triggered at a position
 * (`vscode.executeCompletionItemProvider`), the item inserted as VS Code inserts it, then Tab
 * through its stops. `ij-entry` at the start of an empty file is dated by the journal's pinned
 * clock, its date is one stop and its status stop does not skip the next; a message draft in the
 * body is one the draft rules watch. The clock is pinned to 2026-11-23 for the folder.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeScratch, openScratch, type Scratch } from './setup';
import { waitFor } from '../wait';

const TODAY = '2026-11-23';
const VALIDATION = new Set(['invalid-front-matter', 'missing-field', 'invalid-value', 'invalid-date', 'unknown-field']);

interface Api {
  ready: Promise<void>;
  onDidUpdate: vscode.Event<{ changed: string[]; removed: string[] }>;
  service: {
    result(uri: vscode.Uri | string): { entry: { isEntry: boolean; company: string; drafts: unknown[]; contacts: unknown[] }; diagnostics: { rule: string }[] } | undefined;
    now(path?: string): number;
  };
}

const labelOf = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);

/** Suggest at the cursor, pick the item with this label and insert it as the editor does. */
async function pick(editor: vscode.TextEditor, label: string): Promise<void> {
  const pos = editor.selection.active;
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, pos);
  const item = list.items.find((i) => labelOf(i) === label);
  assert.ok(item, `${label} not offered at ${pos.line}:${pos.character}; offered: ${list.items.map(labelOf).join(', ')}`);
  const r = item.range;
  const range = r instanceof vscode.Range ? r : r ? r.replacing : editor.document.getWordRangeAtPosition(pos) ?? new vscode.Range(pos, pos);
  const text = item.insertText ?? labelOf(item);
  assert.ok(await editor.insertSnippet(typeof text === 'string' ? new vscode.SnippetString(text.replace(/\$/g, '\\$')) : text, range));
}

const selected = (editor: vscode.TextEditor) => editor.document.getText(editor.selection);

describe('snippets', function () {
  this.timeout(60000);
  let api: Api;
  let scratch: Scratch;
  let uri: vscode.Uri;

  before(async () => {
    api = await activateExtension<Api>();
    await api.ready;
    scratch = await openScratch(TODAY, 'it-snippets');
    uri = vscode.Uri.joinPath(scratch.dir, 'snippet-entry.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('ij'));
    await waitFor(api.onDidUpdate, () => api.service.now(uri.toString()) === Date.UTC(2026, 10, 23, 12) / 60000, 'the pinned clock');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeScratch(scratch);
  });

  it('ij-entry, suggested at the start of an empty file: the journal\'s date as one stop, status that does not skip the next stop, no validation problems', async () => {
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'markdown');
    editor.selection = new vscode.Selection(0, 2, 0, 2);
    await pick(editor, 'ij-entry');
    assert.ok(doc.getText().startsWith(`---\ncompany: Company\nrole: Role\ninterview: ${TODAY} 10:00\n`), `unexpected snippet text:\n${doc.getText()}`);
    assert.equal(selected(editor), 'Company');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.equal(selected(editor), `${TODAY} 10:00`, 'the third stop is the whole date and time');
    await vscode.commands.executeCommand('type', { text: '2026-11-30 11:00' });
    assert.equal(doc.lineAt(3).text, 'interview: 2026-11-30 11:00');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.equal(selected(editor), 'active');
    await vscode.commands.executeCommand('type', { text: 'offer' });
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    assert.equal(selected(editor), 'Interviewer Name', 'after status, the next stop is the interviewer');
    await vscode.commands.executeCommand('leaveSnippet');
    await waitFor(api.onDidUpdate, () => api.service.result(uri)?.entry.isEntry === true && doc.lineAt(5).text === 'status: offer', 'the inserted entry to be analysed', 10000);
    const r = api.service.result(uri)!;
    assert.equal(r.entry.company, 'Company');
    assert.deepEqual(r.diagnostics.filter((x) => VALIDATION.has(x.rule)).map((x) => x.rule), []);
  });

  it('ij-thank-you, suggested under contacts: in the front matter, lands at the list\'s indentation, dated by the journal\'s clock', async () => {
    const editor = vscode.window.activeTextEditor!;
    const doc = editor.document;
    const line = [...Array(doc.lineCount).keys()].find((i) => doc.lineAt(i).text === 'contacts: []');
    assert.ok(line !== undefined, 'no contacts: [] line');
    await editor.edit((e) => e.replace(doc.lineAt(line).range, 'contacts:\n  ij-th'));
    editor.selection = new vscode.Selection(line + 1, 7, line + 1, 7);
    await pick(editor, 'ij-thank-you');
    await vscode.commands.executeCommand('leaveSnippet');
    const lines = doc.getText().split('\n').slice(line, line + 6);
    assert.deepEqual(lines, ['contacts:', `  - date: ${TODAY}`, '    to: Interviewer Name', '    via: email', '    kind: thank-you', '    note: thanked them for their time']);
    await waitFor(api.onDidUpdate, () => api.service.result(uri)?.entry.contacts.length === 1, 'the contact to be analysed', 10000);
    assert.deepEqual(api.service.result(uri)!.diagnostics.filter((x) => VALIDATION.has(x.rule) || x.rule === 'unknown-person').map((x) => x.rule), []);
  });

  it('ij-draft-thank-you, suggested in the body, inserts a draft under a "## Draft:" heading that the draft rules watch', async () => {
    const editor = vscode.window.activeTextEditor!;
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, 'ij-draft-t'));
    const at = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(at, at);
    await pick(editor, 'ij-draft-thank-you');
    await vscode.commands.executeCommand('leaveSnippet');
    assert.match(editor.document.getText(), /\n## Draft: thank-you/);
    await waitFor(api.onDidUpdate, () => (api.service.result(uri)?.entry.drafts.length ?? 0) === 1, 'the draft to be seen', 10000);
    const rules = api.service.result(uri)!.diagnostics.map((x) => x.rule);
    // The bracketed fields are placeholders until filled in; nothing else about the draft is wrong.
    assert.ok(rules.includes('draft-placeholder'), `expected draft-placeholder, got ${rules.join(', ')}`);
    for (const r of ['draft-following-up', 'draft-emoji', 'draft-too-long']) assert.ok(!rules.includes(r), `${r} fired on the snippet`);
  });
});
