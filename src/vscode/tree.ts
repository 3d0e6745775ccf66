/**
 * The "Next steps" view: entries grouped by urgency (by workspace folder first when there are
 * several), each with its pending steps and problems as children. A row leads with what to do
 * ("Thank Aisha Rahman"); company and role follow in its description, so a narrow sidebar cuts
 * those, not the step.
 */
import * as vscode from 'vscode';
import { formatWhen } from '../core/civil';
import type { FileResult } from '../core/journal';
import { compareSteps } from '../core/next';
import { stepTitle } from '../core/phrases';
import { isSkippedDiagnostic } from '../core/skipped';
import { normalizeName } from '../core/text';
import type { Step, Urgency } from '../core/types';
import { stepDue, stepLine, toRange, urgencyIcon } from './convert';
import type { FolderJournal, JournalService, JournalUpdate } from './service';

export type GroupId = 'overdue' | 'today' | 'upcoming' | 'waiting' | 'closed';

export const GROUPS: { id: GroupId; label: string; expanded: boolean }[] = [
  { id: 'overdue', label: 'Overdue', expanded: true },
  { id: 'today', label: 'Today', expanded: true },
  { id: 'upcoming', label: 'Upcoming', expanded: false },
  { id: 'waiting', label: 'Waiting', expanded: false },
  { id: 'closed', label: 'Closed', expanded: false },
];

export function groupOf(u: Urgency): GroupId {
  switch (u) {
    case 'overdue':
      return 'overdue';
    case 'today':
      return 'today';
    case 'soon':
    case 'later':
      return 'upcoming';
    case 'waiting':
      return 'waiting';
    case 'done':
      return 'closed';
  }
}

/** A journal with at most this many entries in the tree shows them all at first (every group expanded). */
export const FEW_ENTRIES = 5;

export type Node =
  | { kind: 'folder'; folderKey: string; label: string }
  | { kind: 'group'; folderKey: string | undefined; group: GroupId; count: number; open: boolean }
  | { kind: 'entry'; path: string; folderKey: string | undefined; group: GroupId }
  | { kind: 'step'; path: string; index: number; step: Step }
  | { kind: 'problem'; path: string; index: number };

export class NextStepsProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | Node[] | undefined | void>();
  readonly onDidChangeTreeData = this.emitter.event;
  private readonly shapeEmitter = new vscode.EventEmitter<void>();
  /** Entries moved, came or went (groups, counts or order changed): the badge and status bar listen. */
  readonly onDidChangeShape = this.shapeEmitter.event;
  private readonly sub: vscode.Disposable;
  private readonly nodes = new Map<string, Node>();
  /** Per path, what decides an entry's place in the tree (see placeOf); absent for files that are not in it. */
  private readonly places = new Map<string, string>();

  constructor(private readonly service: JournalService) {
    this.sub = service.onDidUpdate((u) => this.onUpdate(u));
  }

  dispose(): void {
    this.sub.dispose();
    this.emitter.dispose();
    this.shapeEmitter.dispose();
  }

  refresh(): void {
    this.emitter.fire();
    this.shapeEmitter.fire();
  }

  /**
   * An edit usually changes one entry's problems, not its place: then only that entry's row
   * (its description, tooltip and children) is refreshed, not the whole view, which would make
   * VS Code ask again for every group and row of a journal of thousands of entries.
   */
  private onUpdate(u: JournalUpdate): void {
    let moved = u.removed.length > 0;
    for (const path of u.removed) this.places.delete(path);
    const rows: Node[] = [];
    for (const path of u.changed) {
      const place = placeOf(this.service.result(path));
      if (place !== this.places.get(path)) {
        moved = true;
        if (place === undefined) this.places.delete(path);
        else this.places.set(path, place);
      } else if (place !== undefined) {
        const row = this.nodes.get(`entry|${path}`);
        if (row) rows.push(row);
      }
    }
    if (moved) this.refresh();
    else if (rows.length > 0) this.emitter.fire(rows);
  }

  /** Whether entries are grouped by workspace folder first (several folders with entries). */
  private byFolder(): boolean {
    return (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  }

  /** Entries of one folder (or all), each with the group of its next step. */
  private entries(folderKey: string | undefined): { r: FileResult; fj: FolderJournal; group: GroupId }[] {
    return this.service
      .entries()
      .filter((e) => folderKey === undefined || e.folder.key === folderKey)
      .filter((e) => e.result.next)
      .map((e) => ({ r: e.result, fj: e.folder, group: groupOf(e.result.next!.urgency) }));
  }

  /** Number of entries whose next step is overdue (the view's badge). */
  overdueCount(): number {
    return this.entries(undefined).filter((e) => e.group === 'overdue').length;
  }

  /** Entries due today or overdue (the status bar). */
  dueCount(): number {
    return this.entries(undefined).filter((e) => e.group === 'overdue' || e.group === 'today').length;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      if (this.byFolder()) {
        return this.service
          .folderJournals()
          .filter((fj) => fj.journal.all().some((r) => r.entry.isEntry))
          .map((fj) => this.remember({ kind: 'folder', folderKey: fj.key, label: fj.folder?.name ?? 'Other files' }));
      }
      return this.groups(undefined);
    }
    switch (node.kind) {
      case 'folder':
        return this.groups(node.folderKey);
      case 'group':
        return this.entries(node.folderKey)
          .filter((e) => e.group === node.group)
          .sort((a, b) => compareSteps(a.r.next!, b.r.next!) || a.r.entry.company.localeCompare(b.r.entry.company) || (a.r.path < b.r.path ? -1 : 1))
          .map((e) => this.remember({ kind: 'entry', path: e.r.path, folderKey: node.folderKey, group: node.group }));
      case 'entry': {
        const r = this.service.result(node.path);
        if (!r) return [];
        const steps: Node[] = r.steps.filter((s) => s.urgency !== 'done').map((step, index) => this.remember({ kind: 'step', path: node.path, index, step }));
        const problems: Node[] = r.diagnostics.map((_, index) => this.remember({ kind: 'problem', path: node.path, index }));
        return [...steps, ...problems];
      }
      default:
        return [];
    }
  }

  /**
   * The groups with entries. Overdue and Today start expanded; so does every group of a small
   * journal, and the first group when nothing is due, so a fresh journal never hides its entries.
   */
  private groups(folderKey: string | undefined): Node[] {
    const all = this.entries(folderKey);
    const shown = GROUPS.map((g) => ({ g, count: all.filter((e) => e.group === g.id).length })).filter((x) => x.count > 0);
    const few = all.length <= FEW_ENTRIES;
    const anyOpen = shown.some((x) => x.g.expanded);
    return shown.map((x, i) =>
      this.remember({ kind: 'group', folderKey, group: x.g.id, count: x.count, open: x.g.expanded || few || (!anyOpen && i === 0) }),
    );
  }

  private remember(n: Node): Node {
    this.nodes.set(idOf(n), n);
    return n;
  }

  getParent(node: Node): Node | undefined {
    switch (node.kind) {
      case 'folder':
        return undefined;
      case 'group':
        return node.folderKey !== undefined ? this.nodes.get(`folder|${node.folderKey}`) : undefined;
      case 'entry':
        return this.nodes.get(`group|${node.folderKey ?? ''}|${node.group}`);
      case 'step':
      case 'problem': {
        for (const n of this.nodes.values()) if (n.kind === 'entry' && n.path === node.path) return n;
        return undefined;
      }
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'folder': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = idOf(node);
        item.iconPath = vscode.ThemeIcon.Folder;
        item.contextValue = 'folder';
        return item;
      }
      case 'group': {
        const g = GROUPS.find((x) => x.id === node.group)!;
        const item = new vscode.TreeItem(g.label, node.open ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
        item.id = idOf(node);
        item.description = String(node.count);
        item.contextValue = `group.${node.group}`;
        return item;
      }
      case 'entry':
        return this.entryItem(node);
      case 'step':
        return this.stepItem(node);
      case 'problem':
        return this.problemItem(node);
    }
  }

  private entryItem(node: Extract<Node, { kind: 'entry' }>): vscode.TreeItem {
    const r = this.service.result(node.path);
    const uri = vscode.Uri.parse(node.path);
    const who = entryLabel(r, uri);
    const now = this.service.now(node.path);
    const item = new vscode.TreeItem(r?.next ? stepTitle(r.next) : who, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = idOf(node);
    item.resourceUri = uri;
    if (r?.next) {
      const due = stepDue(r.next, now);
      item.description = due ? `${who} · ${due}` : who;
      item.iconPath = urgencyIcon(r.next.urgency);
    }
    item.tooltip = r ? tooltip(r, now) : undefined;
    item.contextValue = `entry.${node.group}`;
    item.command = { command: 'vscode.open', title: 'Open', arguments: [uri] };
    return item;
  }

  private stepItem(node: Extract<Node, { kind: 'step' }>): vscode.TreeItem {
    const step = node.step;
    const now = this.service.now(node.path);
    const item = new vscode.TreeItem(step.text, vscode.TreeItemCollapsibleState.None);
    item.id = idOf(node);
    item.description = stepDue(step, now) + (step.optional ? (step.due ? ' · optional' : 'optional') : '');
    item.iconPath = step.kind === 'task' ? new vscode.ThemeIcon('tasklist', urgencyIcon(step.urgency).color) : urgencyIcon(step.urgency);
    item.contextValue = `step.${step.kind}`;
    item.tooltip = step.due ? `${step.text}\nDue ${formatWhen(step.due)}` : step.text;
    const uri = vscode.Uri.parse(node.path);
    const selection = step.line !== undefined ? new vscode.Range(step.line, 0, step.line, 0) : personRange(this.service.result(node.path), step.person);
    item.command = { command: 'vscode.open', title: 'Open', arguments: [uri, { selection } satisfies vscode.TextDocumentShowOptions] };
    return item;
  }

  private problemItem(node: Extract<Node, { kind: 'problem' }>): vscode.TreeItem {
    const d = this.service.result(node.path)?.diagnostics[node.index];
    const item = new vscode.TreeItem(d ? d.message : '', vscode.TreeItemCollapsibleState.None);
    item.id = idOf(node);
    if (!d) return item;
    item.description = d.rule;
    item.tooltip = `${d.message} (${d.rule}, line ${d.range.start.line + 1})`;
    const icon = d.severity === 'error' ? ['error', 'problemsErrorIcon.foreground'] : d.severity === 'warning' ? ['warning', 'problemsWarningIcon.foreground'] : ['info', 'problemsInfoIcon.foreground'];
    item.iconPath = new vscode.ThemeIcon(icon[0], new vscode.ThemeColor(icon[1]));
    item.contextValue = `problem.${d.rule}`;
    item.command = { command: 'vscode.open', title: 'Open', arguments: [vscode.Uri.parse(node.path), { selection: toRange(d.range) } satisfies vscode.TextDocumentShowOptions] };
    return item;
  }
}

/** Where a person of the entry is named (the interviewer to thank, the recruiter), else the first line. */
export function personRange(r: FileResult | undefined, person: string | undefined): vscode.Range {
  const key = person ? normalizeName(person) : undefined;
  const e = r?.entry;
  const p = key && e ? (e.interviewers.find((i) => i.key === key) ?? (e.recruiter?.key === key ? e.recruiter : undefined)) : undefined;
  return p ? toRange(p.range) : new vscode.Range(0, 0, 0, 0);
}

/**
 * What decides where an entry's row is: its group, its next step (the order within the group,
 * and the group's count) and its company. undefined for files the tree does not show.
 */
export function placeOf(r: FileResult | undefined): string | undefined {
  if (!r?.entry.isEntry || !r.next) return undefined;
  const n = r.next;
  return `${groupOf(n.urgency)}|${n.urgency}|${n.kind}|${n.due ? `${n.due.t}|${n.due.timed}` : '-'}|${n.text}|${r.entry.company}`;
}

/** "Company — Role"; the file name when the front matter could not be read. */
export function entryLabel(r: FileResult | undefined, uri: vscode.Uri): string {
  const e = r?.entry;
  const file = decodeURIComponent(uri.path.split('/').pop() ?? uri.path);
  if (!e?.company) return file;
  return e.role ? `${e.company} — ${e.role}` : `${e.company} — (no role)`;
}

function idOf(n: Node): string {
  switch (n.kind) {
    case 'folder':
      return `folder|${n.folderKey}`;
    case 'group':
      return `group|${n.folderKey ?? ''}|${n.group}`;
    case 'entry':
      return `entry|${n.path}`;
    case 'step':
      return `step|${n.path}|${n.index}|${n.step.kind}|${n.step.text}`;
    case 'problem':
      return `problem|${n.path}|${n.index}`;
  }
}

/** The entry's hover: interview date, interviewers, last contact, open problems. */
export function tooltip(r: FileResult, now: number): vscode.MarkdownString {
  const e = r.entry;
  const md = new vscode.MarkdownString(undefined, true);
  md.supportThemeIcons = true;
  md.appendMarkdown(`**${esc(entryLabel(r, vscode.Uri.parse(r.path)))}**`);
  // A file that was not read has nothing to show but why.
  const skipped = r.diagnostics.find(isSkippedDiagnostic);
  if (skipped) return md.appendMarkdown(`\n\n$(warning) ${esc(skipped.message)}`);
  if (e.round) md.appendMarkdown(` (${esc(e.round)})`);
  md.appendMarkdown('\n\n');
  const rows: string[] = [];
  rows.push(`$(calendar) Interview: ${e.interview ? formatWhen(e.interview) : 'no date'}`);
  rows.push(`$(person) Interviewers: ${e.interviewers.length ? e.interviewers.map((p) => esc(p.name)).join(', ') : 'none listed'}`);
  if (e.recruiter) rows.push(`$(organization) Recruiter: ${esc(e.recruiter.name)}${e.recruiter.agency ? ` (${esc(e.recruiter.agency)})` : ''}`);
  const last = e.contacts[e.contacts.length - 1];
  rows.push(`$(mail) Last contact: ${last ? `${formatWhen(last.when)}, ${last.kind} ${last.dir} ${esc(last.who)} by ${last.via}` : 'none yet'}`);
  rows.push(`$(tag) Status: ${e.status}`);
  if (e.decisionBy) rows.push(`$(clock) Decision by: ${formatWhen(e.decisionBy)}`);
  const problems = r.diagnostics.length;
  rows.push(`$(warning) Open problems: ${problems}`);
  if (r.next) rows.push(`$(arrow-right) Next: ${esc(stepLine(r.next, now))}`);
  md.appendMarkdown(rows.join('  \n'));
  return md;
}

function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>$]/g, (c) => `\\${c}`);
}
