/** The commands: New interview, Log contact, Set status, Open next step, Export calendar, Refresh. */
import * as vscode from 'vscode';
import { formatDate, formatWhen, parseWhen } from '../core/civil';
import { appendContact, entryFileName, setStatus, type NewContact } from '../core/edits';
import { newEntryText } from '../core/newentry';
import type { FileResult } from '../core/journal';
import { compareSteps } from '../core/next';
import { stepTitle } from '../core/phrases';
import { normalizeName } from '../core/text';
import { CONTACT_KINDS, STATUSES, VIAS, type ContactKind, type Status, type Step, type StepKind, type Via } from '../core/types';
import { applyEntryEdit, offerUndo } from './apply';
import { REPORT_EDIT } from './codeactions';
import { stepLine } from './convert';
import { userHome } from './home';
import type { JournalService } from './service';
import { entryLabel, personRange, type Node } from './tree';

export const VIEW_ID = 'interviewJournal.nextSteps';

/** The argument object of interviewJournal.logContact (for keybindings and tests). */
export interface LogContactArgs {
  uri?: vscode.Uri | string;
  date?: string;
  to?: string;
  from?: string;
  via?: Via;
  kind?: ContactKind;
  note?: string;
}

export interface NewInterviewArgs {
  company: string;
  role: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`. */
  date: string;
  /** Who interviewed you (optional; more can be added in the file). */
  interviewers?: string[];
  /** The workspace folder (or any folder) under which `interviewJournal.folder` is created. */
  folderUri?: vscode.Uri | string;
}

const TO_KINDS: ContactKind[] = ['thank-you', 'check-in', 'update-request', 'informational', 'debrief', 'reply', 'other'];
const FROM_KINDS: ContactKind[] = ['reply', 'debrief', 'offer', 'rejection', 'informational', 'other'];

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
      contact = await this.askContact(r, today);
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

  /** What the next step asks for: its person, channel and contact kind (from the step, else from its kind). */
  private stepAsks(step: Step | undefined): { person?: string; via?: Via; kind?: ContactKind } {
    if (!step) return {};
    const kind = step.contactKind ?? FALLBACK_KIND[step.kind];
    const via = step.via ?? (step.kind === 'debrief' ? 'phone' : /\bby phone\b/.test(step.text) ? 'phone' : kind ? 'email' : undefined);
    return { person: step.person, via, kind };
  }

  private async askContact(r: FileResult, today: string): Promise<NewContact | undefined> {
    const e = r.entry;
    const asks = this.stepAsks(r.next);
    const stepNote = r.next ? `next step: ${stepTitle(r.next)}` : undefined;
    type WhoItem = vscode.QuickPickItem & { name?: string };
    const people: WhoItem[] = [
      ...e.interviewers.map((p) => ({ label: p.name, description: p.title ? `interviewer, ${p.title}` : 'interviewer', name: p.name })),
      ...(e.recruiter ? [{ label: e.recruiter.name, description: e.recruiter.agency ? `recruiter, ${e.recruiter.agency}` : 'recruiter', name: e.recruiter.name }] : []),
      { label: '$(person-add) Someone else…' },
    ];
    // The next step's person first (the active item when the pick opens).
    const first = asks.person ? people.findIndex((p) => p.name && normalizeName(p.name) === normalizeName(asks.person!)) : -1;
    if (first >= 0) {
      const [p] = people.splice(first, 1);
      people.unshift({ ...p, description: `${p.description} · ${stepNote}` });
    }
    const title = `Log contact: ${e.company} — ${e.role ?? ''}`;
    const who = await vscode.window.showQuickPick(people, { title, placeHolder: 'Who?' });
    if (!who) return undefined;
    let name = who.name;
    if (!name) {
      name = (await vscode.window.showInputBox({ title, prompt: 'Their name (or email address)', validateInput: (v) => (v.trim() ? undefined : 'Write a name') }))?.trim();
      if (!name) return undefined;
    }
    const forStep = !!asks.person && normalizeName(name) === normalizeName(asks.person);
    const vias: Via[] = forStep && asks.via ? [asks.via, ...VIAS.filter((v) => v !== asks.via)] : [...VIAS];
    const viaPick = await vscode.window.showQuickPick(
      vias.map((v, i) => ({ label: v, ...(forStep && asks.via && i === 0 ? { description: stepNote } : {}) })),
      { title, placeHolder: `How did you talk to ${name}?` },
    );
    if (!viaPick) return undefined;
    type KindItem = vscode.QuickPickItem & { contactKind?: ContactKind; dir?: 'to' | 'from' };
    const stepKind = forStep ? asks.kind : undefined;
    const toKinds = stepKind && TO_KINDS.includes(stepKind) ? [stepKind, ...TO_KINDS.filter((k) => k !== stepKind)] : TO_KINDS;
    const items: KindItem[] = [
      { label: `You contacted ${name}`, kind: vscode.QuickPickItemKind.Separator },
      ...toKinds.map((k) => ({ label: `$(arrow-right) ${k}`, description: k === stepKind ? `to ${name} · ${stepNote}` : `to ${name}`, contactKind: k, dir: 'to' as const })),
      { label: `${name} contacted you`, kind: vscode.QuickPickItemKind.Separator },
      ...FROM_KINDS.map((k) => ({ label: `$(arrow-left) ${k}`, description: `from ${name}`, contactKind: k, dir: 'from' as const })),
    ];
    const kindPick = await vscode.window.showQuickPick(items, { title, placeHolder: 'What kind of contact?' });
    if (!kindPick || !kindPick.dir || !(CONTACT_KINDS as readonly string[]).includes(String(kindPick.contactKind))) return undefined;
    const note = await vscode.window.showInputBox({ title, prompt: 'A note (optional): what was said, what comes next', placeHolder: 'Leave empty for none' });
    if (note === undefined) return undefined;
    const date = await vscode.window.showInputBox({
      title,
      prompt: 'When? (YYYY-MM-DD, or YYYY-MM-DD HH:mm)',
      value: today,
      validateInput: (v) => {
        const p = parseWhen(v, true);
        return p.ok ? undefined : p.reason;
      },
    });
    if (!date) return undefined;
    const p = parseWhen(date, true);
    const written = p.ok ? formatWhen(p.when) : date.trim();
    return { date: written, [kindPick.dir]: name, via: viaPick.label as Via, kind: kindPick.contactKind as ContactKind, ...(note.trim() ? { note: note.trim() } : {}) };
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
    let input = isNewArgs(arg) ? arg : undefined;
    if (!input) {
      const today = formatDate(this.service.now());
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
      input = { company: company.trim(), role: role.trim(), date, interviewers: splitNames(people) };
    }
    const parsed = parseWhen(input.date, true);
    if (!parsed.ok) throw new Error(`the interview date ${parsed.reason}`);
    const when = formatWhen(parsed.when);
    let base: vscode.Uri | undefined = input.folderUri ? toUri(input.folderUri) : undefined;
    if (!base) {
      const folders = vscode.workspace.workspaceFolders ?? [];
      if (folders.length === 0) {
        void vscode.window.showWarningMessage('Interview Journal: open a folder first; new interviews are created in it.');
        return undefined;
      }
      const folder = folders.length === 1 ? folders[0] : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'In which workspace folder?' });
      if (!folder) return undefined;
      base = folder.uri;
    }
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

  // ---- Export calendar ---------------------------------------------------------------------

  async exportCalendar(arg?: unknown): Promise<vscode.Uri | undefined> {
    await this.service.ready;
    this.service.flush();
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
    const results = this.service.entries().map((e) => e.result);
    const multi = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    const text = calendarFromResults(results, {
      stampMs: Date.now(),
      relativePath: (p) => vscode.workspace.asRelativePath(vscode.Uri.parse(p), multi),
    });
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    const events = (text.match(/^BEGIN:VEVENT/gm) ?? []).length;
    this.service.log.info(`Exported ${events} dated steps to ${target.toString(true)}.`);
    if (interactive) void vscode.window.showInformationMessage(`Interview Journal: exported ${events} dated steps, each with a reminder, to ${vscode.workspace.asRelativePath(target)}.`);
    return target;
  }

  // ---- Refresh -----------------------------------------------------------------------------

  async refresh(): Promise<void> {
    await this.service.rescan();
  }
}

/** "Jason Lee, Priya Shah" as names; empty parts dropped. */
function splitNames(v: string): string[] {
  return v.split(/[,;]/).map((n) => n.trim()).filter(Boolean);
}

/** The contact that does a step, for steps that do not say (until every step carries its contactKind). */
const FALLBACK_KIND: Partial<Record<StepKind, ContactKind>> = {
  'thank-you': 'thank-you',
  'handwritten-note': 'thank-you',
  debrief: 'debrief',
  'check-in': 'check-in',
  promised: 'check-in',
  'other-offer': 'update-request',
};

/** "a thank-you to Jason Lee by email on 2026-11-23 (note: ...)" */
function describeContact(c: NewContact): string {
  const who = c.to ? `to ${c.to}` : `from ${c.from}`;
  const what = c.kind === 'other' ? 'contact' : c.kind;
  return `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} ${who} by ${c.via} on ${c.date}`;
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

export function toUri(u: vscode.Uri | string): vscode.Uri {
  return typeof u === 'string' ? (/^[a-z][\w+.-]*:/i.test(u) && !/^[a-z]:[\\/]/i.test(u) ? vscode.Uri.parse(u) : pathUri(u)) : u;
}

/** A file path in the workspace's own scheme (vscode-remote, vscode-vfs in the browser); a relative one from the first folder. */
function pathUri(p: string): vscode.Uri {
  const path = /^[a-z]:[\\/]/i.test(p) ? `/${p.replace(/\\/g, '/')}` : p;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!path.startsWith('/')) return folders[0] ? vscode.Uri.joinPath(folders[0].uri, path) : vscode.Uri.from({ scheme: 'file', path: `/${path}` });
  const folder = folders.find((f) => path === f.uri.path || path.startsWith(f.uri.path.replace(/\/$/, '') + '/')) ?? folders[0];
  return folder ? folder.uri.with({ path, query: '', fragment: '' }) : vscode.Uri.from({ scheme: 'file', path });
}

/** A uri string from a command argument: a Uri, a string, {uri}, or a tree node. */
function uriOfArg(arg: unknown): string | undefined {
  if (!arg) return undefined;
  if (arg instanceof vscode.Uri) return arg.toString();
  if (typeof arg === 'string') return toUri(arg).toString();
  if (typeof arg === 'object') {
    const o = arg as Partial<Node> & { uri?: unknown; path?: unknown };
    if (o.uri instanceof vscode.Uri || typeof o.uri === 'string') return uriOfArg(o.uri);
    if ('kind' in o && typeof o.path === 'string' && (o.kind === 'entry' || o.kind === 'step' || o.kind === 'problem')) return o.path;
  }
  return undefined;
}

function isLogArgs(arg: unknown): arg is LogContactArgs {
  if (!arg || typeof arg !== 'object' || arg instanceof vscode.Uri) return false;
  if ('kind' in arg && ['entry', 'step', 'problem', 'group', 'folder'].includes(String((arg as { kind: unknown }).kind)) && 'path' in arg) return false;
  return ['uri', 'to', 'from', 'date', 'via', 'kind', 'note'].some((k) => k in arg);
}

function isNewArgs(arg: unknown): arg is NewInterviewArgs {
  return !!arg && typeof arg === 'object' && typeof (arg as NewInterviewArgs).company === 'string' && typeof (arg as NewInterviewArgs).role === 'string' && typeof (arg as NewInterviewArgs).date === 'string';
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

export { VIAS, TO_KINDS, FROM_KINDS };

/** Downloads in the home folder, else the home folder; undefined where there is none (the browser). */
export async function downloadsFolder(): Promise<vscode.Uri | undefined> {
  const home = userHome();
  if (!home) return undefined;
  const downloads = vscode.Uri.joinPath(home, 'Downloads');
  return vscode.workspace.fs.stat(downloads).then((st) => ((st.type & vscode.FileType.Directory) !== 0 ? downloads : home), () => home);
}
