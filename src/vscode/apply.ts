/**
 * Applying the engine's edits (src/core/edits.ts) to a document: one WorkspaceEdit against the
 * document's current text (its unsaved edits included), so one undo restores it and nothing
 * typed in an editor is ever overwritten. The file is saved afterwards only when it had no
 * unsaved changes before (then only our lines are written).
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
  const ok = await vscode.workspace.applyEdit(toWorkspaceEdit(uri, edits));
  if (!ok) return { applied: false, reason: 'VS Code refused the edit (the file may be read-only or changed meanwhile).' };
  if (opts.save !== false && !wasDirty && !doc.isUntitled) await doc.save();
  return { applied: true };
}
