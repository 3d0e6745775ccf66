/**
 * New Interview from Invitation…: pick an .ics file, choose the event when it holds several,
 * confirm the guessed company and role, and the entry is created like New Interview's (an
 * updated invitation of an existing entry offers to move its interview: instead).
 */
import * as vscode from 'vscode';
import { formatWhen } from '../core/civil';
import type { InviteEvent } from '../core/invite';
import { applyEntryEdit } from './apply';
import { downloadsFolder, entriesFolder, exists, toUri } from './commands';
import type { JournalService } from './service';

export const NEW_FROM_INVITATION = 'interviewJournal.newFromInvitation';

type InviteModule = typeof import('../core/invite');

export class Invitations implements vscode.Disposable {
  private readonly prompted = new vscode.EventEmitter<string>();
  /** Fires with a prompt's title each time the command shows a quick pick or input box (tests drive them). */
  readonly onDidPrompt = this.prompted.event;

  constructor(private readonly service: JournalService) {}

  dispose(): void {
    this.prompted.dispose();
  }

  register(): vscode.Disposable[] {
    return [
      vscode.commands.registerCommand(NEW_FROM_INVITATION, async (arg?: unknown) => {
        try {
          return await this.newFromInvitation(arg);
        } catch (err) {
          const e = err instanceof Error ? err : new Error(String(err));
          this.service.log.error(`${NEW_FROM_INVITATION} failed: ${e.message}`);
          void vscode.window.showErrorMessage(`Interview Journal: ${e.message}`);
          return undefined;
        }
      }),
    ];
  }

  private ask<T>(title: string, show: () => Thenable<T>): Thenable<T> {
    const shown = show();
    // After the pending microtasks: a quick pick sends its items to the window in one of them.
    setTimeout(() => this.prompted.fire(title), 0);
    return shown;
  }

  /** The command: returns the entry's Uri (created or moved), undefined when nothing was done. */
  async newFromInvitation(arg?: unknown): Promise<vscode.Uri | undefined> {
    // Loaded on first use: activation loads no calendar parser.
    const invite = await import('../core/invite');
    const file = arg instanceof vscode.Uri ? arg : typeof arg === 'string' ? toUri(arg) : await this.pickFile();
    if (!file) return undefined;
    const name = file.path.split('/').pop() ?? 'The file';
    const events = await this.readEvents(invite, file, name);
    const ev = events && (await this.chooseEvent(events, name, invite.describeEvent));
    if (!ev) return undefined;
    if (ev.cancelled) {
      void vscode.window.showWarningMessage(`Interview Journal: ${invite.cancelledMessage(ev)}`);
      return undefined;
    }
    if (ev.uid) {
      const existing = await this.sameInvitation(ev);
      if (existing) return existing;
    }
    const confirmed = await this.confirmCompanyRole(ev, invite.guessCompanyRole(ev));
    if (!confirmed) return undefined;
    const dir = await this.entryFolder();
    if (!dir) return undefined;
    const eol = vscode.workspace.getConfiguration('files', dir).get<string>('eol') === '\r\n' ? '\r\n' : '\n';
    const made = invite.entryFromInvite(ev, confirmed.company, confirmed.role, eol);
    return this.create(vscode.Uri.joinPath(dir, made.fileName), made.text, file);
  }

  /** The open dialog, in Downloads where mail saves invitations, usually. */
  private async pickFile(): Promise<vscode.Uri | undefined> {
    const downloads = await downloadsFolder();
    const picked = await vscode.window.showOpenDialog({
      title: 'New interview from a calendar invitation',
      ...(downloads ? { defaultUri: downloads } : {}),
      openLabel: 'Read Invitation',
      canSelectMany: false,
      filters: { 'Calendar invitation': ['ics'], 'All files': ['*'] },
    });
    return picked?.[0];
  }

  /** The file's events, or undefined after showing why it cannot be read. */
  private async readEvents(invite: InviteModule, file: vscode.Uri, name: string): Promise<InviteEvent[] | undefined> {
    const { decodeInvite, InviteError, MAX_INVITE_BYTES, readInvite } = invite;
    try {
      const stat = await vscode.workspace.fs.stat(file);
      if (stat.size > MAX_INVITE_BYTES) throw new InviteError(`${name} is ${(stat.size / 1e6).toFixed(1)} MB; an invitation is at most ${MAX_INVITE_BYTES / 1e6} MB. Nothing was created.`);
      const config = vscode.workspace.getConfiguration('interviewJournal', vscode.workspace.workspaceFolders?.[0]?.uri);
      return readInvite(decodeInvite(await vscode.workspace.fs.readFile(file), name), {
        yourEmail: config.get<string>('yourEmail') ?? '',
        yourName: config.get<string>('yourName') ?? '',
      }).events;
    } catch (err) {
      if (!(err instanceof InviteError)) throw err;
      void vscode.window.showErrorMessage(`Interview Journal: ${err.message}`);
      return undefined;
    }
  }

  /** The one event, or the one the user picks when the file holds several. */
  private async chooseEvent(events: InviteEvent[], name: string, describeEvent: (ev: InviteEvent) => string): Promise<InviteEvent | undefined> {
    if (events.length === 1) return events[0];
    const title = `${name} holds ${events.length} events`;
    const pick = await this.ask(title, () =>
      vscode.window.showQuickPick(
        events.map((e) => ({ label: e.summary || '(no title)', description: formatWhen(e.start) + (e.cancelled ? ' (cancelled)' : ''), detail: describeEvent(e), ev: e })),
        { title, placeHolder: 'Which interview is it?' },
      ),
    );
    return pick?.ev;
  }

  /** The guessed company and role, as the user confirms or corrects them (undefined when cancelled). */
  private async confirmCompanyRole(ev: InviteEvent, guess: { company: string; role: string }): Promise<{ company: string; role: string } | undefined> {
    const company = await this.ask('New interview from invitation: company', () =>
      vscode.window.showInputBox({
        title: 'New interview from invitation: company',
        prompt: `The employer (guessed from "${ev.summary}" and the organizer's address)`,
        value: guess.company,
        validateInput: (v) => (v.trim() ? undefined : 'Write the company name'),
      }),
    );
    if (!company?.trim()) return undefined;
    const role = await this.ask('New interview from invitation: role', () =>
      vscode.window.showInputBox({
        title: 'New interview from invitation: role',
        prompt: `The position (guessed from "${ev.summary}")`,
        value: guess.role,
        validateInput: (v) => (v.trim() ? undefined : 'Write the role'),
      }),
    );
    if (!role?.trim()) return undefined;
    return { company: company.trim(), role: role.trim() };
  }

  /** Creates the entry (never over an existing file), saves and shows it. */
  private async create(target: vscode.Uri, text: string, from: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (await exists(target)) {
      void vscode.window.showWarningMessage(`Interview Journal: ${vscode.workspace.asRelativePath(target)} already exists; it was not overwritten.`);
      return undefined;
    }
    const we = new vscode.WorkspaceEdit();
    we.createFile(target, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(text) });
    if (!(await vscode.workspace.applyEdit(we))) throw new Error(`could not create ${vscode.workspace.asRelativePath(target)}`);
    const doc = await vscode.workspace.openTextDocument(target);
    if (doc.isDirty) await doc.save();
    await vscode.window.showTextDocument(doc);
    this.service.log.info(`Created ${target.toString(true)} from the invitation ${from.toString(true)}.`);
    return target;
  }

  /** An entry made from the same invitation (UID): offers to move its interview: to the new time. */
  private async sameInvitation(ev: InviteEvent): Promise<vscode.Uri | undefined> {
    const { inviteUidOf, markerSafe, moveInterview } = await import('../core/invite');
    await this.service.ready;
    const uid = markerSafe(ev.uid ?? '');
    const hit = this.service.entries().find((x) => inviteUidOf(x.result.entry.split.text) === uid);
    if (!hit) return undefined;
    const uri = vscode.Uri.parse(hit.result.path);
    const was = hit.result.entry.interview ? formatWhen(hit.result.entry.interview) : 'no date';
    const when = formatWhen(ev.start);
    const rel = vscode.workspace.asRelativePath(uri);
    if (was === when) {
      void vscode.window.showInformationMessage(`Interview Journal: ${rel} already holds this invitation, at ${when}.`);
      await vscode.window.showTextDocument(uri);
      return uri;
    }
    const title = `${rel} already holds this invitation`;
    const pick = await this.ask(title, () =>
      vscode.window.showQuickPick(
        [
          { label: `$(calendar) Move its interview to ${when}`, description: `now ${was}`, move: true },
          { label: '$(new-file) Create a second entry', move: false },
        ],
        { title, placeHolder: `The invitation was updated: interview ${was} → ${when}` },
      ),
    );
    if (!pick) return uri;
    if (!pick.move) return undefined;
    const res = await applyEntryEdit(uri, (entry) => moveInterview(entry, ev.start));
    if (!res.applied) {
      void vscode.window.showWarningMessage(`Interview Journal: could not move the interview: ${res.reason}`);
      return undefined;
    }
    await vscode.window.showTextDocument(uri);
    return uri;
  }

  /** Where New Interview creates entries: the workspace folder's `interviewJournal.folder`. */
  private async entryFolder(): Promise<vscode.Uri | undefined> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (folders.length === 0) {
      void vscode.window.showWarningMessage('Interview Journal: open a folder first; new interviews are created in it.');
      return undefined;
    }
    let folder: vscode.WorkspaceFolder | undefined = folders[0];
    if (folders.length > 1) {
      const title = 'New interview from invitation: workspace folder';
      const pick = await this.ask(title, () =>
        vscode.window.showQuickPick(
          folders.map((f) => ({ label: f.name, description: vscode.workspace.asRelativePath(f.uri, true), folder: f })),
          { title, placeHolder: 'In which workspace folder?' },
        ),
      );
      folder = pick?.folder;
    }
    if (!folder) return undefined;
    return entriesFolder(folder.uri);
  }
}
