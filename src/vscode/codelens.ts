/** CodeLens on the first line of each entry: the next step (click: do it) and "Log contact…". */
import * as vscode from 'vscode';
import { formatDate } from '../core/civil';
import type { FileResult } from '../core/journal';
import type { Step, Via } from '../core/types';
import { stepLine } from './convert';
import type { LogContactArgs } from './commands';
import type { JournalService } from './service';

export class NextStepLens implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;
  private readonly sub: vscode.Disposable;
  /** Per document, the step lens last given (its title and day): asked again only when that changes. */
  private readonly given = new Map<string, string>();

  constructor(private readonly service: JournalService) {
    this.sub = service.onDidUpdate((u) => {
      for (const path of u.removed) if (this.given.delete(path)) return this.emitter.fire();
      for (const path of u.changed) {
        const was = this.given.get(path);
        if (was !== undefined && was !== this.signature(path)) return this.emitter.fire();
      }
    });
  }

  /** What the step lens of a document shows now ('' when none). */
  private signature(path: string): string {
    const r = this.service.result(path);
    if (!r?.entry.isEntry || !r.next) return '';
    const now = this.service.now(r.path);
    return `${r.next.urgency}|${stepLine(r.next, now)}|${formatDate(now)}`;
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    const r = this.service.result(doc.uri);
    this.given.set(doc.uri.toString(), this.signature(doc.uri.toString()));
    if (!r?.entry.isEntry || !r.next) return [];
    const range = new vscode.Range(0, 0, 0, 0);
    const now = this.service.now(r.path);
    const lenses: vscode.CodeLens[] = [];
    const icon = r.next.urgency === 'overdue' ? '$(bell-dot)' : r.next.urgency === 'today' ? '$(bell)' : r.next.urgency === 'done' ? '$(pass)' : '$(arrow-right)';
    lenses.push(new vscode.CodeLens(range, { title: `${icon} ${stepLine(r.next, now)}`, tooltip: doTooltip(r.next), ...stepCommand(r, r.next, formatDate(now)) }));
    lenses.push(new vscode.CodeLens(range, { title: 'Log contact…', tooltip: 'Add a message, call or letter to contacts:', command: 'interviewJournal.logContact', arguments: [doc.uri] }));
    return lenses;
  }
}

/** How a channel reads in a tooltip: "a thank-you letter", "a debrief call". */
const VIA_NOUN: Partial<Record<Via, string>> = { phone: 'call', voicemail: 'voicemail', email: 'email', letter: 'letter', linkedin: 'LinkedIn message', text: 'text message', video: 'video call', 'in-person': 'meeting' };

function doTooltip(step: Step): string {
  if ((step.kind === 'thank-you' || step.kind === 'debrief') && step.person) {
    const via = stepVia(step);
    const done = via === 'phone' || via === 'video' || via === 'in-person' ? 'talked' : 'sent it';
    return `Click once you have ${done}: logs a ${step.kind} ${VIA_NOUN[via] ?? via} ${step.kind === 'debrief' ? 'with' : 'to'} ${step.person} today.`;
  }
  return 'Open the next step';
}

/** The channel the step asks for (the plan's), else the usual one for its kind. */
function stepVia(step: Step): Via {
  return step.via ?? (step.kind === 'thank-you' ? 'email' : 'phone');
}

/** The command that does a step: log the thank-you or debrief, otherwise open the step. */
export function stepCommand(r: FileResult, step: Step, today: string): { command: string; arguments: unknown[] } {
  const uri = vscode.Uri.parse(r.path);
  if ((step.kind === 'thank-you' || step.kind === 'debrief') && step.person) {
    const args: LogContactArgs = { uri, date: today, to: step.person, via: stepVia(step), kind: step.contactKind ?? step.kind };
    return { command: 'interviewJournal.logContact', arguments: [args] };
  }
  return { command: 'interviewJournal.openNextStep', arguments: [uri] };
}
