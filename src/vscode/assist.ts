/**
 * The editor's assistance in journal files, adapted from src/core/assist: completion (with the
 * front-matter snippets), hover, rename, go to definition, find references and inlay hints.
 * Each request reads the document's lines around the cursor and the journal's analysis.
 */
import * as vscode from 'vscode';
import { completion, definition, hover, inlayHints, prepareRename, references, rename, worldOf, type CompletionItem, type Lines, type Spot, type World } from '../core/assist';
import type { JournalService } from './service';

export const SELECTOR: vscode.DocumentSelector = [{ language: 'markdown' }];
/** `:` and space start a value, `,` and `{` a key in a flow map, `-` an item. */
export const TRIGGERS = [':', ' ', ',', '{', '[', '-'];

function linesOfDoc(doc: vscode.TextDocument): Lines {
  return { count: doc.lineCount, line: (i) => (i >= 0 && i < doc.lineCount ? doc.lineAt(i).text : '') };
}

const KINDS: Record<CompletionItem['kind'], vscode.CompletionItemKind> = {
  key: vscode.CompletionItemKind.Property,
  value: vscode.CompletionItemKind.EnumMember,
  person: vscode.CompletionItemKind.User,
  date: vscode.CompletionItemKind.Constant,
  rule: vscode.CompletionItemKind.Issue,
  company: vscode.CompletionItemKind.Module,
  snippet: vscode.CompletionItemKind.Snippet,
  contact: vscode.CompletionItemKind.Event,
  boolean: vscode.CompletionItemKind.Value,
  text: vscode.CompletionItemKind.Text,
};

export class Assist implements vscode.CompletionItemProvider, vscode.HoverProvider, vscode.RenameProvider, vscode.DefinitionProvider, vscode.ReferenceProvider, vscode.InlayHintsProvider, vscode.Disposable {
  private readonly hintsChanged = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.hintsChanged.event;
  private readonly subs: vscode.Disposable[];

  constructor(private readonly service: JournalService) {
    this.subs = [
      // Hints read the plan: new analysis or settings, new hints.
      service.onDidUpdate(() => this.hintsChanged.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('interviewJournal')) this.hintsChanged.fire();
      }),
    ];
  }

  register(): vscode.Disposable[] {
    return [
      vscode.languages.registerCompletionItemProvider(SELECTOR, this, ...TRIGGERS),
      vscode.languages.registerHoverProvider(SELECTOR, this),
      vscode.languages.registerRenameProvider(SELECTOR, this),
      vscode.languages.registerDefinitionProvider(SELECTOR, this),
      vscode.languages.registerReferenceProvider(SELECTOR, this),
      vscode.languages.registerInlayHintsProvider(SELECTOR, this),
    ];
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.hintsChanged.dispose();
  }

  private world(doc: vscode.TextDocument): World | undefined {
    if (!this.service.isJournalUri(doc.uri)) return undefined;
    const path = doc.uri.toString();
    const fj = this.service.folderOfPath(path) ?? this.service.folderJournals()[0];
    return fj ? worldOf(fj.journal, path) : undefined;
  }

  provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position, _t: vscode.CancellationToken, ctx: vscode.CompletionContext): vscode.CompletionList {
    const world = this.world(doc);
    if (!world) return new vscode.CompletionList([]);
    const { items, incomplete } = completion(linesOfDoc(doc), pos.line, pos.character, world, { explicit: ctx.triggerKind === vscode.CompletionTriggerKind.Invoke });
    const list = items.map((x) => {
      const item = new vscode.CompletionItem(x.description ? { label: x.label, description: x.description } : x.label, KINDS[x.kind]);
      item.insertText = x.snippet ? new vscode.SnippetString(x.insert) : x.insert;
      item.range = new vscode.Range(x.line, Math.min(x.start, pos.character), x.line, Math.max(x.end, pos.character));
      item.sortText = x.sort;
      item.filterText = x.kind === 'contact' ? x.insert : x.label;
      if (x.detail) item.detail = x.detail;
      if (x.documentation) item.documentation = new vscode.MarkdownString(x.documentation);
      if (x.retrigger) item.command = { command: 'editor.action.triggerSuggest', title: 'Suggest values' };
      return item;
    });
    return new vscode.CompletionList(list, incomplete);
  }

  provideHover(doc: vscode.TextDocument, pos: vscode.Position): vscode.Hover | undefined {
    const world = this.world(doc);
    const h = world && hover(linesOfDoc(doc), pos.line, pos.character, world);
    return h ? new vscode.Hover(new vscode.MarkdownString(h.markdown), new vscode.Range(h.line, h.start, h.line, h.end)) : undefined;
  }

  prepareRename(doc: vscode.TextDocument, pos: vscode.Position): vscode.ProviderResult<{ range: vscode.Range; placeholder: string }> {
    const r = prepareRename(linesOfDoc(doc), pos.line, pos.character);
    if ('error' in r) throw new Error(r.error);
    return { range: new vscode.Range(r.line, r.start, r.line, r.end), placeholder: r.placeholder };
  }

  provideRenameEdits(doc: vscode.TextDocument, pos: vscode.Position, newName: string): vscode.WorkspaceEdit {
    const world = this.world(doc);
    if (!world) throw new Error('This file is not part of the journal.');
    const edits = rename(linesOfDoc(doc), pos.line, pos.character, newName, world);
    if ('error' in edits) throw new Error(edits.error);
    const we = new vscode.WorkspaceEdit();
    for (const e of edits) we.replace(vscode.Uri.parse(e.path), new vscode.Range(e.line, e.start, e.line, e.end), e.newText);
    return we;
  }

  provideDefinition(doc: vscode.TextDocument, pos: vscode.Position): vscode.Location[] {
    const world = this.world(doc);
    return world ? definition(linesOfDoc(doc), pos.line, pos.character, world).map(location) : [];
  }

  provideReferences(doc: vscode.TextDocument, pos: vscode.Position, ctx: vscode.ReferenceContext): vscode.Location[] {
    const world = this.world(doc);
    return world ? references(linesOfDoc(doc), pos.line, pos.character, world, ctx.includeDeclaration).map(location) : [];
  }

  provideInlayHints(doc: vscode.TextDocument, range: vscode.Range): vscode.InlayHint[] {
    if (!vscode.workspace.getConfiguration('interviewJournal', doc.uri).get<boolean>('inlayHints', true)) return [];
    const world = this.world(doc);
    if (!world) return [];
    return inlayHints(linesOfDoc(doc), world, { startLine: range.start.line, endLine: range.end.line }).map((h) => {
      const hint = new vscode.InlayHint(new vscode.Position(h.line, h.character), h.label, vscode.InlayHintKind.Parameter);
      hint.paddingLeft = true;
      if (h.tooltip) hint.tooltip = h.tooltip;
      return hint;
    });
  }
}

function location(s: Spot): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(s.path), new vscode.Range(s.line, s.start, s.line, s.end));
}
