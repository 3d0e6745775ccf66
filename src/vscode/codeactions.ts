/**
 * Quick fixes for our diagnostics: log an overdue thank-you or debrief today, insert a missing
 * key (decision_by, its date a placeholder to confirm), rename an unknown key to the
 * suggestion, repair broken YAML (quote a value, tabs to spaces, close a bracket), and ignore a
 * rule in this file. Edits are computed from the document's current text, so they apply to
 * what is on screen; each then says what it did, with Undo (interviewJournal.reportEdit).
 */
import * as vscode from 'vscode';
import { formatDate } from '../core/civil';
import { addIgnore, appendContact, EditError, insertKey, renameKey, type TextEdit } from '../core/edits';
import type { Entry } from '../core/entry';
import type { Diagnostic, FixData } from '../core/types';
import { yamlRepairs } from '../core/yaml';
import { currentEntry, toWorkspaceEdit } from './apply';
import { ruleOf, toRange } from './convert';
import type { JournalService } from './service';

/** The command a quick fix runs after its edit: says what was done and offers Undo. */
export const REPORT_EDIT = 'interviewJournal.reportEdit';

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
      if (rule === 'invalid-front-matter') actions.push(...this.yamlActions(doc, entry, d));
      if (!ignored.has(rule)) {
        ignored.add(rule);
        const ignore = this.action(doc, `Ignore "${rule}" in this file`, d, () => addIgnore(entry, rule), false, `"${rule}" is now ignored in this file (see ignore: in its front matter).`);
        if (ignore) actions.push(ignore);
      }
    }
    return actions;
  }

  private fixAction(doc: vscode.TextDocument, entry: Entry, d: vscode.Diagnostic, fix: FixData, today: string): vscode.CodeAction | undefined {
    switch (fix.kind) {
      case 'log-contact': {
        const what = fix.contactKind === 'thank-you' ? 'thank-you' : fix.contactKind;
        const how = fix.via === 'phone' ? 'call' : fix.via;
        const title = `Log a ${what} ${how} to ${fix.to} today (${today})`;
        const done = `Logged a ${what} ${how} to ${fix.to} today (${today}).`;
        return this.action(doc, title, d, () => appendContact(entry, { date: today, to: fix.to, via: fix.via, kind: fix.contactKind }), true, done);
      }
      case 'insert-key': {
        const after = (INSERT_AFTER[fix.key] ?? []).find((k) => entry.keys.has(k));
        const value = fix.placeholder.trim();
        // A date is theirs to give: it goes in as a selected placeholder to type over, not as a fact.
        const title = /^\d{4}-\d\d-\d\d/.test(value) ? `Add "${fix.key}:" with the date they gave (${value} to confirm)` : `Add "${fix.key}: ${value}"`;
        const done = /^\d{4}-\d\d-\d\d/.test(value) ? `Added ${fix.key}: type the date they gave over ${value}.` : `Added "${fix.key}: ${value}".`;
        return this.action(doc, title, d, () => insertKey(entry, fix.key, fix.placeholder, after), true, done, value.replace(/^-\s+/, ''));
      }
      case 'rename-key':
        return this.action(doc, `Rename "${fix.from}" to "${fix.to}"`, d, () => renameKey(entry, d.range, fix.from, fix.to), true, `Renamed "${fix.from}" to "${fix.to}".`);
    }
  }

  /** Repairs of front matter that is not valid YAML, in the front matter's own coordinates. */
  private yamlActions(doc: vscode.TextDocument, entry: Entry, d: vscode.Diagnostic): vscode.CodeAction[] {
    const split = entry.split;
    if (!split.closed || split.language !== '') return [];
    const lines = split.lines;
    return yamlRepairs(split.matterText).map((r) => {
      const edit: TextEdit = { range: { start: lines.positionAt(split.matterStart + r.start), end: lines.positionAt(split.matterStart + r.end) }, newText: r.newText };
      return this.action(doc, r.title, d, () => [edit], true, `${r.title.replace(/^Quote this value/, 'Quoted the value').replace(/^Indent with/, 'Indented with').replace(/^Close the/, 'Closed the')}.`);
    }).filter((a): a is vscode.CodeAction => a !== undefined);
  }

  /**
   * A quick fix from engine edits. `done` is what the message after it says. `placeholder`:
   * text of the (single) edit to leave selected as a snippet placeholder, for the user to confirm.
   */
  private action(doc: vscode.TextDocument, title: string, d: vscode.Diagnostic, edits: () => TextEdit[], preferred = false, done?: string, placeholder?: string): vscode.CodeAction | undefined {
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
    a.edit = (placeholder !== undefined && snippetEdit(doc.uri, computed, placeholder)) || toWorkspaceEdit(doc.uri, computed);
    a.command = { command: REPORT_EDIT, title: 'Say what was done', arguments: [doc.uri.toString(), done ?? `${title}: done.`, doc.getText()] };
    return a;
  }
}

/** One edit as a snippet whose `placeholder` text is tab stop 1 (selected once inserted); undefined when it cannot be. */
function snippetEdit(uri: vscode.Uri, edits: TextEdit[], placeholder: string): vscode.WorkspaceEdit | undefined {
  if (edits.length !== 1) return undefined;
  const text = edits[0].newText;
  const at = text.lastIndexOf(placeholder);
  if (at < 0 || placeholder === '') return undefined;
  const snippet = new vscode.SnippetString();
  snippet.appendText(text.slice(0, at)).appendPlaceholder(placeholder).appendText(text.slice(at + placeholder.length));
  const we = new vscode.WorkspaceEdit();
  we.set(uri, [new vscode.SnippetTextEdit(toRange(edits[0].range), snippet)]);
  return we;
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
