/**
 * The commands: New interview, Log contact, Set status, Open next step, Export calendar, Refresh.
 * Their arguments are read in command-args.ts; Log contact's questions, New interview and Export
 * calendar are in command-log.ts, command-new.ts and command-calendar.ts.
 */
import * as vscode from 'vscode';
import { formatDate } from '../core/civil';
import { appendContact, setStatus, type NewContact } from '../core/edits';
import type { FileResult } from '../core/journal';
import { compareSteps } from '../core/next';
import { STATUSES, VIAS, type Status } from '../core/types';
import { applyEntryEdit, offerUndo } from './apply';
import { isLogArgs, uriOfArg } from './command-args';
import { exportCalendar } from './command-calendar';
import { askContact, describeContact, FROM_KINDS, TO_KINDS } from './command-log';
import { newInterview } from './command-new';
import { REPORT_EDIT } from './codeactions';
import { stepLine } from './convert';
import type { JournalService } from './service';
import { entryLabel, personRange } from './tree';

export { toUri, type LogContactArgs, type NewInterviewArgs } from './command-args';
export { downloadsFolder } from './command-calendar';
export { entriesFolder, exists } from './command-new';

export const VIEW_ID = 'interviewJournal.nextSteps';

export class Commands {
  constructor(private readonly service: JournalService) {}

  register(): vscode.Disposable[] {
    const reg = (id: string, fn: (...args: never[]) => unknown) =>
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await (fn as (...a: unknown[]) => unknown).apply(this, args);
        } catch (err) {
          this.fail(id, err);
          return undefined;
        }
      });
    return [
      reg('interviewJournal.newInterview', this.newInterview),
      reg('interviewJournal.logContact', this.logContact),
      reg('interviewJournal.setStatus', this.setStatus),
      reg('interviewJournal.openNextStep', this.openNextStep),
      reg('interviewJournal.exportCalendar', this.exportCalendar),
      reg('interviewJournal.refresh', this.refresh),
      reg('interviewJournal.showOutput', () => this.service.log.show()),
      reg(REPORT_EDIT, this.reportEdit),
    ];
  }

  /** An internal error: logged with its stack, a one-line message for the user. */
  private fail(id: string, err: unknown): void {
    const e = err instanceof Error ? err : new Error(String(err));
    this.service.log.error(`${id} failed: ${e.message}`);
    if (e.stack) this.service.log.debug(e.stack);
    void vscode.window.showErrorMessage(`Interview Journal: ${e.message}`, 'Show Log').then((a) => {
      if (a) this.service.log.show();
    });
  }

  // ---- which entry -------------------------------------------------------------------------

  /**
   * The entry a command is about: its argument (uri, tree node), the active editor, or a pick
   * of the entries, most urgent next step first (only the open ones when `open` and any is).
   */
  private async targetEntry(arg: unknown, placeHolder: string, open = false): Promise<FileResult | undefined> {
    const fromArg = uriOfArg(arg);
    if (fromArg) {
      await this.service.ready;
      let r = this.service.result(fromArg);
      if (!r) {
        // Not read yet (a file just created): read it through its document.
        const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(fromArg));
        void doc;
        this.service.flush();
        r = this.service.result(fromArg);
      }
      if (!r?.entry.isEntry) {
        void vscode.window.showWarningMessage(`Interview Journal: ${vscode.workspace.asRelativePath(vscode.Uri.parse(fromArg))} is not an interview entry.`);
        return undefined;
      }
      return r;
    }
    const active = vscode.window.activeTextEditor?.document.uri;
    if (active) {
      const r = this.service.result(active);
      if (r?.entry.isEntry) return r;
    }
    await this.service.ready;
    let entries = this.service.entries().map((e) => e.result);
    if (open && entries.some((r) => r.next && r.next.urgency !== 'done')) entries = entries.filter((r) => r.next && r.next.urgency !== 'done');
    entries.sort((a, b) => (a.next && b.next ? compareSteps(a.next, b.next) : a.next ? -1 : b.next ? 1 : 0) || (a.path < b.path ? -1 : 1));
    if (entries.length === 0) {
      void vscode.window.showInformationMessage('Interview Journal: no interviews in this workspace yet. Use "New Interview" to start one.');
      return undefined;
    }
    const pick = await vscode.window.showQuickPick(
      entries.map((r) => ({
        label: entryLabel(r, vscode.Uri.parse(r.path)),
        description: r.next ? stepLine(r.next, this.service.now(r.path)) : '',
        detail: vscode.workspace.asRelativePath(vscode.Uri.parse(r.path)),
        r,
      })),
      { placeHolder, matchOnDescription: true, matchOnDetail: true },
    );
    return pick?.r;
  }

  // ---- Log contact -------------------------------------------------------------------------

  /**
   * Logs a contact. With an argument that names the person (`to` or `from`) nothing is asked:
   * via defaults to email, kind to `other` (`reply` for `from`), date to today. Otherwise
   * quick picks ask who, via, kind (each starting with what the next step asks for), an
   * optional note and the date (default today). Then it says what it logged, with Undo.
   */
  async logContact(arg?: unknown): Promise<boolean> {
    const args = isLogArgs(arg) ? arg : {};
    const r = await this.targetEntry(args.uri ?? arg, 'Log a contact for which interview?', true);
    if (!r) return false;
    const today = formatDate(this.service.now(r.path));
    let contact: NewContact | undefined;
    if (args.to || args.from) {
      contact = {
        date: args.date ?? today,
        ...(args.to ? { to: args.to } : { from: args.from }),
        via: args.via ?? 'email',
        kind: args.kind ?? (args.from ? 'reply' : 'other'),
        ...(args.note ? { note: args.note } : {}),
      };
    } else {
      contact = await askContact(r, today);
    }
    if (!contact) return false;
    const uri = vscode.Uri.parse(r.path);
    const res = await applyEntryEdit(uri, (entry) => appendContact(entry, contact));
    if (!res.applied) {
      void vscode.window.showWarningMessage(`Interview Journal: could not log the contact: ${res.reason}`);
      return false;
    }
    if (res.before !== undefined) this.undoable(offerUndo(uri, `logged ${describeContact(contact)}.`, res.before));
    return true;
  }

  /** An Undo offer runs on its own (the command does not wait for the answer); a failure is logged. */
  private undoable(p: Promise<boolean>): void {
    p.catch((err: unknown) => this.service.log.error(`Undo failed: ${err instanceof Error ? err.message : String(err)}`));
  }

  /** Run after a quick fix's edit: says what it did, with Undo (back to `before`). */
  reportEdit(uri: string, message: string, before: string): void {
    if (typeof uri !== 'string' || typeof message !== 'string' || typeof before !== 'string') return;
    this.undoable(offerUndo(vscode.Uri.parse(uri), message.replace(/^./, (c) => c.toLowerCase()), before));
  }

  // ---- Set status --------------------------------------------------------------------------

  async setStatus(arg?: unknown): Promise<boolean> {
    const a = arg && typeof arg === 'object' && 'status' in arg ? (arg as { uri?: vscode.Uri | string; status?: Status }) : undefined;
    const r = await this.targetEntry(a?.uri ?? arg, 'Set the status of which interview?');
    if (!r) return false;
    let status = a?.status;
    if (!status) {
      const pick = await vscode.window.showQuickPick(
        STATUSES.map((s) => ({ label: s, description: s === r.entry.status ? 'current' : STATUS_HELP[s] })),
        { title: `Status: ${r.entry.company} — ${r.entry.role ?? ''}`, placeHolder: 'Where does this process stand?' },
      );
      if (!pick) return false;
      status = pick.label as Status;
    }
    const res = await applyEntryEdit(vscode.Uri.parse(r.path), (entry) => setStatus(entry, status));
    if (!res.applied) void vscode.window.showWarningMessage(`Interview Journal: could not set the status: ${res.reason}`);
    else if (res.before !== undefined) this.undoable(offerUndo(vscode.Uri.parse(r.path), `set the status of ${r.entry.company} to ${status}.`, res.before));
    return res.applied;
  }

  // ---- Open next step ----------------------------------------------------------------------

  async openNextStep(arg?: unknown): Promise<vscode.TextEditor | undefined> {
    const r = await this.targetEntry(arg, 'Open the next step of which interview?');
    if (!r) return undefined;
    const step = r.next;
    const uri = vscode.Uri.parse(r.path);
    const range = step?.line !== undefined ? new vscode.Range(step.line, 0, step.line, 0) : personRange(r, step?.person);
    const editor = await vscode.window.showTextDocument(uri, { selection: range });
    if (step) vscode.window.setStatusBarMessage(`$(arrow-right) ${stepLine(step, this.service.now(r.path))}`, 8000);
    return editor;
  }

  // ---- New interview -----------------------------------------------------------------------

  async newInterview(arg?: unknown): Promise<vscode.Uri | undefined> {
    return newInterview(this.service, arg);
  }

  // ---- Export calendar ---------------------------------------------------------------------

  async exportCalendar(arg?: unknown): Promise<vscode.Uri | undefined> {
    return exportCalendar(this.service, arg);
  }

  // ---- Refresh -----------------------------------------------------------------------------

  async refresh(): Promise<void> {
    await this.service.rescan();
  }
}

const STATUS_HELP: Record<Status, string> = {
  active: 'still in process',
  offer: 'they made an offer',
  accepted: 'you accepted (closed)',
  declined: 'you declined (closed)',
  rejected: 'they said no (closed)',
  withdrawn: 'you withdrew (closed)',
  closed: 'closed for another reason',
};

export { VIAS, TO_KINDS, FROM_KINDS };
