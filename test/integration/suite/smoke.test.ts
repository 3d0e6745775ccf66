/**
 * Smoke test: the extension is installed in this VS Code, activates, its API becomes ready,
 * and problems appear for the example journal without opening any file.
 * The workspace is the one scripts/vscode-test.mjs prepares: a copy of examples/journal plus a
 * second small folder, opened together through a .code-workspace file.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../wait';

const EXTENSION_ID = 'interview-journal.interview-journal';

function journalDiagnostics(): [vscode.Uri, vscode.Diagnostic[]][] {
  const journal = vscode.workspace.workspaceFolders?.find((f) => f.name === 'journal');
  return vscode.languages
    .getDiagnostics()
    .filter(([uri, diags]) => diags.length > 0 && (!journal || uri.toString().startsWith(journal.uri.toString() + '/')) && uri.path.endsWith('.md'));
}

describe('smoke', () => {
  it('opens the prepared multi-root workspace', () => {
    const names = (vscode.workspace.workspaceFolders ?? []).map((f) => f.name);
    assert.deepEqual(names, ['journal', 'second']);
  });

  it('has the extension, activates it, and its API becomes ready', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
    const api = (await ext.activate()) as { ready?: PromiseLike<unknown> } | undefined;
    assert.ok(ext.isActive, 'the extension did not activate');
    assert.ok(api && typeof api.ready?.then === 'function', 'activate() returned no API with a `ready` promise');
    await Promise.race([
      Promise.resolve(api.ready),
      new Promise((_, reject) => setTimeout(() => reject(new Error('api.ready did not resolve within 15 s')), 15000)),
    ]);
  });

  it('reports problems for an example file without opening an editor', async () => {
    await waitFor(vscode.languages.onDidChangeDiagnostics, () => journalDiagnostics().length > 0, 'problems in the example journal', 15000);
    const [, diags] = journalDiagnostics()[0];
    for (const d of diags) {
      assert.ok(d.message.length > 0, 'a problem without a message');
      assert.ok(d.range.start.line >= 0, 'a problem without a range');
    }
  });
});
