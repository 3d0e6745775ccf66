/**
 * Mocha in the web worker extension host: its browser build (the Node one needs `fs` to load
 * files), the bdd globals set up before any suite file is evaluated, reports through the
 * console, which scripts/vscode-test-web.mjs reads from the page.
 */
import 'mocha/mocha';
import * as vscode from 'vscode';

mocha.setup({ ui: 'bdd', reporter: 'spec', timeout: 20000, color: false });

/** Runs the suites registered so far; prints "web: N passed, N failed" and rejects on any failure. */
export function runMocha(): Promise<void> {
  const failures: string[] = [];
  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        const passed = runner.stats?.passes ?? 0;
        const failed = runner.stats?.failures ?? 0;
        for (const f of failures) console.log(`web failed: ${f}`);
        console.log(`web: ${passed} passed, ${failed} failed (VS Code ${vscode.version}, web worker extension host)`);
        if (failed > 0 || passed === 0) reject(new Error(passed === 0 && failed === 0 ? 'web: no test ran' : `${failed} web test(s) failed`));
        else resolve();
      });
      runner.on('fail', (test, err: Error) => failures.push(`${test.fullTitle()}: ${err?.message ?? err}`));
    } catch (err) {
      reject(err);
    }
  });
}
