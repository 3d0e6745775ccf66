/** "$(bell) 1 overdue, 2 due today" when any next step is overdue or due today; click focuses the tree. */
import * as vscode from 'vscode';
import { dueCountPhrase } from '../core/phrases';
import type { NextStepsProvider } from './tree';
import { VIEW_ID } from './commands';

export class FollowUpStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('interviewJournal.due', vscode.StatusBarAlignment.Left, 50);
  private readonly sub: vscode.Disposable;

  /** The counts last shown: the item and badge are only set again when they change. */
  private shown: string | undefined;

  constructor(
    private readonly tree: NextStepsProvider,
    private readonly view: vscode.TreeView<unknown>,
  ) {
    this.item.name = 'Interview Journal: follow-ups due';
    this.item.command = `${VIEW_ID}.focus`;
    // The counts change only when an entry changes group, comes or goes (the tree's shape).
    this.sub = tree.onDidChangeShape(() => this.update());
    this.update();
  }

  update(): void {
    const due = this.tree.dueCount();
    const overdue = this.tree.overdueCount();
    if (this.shown === `${due}|${overdue}`) return;
    this.shown = `${due}|${overdue}`;
    this.view.badge = overdue > 0 ? { value: overdue, tooltip: `${overdue} overdue ${overdue === 1 ? 'follow-up' : 'follow-ups'}` } : undefined;
    if (due === 0) {
      this.item.hide();
      return;
    }
    this.item.text = `$(bell) ${dueCountPhrase(overdue, due - overdue)}`;
    this.item.tooltip = `Interview Journal: ${due === 1 ? 'one next step needs' : `${due} next steps need`} you today. Click to see them.`;
    this.item.backgroundColor = overdue > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.sub.dispose();
    this.item.dispose();
  }
}
