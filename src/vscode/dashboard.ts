/**
 * The dashboard: a webview with the statistics of every workspace folder (one journal each,
 * and a roll-up), drawn by the same chart code as the HTML report. It follows the journal:
 * after an update it recomputes the model (debounced) and posts it only when it changed.
 */
import * as vscode from 'vscode';
import { chartsHtml, CHART_CSS, DEFAULT_MAX_TIMELINES } from '../core/charts';
import { computeStats, StatsCache, type StatsGroupInput, type StatsModel } from '../core/stats';
import type { JournalService } from './service';

export const DASHBOARD_VIEW_TYPE = 'interviewJournal.dashboard';
/** Bursts of edits become one redraw. */
const DEBOUNCE_MS = 150;

/** What the webview says back (see media/dashboard.js). */
type FromWebview = { type: 'ready' } | { type: 'open'; path: string; line: number } | { type: 'rendered'; entries: number; charts: number; ms: number };

export interface Rendered {
  entries: number;
  charts: number;
  /** Time the script took to draw the model, in the webview. */
  ms: number;
}

export class Dashboard implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastJson: string | undefined;
  private last: StatsModel | undefined;
  /** Display path (as in the model) to the file's uri. */
  private uris = new Map<string, string>();
  /** The file's uri to its display path, made once per file (with one or several folders). */
  private displays = new Map<string, string>();
  private displaysMulti = false;
  /** Each entry's part of the model while the panel is open: a model after an edit works out the edited entries only. */
  private cache = new StatsCache();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly posted = new vscode.EventEmitter<StatsModel>();
  private readonly rendered = new vscode.EventEmitter<Rendered>();
  /** Fires with each model sent to the webview (tests, the benchmark). */
  readonly onDidPost = this.posted.event;
  /** Fires when the webview has drawn a model. */
  readonly onDidRender = this.rendered.event;
  lastRendered: Rendered | undefined;

  constructor(
    private readonly service: JournalService,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.disposables.push(
      service.onDidUpdate(() => this.schedule()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.displays.clear()),
      this.posted,
      this.rendered,
    );
  }

  /** The last model posted to the webview (undefined before the first). */
  lastModel(): StatsModel | undefined {
    return this.last;
  }

  /** The page's HTML as last set (for the tests: its security policy). */
  pageHtml: string | undefined;

  private get media(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'media');
  }

  private get options(): vscode.WebviewOptions {
    return { enableScripts: true, localResourceRoots: [this.media] };
  }

  /** Opens the dashboard (or brings it to the front); the page asks for the model when loaded. */
  async open(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    this.attach(vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, 'Interview Journal Dashboard', vscode.ViewColumn.Active, this.options));
    await this.service.ready;
  }

  /** Restores the dashboard after a reload of the window (its page state comes back with it). */
  readonly serializer: vscode.WebviewPanelSerializer = {
    deserializeWebviewPanel: async (panel: vscode.WebviewPanel) => {
      if (this.panel) {
        panel.dispose();
        return;
      }
      panel.webview.options = this.options;
      this.attach(panel);
    },
  };

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.media, 'journal.svg');
    this.pageHtml = panel.webview.html = this.page(panel.webview, this.media);
    this.lastJson = undefined;
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.lastJson = undefined;
      this.cache = new StatsCache();
      this.displays.clear();
    }, undefined, this.disposables);
    panel.webview.onDidReceiveMessage((m: FromWebview) => void this.onMessage(m), undefined, this.disposables);
  }

  private async onMessage(m: FromWebview): Promise<void> {
    switch (m.type) {
      case 'ready':
        // A new page (first load, or reloaded after being hidden): it needs the model again.
        this.lastJson = undefined;
        await this.service.ready;
        this.update();
        return;
      case 'open': {
        const uri = this.uris.get(m.path);
        if (!uri || !Number.isInteger(m.line) || m.line < 0) return;
        const pos = new vscode.Position(m.line, 0);
        await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(pos, pos), viewColumn: vscode.ViewColumn.Beside });
        return;
      }
      case 'rendered':
        this.lastRendered = { entries: m.entries, charts: m.charts, ms: m.ms };
        this.rendered.fire(this.lastRendered);
        return;
    }
  }

  private schedule(): void {
    if (!this.panel) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, DEBOUNCE_MS);
  }

  /** The model of every folder's journal: one group per workspace folder, and the roll-up. */
  model(): StatsModel {
    const groups: StatsGroupInput[] = [];
    this.uris.clear();
    const multi = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    if (multi !== this.displaysMulti) this.displays.clear();
    this.displaysMulti = multi;
    for (const fj of this.service.folderJournals()) {
      const j = fj.journal;
      // The timelines read every entry's plan: the journal keeps the ones its analysis works out.
      j.keepPlans();
      const items = [];
      for (const result of j.all()) {
        if (!result.entry.isEntry) continue;
        let path = this.displays.get(result.path);
        if (path === undefined) {
          const uri = vscode.Uri.parse(result.path);
          path = uri.scheme === 'file' || fj.folder ? vscode.workspace.asRelativePath(uri, multi) : result.path;
          this.displays.set(result.path, path);
        }
        this.uris.set(path, result.path);
        items.push({ path, result, plan: () => j.plan(result.path) });
      }
      if (items.length || fj.folder) groups.push({ name: fj.folder?.name ?? 'Other files', now: j.now(), items });
    }
    // The page shows the latest timelines only: the others are not made.
    return computeStats(groups, { maxTimelines: DEFAULT_MAX_TIMELINES, cache: this.cache });
  }

  /** Recomputes the model and posts it when it changed. */
  update(): void {
    const panel = this.panel;
    if (!panel) return;
    let model: StatsModel;
    try {
      model = this.model();
    } catch (err) {
      this.service.log.error(`dashboard: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    const json = JSON.stringify(model);
    if (json === this.lastJson) return;
    this.lastJson = json;
    this.last = model;
    const html = chartsHtml(model, { interactive: true, maxTimelines: DEFAULT_MAX_TIMELINES });
    void panel.webview.postMessage({ type: 'model', model: { entries: model.entries, now: model.now }, html });
    this.posted.fire(model);
  }

  private page(webview: vscode.Webview, media: vscode.Uri): string {
    const nonce = makeNonce();
    const csp = [`default-src 'none'`, `img-src ${webview.cspSource}`, `style-src ${webview.cspSource} 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`].join('; ');
    const css = webview.asWebviewUri(vscode.Uri.joinPath(media, 'dashboard.css'));
    const js = webview.asWebviewUri(vscode.Uri.joinPath(media, 'dashboard.js'));
    return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="stylesheet" href="${css}">
<style nonce="${nonce}">${CHART_CSS}</style>
<title>Interview Journal Dashboard</title></head>
<body><header><h1>How the search is going</h1><p id="meta" class="meta">Reading the journal…</p>
<p id="filter" class="filter" hidden><span id="filter-text"></span> <button id="clear" type="button">Show all</button></p></header>
<main id="root" aria-live="polite" aria-busy="true"></main>
<script nonce="${nonce}" src="${js}"></script></body></html>`;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

function makeNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
