/**
 * The integration suite's entry in the web worker extension host (vscode.dev, github.dev), run
 * by scripts/vscode-test-web.mjs. The suites listed here use only the `vscode` API (and
 * `node:assert`, bundled for the browser), so they run a second time, unchanged, in the
 * browser: a new suite file opts in with one import line below (CONTRIBUTING.md).
 */
import { runMocha } from './setup';
import '../suite/extension.test';
import '../suite/smoke.test';
import '../suite/snippets.test';
import './web.test';
import './virtual.test';

export function run(): Promise<void> {
  return runMocha();
}
