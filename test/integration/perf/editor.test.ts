/**
 * The editor benchmark (run by `node scripts/bench.mjs --editor`, i.e. IJ_PERF=1 with a generated
 * 1,000-entry journal as the workspace): time from activation to the first complete problems
 * and tree, and from an unsaved edit to updated problems (the extension's 20 ms debounce and VS Code's 50 ms
 * before onDidChangeDiagnostics included), over 80 edits in 40 files; and from the Open Dashboard
 * command to its page having drawn the model.
 * Numbers go to IJ_PERF_FILE; they are measured, not asserted (targets live in
 * docs/performance.md), but the test fails if the workspace or the updates are not what the
 * numbers claim.
 */
import { writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { waitFor } from '../wait';
import { firstProblemsAndTree, type PerfApi } from './first-problems';

interface Api extends PerfApi {
  dashboard: { lastRendered?: { entries: number; ms: number }; onDidRender: vscode.Event<unknown> };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

describe('editor performance', function () {
  this.timeout(300000);

  it('activation to first complete problems and tree; unsaved edit to updated problems', async () => {
    const { api, entries, firstProblemsMs: firstProblems, treeMs } = await firstProblemsAndTree<Api>();

    const uris = (await vscode.workspace.findFiles('**/*.md', undefined, 40)).slice(0, 40);
    const edits: number[] = [];
    for (const uri of uris) {
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      const has = () => vscode.languages.getDiagnostics(uri).some((d) => d.message.includes('"zz_bench"'));
      for (const add of [true, false]) {
        const start = Date.now();
        const done = waitFor(vscode.languages.onDidChangeDiagnostics, () => has() === add, `problems after ${add ? 'adding' : 'removing'} a key in ${uri.path}`, 10000);
        await editor.edit((b) => (add ? b.insert(new vscode.Position(1, 0), 'zz_bench: 1\n') : b.delete(new vscode.Range(1, 0, 2, 0))));
        await done;
        edits.push(Date.now() - start);
      }
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    // The dashboard: from the command to the page reporting it drew the model of every entry.
    const d0 = Date.now();
    await vscode.commands.executeCommand('interviewJournal.openDashboard');
    await waitFor(api.dashboard.onDidRender, () => api.dashboard.lastRendered?.entries === entries, 'the dashboard to draw every entry', 30000);
    const dashboard = { firstPaintMs: Date.now() - d0, drawMs: Math.round(api.dashboard.lastRendered!.ms) };
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const result = { vscode: vscode.version, entries, firstProblemsMs: firstProblems, treeMs, dashboard, editMs: { n: edits.length, p50: pct(edits, 50), p95: pct(edits, 95), max: Math.max(...edits), samples: edits } };
    console.log(`perf: ${JSON.stringify(result)}`);
    if (process.env.IJ_PERF_FILE) writeFileSync(process.env.IJ_PERF_FILE, JSON.stringify(result, null, 2));
  });
});
