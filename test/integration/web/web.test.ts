/**
 * Only in the web worker extension host: the run really is in the browser (no Node `process`,
 * the extension loaded from its `browser` bundle as a UI extension), and the readDirectory walk
 * used where search cannot see every file (github.dev) finds what findFiles finds.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { findMarkdownFiles, walkMarkdown } from '../../../src/vscode/service';

const EXTENSION_ID = 'interview-journal.interview-journal';

describe('web worker extension host', () => {
  it('runs in a web worker, with the extension from its browser bundle', async () => {
    const host = globalThis as { process?: unknown; importScripts?: unknown };
    assert.equal(typeof host.process, 'undefined', 'Node\'s process is there: this is not the web worker host');
    assert.equal(typeof host.importScripts, 'function', 'not a worker');
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web);
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    assert.equal(ext.extensionKind, vscode.ExtensionKind.UI, 'the extension runs beside the UI, in the browser');
    assert.equal(ext.packageJSON.browser, './dist/web/extension.js');
    await ext.activate();
    assert.ok(ext.isActive, 'the browser bundle activates');
  });

  it('the readDirectory walk lists the same markdown files as findFiles', async () => {
    const key = (us: vscode.Uri[]) => us.map((u) => u.toString()).sort();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const searched = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.md'), '**/{node_modules,.*}/**');
      const errors: string[] = [];
      const walked = await walkMarkdown(folder.uri, (dir, err) => errors.push(`${dir.toString()}: ${String(err)}`));
      assert.deepEqual(errors, []);
      assert.ok(walked.length > 0, `markdown files in ${folder.name}`);
      assert.deepEqual(key(walked), key(searched));
    }
    const all = await findMarkdownFiles();
    assert.equal(new Set(key(all)).size, all.length, 'no file twice');
  });

  it('a folder the walk cannot read is reported, not passed over', async () => {
    const missing = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'no-such-folder');
    const errors: vscode.Uri[] = [];
    assert.deepEqual(await walkMarkdown(missing, (dir) => errors.push(dir)), []);
    assert.deepEqual(errors.map(String), [missing.toString()]);
  });
});
