/** The Problems panel: every entry's diagnostics, updated only for the paths that changed. */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, toDiagnostic } from './convert';
import type { JournalService, JournalUpdate } from './service';

export class DiagnosticsPublisher implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly sub: vscode.Disposable;

  constructor(private readonly service: JournalService) {
    this.sub = service.onDidUpdate((u) => this.update(u));
  }

  update(u: JournalUpdate): void {
    for (const path of u.removed) this.collection.delete(vscode.Uri.parse(path));
    for (const path of u.changed) {
      const uri = vscode.Uri.parse(path);
      const r = this.service.result(path);
      if (!r || !r.entry.isEntry || r.diagnostics.length === 0) this.collection.delete(uri);
      else this.collection.set(uri, r.diagnostics.map(toDiagnostic));
    }
  }

  dispose(): void {
    this.sub.dispose();
    this.collection.dispose();
  }
}
