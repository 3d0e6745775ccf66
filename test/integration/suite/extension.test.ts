/**
 * The extension in a real VS Code: activation API, problems for unopened files, the Next steps
 * tree, CodeLens, unsaved edits, files changed and deleted on disk, Log contact (with its
 * argument object, then one undo), every quick fix, New interview, Export calendar and a
 * setting change.
 *
 * The tests write their own fixture files into the first workspace folder (under `it-fixtures/`)
 * so they do not depend on the example journal's content, and pin the clock to 2026-11-23 for
 * that folder when it is not pinned already. They wait on events with timeouts, never on sleeps.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, pinToday, type TreeNodeLike } from './setup';
import { waitFor } from '../wait';

const TODAY = '2026-11-23';

interface Api {
  ready: Promise<void>;
  onDidUpdate: vscode.Event<{ changed: string[]; removed: string[] }>;
  tree: vscode.TreeDataProvider<TreeNodeLike> & { onDidChangeTreeData: vscode.Event<unknown> };
  statusItem: vscode.StatusBarItem;
  view: vscode.TreeView<TreeNodeLike>;
  service: { result(uri: vscode.Uri | string): { entry: { isEntry: boolean; company: string }; next?: { text: string; urgency: string } } | undefined };
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'interview-journal');
}

function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  return typeof c === 'object' && c !== null ? String(c.value) : String(c);
}

function rules(uri: vscode.Uri): string[] {
  return ours(uri).map(codeOf);
}

function waitDiagnostics(uri: vscode.Uri, check: (rules: string[]) => boolean, what: string): Promise<void> {
  return waitFor(vscode.languages.onDidChangeDiagnostics, () => check(rules(uri)), `${what} (now: ${rules(uri).join(', ') || 'none'})`);
}

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

const ACME = [
  '---',
  'company: IT Acme',
  'role: Platform Engineer',
  'interview: 2026-11-20 14:00 # video call',
  'interviewers:',
  '  - Jason Lee',
  '  - name: Priya Shah',
  '    email: priya@acme.example',
  'contacts:',
  '  - date: 2026-11-20',
  '    to: Priya Shah',
  '    via: email',
  '    kind: thank-you',
  '---',
  '',
  '## Notes',
  '',
].join('\n');

const GLOBEX = ['---', 'company: IT Globex', 'role: Data Engineer', 'interview: 2026-11-19', 'interviewers: [Ann Bell]', 'interviwers_note: typo', 'contacts:', '  - {date: 2026-11-19, to: Ann Bell, via: email, kind: thank-you}', '---', ''].join('\n');

const INITECH = [
  '---',
  'company: IT Initech',
  'role: SRE',
  'interview: 2026-11-20',
  'interviewers: [Bill Lumbergh]',
  'recruiter: {name: Sam Rivera, agency: Northstar}',
  'contacts:',
  '  - {date: 2026-11-20, to: Bill Lumbergh, via: email, kind: thank-you}',
  '---',
  '',
].join('\n');

describe('extension', function () {
  this.timeout(60000);
  let api: Api;
  let folder: vscode.WorkspaceFolder;
  let dir: vscode.Uri;
  let acme: vscode.Uri;
  let globex: vscode.Uri;
  let initech: vscode.Uri;
  let pinned = false;

  async function write(uri: vscode.Uri, text: string): Promise<void> {
    await vscode.workspace.fs.writeFile(uri, enc(text));
  }

  async function resetFile(uri: vscode.Uri, text: string): Promise<void> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) {
      const we = new vscode.WorkspaceEdit();
      we.replace(uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
      assert.ok(await vscode.workspace.applyEdit(we));
      await doc.save();
    } else {
      await write(uri, text);
    }
  }

  before(async () => {
    api = await activateExtension<Api>();
    folder = vscode.workspace.workspaceFolders![0];
    pinned = await pinToday(folder, TODAY);
    dir = vscode.Uri.joinPath(folder.uri, 'it-fixtures');
    acme = vscode.Uri.joinPath(dir, 'acme.md');
    globex = vscode.Uri.joinPath(dir, 'globex.md');
    initech = vscode.Uri.joinPath(dir, 'initech.md');
    await vscode.workspace.fs.createDirectory(dir);
    await write(acme, ACME);
    await write(globex, GLOBEX);
    await write(initech, INITECH);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    if (pinned) await vscode.workspace.getConfiguration('interviewJournal', folder.uri).update('today', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
  });

  it('activates with an API whose ready promise resolves', async () => {
    assert.equal(typeof api.ready.then, 'function');
    await api.ready;
    assert.equal(typeof api.onDidUpdate, 'function');
    assert.equal(typeof api.tree.getChildren, 'function');
  });

  it('reports problems for a file that is not open, on the exact range, with source and code', async () => {
    await waitDiagnostics(acme, (r) => r.includes('thank-you-overdue'), 'thank-you-overdue on acme.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === acme.toString()), 'acme.md must not be open');
    const thanks = ours(acme).filter((d) => codeOf(d) === 'thank-you-overdue');
    assert.equal(thanks.length, 1, 'only Jason Lee is not thanked');
    const d = thanks[0];
    assert.deepEqual([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], [5, 4, 5, 13]);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /Jason Lee/);
    const code = d.code as { value: string; target: vscode.Uri };
    assert.equal(code.value, 'thank-you-overdue');
    assert.match(code.target.toString(true), /docs\/rules\.md#thank-you-overdue$/);
    await waitDiagnostics(globex, (r) => r.includes('unknown-field'), 'unknown-field on globex.md');
    const unknown = ours(globex).find((d) => codeOf(d) === 'unknown-field')!;
    assert.deepEqual([unknown.range.start.line, unknown.range.start.character, unknown.range.end.line, unknown.range.end.character], [5, 0, 5, 16]);
  });

  it('shows the entry in the Next steps tree, grouped by urgency (and by folder with two folders)', async () => {
    const find = async (): Promise<{ entry: TreeNodeLike; group: TreeNodeLike; roots: TreeNodeLike[] } | undefined> => {
      const roots = (await api.tree.getChildren()) ?? [];
      for (const root of roots) {
        const groups = root.kind === 'folder' ? ((await api.tree.getChildren(root)) ?? []) : [root];
        for (const g of groups) {
          for (const e of (await api.tree.getChildren(g)) ?? []) if (e.kind === 'entry' && e.path === acme.toString()) return { entry: e, group: g, roots };
        }
      }
      return undefined;
    };
    let found = await find();
    if (!found) {
      await waitFor(api.onDidUpdate, () => api.service.result(acme)?.entry.isEntry === true, 'acme in the service');
      found = await find();
    }
    assert.ok(found, 'acme.md is in the tree');
    if ((vscode.workspace.workspaceFolders?.length ?? 0) > 1) assert.ok(found.roots.every((r) => r.kind === 'folder'), 'grouped by folder');
    assert.equal(found.group.group, 'overdue');
    const groupItem = await api.tree.getTreeItem(found.group);
    assert.equal(groupItem.label, 'Overdue');
    assert.equal(groupItem.collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
    const item = await api.tree.getTreeItem(found.entry);
    // The row leads with the step; company and role follow in the description.
    assert.equal(item.label, 'Thank Jason Lee');
    assert.match(String(item.description), /^IT Acme — Platform Engineer · \d+ days? overdue$/);
    assert.ok(item.iconPath instanceof vscode.ThemeIcon);
    assert.equal((item.iconPath as vscode.ThemeIcon).color?.id, 'list.errorForeground');
    assert.ok(item.tooltip instanceof vscode.MarkdownString);
    assert.match((item.tooltip as vscode.MarkdownString).value, /Interview: 2026-11-20 14:00/);
    assert.match((item.tooltip as vscode.MarkdownString).value, /Open problems: \d/);
    assert.equal(item.command?.command, 'vscode.open');
    const children = (await api.tree.getChildren(found.entry)) ?? [];
    assert.ok(children.some((c) => c.kind === 'step'), 'a step child');
    assert.ok(children.some((c) => c.kind === 'problem'), 'a problem child');
    const problem = children.find((c) => c.kind === 'problem')!;
    const problemItem = await api.tree.getTreeItem(problem);
    assert.equal(problemItem.command?.command, 'vscode.open');
    assert.equal(api.tree.getParent?.(problem as TreeNodeLike) !== undefined, true);
    if (found.roots[0]?.kind === 'folder') {
      const names = (vscode.workspace.workspaceFolders ?? []).map((f) => f.name);
      for (const r of found.roots) assert.ok(names.includes(String((await api.tree.getTreeItem(r)).label)), 'folder nodes are named after workspace folders');
    }
  });

  it('groups by workspace folder when there are several: each folder node holds its own entries', async function () {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length < 2) this.skip();
    const second = folders[1];
    const extra = vscode.Uri.joinPath(second.uri, 'it-second.md');
    await write(extra, ACME.replace('IT Acme', 'IT Second'));
    try {
      await waitFor(api.onDidUpdate, () => api.service.result(extra)?.entry.isEntry === true, 'the entry of the second folder');
      const roots = (await api.tree.getChildren()) ?? [];
      const node = roots.find((r) => r.kind === 'folder' && r.folderKey === second.uri.toString());
      assert.ok(node, 'a node for the second folder');
      assert.equal((await api.tree.getTreeItem(node)).label, second.name);
      const paths: string[] = [];
      for (const g of (await api.tree.getChildren(node)) ?? []) for (const e of (await api.tree.getChildren(g)) ?? []) paths.push(String(e.path));
      assert.ok(paths.includes(extra.toString()), 'the second folder holds its entry');
      assert.ok(!paths.includes(acme.toString()), 'and not the first folder\'s');
    } finally {
      await vscode.workspace.fs.delete(extra);
    }
    await waitFor(api.onDidUpdate, () => api.service.result(extra) === undefined, 'the deleted entry to leave');
  });

  it('counts due follow-ups in the status bar and overdue ones in the view badge', async () => {
    await waitFor(api.onDidUpdate, () => / (overdue|due today)$/.test(api.statusItem.text), 'the status bar item');
    const overdue = api.view.badge?.value ?? 0;
    assert.ok(overdue >= 1, 'the badge counts overdue items');
    // The same words as core/phrases.ts: overdue and due today counted apart.
    assert.match(api.statusItem.text, new RegExp(`^\\$\\(bell\\) ${overdue} overdue(, [1-9]\\d* due today)?$`));
    assert.equal(api.statusItem.command, 'interviewJournal.nextSteps.focus');
  });

  it('puts CodeLenses on the first line: the next step and "Log contact…"', async () => {
    await vscode.workspace.openTextDocument(acme); // the lens command needs a loaded document
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', acme)) ?? [];
    const mine = lenses.filter((l) => l.command && /interviewJournal\./.test(l.command.command));
    assert.equal(mine.length, 2);
    for (const l of mine) assert.equal(l.range.start.line, 0);
    const step = mine.find((l) => l.command!.command === 'interviewJournal.logContact' && l.command!.arguments?.[0]?.to);
    assert.ok(step, 'the thank-you lens logs it');
    assert.match(step.command!.title, /Jason Lee/);
    assert.equal(step.command!.arguments![0].kind, 'thank-you');
    // Jason Lee gave no email: the step, its tooltip and the logged contact all say letter.
    assert.equal(step.command!.arguments![0].via, 'letter');
    assert.equal(step.command!.tooltip, 'Click once you have sent it: logs a thank-you letter to Jason Lee today.');
    assert.ok(mine.some((l) => l.command!.title === 'Log contact…'));
  });

  it('follows unsaved edits as they are typed', async () => {
    const doc = await vscode.workspace.openTextDocument(acme);
    const editor = await vscode.window.showTextDocument(doc);
    const line = doc.getText().split('\n').indexOf('---', 1);
    await editor.edit((b) => b.insert(new vscode.Position(line, 0), '  - {date: 2026-11-21, to: Jason Lee, via: email, kind: thank-you}\n'));
    assert.ok(doc.isDirty);
    await waitDiagnostics(acme, (r) => !r.includes('thank-you-overdue'), 'thank-you-overdue to go after an unsaved edit');
    const back = new vscode.WorkspaceEdit();
    back.delete(acme, new vscode.Range(line, 0, line + 1, 0));
    assert.ok(await vscode.workspace.applyEdit(back));
    assert.equal(doc.getText(), ACME);
    await doc.save();
    await waitDiagnostics(acme, (r) => r.includes('thank-you-overdue'), 'thank-you-overdue to come back after the edit is taken back');
  });

  it('refreshes only the edited row when its problems change, the whole view when its next step does', async () => {
    // The entry's row must be known to the provider (as it is once the view has shown it).
    const roots = (await api.tree.getChildren()) ?? [];
    for (const root of roots) {
      const groups = root.kind === 'folder' ? ((await api.tree.getChildren(root)) ?? []) : [root];
      for (const g of groups) await api.tree.getChildren(g);
    }
    const fired: unknown[] = [];
    const sub = api.tree.onDidChangeTreeData((e) => fired.push(e));
    const doc = await vscode.workspace.openTextDocument(acme);
    const editor = await vscode.window.showTextDocument(doc);
    try {
      // A new unknown key: a new problem, the same next step.
      await waitDiagnostics(acme, (r) => !r.includes('unknown-field'), 'no unknown-field on acme.md yet');
      fired.length = 0;
      await editor.edit((b) => b.insert(new vscode.Position(1, 0), 'zz_row: 1\n'));
      await waitDiagnostics(acme, (r) => r.includes('unknown-field'), 'unknown-field after adding zz_row');
      assert.ok(fired.length > 0, 'the tree was told');
      assert.ok(
        fired.every((e) => Array.isArray(e)),
        `only rows refreshed, not the whole view (${fired.map((e) => (Array.isArray(e) ? 'rows' : 'all')).join(', ')})`,
      );
      assert.ok(
        fired.some((e) => (e as TreeNodeLike[]).some((n) => n.kind === 'entry' && n.path === acme.toString())),
        'the edited entry row is among them',
      );
      // The thank-you to Jason Lee: the next step changes, so rows may move.
      fired.length = 0;
      const line = doc.getText().split('\n').indexOf('---', 1);
      await editor.edit((b) => b.insert(new vscode.Position(line, 0), '  - {date: 2026-11-21, to: Jason Lee, via: email, kind: thank-you}\n'));
      await waitDiagnostics(acme, (r) => !r.includes('thank-you-overdue'), 'thank-you-overdue to go');
      assert.ok(
        fired.some((e) => e === undefined),
        'the whole view refreshed',
      );
    } finally {
      sub.dispose();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    assert.equal((await vscode.workspace.openTextDocument(acme)).getText(), ACME);
    await waitDiagnostics(acme, (r) => r.includes('thank-you-overdue') && !r.includes('unknown-field'), 'the saved text\'s problems back');
  });

  it('follows a file changed on disk and a file deleted on disk', async () => {
    await waitDiagnostics(globex, (r) => r.includes('unknown-field'), 'unknown-field on globex.md');
    await write(globex, GLOBEX.replace('interviwers_note: typo\n', ''));
    await waitDiagnostics(globex, (r) => !r.includes('unknown-field'), 'unknown-field to go after a change on disk');
    await write(globex, GLOBEX);
    await waitDiagnostics(globex, (r) => r.includes('unknown-field'), 'unknown-field to come back');
    const extra = vscode.Uri.joinPath(dir, 'deleted.md');
    await write(extra, GLOBEX);
    await waitDiagnostics(extra, (r) => r.includes('unknown-field'), 'problems for a new file');
    await vscode.workspace.fs.delete(extra);
    await waitDiagnostics(extra, (r) => r.length === 0, 'no stale problems after a delete');
    await waitFor(api.onDidUpdate, () => api.service.result(extra) === undefined, 'the deleted file to leave the journal');
    // A whole folder deleted (git checkout of another branch) is reported as the folder alone.
    const sub = vscode.Uri.joinPath(dir, 'sub');
    const inner = vscode.Uri.joinPath(sub, 'deep', 'inner.md');
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(sub, 'deep'));
    await write(inner, GLOBEX);
    await waitDiagnostics(inner, (r) => r.includes('unknown-field'), 'problems for a file in a new folder');
    await vscode.workspace.fs.delete(sub, { recursive: true, useTrash: false });
    await waitDiagnostics(inner, (r) => r.length === 0, 'no stale problems after deleting its folder');
    await waitFor(api.onDidUpdate, () => api.service.result(inner) === undefined, 'the files of a deleted folder to leave the journal');
  });

  it('moves the problems of an open file that is renamed, leaving none behind; Refresh keeps them', async () => {
    await resetFile(globex, GLOBEX);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(globex));
    await waitDiagnostics(globex, (r) => r.includes('unknown-field'), 'unknown-field before the rename');
    const renamed = vscode.Uri.joinPath(dir, 'globex-renamed.md');
    const we = new vscode.WorkspaceEdit();
    we.renameFile(globex, renamed);
    assert.ok(await vscode.workspace.applyEdit(we));
    await waitDiagnostics(renamed, (r) => r.includes('unknown-field'), 'problems at the new name');
    await waitDiagnostics(globex, (r) => r.length === 0, 'no problems left at the old name');
    await waitFor(api.onDidUpdate, () => api.service.result(globex) === undefined, 'the old name to leave the journal');
    await vscode.commands.executeCommand('interviewJournal.refresh');
    assert.ok(rules(renamed).includes('unknown-field'));
    assert.equal(api.service.result(globex), undefined);
    const back = new vscode.WorkspaceEdit();
    back.renameFile(renamed, globex);
    assert.ok(await vscode.workspace.applyEdit(back));
    await waitDiagnostics(globex, (r) => r.includes('unknown-field'), 'problems back at the old name');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('logs a contact from an argument object without asking, adding exactly the contact lines; one undo restores it', async () => {
    await resetFile(acme, ACME);
    const doc = await vscode.workspace.openTextDocument(acme);
    await vscode.window.showTextDocument(doc);
    const original = doc.getText();
    const ok = await vscode.commands.executeCommand('interviewJournal.logContact', { uri: acme, date: TODAY, to: 'Jason Lee', via: 'email', kind: 'thank-you', note: 'mentioned the migration' });
    assert.equal(ok, true);
    const added = ['  - date: 2026-11-23', '    to: Jason Lee', '    via: email', '    kind: thank-you', '    note: mentioned the migration', ''].join('\n');
    assert.equal(doc.getText(), original.replace('    kind: thank-you\n---', `    kind: thank-you\n${added}---`));
    await waitDiagnostics(acme, (r) => !r.includes('thank-you-overdue'), 'thank-you-overdue to go after logging it');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), original, 'one undo restores the file');
    await resetFile(acme, ACME);
  });

  it('asks who, via, kind and date (default today) when Log contact has no argument', async () => {
    await resetFile(acme, ACME);
    const doc = await vscode.workspace.openTextDocument(acme);
    await vscode.window.showTextDocument(doc);
    const w = vscode.window as unknown as Record<string, unknown>;
    const saved = { pick: w.showQuickPick, input: w.showInputBox };
    const asked: string[] = [];
    const answers: ((labels: string[]) => string | undefined)[] = [
      (l) => l.find((x) => x === 'Jason Lee'),
      (l) => l.find((x) => x === 'phone'),
      (l) => l.find((x) => x === '$(arrow-left) reply'),
    ];
    w.showQuickPick = async (items: unknown, opts?: vscode.QuickPickOptions) => {
      const list = (await items) as vscode.QuickPickItem[];
      asked.push(opts?.placeHolder ?? '');
      const label = answers.shift()?.(list.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator).map((i) => i.label));
      return list.find((i) => i.label === label);
    };
    w.showInputBox = async (opts?: vscode.InputBoxOptions) => {
      asked.push(opts?.prompt ?? '');
      return opts?.value ?? '';
    };
    try {
      assert.equal(await vscode.commands.executeCommand('interviewJournal.logContact'), true);
    } finally {
      w.showQuickPick = saved.pick;
      w.showInputBox = saved.input;
    }
    assert.equal(asked.length, 5, `asked: ${asked.join(' | ')}`);
    assert.equal(doc.getText(), ACME.replace('    kind: thank-you\n---', '    kind: thank-you\n  - date: 2026-11-23\n    from: Jason Lee\n    via: phone\n    kind: reply\n---'));
    await resetFile(acme, ACME);
  });

  it('sets the status from an argument (one changed value), moving the entry to Closed; undo restores it', async () => {
    await resetFile(initech, INITECH);
    const doc = await vscode.workspace.openTextDocument(initech);
    await vscode.window.showTextDocument(doc);
    assert.equal(await vscode.commands.executeCommand('interviewJournal.setStatus', { uri: initech, status: 'rejected' }), true);
    assert.equal(doc.getText(), INITECH.replace('interview: 2026-11-20\n', 'interview: 2026-11-20\nstatus: rejected\n'));
    await waitFor(api.onDidUpdate, () => api.service.result(initech)?.next?.urgency === 'done', 'the entry to be closed');
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), INITECH);
    await resetFile(initech, INITECH);
  });

  it('opens the next step', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('interviewJournal.openNextStep', acme);
    assert.equal(editor?.document.uri.toString(), acme.toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), acme.toString());
    assert.equal(editor!.selection.start.line, 5, 'the interviewer to thank');
  });

  async function fixFor(uri: vscode.Uri, rule: string, title: RegExp, message = /./): Promise<vscode.CodeAction> {
    const match = (x: vscode.Diagnostic) => codeOf(x) === rule && message.test(x.message);
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => ours(uri).some(match), `${rule} ${message} on ${uri.path}`);
    const d = ours(uri).find(match)!;
    await vscode.workspace.openTextDocument(uri); // the code action command needs a loaded document
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const a = actions.find((x) => title.test(x.title));
    assert.ok(a, `no quick fix ${title} for ${rule}; got: ${actions.map((x) => x.title).join(' | ')}`);
    assert.ok(a.edit, 'the fix has an edit');
    return a;
  }

  async function applyFix(uri: vscode.Uri, a: vscode.CodeAction): Promise<string> {
    assert.ok(await vscode.workspace.applyEdit(a.edit!));
    return (await vscode.workspace.openTextDocument(uri)).getText();
  }

  it('quick fix: log an overdue thank-you today (a letter: Jason Lee gave no email address)', async () => {
    await resetFile(acme, ACME);
    const a = await fixFor(acme, 'thank-you-overdue', /^Log a thank-you letter to Jason Lee today/);
    assert.equal(a.isPreferred, true);
    if (a.diagnostics) assert.equal(codeOf(a.diagnostics[0]), 'thank-you-overdue');
    const text = await applyFix(acme, a);
    assert.equal(text, ACME.replace('    kind: thank-you\n---', '    kind: thank-you\n  - date: 2026-11-23\n    to: Jason Lee\n    via: letter\n    kind: thank-you\n---'));
    await resetFile(acme, ACME);
  });

  it('quick fix: log the recruiter debrief today', async () => {
    const a = await fixFor(initech, 'recruiter-debrief', /^Log a debrief call to Sam Rivera today/);
    const text = await applyFix(initech, a);
    assert.equal(text, INITECH.replace('thank-you}\n---', 'thank-you}\n  - {date: 2026-11-23, to: Sam Rivera, via: phone, kind: debrief}\n---'));
    await resetFile(initech, INITECH);
  });

  it('quick fix: insert decision_by after the interview line', async () => {
    // The date is theirs to give: it goes in selected, as a snippet placeholder to type over.
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(acme));
    const a = await fixFor(acme, 'decision-date-missing', /^Add "decision_by:" with the date they gave \(2026-11-27 to confirm\)$/);
    const text = await applyFix(acme, a);
    assert.equal(text, ACME.replace('# video call\n', '# video call\ndecision_by: 2026-11-27\n'));
    assert.equal(editor.document.getText(editor.selection), '2026-11-27', 'the date is selected');
    assert.deepEqual([editor.selection.start.line, editor.selection.start.character], [4, 13]);
    await vscode.commands.executeCommand('type', { text: '2026-12-04' });
    assert.equal(editor.document.getText(), ACME.replace('# video call\n', '# video call\ndecision_by: 2026-12-04\n'), 'typing replaces the date');
    await waitDiagnostics(acme, (r) => !r.includes('decision-date-missing'), 'decision-date-missing to go');
    await resetFile(acme, ACME);
  });

  it('quick fix: rename an unknown key to the suggestion', async () => {
    const text0 = GLOBEX.replace('interviwers_note: typo', 'interviwers: [Ann Bell]').replace('interviewers: [Ann Bell]\n', '');
    await resetFile(globex, text0);
    const a = await fixFor(globex, 'unknown-field', /^Rename "interviwers" to "interviewers"/, /"interviwers"/);
    assert.equal(a.isPreferred, true);
    const text = await applyFix(globex, a);
    assert.equal(text, text0.replace('interviwers:', 'interviewers:'));
    await resetFile(globex, GLOBEX);
  });

  it('quick fix: ignore a rule in this file (creating ignore:)', async () => {
    const a = await fixFor(acme, 'decision-date-missing', /^Ignore "decision-date-missing" in this file/);
    const text = await applyFix(acme, a);
    assert.equal(text, ACME.replace('    kind: thank-you\n---', '    kind: thank-you\nignore: [decision-date-missing]\n---'));
    await waitDiagnostics(acme, (r) => !r.includes('decision-date-missing'), 'the ignored rule to go');
    await resetFile(acme, ACME);
  });

  it('creates a new interview from arguments, refuses to overwrite it', async () => {
    const sub = vscode.workspace.getConfiguration('interviewJournal', folder.uri).get<string>('folder', 'interviews');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('interviewJournal.newInterview', { company: 'IT Hooli', role: 'QA Lead', date: '2026-11-30 09:30', folderUri: dir });
    assert.ok(uri, 'a file was created');
    assert.equal(uri.toString(), vscode.Uri.joinPath(dir, ...sub.split('/'), '2026-11-30-it-hooli-qa-lead.md').toString());
    const text = dec(await vscode.workspace.fs.readFile(uri));
    assert.match(text, /^---\ncompany: IT Hooli\nrole: QA Lead\ninterview: 2026-11-30 09:30\n/);
    assert.match(text, /\n## Notes\n/);
    await waitFor(api.onDidUpdate, () => api.service.result(uri)?.entry.isEntry === true, 'the new entry in the journal');
    const again = await vscode.commands.executeCommand('interviewJournal.newInterview', { company: 'IT Hooli', role: 'QA Lead', date: '2026-11-30 09:30', folderUri: dir });
    assert.equal(again, undefined, 'an existing file is not overwritten');
    assert.equal(dec(await vscode.workspace.fs.readFile(uri)), text);
  });

  it('asks company, role, date and time, interviewers (and the folder with several) for New interview', async () => {
    const w = vscode.window as unknown as Record<string, unknown>;
    const saved = { input: w.showInputBox, folder: w.showWorkspaceFolderPick };
    const inputs = ['IT Vandelay', 'Importer / Exporter', '2026-12-01 16:00', ''];
    const prompts: string[] = [];
    w.showInputBox = async (opts?: vscode.InputBoxOptions) => {
      prompts.push(opts?.prompt ?? '');
      const v = inputs.shift();
      assert.equal(await opts?.validateInput?.(v ?? ''), undefined, `${opts?.prompt}: ${v} is valid`);
      return v;
    };
    w.showWorkspaceFolderPick = async () => folder;
    let uri: vscode.Uri | undefined;
    try {
      uri = await vscode.commands.executeCommand<vscode.Uri>('interviewJournal.newInterview');
    } finally {
      w.showInputBox = saved.input;
      w.showWorkspaceFolderPick = saved.folder;
    }
    assert.ok(uri, 'created');
    try {
      assert.deepEqual(prompts.length, 4);
      assert.match(uri.path, /\/2026-12-01-it-vandelay-importer-exporter\.md$/);
      assert.ok(uri.toString().startsWith(folder.uri.toString() + '/'), 'in the workspace folder');
      const text = dec(await vscode.workspace.fs.readFile(uri));
      assert.match(text, /^---\ncompany: IT Vandelay\nrole: Importer \/ Exporter\ninterview: 2026-12-01 16:00\n/);
      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the new file is opened');
      assert.ok(vscode.window.activeTextEditor?.selection.isEmpty, 'nothing selected to type over');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('exports the dated next steps as an ICS calendar to a given file', async () => {
    const target = vscode.Uri.joinPath(dir, 'steps.ics');
    const out = await vscode.commands.executeCommand<vscode.Uri>('interviewJournal.exportCalendar', target);
    assert.equal(out?.toString(), target.toString());
    const ics = dec(await vscode.workspace.fs.readFile(target));
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /END:VCALENDAR\r\n$/);
    assert.match(ics, /SUMMARY:IT Acme: Send a thank-you/);
  });

  it('asks where to save the calendar when Export calendar has no argument', async () => {
    const w = vscode.window as unknown as Record<string, unknown>;
    const saved = w.showSaveDialog;
    const target = vscode.Uri.joinPath(dir, 'asked.ics');
    let offered: vscode.SaveDialogOptions | undefined;
    w.showSaveDialog = async (opts?: vscode.SaveDialogOptions) => {
      offered = opts;
      return target;
    };
    try {
      assert.equal((await vscode.commands.executeCommand<vscode.Uri>('interviewJournal.exportCalendar'))?.toString(), target.toString());
    } finally {
      w.showSaveDialog = saved;
    }
    assert.deepEqual(offered?.filters, { iCalendar: ['ics'] });
    assert.match(dec(await vscode.workspace.fs.readFile(target)), /^BEGIN:VCALENDAR\r\n/);
  });

  it('re-evaluates at once when a setting changes', async () => {
    const config = () => vscode.workspace.getConfiguration('interviewJournal', folder.uri);
    await waitDiagnostics(acme, (r) => r.includes('thank-you-overdue'), 'thank-you-overdue before the change');
    await config().update('rules', { 'thank-you-overdue': 'off' }, vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      await waitDiagnostics(acme, (r) => !r.includes('thank-you-overdue'), 'thank-you-overdue to be switched off');
    } finally {
      await config().update('rules', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await waitDiagnostics(acme, (r) => r.includes('thank-you-overdue'), 'thank-you-overdue to come back');
    await config().update('maxFileSize', 100, vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      await waitDiagnostics(acme, (r) => r.join() === 'file-skipped', 'a file over maxFileSize to be skipped and reported');
    } finally {
      await config().update('maxFileSize', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
    await waitDiagnostics(acme, (r) => r.includes('thank-you-overdue'), 'the file to be read again');
    await config().update('thankYouHours', 1000, vscode.ConfigurationTarget.WorkspaceFolder);
    try {
      await waitDiagnostics(acme, (r) => !r.includes('thank-you-overdue'), 'a longer thankYouHours to clear it');
    } finally {
      await config().update('thankYouHours', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
    }
  });
});
