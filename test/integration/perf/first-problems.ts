/**
 * The editor benchmark's first measurement, for the Node host (perf/editor.test.ts) and the web
 * worker host (web/perf.ts) alike: the extension activated on the generated 1,000-entry journal,
 * activation to its first complete problems, then the whole tree walked. Fails if the workspace
 * is not what the numbers claim.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export interface PerfApi {
  ready: Promise<void>;
  timings: { activated: number; ready?: number };
  service: { results(): { entry: { isEntry: boolean } }[] };
  tree: vscode.TreeDataProvider<unknown>;
}

export async function firstProblemsAndTree<Api extends PerfApi>(): Promise<{ api: Api; entries: number; firstProblemsMs: number; treeMs: number }> {
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
  return { api, entries, firstProblemsMs: api.timings.ready! - api.timings.activated, treeMs };
}
