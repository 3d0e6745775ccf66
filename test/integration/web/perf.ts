/**
 * The editor benchmark in the web worker extension host (`node scripts/bench.mjs --editor`):
 * activation to the first complete problems and tree for the generated 1,000-entry journal.
 * Prints "perf: {json}" for scripts/vscode-test-web.mjs; measured, not asserted, but it fails
 * if the workspace is not what the numbers claim.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { firstProblemsAndTree } from '../perf/first-problems';
import { runMocha } from './setup';

describe('editor performance (web worker host)', function () {
  this.timeout(300000);

  it('activation to first complete problems and tree', async () => {
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'not the web worker host');
    const { entries, firstProblemsMs, treeMs } = await firstProblemsAndTree();
    console.log(`perf: ${JSON.stringify({ vscode: vscode.version, host: 'web worker', entries, firstProblemsMs, treeMs })}`);
  });
});

export function run(): Promise<void> {
  return runMocha();
}
