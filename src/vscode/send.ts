/**
 * Sending a draft: "Open in Mail" and "Copy Draft" CodeLens above each `## Draft…` heading.
 * Open in Mail opens a mailto: link (To only when the addressee gave an email: never looked up);
 * both then offer "Log as Sent", which logs the contact with the kind the draft's title names.
 */
import * as vscode from 'vscode';
import { formatWhen } from '../core/civil';
import { parseEntry } from '../core/entry';
import { draftMail, type DraftMail } from '../core/mailto';
import { VIAS, type Via } from '../core/types';
import type { LogContactArgs } from './commands';
import type { JournalService } from './service';

export const OPEN_IN_MAIL = 'interviewJournal.openDraftInMail';
export const COPY_DRAFT = 'interviewJournal.copyDraft';
export const LOG_AS_SENT = 'Log as Sent';

/** The argument of the two commands: the document and the zero-based line of the draft's heading. */
export interface DraftArgs {
  uri: vscode.Uri | string;
  line: number;
}

export class DraftLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;
  private readonly sub: vscode.Disposable;

  constructor(private readonly service: JournalService) {
    // Draft headings move with edits: ask again when an open document's analysis changes.
    this.sub = service.onDidUpdate((u) => {
      const open = new Set(vscode.window.visibleTextEditors.map((e) => e.document.uri.toString()));
      if (u.changed.some((p) => open.has(p)) || u.removed.some((p) => open.has(p))) this.emitter.fire();
    });
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const r = this.service.result(doc.uri);
    if (!r?.entry.isEntry || r.entry.drafts.length === 0) return [];
    const lenses: vscode.CodeLens[] = [];
    for (const d of r.entry.drafts) {
      const line = d.heading.start.line;
      if (line >= doc.lineCount) continue;
      const range = new vscode.Range(line, 0, line, 0);
      const args: DraftArgs = { uri: doc.uri, line };
      lenses.push(new vscode.CodeLens(range, { title: '$(mail) Open in Mail', tooltip: 'Open this draft in your mail app (as plain text), then log it as sent', command: OPEN_IN_MAIL, arguments: [args] }));
      lenses.push(new vscode.CodeLens(range, { title: '$(copy) Copy Draft', tooltip: 'Copy this draft as plain text, then log it as sent', command: COPY_DRAFT, arguments: [args] }));
    }
    return lenses;
  }
}

export class DraftSender {
  constructor(private readonly service: JournalService) {}

  register(): vscode.Disposable[] {
    const wrap = (id: string, fn: (a: unknown) => Promise<unknown>) =>
      vscode.commands.registerCommand(id, async (a: unknown) => {
        try {
          return await fn(a);
        } catch (err) {
          const e = err instanceof Error ? err : new Error(String(err));
          this.service.log.error(`${id} failed: ${e.message}`);
          void vscode.window.showErrorMessage(`Interview Journal: ${e.message}`);
          return undefined;
        }
      });
    return [wrap(OPEN_IN_MAIL, (a) => this.openInMail(a)), wrap(COPY_DRAFT, (a) => this.copy(a))];
  }

  /** The draft at the argument (or under the cursor) as a mail; a message and undefined when it cannot be sent. */
  private async prepare(arg: unknown): Promise<{ uri: vscode.Uri; mail: Extract<DraftMail, { ok: true }> } | undefined> {
    let uri: vscode.Uri | undefined;
    let line: number | undefined;
    if (arg && typeof arg === 'object' && 'uri' in arg) {
      const a = arg as DraftArgs;
      uri = typeof a.uri === 'string' ? vscode.Uri.parse(a.uri) : a.uri;
      line = typeof a.line === 'number' ? a.line : undefined;
    } else {
      const ed = vscode.window.activeTextEditor;
      uri = ed?.document.uri;
      line = ed?.selection.active.line;
    }
    if (!uri) return undefined;
    const doc = await vscode.workspace.openTextDocument(uri);
    const text = doc.getText();
    const entry = parseEntry(doc.uri.toString(), text);
    // The draft whose heading is at the line, else the one the line is in.
    const draft =
      entry.drafts.find((d) => d.heading.start.line === line) ??
      [...entry.drafts].reverse().find((d) => line !== undefined && d.heading.start.line <= line && doc.offsetAt(new vscode.Position(line, 0)) <= d.end);
    if (!draft) {
      void vscode.window.showWarningMessage('Interview Journal: no draft here: a draft is the section under a heading starting with "Draft".');
      return undefined;
    }
    const yourName = vscode.workspace.getConfiguration('interviewJournal', uri).get<string>('yourName') ?? '';
    const mail = draftMail(entry, draft, text, { yourName });
    if (!mail.ok) {
      void vscode.window.showWarningMessage(`Interview Journal: ${mail.message}`);
      return undefined;
    }
    return { uri, mail };
  }

  /** Opens the draft in the mail app; returns the mailto: link opened (undefined when none was). */
  async openInMail(arg: unknown): Promise<string | undefined> {
    const p = await this.prepare(arg);
    if (!p) return undefined;
    const { uri, mail } = p;
    if (!mail.to?.email) {
      const who = mail.to ? `${mail.to.name} gave you no email address` : 'The draft\'s title names no one person with an email address';
      const copy = await vscode.window.showWarningMessage(`Interview Journal: ${who}, so there is no one to address it to (addresses are never looked up). Copy the draft and send it the way they gave you.`, 'Copy Draft');
      if (copy) await this.copy(arg);
      return undefined;
    }
    // Given as a string, VS Code opens the link exactly as written; a Uri is decoded and encoded
    // again on the way, which turns an escaped "&" or "=" in the subject or body into a separator.
    const opened = await vscode.env.openExternal(mail.uri as unknown as vscode.Uri);
    if (!opened) return undefined;
    await this.offerLog(uri, mail, 'email', `Opened the draft to ${mail.to.name} in your mail app.`);
    return mail.uri;
  }

  async copy(arg: unknown): Promise<boolean> {
    const p = await this.prepare(arg);
    if (!p) return false;
    const { uri, mail } = p;
    await vscode.env.clipboard.writeText(mail.body);
    await this.offerLog(uri, mail, undefined, `Copied the draft${mail.to ? ` to ${mail.to.name}` : ''} as plain text (subject: ${mail.subject}).`);
    return true;
  }

  /** "Log as Sent": logs the contact now, to the addressee, with the draft's kind. */
  private async offerLog(uri: vscode.Uri, mail: Extract<DraftMail, { ok: true }>, via: Via | undefined, message: string): Promise<void> {
    const pick = await vscode.window.showInformationMessage(`Interview Journal: ${message} Once it is sent, log it.`, LOG_AS_SENT);
    if (pick !== LOG_AS_SENT) return;
    if (!mail.to) {
      await vscode.commands.executeCommand('interviewJournal.logContact', { uri });
      return;
    }
    let channel = via;
    if (!channel) {
      const order: Via[] = mail.to.email ? ['email'] : ['letter', 'email'];
      const items = [...order, ...VIAS.filter((v) => !order.includes(v))].map((v) => ({ label: v }));
      const chosen = await vscode.window.showQuickPick(items, { title: `Log as sent: ${mail.kind} to ${mail.to.name}`, placeHolder: 'How did you send it?' });
      if (!chosen) return;
      channel = chosen.label as Via;
    }
    const args: LogContactArgs = { uri, to: mail.to.name, via: channel, kind: mail.kind, date: formatWhen({ t: this.service.now(uri.toString()), timed: true }) };
    await vscode.commands.executeCommand('interviewJournal.logContact', args);
  }
}
