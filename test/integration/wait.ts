/** Waiting on VS Code events in the integration suites: never a fixed sleep. */
import type * as vscode from 'vscode';

/** Resolves when `check()` is true, re-checking on each event; rejects after `ms` naming `what`. */
export function waitFor<T>(event: vscode.Event<T>, check: () => boolean, what: string, ms = 15000): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
    }, ms);
    const sub = event(() => {
      if (check()) {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  });
}
