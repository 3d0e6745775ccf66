/**
 * The daily flows as a new user goes through them: the tree's rows and groups of a fresh
 * journal, New Interview with its interviewers, Log Contact starting from the next step, a
 * CodeLens click and a quick fix that say what they did (with Undo), and broken YAML explained
 * and repaired. Prompts are answered as a person would: the item the pick opens on (its
 * first), the text typed into an input box; messages are answered by their button.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../wait';
import { activateExtension, type TreeNodeLike } from './setup';


interface Api {
  onDidUpdate: vscode.Event<{ changed: string[]; removed: string[] }>;
  tree: vscode.TreeDataProvider<TreeNodeLike>;
  service: { result(uri: vscode.Uri | string): { entry: { isEntry: boolean }; next?: { text: string; kind: string; urgency: string } } | undefined };
}

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'interview-journal');
}
function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

type Win = Record<string, unknown>;
const w = vscode.window as unknown as Win;

/** Replaces window functions for the length of `fn` (the prompts a person answers). */
async function answering<T>(stubs: Win, fn: () => Thenable<T> | Promise<T>): Promise<T> {
  const saved: Win = {};
  for (const k of Object.keys(stubs)) {
    saved[k] = w[k];
    w[k] = stubs[k];
  }
  try {
    return await fn();
  } finally {
    for (const k of Object.keys(saved)) w[k] = saved[k];
  }
}

/** The items of a pick as a person sees them (no separators), and the one it opens on. */
async function itemsOf(items: unknown): Promise<vscode.QuickPickItem[]> {
  return ((await items) as vscode.QuickPickItem[]).filter((i) => i.kind !== vscode.QuickPickItemKind.Separator);
}

const DANA = [
  '---',
  'company: IT Tailwind',
  'role: Site Reliability Engineer',
  'interview: 2026-11-20 10:00',
  'interviewers:',
  '  - name: Aisha Rahman',
  '    email: aisha@tailwind.example',
  'recruiter: {name: Dana Reyes, agency: Brightpath}',
  'contacts:',
  '  - {date: 2026-11-20, to: Aisha Rahman, via: email, kind: thank-you}',
  '---',
  '',
].join('\n');

describe('daily flows', function () {
  this.timeout(60000);
  let api: Api;
  let folder: vscode.WorkspaceFolder;
  let dir: vscode.Uri;

  before(async () => {
    api = await activateExtension<Api>();
    folder = vscode.workspace.workspaceFolders![0];
    const config = vscode.workspace.getConfiguration('interviewJournal', folder.uri);
    assert.equal(config.get('today'), '2026-11-23', 'the test workspace pins the clock');
    dir = vscode.Uri.joinPath(folder.uri, 'daily-fixtures');
    await vscode.workspace.fs.createDirectory(dir);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  async function entryFile(name: string, text: string): Promise<vscode.Uri> {
    const uri = vscode.Uri.joinPath(dir, name);
    await vscode.workspace.fs.writeFile(uri, enc(text));
    await waitFor(api.onDidUpdate, () => api.service.result(uri)?.entry.isEntry === true, `${name} in the journal`);
    return uri;
  }

  it('a fresh journal (the second folder: one entry, waiting) shows its group expanded, the row leading with the step', async () => {
    const second = vscode.workspace.workspaceFolders?.find((f) => f.name === 'second');
    assert.ok(second, 'the test workspace has a second folder');
    const file = vscode.Uri.joinPath(second.uri, 'interviews', '2026-11-18-alpine-ski-house-onsite.md');
    const original = dec(await vscode.workspace.fs.readFile(file));
    // Thanked already: the one entry waits for the check-in.
    const waiting = original.replace('status: waiting\n', 'contacts:\n  - {date: 2026-11-18, to: Priya Raman, via: email, kind: thank-you}\n');
    await vscode.workspace.fs.writeFile(file, enc(waiting));
    try {
      await waitFor(api.onDidUpdate, () => api.service.result(file)?.next?.urgency === 'waiting', 'the entry to wait');
      const roots = (await api.tree.getChildren()) ?? [];
      const node = roots.find((r) => r.kind === 'folder' && r.folderKey === second.uri.toString()) ?? roots.find((r) => r.kind === 'folder' && String(r.folderKey).includes('second'));
      assert.ok(node, `a folder node for the second folder (roots: ${roots.map((r) => r.folderKey).join(', ')})`);
      const groups = (await api.tree.getChildren(node)) ?? [];
      assert.deepEqual(groups.map((g) => g.group), ['waiting']);
      const item = await api.tree.getTreeItem(groups[0]);
      assert.equal(item.label, 'Waiting');
      assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Expanded, 'the only group of a fresh journal is open');
      const [row] = (await api.tree.getChildren(groups[0])) ?? [];
      const rowItem = await api.tree.getTreeItem(row);
      assert.equal(rowItem.label, 'Wait for their decision');
      assert.equal(rowItem.description, 'Alpine Ski House — Staff Engineer · waiting, in 9 days');
    } finally {
      await vscode.workspace.fs.writeFile(file, enc(original));
    }
  });

  it('New Interview asks for the interviewers (comma-separated) and selects nothing to type over', async () => {
    const typed = ['IT Woodgrove', 'Platform Engineer', '2026-11-20 10:00', 'Maria Lopez, Jason Lee'];
    const prompts: string[] = [];
    const uri = await answering(
      {
        showInputBox: async (opts?: vscode.InputBoxOptions) => {
          prompts.push(opts?.prompt ?? '');
          const v = typed.shift() ?? '';
          assert.equal(await opts?.validateInput?.(v), undefined, `${opts?.prompt}: ${v}`);
          return v;
        },
        showWorkspaceFolderPick: async () => folder,
      },
      () => vscode.commands.executeCommand<vscode.Uri>('interviewJournal.newInterview'),
    );
    assert.ok(uri);
    try {
      assert.match(prompts[3], /^Who interviews you\? Names separated by commas \(optional/);
      const text = dec(await vscode.workspace.fs.readFile(uri));
      assert.match(text, /\ninterviewers:\n {2}- Maria Lopez\n {2}- Jason Lee\n# recruiter:/);
      assert.ok(!text.includes('# - Jason Lee'), 'no commented example left to trip over');
      const editor = vscode.window.activeTextEditor!;
      assert.equal(editor.document.uri.toString(), uri.toString());
      assert.ok(editor.selection.isEmpty, 'nothing selected');
      assert.ok(editor.selection.active.line > text.split('\n').indexOf('---', 1), 'the cursor is in the notes');
      await waitFor(api.onDidUpdate, () => api.service.result(uri)?.next?.kind === 'thank-you', 'the thank-you step');
      assert.deepEqual(
        ours(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).map((d) => d.message),
        [],
        'no errors in a new entry',
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('Log Contact from a file that is no entry: interviews by urgency, then the step\'s person, channel and kind first, and a note', async () => {
    const dana = await entryFile('tailwind.md', DANA);
    assert.match(api.service.result(dana)!.next!.text, /^Debrief with Dana Reyes/);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, 'README.md')));
    const picks: vscode.QuickPickItem[][] = [];
    const prompts: string[] = [];
    let firstEntry: vscode.QuickPickItem | undefined;
    const ok = await answering(
      {
        showQuickPick: async (items: unknown) => {
          const list = await itemsOf(items);
          picks.push(list);
          if (picks.length === 1) {
            // The interviews: a person takes ours from the list, wherever it is.
            firstEntry = list[0];
            return list.find((i) => i.label === 'IT Tailwind — Site Reliability Engineer');
          }
          return list[0]; // Enter on the item the pick opens on
        },
        showInputBox: async (opts?: vscode.InputBoxOptions) => {
          prompts.push(opts?.prompt ?? '');
          return /note/i.test(opts?.prompt ?? '') ? 'They decide by Friday' : opts?.value;
        },
      },
      () => vscode.commands.executeCommand<boolean>('interviewJournal.logContact'),
    );
    assert.equal(ok, true);
    // The interviews come most urgent first: an overdue one heads the list.
    assert.match(String(firstEntry?.description), /overdue/);
    assert.ok(!picks[0].some((i) => /Closed \(/.test(String(i.description))), 'closed interviews are not offered');
    assert.equal(picks[1][0].label, 'Dana Reyes');
    assert.equal(picks[2][0].label, 'phone');
    assert.equal(picks[3][0].label, '$(arrow-right) debrief');
    assert.equal(prompts.length, 2, prompts.join(' | '));
    const text = (await vscode.workspace.openTextDocument(dana)).getText();
    assert.equal(text, DANA.replace('thank-you}\n---', 'thank-you}\n  - {date: 2026-11-23, to: Dana Reyes, via: phone, kind: debrief, note: They decide by Friday}\n---'));
  });

  it('a CodeLens click logs the step, says so, and Undo puts the file back on disk', async () => {
    const dana = await entryFile('tailwind-lens.md', DANA.replace('IT Tailwind', 'IT Tailwind Lens'));
    const doc = await vscode.workspace.openTextDocument(dana);
    await vscode.window.showTextDocument(doc);
    const before = doc.getText();
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', dana)) ?? [];
    const lens = lenses.find((l) => /^\$\(bell-dot\) Debrief with Dana Reyes by phone · /.test(l.command?.title ?? ''));
    assert.ok(lens?.command, `the step lens (got ${lenses.map((l) => l.command?.title).join(' | ')})`);
    assert.match(lens.command.title, / · 2 days overdue$/);
    const said: string[] = [];
    let answer: (v: string | undefined) => void = () => undefined;
    const answered = new Promise<string | undefined>((r) => (answer = r));
    await answering(
      {
        showInformationMessage: (message: string, ...items: string[]) => {
          said.push(`${message} [${items.join(', ')}]`);
          return answered;
        },
      },
      async () => {
        await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
        const logged = before.replace('thank-you}\n---', 'thank-you}\n  - {date: 2026-11-23, to: Dana Reyes, via: phone, kind: debrief}\n---');
        assert.equal(doc.getText(), logged);
        assert.equal(dec(await vscode.workspace.fs.readFile(dana)), logged, 'saved');
        assert.deepEqual(said, ['Interview Journal: logged a debrief to Dana Reyes by phone on 2026-11-23. [Undo]']);
        const undone = waitFor(vscode.workspace.onDidSaveTextDocument, () => doc.getText() === before && !doc.isDirty, 'the undo to be saved');
        answer('Undo');
        await undone;
      },
    );
    assert.equal(dec(await vscode.workspace.fs.readFile(dana)), before, 'Undo restored the file on disk');
  });

  it('broken YAML in plain words, with "Quote this value" that says what it did and can be undone', async () => {
    const text = ['---', 'company: IT Contoso', 'role: Game Engineer: Tools', 'interview: 2026-11-20', 'interviewers: [Ann Bell]', '---', ''].join('\n');
    const uri = await entryFile('contoso.md', text);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => ours(uri).some((d) => codeOf(d) === 'invalid-front-matter'), 'the YAML error');
    const d = ours(uri).find((x) => codeOf(x) === 'invalid-front-matter')!;
    assert.equal(d.message, 'The front matter is not valid YAML: the value of "role" has ": " in it, so it must be in quotes: role: "Game Engineer: Tools" (line 3, column 7).');
    assert.deepEqual([d.range.start.line, d.range.start.character], [2, 6]);
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const quote = actions.find((a) => a.title === 'Quote this value: role: "Game Engineer: Tools"');
    assert.ok(quote?.edit && quote.command, `the quote fix (got ${actions.map((a) => a.title).join(' | ')})`);
    const said: string[] = [];
    await answering(
      {
        showInformationMessage: async (message: string, ...items: string[]) => {
          said.push(`${message} [${items.join(', ')}]`);
          return 'Undo';
        },
      },
      async () => {
        // What choosing the fix does: its edit, then its command.
        assert.ok(await vscode.workspace.applyEdit(quote.edit!));
        assert.equal(doc.getText(), text.replace('role: Game Engineer: Tools', 'role: "Game Engineer: Tools"'));
        const undone = waitFor(vscode.workspace.onDidChangeTextDocument, () => doc.getText() === text, 'the undo');
        await vscode.commands.executeCommand(quote.command!.command, ...(quote.command!.arguments ?? []));
        await undone;
      },
    );
    assert.deepEqual(said, ['Interview Journal: quoted the value: role: "Game Engineer: Tools". [Undo]']);
    // And applied for good, the error goes.
    assert.ok(await vscode.workspace.applyEdit(quote.edit!));
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => !ours(uri).some((x) => codeOf(x) === 'invalid-front-matter'), 'the error to go');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('tabs and an unclosed bracket get their repairs too', async () => {
    const text = ['---', 'company: IT Fabrikam', 'role: SRE', 'interview: 2026-11-20', 'interviewers:', '\t- Ann Bell', '---', ''].join('\n');
    const uri = await entryFile('fabrikam.md', text);
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => ours(uri).some((d) => codeOf(d) === 'invalid-front-matter'), 'the tab error');
    const d = ours(uri).find((x) => codeOf(x) === 'invalid-front-matter')!;
    assert.match(d.message, /this line is indented with a tab: YAML indents with spaces only/);
    await vscode.workspace.openTextDocument(uri); // the code action command needs a loaded document
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const spaces = actions.find((a) => a.title === 'Indent with spaces instead of tabs');
    assert.ok(spaces?.edit);
    assert.ok(await vscode.workspace.applyEdit(spaces.edit));
    assert.equal((await vscode.workspace.openTextDocument(uri)).getText(), text.replace('\t- Ann', '  - Ann'));

    const flow = ['---', 'company: IT Fabrikam', 'role: SRE', 'interview: 2026-11-20', 'interviewers: [Ann Bell, Bo Chen', '---', ''].join('\n');
    const doc = await vscode.workspace.openTextDocument(uri);
    const we = new vscode.WorkspaceEdit();
    we.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), flow);
    assert.ok(await vscode.workspace.applyEdit(we));
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => ours(uri).some((x) => /never closed/.test(x.message)), 'the unclosed-list error');
    const e = ours(uri).find((x) => /never closed/.test(x.message))!;
    assert.deepEqual([e.range.start.line, e.range.start.character], [4, 14]);
    const fixes = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, e.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const close = fixes.find((a) => a.title === 'Close the list with "]"');
    assert.ok(close?.edit, fixes.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(close.edit));
    assert.equal(doc.getText(), flow.replace('Bo Chen', 'Bo Chen]'));
    await doc.save();
  });
});
