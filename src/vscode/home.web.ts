/** In the browser there is no home folder to offer: dialogs open where VS Code chooses. */
import type * as vscode from 'vscode';

export function userHome(): vscode.Uri | undefined {
  return undefined;
}
