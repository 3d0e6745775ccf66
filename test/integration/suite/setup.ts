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
