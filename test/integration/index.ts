/**
 * The integration suite's entry, loaded inside the VS Code extension host by
 * `@vscode/test-electron` or by the code-server launcher (scripts/vscode-test.mjs): runs every
 * compiled suite/*.test.js with mocha and resolves when all pass.
 *
 * It prints a closing line "integration: N passed, N failed (VS Code X)", and when
 * IJ_RESULT_FILE is set it also writes the counts there as JSON for the launcher.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 20000, color: false, reporter: 'spec' });
  // IJ_GREP narrows the run while developing (e.g. IJ_GREP=smoke npm run test:integration).
  if (process.env.IJ_GREP) mocha.grep(process.env.IJ_GREP);
  // IJ_PERF=1 (set by `node scripts/bench.mjs --editor`): the editor benchmark instead of the suite.
  const suiteDir = join(__dirname, process.env.IJ_PERF === '1' ? 'perf' : 'suite');
  const files = readdirSync(suiteDir)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const f of files) mocha.addFile(join(suiteDir, f));

  const started = Date.now();
  const failures: string[] = [];
  const { passed, failed } = await new Promise<{ passed: number; failed: number }>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve({ passed: runner.stats?.passes ?? 0, failed: runner.stats?.failures ?? 0 }));
      runner.on('fail', (test, err: Error) => failures.push(`${test.fullTitle()}: ${err?.message ?? err}`));
    } catch (err) {
      reject(err);
    }
  });
  const summary = { passed, failed, files: files.length, vscodeVersion: vscode.version, appHost: vscode.env.appHost, ms: Date.now() - started, failures };
  if (process.env.IJ_RESULT_FILE) writeFileSync(process.env.IJ_RESULT_FILE, JSON.stringify(summary, null, 2));
  console.log(`integration: ${passed} passed, ${failed} failed (VS Code ${vscode.version})`);
  if (failed > 0 || passed === 0) {
    throw new Error(passed === 0 && failed === 0 ? 'integration: no test ran' : `${failed} integration test(s) failed`);
  }
}
