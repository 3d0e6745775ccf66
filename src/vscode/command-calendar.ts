/** Export Calendar: the dated pending steps as an iCalendar file, each with a reminder. */
import * as vscode from 'vscode';
import { toUri } from './command-args';
import { userHome } from './home';
import type { JournalService } from './service';

export async function exportCalendar(service: JournalService, arg?: unknown): Promise<vscode.Uri | undefined> {
  await service.ready;
  service.flush();
  let target = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? toUri(arg) : undefined;
  const interactive = !target;
  if (!target) {
    // Outside the journal (a calendar file is not part of it): Downloads, else the home folder.
    const dir = await downloadsFolder();
    target = await vscode.window.showSaveDialog({
      title: 'Export the pending steps as a calendar (with reminders)',
      saveLabel: 'Export',
      filters: { 'iCalendar': ['ics'] },
      ...(dir ? { defaultUri: vscode.Uri.joinPath(dir, 'interview-journal.ics') } : {}),
    });
    if (!target) return undefined;
  }
  const { calendarFromResults } = await import('../core/ics');
  const results = service.entries().map((e) => e.result);
  const multi = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const text = calendarFromResults(results, {
    stampMs: Date.now(),
    relativePath: (p) => vscode.workspace.asRelativePath(vscode.Uri.parse(p), multi),
  });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  const events = (text.match(/^BEGIN:VEVENT/gm) ?? []).length;
  service.log.info(`Exported ${events} dated steps to ${target.toString(true)}.`);
  if (interactive) void vscode.window.showInformationMessage(`Interview Journal: exported ${events} dated steps, each with a reminder, to ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}

/** Downloads in the home folder, else the home folder; undefined where there is none (the browser). */
export async function downloadsFolder(): Promise<vscode.Uri | undefined> {
  const home = userHome();
  if (!home) return undefined;
  const downloads = vscode.Uri.joinPath(home, 'Downloads');
  return vscode.workspace.fs.stat(downloads).then((st) => ((st.type & vscode.FileType.Directory) !== 0 ? downloads : home), () => home);
}
