/**
 * The dashboard in a real VS Code: the command opens a webview, the page receives the model and
 * draws every chart (it reports back what it drew), and an edit to an entry reaches it; a
 * model that did not change is not posted again. Waits on the dashboard's events, never sleeps.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../wait';
import { activateExtension } from './setup';


interface Timeline {
  path: string;
  company: string;
  status: string;
  windows: { kind: string; state: string }[];
}
interface Model {
  entries: number;
  byStatus: Record<string, number>;
  timelines: Timeline[];
  groups?: { name: string; entries: number }[];
}
interface Api {
  ready: Promise<void>;
  dashboard: {
    lastModel(): Model | undefined;
    lastRendered: { entries: number; charts: number } | undefined;
    onDidPost: vscode.Event<Model>;
    onDidRender: vscode.Event<{ entries: number; charts: number }>;
    update(): void;
    pageHtml: string | undefined;
  };
}

const DASH = [
  '---',
  'company: Dashboard Co',
  'role: Analyst',
  'interview: 2026-11-20 10:00',
  'interviewers:',
  '  - name: Dana Scully',
  '    email: dana@dash.example',
  'contacts:',
  '  - {date: 2026-11-20 15:00, to: Dana Scully, via: email, kind: thank-you}',
  '  - {date: 2026-11-24, from: Dana Scully, via: email, kind: reply}',
  '---',
  '',
].join('\n');

describe('dashboard', function () {
  this.timeout(60000);
  let api: Api;
  let file: vscode.Uri;
  let dir: vscode.Uri;

  before(async () => {
    api = await activateExtension<Api>();
    await api.ready;
    const folder = vscode.workspace.workspaceFolders![0];
    dir = vscode.Uri.joinPath(folder.uri, 'it-dashboard');
    file = vscode.Uri.joinPath(dir, 'dash.md');
    await vscode.workspace.fs.createDirectory(dir);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(DASH));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  const ours = (m: Model | undefined) => m?.timelines.find((t) => t.path.endsWith('it-dashboard/dash.md'));

  it('opens from its command, and the page draws the model it was sent', async () => {
    const d = api.dashboard;
    const drawn = (n: number | undefined) => d.lastRendered !== undefined && d.lastRendered.entries === n;
    await vscode.commands.executeCommand('interviewJournal.openDashboard');
    await waitFor(d.onDidPost, () => ours(d.lastModel()) !== undefined, 'the model with the new entry');
    await waitFor(d.onDidRender, () => drawn(d.lastModel()?.entries), 'the page to draw the model');
    const m = d.lastModel()!;
    assert.deepEqual(
      m.groups?.map((g) => g.name),
      ['journal', 'second'],
    );
    assert.equal(m.entries, m.groups!.reduce((a, g) => a + g.entries, 0));
    // Nine charts of the roll-up (with the timeline), eight per folder.
    assert.equal(d.lastRendered!.charts, 9 + 8 * m.groups!.length);
    const t = ours(m)!;
    assert.equal(t.company, 'Dashboard Co');
    assert.deepEqual(
      t.windows.filter((w) => w.kind === 'thank-you').map((w) => w.state),
      ['done'],
    );
    // The page's policy: nothing by default, scripts only by nonce, only the extension's own files.
    const page = d.pageHtml!;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; /);
    // script-src is the nonce alone (no host); styles and images: the webview's own resource origin.
    assert.match(csp, /(^|; )script-src 'nonce-[A-Za-z0-9]{16,}'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|unsafe-hashes|data:/);
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.equal(scripts.length, 1);
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    assert.ok(scripts[0].includes(`nonce="${nonce}"`) && /src="[^"]*dashboard\.js"/.test(scripts[0]), scripts[0]);
    assert.doesNotMatch(page, /\son[a-z]+=/i, 'no inline event handler');
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((x) => x.input instanceof vscode.TabInputWebview);
    assert.ok(tab, 'a webview tab is open');
    assert.equal(tab.label, 'Interview Journal Dashboard');
  });

  it('follows an edit: the status changed in the editor reaches the page', async () => {
    const d = api.dashboard;
    const before = d.lastModel()!.byStatus.offer;
    const doc = await vscode.workspace.openTextDocument(file);
    const we = new vscode.WorkspaceEdit();
    we.insert(file, new vscode.Position(3, 0), 'status: offer\n');
    assert.ok(await vscode.workspace.applyEdit(we));
    await waitFor(d.onDidPost, () => ours(d.lastModel())?.status === 'offer', 'the model after the edit');
    assert.equal(d.lastModel()!.byStatus.offer, before + 1);
    await waitFor(d.onDidRender, () => d.lastRendered?.entries === d.lastModel()!.entries, 'the page to redraw');
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('does not post a model that did not change', async () => {
    const d = api.dashboard;
    d.update();
    let posts = 0;
    const sub = d.onDidPost(() => posts++);
    d.update();
    d.update();
    sub.dispose();
    assert.equal(posts, 0);
  });
});
