/**
 * Quick fixes for our diagnostics: log an overdue thank-you or debrief today, insert a missing
 * key (decision_by), rename an unknown key to the suggestion, and ignore a rule in this file.
 * Edits are computed from the document's current text, so they apply to what is on screen.
 */
import * as vscode from 'vscode';
import { formatDate } from '../core/civil';
import { addIgnore, appendContact, EditError, insertKey, renameKey, type TextEdit } from '../core/edits';
import type { Entry } from '../core/entry';
import type { Diagnostic, FixData } from '../core/types';
import { currentEntry, toWorkspaceEdit } from './apply';
import { ruleOf } from './convert';
import type { JournalService } from './service';

/** Where a missing key goes: after this key when present. */
const INSERT_AFTER: Record<string, string[]> = {
  decision_by: ['interview', 'round', 'role'],
  role: ['company'],
  interview: ['role', 'company'],
  interviewers: ['status', 'round', 'interview', 'role'],
  company: [],
};

export class QuickFixes implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly service: JournalService) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => ruleOf(d));
    if (ours.length === 0) return [];
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix) && !vscode.CodeActionKind.QuickFix.contains(context.only)) return [];
    let entry: Entry;
    try {
      entry = currentEntry(doc);
    } catch {
      return [];
    }
    const result = this.service.result(doc.uri);
    const today = formatDate(this.service.now(doc.uri.toString()));
    const actions: vscode.CodeAction[] = [];
    const ignored = new Set<string>();
    for (const d of ours) {
      const rule = ruleOf(d)!;
      const engine = result?.diagnostics.find((x) => x.rule === rule && sameStart(x, d)) ?? entry.problems.find((x) => x.rule === rule && sameStart(x, d));
      const fix = engine?.fix ?? defaultFix(rule, entry);
      const main = fix ? this.fixAction(doc, entry, d, fix, today) : undefined;
      if (main) actions.push(main);
      if (!ignored.has(rule)) {
        ignored.add(rule);
        const ignore = this.action(doc, `Ignore "${rule}" in this file`, d, () => addIgnore(entry, rule));
        if (ignore) actions.push(ignore);
      }
    }
    return actions;
  }

  private fixAction(doc: vscode.TextDocument, entry: Entry, d: vscode.Diagnostic, fix: FixData, today: string): vscode.CodeAction | undefined {
    switch (fix.kind) {
      case 'log-contact': {
        const what = fix.contactKind === 'thank-you' ? 'thank-you' : fix.contactKind;
        const title = `Log a ${what} ${fix.via === 'phone' ? 'call' : fix.via} to ${fix.to} today (${today})`;
        return this.action(doc, title, d, () => appendContact(entry, { date: today, to: fix.to, via: fix.via, kind: fix.contactKind }), true);
      }
      case 'insert-key': {
        const after = (INSERT_AFTER[fix.key] ?? []).find((k) => entry.keys.has(k));
        return this.action(doc, `Add "${fix.key}: ${fix.placeholder.trim()}"`, d, () => insertKey(entry, fix.key, fix.placeholder, after), true);
      }
      case 'rename-key':
        return this.action(doc, `Rename "${fix.from}" to "${fix.to}"`, d, () => renameKey(entry, d.range, fix.from, fix.to), true);
    }
  }

  private action(doc: vscode.TextDocument, title: string, d: vscode.Diagnostic, edits: () => TextEdit[], preferred = false): vscode.CodeAction | undefined {
    let computed: TextEdit[];
    try {
      computed = edits();
    } catch (err) {
      if (err instanceof EditError) return undefined;
      this.service.log.error(`Quick fix "${title}" failed: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    if (computed.length === 0) return undefined;
    const a = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    a.diagnostics = [d];
    a.isPreferred = preferred;
    a.edit = toWorkspaceEdit(doc.uri, computed);
    return a;
  }
}

function sameStart(x: Diagnostic, d: vscode.Diagnostic): boolean {
  return x.range.start.line === d.range.start.line && x.range.start.character === d.range.start.character;
}

/** Fixes for rules whose diagnostics carry no fix data (older engine versions). */
function defaultFix(rule: string, entry: Entry): FixData | undefined {
  if (rule === 'decision-date-missing' && entry.interview) {
    return { kind: 'insert-key', key: 'decision_by', placeholder: formatDate(entry.interview.t + 7 * 1440) };
  }
  return undefined;
}
