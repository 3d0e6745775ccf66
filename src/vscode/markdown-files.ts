/** The markdown files of the workspace: searched where the file system has a search, else walked. */
import * as vscode from 'vscode';

export const EXCLUDE = '**/{node_modules,.*}/**';

/** How long a folder's search may take before it is walked instead (a file system without a search provider never answers). */
const SEARCH_TIMEOUT_MS = 10_000;

/**
 * Every markdown file of the workspace folders (see listMarkdown); a file in two nested folders
 * is listed once.
 */
export async function findMarkdownFiles(onError?: (dir: vscode.Uri, err: unknown) => void): Promise<vscode.Uri[]> {
  const lists = await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => listMarkdown(folder.uri, onError)));
  const seen = new Set<string>();
  return lists.flat().filter((u) => !seen.has(u.toString()) && !!seen.add(u.toString()));
}

/**
 * The markdown files under a folder. On disk (file:, vscode-remote:) it is searched, and walked
 * with readDirectory when search finds nothing or does not answer; anywhere else (github.dev's
 * virtual file system, whose search sees only committed files) it is walked.
 */
export async function listMarkdown(base: vscode.Uri, onError?: (dir: vscode.Uri, err: unknown) => void): Promise<vscode.Uri[]> {
  if (base.scheme === 'file' || base.scheme === 'vscode-remote') {
    const cancel = new vscode.CancellationTokenSource();
    const timer = setTimeout(() => cancel.cancel(), SEARCH_TIMEOUT_MS);
    try {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(base, '**/*.md'), EXCLUDE, undefined, cancel.token);
      if (found.length && !cancel.token.isCancellationRequested) return found;
    } catch {
      // No search here: walk.
    } finally {
      clearTimeout(timer);
      cancel.dispose();
    }
  }
  return walkMarkdown(base, onError);
}

/** The `*.md` files under `root` by reading its directories, leaving out node_modules, dot-folders and linked folders. */
export async function walkMarkdown(root: vscode.Uri, onError?: (dir: vscode.Uri, err: unknown) => void): Promise<vscode.Uri[]> {
  const out: vscode.Uri[] = [];
  let level = [root];
  while (level.length) {
    const next: vscode.Uri[] = [];
    await Promise.all(
      level.map(async (dir) => {
        let entries: [string, vscode.FileType][];
        try {
          entries = await vscode.workspace.fs.readDirectory(dir);
        } catch (err) {
          onError?.(dir, err);
          return;
        }
        for (const [name, type] of entries) {
          if (type & vscode.FileType.Directory) {
            // A linked folder may link back up: not followed.
            if (!(type & vscode.FileType.SymbolicLink) && name !== 'node_modules' && !name.startsWith('.')) next.push(vscode.Uri.joinPath(dir, name));
          } else if (/\.md$/i.test(name)) {
            out.push(vscode.Uri.joinPath(dir, name));
          }
        }
      }),
    );
    level = next;
  }
  return out;
}
