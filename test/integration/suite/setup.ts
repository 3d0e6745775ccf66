/** What the suites share: the activated extension's API, and the folder's clock pinned for a suite. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'interview-journal.interview-journal';

/** Activates the extension under test and returns its API (each suite types the part it reads). */
export async function activateExtension<Api>(): Promise<Api> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not installed`);
  return (await ext.activate()) as Api;
}

/** Pins `interviewJournal.today` for the folder unless it already is; true when this call pinned it. */
export async function pinToday(folder: vscode.WorkspaceFolder, today: string): Promise<boolean> {
  const config = vscode.workspace.getConfiguration('interviewJournal', folder.uri);
  if (config.get('today') === today && !config.get('now')) return false;
  await config.update('today', today, vscode.ConfigurationTarget.WorkspaceFolder);
  await config.update('now', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
  return true;
}

/** A suite's own folder in the test workspace's first folder, whose clock it pinned (or found pinned). */
export interface Scratch {
  folder: vscode.WorkspaceFolder;
  dir: vscode.Uri;
  pinned: boolean;
}

/** Pins the first folder's clock to `today` and makes the suite's folder `name` in it. */
export async function openScratch(today: string, name: string): Promise<Scratch> {
  const folder = vscode.workspace.workspaceFolders![0];
  const pinned = await pinToday(folder, today);
  const dir = vscode.Uri.joinPath(folder.uri, name);
  await vscode.workspace.fs.createDirectory(dir);
  return { folder, dir, pinned };
}

/** Removes the suite's folder, and unpins the clock if openScratch pinned it. */
export async function closeScratch(s: Scratch): Promise<void> {
  await vscode.workspace.fs.delete(s.dir, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  if (s.pinned) await vscode.workspace.getConfiguration('interviewJournal', s.folder.uri).update('today', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
}

/** A row of the Next steps tree, as the suites read it. */
export interface TreeNodeLike {
  kind: string;
  path?: string;
  group?: string;
  folderKey?: string;
}
