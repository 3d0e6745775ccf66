/** New Interview: asks company, role, date and interviewers (or takes them as an argument) and creates the entry. */
import * as vscode from 'vscode';
import { formatDate, formatWhen, parseWhen } from '../core/civil';
import { entryFileName } from '../core/edits';
import { newEntryText } from '../core/newentry';
import { isNewArgs, toUri, type NewInterviewArgs } from './command-args';
import type { JournalService } from './service';

export async function newInterview(service: JournalService, arg?: unknown): Promise<vscode.Uri | undefined> {
  const input = isNewArgs(arg) ? arg : await askNewInterview(formatDate(service.now()));
  if (!input) return undefined;
  const parsed = parseWhen(input.date, true);
  if (!parsed.ok) throw new Error(`the interview date ${parsed.reason}`);
  const when = formatWhen(parsed.when);
  const base = input.folderUri ? toUri(input.folderUri) : await workspaceFolder();
  if (!base) return undefined;
  return createEntry(base, input, when);
}

/** The four questions (undefined when one is dismissed). */
async function askNewInterview(today: string): Promise<NewInterviewArgs | undefined> {
    const company = await vscode.window.showInputBox({ title: 'New interview (1/4)', prompt: 'Company', validateInput: (v) => (v.trim() ? undefined : 'Write the company name') });
    if (!company) return undefined;
    const role = await vscode.window.showInputBox({ title: 'New interview (2/4)', prompt: 'Role', validateInput: (v) => (v.trim() ? undefined : 'Write the role') });
    if (!role) return undefined;
    const date = await vscode.window.showInputBox({
      title: 'New interview (3/4)',
      prompt: 'Date and time of the interview (YYYY-MM-DD HH:mm, or YYYY-MM-DD)',
      value: `${today} 10:00`,
      valueSelection: [11, 16],
      validateInput: (v) => (parseWhen(v, true).ok ? undefined : (parseWhen(v, true) as { reason: string }).reason),
    });
    if (!date) return undefined;
    const people = await vscode.window.showInputBox({
      title: 'New interview (4/4)',
      prompt: 'Who interviews you? Names separated by commas (optional: leave empty if you do not know yet)',
      placeHolder: 'Jason Lee, Priya Shah',
    });
    if (people === undefined) return undefined;
  return { company: company.trim(), role: role.trim(), date, interviewers: splitNames(people) };
}

/** The workspace folder the entry goes in: the only one, or the one picked (undefined, with a warning, when none is open). */
async function workspaceFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showWarningMessage('Interview Journal: open a folder first; new interviews are created in it.');
    return undefined;
  }
  const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'In which workspace folder?' });
  return folder?.uri;
}

/** Creates the entry in the folder's entries folder (never over a file) and opens it with the cursor below the front matter. */
async function createEntry(base: vscode.Uri, input: NewInterviewArgs, when: string): Promise<vscode.Uri | undefined> {
  const dir = entriesFolder(base);
  const target = vscode.Uri.joinPath(dir, entryFileName(when, input.company, input.role));
  if (await exists(target)) {
    void vscode.window.showWarningMessage(`Interview Journal: ${vscode.workspace.asRelativePath(target)} already exists; it was not overwritten.`);
    return undefined;
  }
  const eol = vscode.workspace.getConfiguration('files', base).get<string>('eol') === '\r\n' ? '\r\n' : '\n';
  const text = newEntryText({ company: input.company, role: input.role, interview: when, eol, interviewers: (input.interviewers ?? []).map((name) => ({ name })) });
  const we = new vscode.WorkspaceEdit();
  we.createFile(target, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
  if (!(await vscode.workspace.applyEdit(we))) throw new Error(`could not create ${vscode.workspace.asRelativePath(target)}`);
  const doc = await vscode.workspace.openTextDocument(target);
  if (doc.isDirty) await doc.save();
  // The cursor goes to the notes, below the front matter: nothing is selected to type over.
  const end = doc.lineAt(doc.lineCount - 1).range.end;
  await vscode.window.showTextDocument(doc, { selection: new vscode.Range(end, end) });
  return target;
}

/** "Jason Lee, Priya Shah" as names; empty parts dropped. */
function splitNames(v: string): string[] {
  return v.split(/[,;]/).map((n) => n.trim()).filter(Boolean);
}

/** Where New Interview puts entries: `interviewJournal.folder` inside the workspace folder `base`. */
export function entriesFolder(base: vscode.Uri): vscode.Uri {
  const configured = vscode.workspace.getConfiguration('interviewJournal', base).get<unknown>('folder');
  const sub = typeof configured === 'string' ? configured.trim() : 'interviews';
  if (sub.split(/[\\/]+/).includes('..')) throw new Error(`interviewJournal.folder "${sub}" must stay inside the workspace folder`);
  return sub && sub !== '.' ? vscode.Uri.joinPath(base, ...sub.split(/[\\/]+/).filter(Boolean)) : base;
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
