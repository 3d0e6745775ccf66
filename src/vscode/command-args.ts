/** The arguments of the commands (keybindings, tree nodes, tests) and how a path becomes a Uri. */
import * as vscode from 'vscode';
import type { ContactKind, Via } from '../core/types';
import type { Node } from './tree';

/** The argument object of interviewJournal.logContact (for keybindings and tests). */
export interface LogContactArgs {
  uri?: vscode.Uri | string;
  date?: string;
  to?: string;
  from?: string;
  via?: Via;
  kind?: ContactKind;
  note?: string;
}

export interface NewInterviewArgs {
  company: string;
  role: string;
  /** `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`. */
  date: string;
  /** Who interviewed you (optional; more can be added in the file). */
  interviewers?: string[];
  /** The workspace folder (or any folder) under which `interviewJournal.folder` is created. */
  folderUri?: vscode.Uri | string;
}

export function toUri(u: vscode.Uri | string): vscode.Uri {
  return typeof u === 'string' ? (/^[a-z][\w+.-]*:/i.test(u) && !/^[a-z]:[\\/]/i.test(u) ? vscode.Uri.parse(u) : pathUri(u)) : u;
}

/** A file path in the workspace's own scheme (vscode-remote, vscode-vfs in the browser); a relative one from the first folder. */
function pathUri(p: string): vscode.Uri {
  const path = /^[a-z]:[\\/]/i.test(p) ? `/${p.replace(/\\/g, '/')}` : p;
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!path.startsWith('/')) return folders[0] ? vscode.Uri.joinPath(folders[0].uri, path) : vscode.Uri.from({ scheme: 'file', path: `/${path}` });
  const folder = folders.find((f) => path === f.uri.path || path.startsWith(f.uri.path.replace(/\/$/, '') + '/')) ?? folders[0];
  return folder ? folder.uri.with({ path, query: '', fragment: '' }) : vscode.Uri.from({ scheme: 'file', path });
}

/** A uri string from a command argument: a Uri, a string, {uri}, or a tree node. */
export function uriOfArg(arg: unknown): string | undefined {
  if (!arg) return undefined;
  if (arg instanceof vscode.Uri) return arg.toString();
  if (typeof arg === 'string') return toUri(arg).toString();
  if (typeof arg === 'object') {
    const o = arg as Partial<Node> & { uri?: unknown; path?: unknown };
    if (o.uri instanceof vscode.Uri || typeof o.uri === 'string') return uriOfArg(o.uri);
    if ('kind' in o && typeof o.path === 'string' && (o.kind === 'entry' || o.kind === 'step' || o.kind === 'problem')) return o.path;
  }
  return undefined;
}

export function isLogArgs(arg: unknown): arg is LogContactArgs {
  if (!arg || typeof arg !== 'object' || arg instanceof vscode.Uri) return false;
  if ('kind' in arg && ['entry', 'step', 'problem', 'group', 'folder'].includes(String((arg as { kind: unknown }).kind)) && 'path' in arg) return false;
  return ['uri', 'to', 'from', 'date', 'via', 'kind', 'note'].some((k) => k in arg);
}

export function isNewArgs(arg: unknown): arg is NewInterviewArgs {
  return !!arg && typeof arg === 'object' && typeof (arg as NewInterviewArgs).company === 'string' && typeof (arg as NewInterviewArgs).role === 'string' && typeof (arg as NewInterviewArgs).date === 'string';
}
