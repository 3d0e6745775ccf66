/**
 * Applying the engine's edits (src/core/edits.ts) to a document: one WorkspaceEdit against the
 * document's current text (its unsaved edits included), so one undo restores it and nothing
 * typed in an editor is ever overwritten. The file is saved afterwards only when it had no
 * unsaved changes before (then only our lines are written). Every edit then says what it did,
 * with an Undo button (offerUndo).
 */
import * as vscode from 'vscode';
import { EditError, type TextEdit } from '../core/edits';
import { parseEntry, type Entry } from '../core/entry';
import { toRange } from './convert';

export function toWorkspaceEdit(uri: vscode.Uri, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(uri, toRange(e.range), e.newText);
  return we;
}

/** The entry as the document reads now (unsaved edits included). */
export function currentEntry(doc: vscode.TextDocument): Entry {
  return parseEntry(doc.uri.toString(), doc.getText());
}

export interface ApplyResult {
  applied: boolean;
  /** Why nothing was applied (shown to the user by the caller). */
  reason?: string;
  /** The document's text before the edit, when something changed (for Undo). */
  before?: string;
}

export async function applyEntryEdit(
  uri: vscode.Uri,
  compute: (entry: Entry, doc: vscode.TextDocument) => TextEdit[],
  opts: { save?: boolean } = {},
): Promise<ApplyResult> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const wasDirty = doc.isDirty;
  const version = doc.version;
  let edits: TextEdit[];
  try {
    edits = compute(currentEntry(doc), doc);
  } catch (err) {
    if (err instanceof EditError) return { applied: false, reason: err.message };
    throw err;
  }
  if (edits.length === 0) return { applied: true };
  if (doc.version !== version) return { applied: false, reason: 'The file changed while the edit was prepared; try again.' };
  const before = doc.getText();
  const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(uri, edits));
  if (!ok) return { applied: false, reason: 'VS Code refused the edit (the file may be read-only or changed meanwhile).' };
  if (opts.save !== false && !wasDirty && !doc.isUntitled) await doc.save();
  return { applied: true, before };
}

/**
 * Says what an edit did ("Logged a thank-you ..."), with Undo. Undo puts back the text from
 * before the edit (one edit, saved again if the file was saved) when the file is still as the
 * edit left it; otherwise it says to use Edit > Undo. Resolves once the message is answered:
 * true when undone.
 */
export async function offerUndo(uri: vscode.Uri, message: string, before: string): Promise<boolean> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const after = doc.getText();
  if (after === before) return false;
  const version = doc.version;
  const answer = await vscode.window.showInformationMessage(`Interview Journal: ${message}`, 'Undo');
  if (answer !== 'Undo') return false;
  if (doc.isClosed || doc.version !== version || doc.getText() !== after) {
    void vscode.window.showWarningMessage('Interview Journal: the file changed since that edit; use Edit > Undo in its editor instead.');
    return false;
  }
  // Only the part that differs is replaced: the cursor and folding elsewhere stay put.
  let head = 0;
  while (head < after.length && head < before.length && after[head] === before[head]) head++;
  let tail = 0;
  while (tail < after.length - head && tail < before.length - head && after[after.length - 1 - tail] === before[before.length - 1 - tail]) tail++;
  const we = new vscode.WorkspaceEdit();
  we.replace(uri, new vscode.Range(doc.positionAt(head), doc.positionAt(after.length - tail)), before.slice(head, before.length - tail));
  const wasDirty = doc.isDirty;
  if (!(await vscode.workspace.applyEdit(we))) return false;
  if (!wasDirty && !doc.isUntitled) await doc.save();
  return true;
}
