/**
 * Interview Journal for VS Code: a thin layer over src/core. One JournalService analyses the
 * workspace in the background and keeps it up to date; the tree, CodeLens, Problems, quick
 * fixes, commands and status bar all read it.
 */
import * as vscode from 'vscode';
import { Assist } from './assist';
import { QuickFixes } from './codeactions';
import { NextStepLens } from './codelens';
import { Commands, VIEW_ID } from './commands';
import { Dashboard, DASHBOARD_VIEW_TYPE } from './dashboard';
import { DiagnosticsPublisher } from './diagnostics';
import { JournalService, type JournalUpdate } from './service';
import { FollowUpStatus } from './statusbar';
import { Invitations } from './invitation';
import { DraftLens, DraftSender } from './send';
import { NextStepsProvider, type Node } from './tree';

/** What activate() returns: the extension's API, used by the integration tests. */
export interface InterviewJournalApi {
  service: JournalService;
  tree: NextStepsProvider;
  diagnostics: vscode.DiagnosticCollection;
  /** The "N follow-ups due" status bar item and the view (for its badge). */
  statusItem: vscode.StatusBarItem;
  view: vscode.TreeView<Node>;
  /** Resolves when the first full analysis of the workspace is done. */
  ready: Promise<void>;
  onDidUpdate: vscode.Event<JournalUpdate>;
  /** Date.now() at activation and when the first full analysis was published (for the benchmark). */
  timings: { activated: number; ready?: number };
  /** New Interview from Invitation (its onDidPrompt lets tests drive the prompts). */
  invitations: Invitations;
  /** The dashboard: its last posted model and its events (for the integration tests). */
  dashboard: Dashboard;
}

export function activate(context: vscode.ExtensionContext): InterviewJournalApi {
  const timings: InterviewJournalApi['timings'] = { activated: Date.now() };
  const log = vscode.window.createOutputChannel('Interview Journal', { log: true });
  const service = new JournalService(log);
  const diagnostics = new DiagnosticsPublisher(service);
  const tree = new NextStepsProvider(service);
  const view = vscode.window.createTreeView<Node>(VIEW_ID, { treeDataProvider: tree, showCollapseAll: true });
  const status = new FollowUpStatus(tree, view as vscode.TreeView<unknown>);
  const lens = new NextStepLens(service);
  const invitations = new Invitations(service);
  const draftLens = new DraftLens(service);
  const dashboard = new Dashboard(service, context.extensionUri);
  const selector: vscode.DocumentSelector = [{ language: 'markdown' }, { pattern: '**/*.md' }];
  const updateEntryContext = () => {
    const doc = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand('setContext', 'interviewJournal.entryOpen', !!(doc && service.result(doc.uri)?.entry.isEntry));
  };
  context.subscriptions.push(
    log,
    service,
    diagnostics,
    tree,
    view,
    status,
    lens,
    vscode.languages.registerCodeLensProvider(selector, lens),
    vscode.languages.registerCodeActionsProvider(selector, new QuickFixes(service), QuickFixes.metadata),
    ...new Commands(service).register(),
    vscode.window.onDidChangeActiveTextEditor(updateEntryContext),
    service.onDidUpdate(updateEntryContext),
    invitations,
    ...invitations.register(),
    draftLens,
    vscode.languages.registerCodeLensProvider(selector, draftLens),
    ...new DraftSender(service).register(),
    dashboard,
    vscode.commands.registerCommand('interviewJournal.openDashboard', () => dashboard.open()),
    vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, dashboard.serializer),
  );
  const assist = new Assist(service);
  context.subscriptions.push(assist, ...assist.register());
  service.start();
  void service.ready.then(() => (timings.ready = Date.now()));
  return { service, tree, diagnostics: diagnostics.collection, statusItem: status.item, view, ready: service.ready, onDidUpdate: service.onDidUpdate, timings, invitations, dashboard };
}

export function deactivate(): void {}
