/**
 * The editor benchmark in the web worker extension host (`node scripts/bench.mjs --editor`):
 * activation to the first complete problems and tree for the generated 1,000-entry journal.
 * Prints "perf: {json}" for scripts/vscode-test-web.mjs; measured, not asserted, but it fails
 * if the workspace is not what the numbers claim.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { runMocha } from './setup';

interface Api {
  ready: Promise<void>;
  timings: { activated: number; ready?: number };
  service: { results(): { entry: { isEntry: boolean } }[] };
  tree: vscode.TreeDataProvider<unknown>;
}

describe('editor performance (web worker host)', function () {
  this.timeout(300000);

  it('activation to first complete problems and tree', async () => {
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'not the web worker host');
    const ext = vscode.extensions.getExtension('interview-journal.interview-journal');
    assert.ok(ext);
    const api = (await ext.activate()) as Api;
    await api.ready;
    const entries = api.service.results().filter((r) => r.entry.isEntry).length;
    assert.ok(entries >= 1000, `expected a 1,000-entry workspace, got ${entries} entries`);
    const withProblems = vscode.languages.getDiagnostics().filter(([, d]) => d.length > 0).length;
    assert.ok(withProblems > 100, `problems published for ${withProblems} files only`);
    const t0 = Date.now();
    const groups = (await api.tree.getChildren()) ?? [];
    for (const g of groups) await api.tree.getChildren(g);
    const treeMs = Date.now() - t0;
    assert.ok(groups.length > 0, 'the tree is empty');
    console.log(`perf: ${JSON.stringify({ vscode: vscode.version, host: 'web worker', entries, firstProblemsMs: api.timings.ready! - api.timings.activated, treeMs })}`);
  });
});

export function run(): Promise<void> {
  return runMocha();
}
