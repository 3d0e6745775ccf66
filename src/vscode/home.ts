/**
 * The user's home folder, where a default for a file dialog outside the journal is wanted. The
 * one Node import of src/vscode: the browser bundle swaps this file for home.web.ts.
 */
import { homedir } from 'node:os';
import * as vscode from 'vscode';

export function userHome(): vscode.Uri | undefined {
  try {
    return vscode.Uri.file(homedir());
  } catch {
    return undefined;
  }
}
