// `npm run test:integration`: runs the mocha suite of test/integration/ inside a real VS Code,
// then the UI-level Playwright check (test/integration/ui/).
//
// The host is chosen by what is available; a run never skips:
//   - @vscode/test-electron (desktop VS Code, its version pinned to engines.vscode) when
//     VSCODE_EXECUTABLE names a VS Code binary or IJ_HOST=electron (it downloads VS Code,
//     which works on an ordinary developer machine but not on this project's machines);
//   - otherwise code-server 4.100.3 (installed into .cache/code-server on first use) rendered
//     by Debian's chromium through playwright-core: shared/notes/real-vscode-offline.md.
// If no host can start, this exits 1 and says why.
//
// Environment: IJ_GREP=word (run only matching tests), IJ_TIMEOUT=seconds (whole suite, default
// 600), IJ_UI=0 (leave out the UI check, said loudly), IJ_VERBOSE=1 (all workbench console output).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import {
  CODE_SERVER_VERSION,
  ROOT,
  codeServerVscodeVersion,
  ensureCodeServer,
  launchChromium,
  prepareWorkspace,
  remoteUri,
  startCodeServer,
  workbenchUrl,
} from './code-server.mjs';

const TESTS_INDEX = join(ROOT, 'out', 'test', 'integration', 'index.js');
const FAILURE_DIR = join(ROOT, 'out', 'test');
const timeoutMs = Number(process.env.IJ_TIMEOUT || 600) * 1000;
const verbose = process.env.IJ_VERBOSE === '1';
const phases = [];

function say(...a) {
  console.log('[test:integration]', ...a);
}

async function phase(name, fn) {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    const s = ((Date.now() - t0) / 1000).toFixed(1);
    phases.push(`${name} ${s} s`);
    say(`${name}: ${s} s`);
  }
}

function fail(message) {
  console.error(`[test:integration] FAILED: ${message}`);
  process.exit(1);
}

function build() {
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--tests'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) fail('the build (node scripts/build.mjs --tests) failed');
  if (!existsSync(TESTS_INDEX)) fail(`${TESTS_INDEX} was not built`);
  if (!existsSync(join(ROOT, 'dist', 'extension.js'))) fail('dist/extension.js was not built (is src/vscode/extension.ts there?)');
}

function readResult(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Desktop VS Code through @vscode/test-electron. */
async function runElectron(ws, resultFile) {
  const { runTests } = await import('@vscode/test-electron');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const version = pkg.engines.vscode.replace(/^[\^~>=]+/, '');
  const opts = {
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: TESTS_INDEX,
    launchArgs: [ws.workspaceFile, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: testEnv(ws, resultFile),
  };
  if (process.env.VSCODE_EXECUTABLE) opts.vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  else opts.version = version;
  say(`host: @vscode/test-electron, ${process.env.VSCODE_EXECUTABLE ? `VS Code at ${process.env.VSCODE_EXECUTABLE}` : `VS Code ${version} (downloaded)`}`);
  try {
    return await runTests(opts);
  } catch (err) {
    // runTests rejects both when VS Code cannot be downloaded or started and when the suite
    // fails; only the result file tells the two apart.
    if (readResult(resultFile)) return 1;
    throw new Error(
      `@vscode/test-electron could not run VS Code (${err?.message ?? err}). ` +
        'Where VS Code cannot be downloaded, set VSCODE_EXECUTABLE to an installed one, or unset IJ_HOST to use code-server.',
    );
  }
}

// Workbench chatter that says nothing about the extension or the tests.
const NOISE = /Resolving connection token|Resolved connection token|Creating a socket|\[Service Worker\]|ChatSessionStore|Updating additional builtin extensions|Started local extension host|Overwriting extension|same-origin iframe|allow-scripts and allow-same-origin|Failed to load resource|Ignoring fetching additional builtin extensions|Extension host \(Remote\) is unresponsive|^\s*$/;

/** Turns a workbench console message back into the text the extension host logged. */
async function consoleText(msg) {
  const args = await Promise.all(msg.args().map((a) => a.jsonValue().catch(() => String(a))));
  if (typeof args[0] === 'string' && args[0].startsWith('%c')) {
    // The workbench's log format: '%c LEVEL', 'css', then the logged arguments.
    const level = args[0].slice(2).trim();
    const rest = args.slice(2);
    const text = rest.length ? format(...rest) : '';
    return { level, text };
  }
  return { level: msg.type(), text: args.length ? format(...args) : msg.text() };
}

/** Forwards the workbench console (and so the extension host's, where mocha reports) to stdout, in order. */
function consoleForwarder() {
  let chain = Promise.resolve();
  const handler = (msg) => {
    chain = chain.then(async () => {
      const { level, text } = await consoleText(msg).catch(() => ({ level: msg.type(), text: msg.text() }));
      if (verbose) return void process.stdout.write(`${level === 'INFO' || level === 'log' ? '' : `[${level}] `}${text}\n`);
      if (NOISE.test(text)) return;
      if (level === 'INFO' || level === 'ERR' || level === 'WARN' || level === 'error') {
        process.stdout.write(`${level === 'INFO' ? '' : `[${level}] `}${text}\n`);
      }
    });
  };
  handler.flush = () => chain;
  return handler;
}

/** code-server + chromium via playwright-core. */
async function runCodeServer(ws, resultFile) {
  await phase('code-server install (0 s when cached)', async () => ensureCodeServer());
  say(`host: code-server ${CODE_SERVER_VERSION} (VS Code ${codeServerVscodeVersion()}) in chromium`);
  const server = await phase('start code-server', () =>
    startCodeServer({ env: testEnv(ws, resultFile) }),
  );
  let browser;
  try {
    browser = await phase('start chromium', () => launchChromium());
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let exit;
    const exited = new Promise((resolve) => (exit = resolve));
    await page.exposeFunction('codeAutomationExit', (code) => exit(Number(code)));
    const forward = consoleForwarder();
    page.on('console', forward);
    page.on('pageerror', (err) => verbose && console.log('[page error]', err.message));
    const payload = [
      ['extensionDevelopmentPath', remoteUri(server, ROOT)],
      ['extensionTestsPath', remoteUri(server, TESTS_INDEX)],
      ['skipWelcome', 'true'],
    ];
    const url = workbenchUrl(server, { workspace: ws.workspaceFile, payload });
    if (verbose) say(`page: ${url}`);
    return await phase('suite (page load + tests)', async () => {
      await page.goto(url);
      let timer;
      const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
      const code = await Promise.race([exited, timedOut]);
      clearTimeout(timer);
      await forward.flush();
      if (code === 'timeout') {
        console.error(`[test:integration] the suite did not finish within ${timeoutMs / 1000} s (IJ_TIMEOUT)`);
        if (!verbose) console.error(server.output().split('\n').slice(-40).join('\n'));
      }
      if (code !== 0) {
        mkdirSync(FAILURE_DIR, { recursive: true });
        const shot = join(FAILURE_DIR, 'failure-suite.png');
        await page.screenshot({ path: shot }).then(
          () => say(`screenshot of the workbench: ${shot}`),
          () => {},
        );
        return code === 'timeout' ? 1 : code;
      }
      return 0;
    });
  } finally {
    await browser?.close().catch(() => {});
    server.stop();
  }
}

/** What the extension host's test run is told through its environment. */
function testEnv(ws, resultFile) {
  const env = { IJ_RESULT_FILE: resultFile, IJ_GREP: process.env.IJ_GREP ?? '', IJ_WORKSPACE_DIR: ws.dir };
  if (perf) Object.assign(env, { IJ_PERF: '1', IJ_PERF_FILE: process.env.IJ_PERF_FILE ?? join(ws.dir, 'perf.json') });
  return env;
}

/**
 * IJ_PERF=1 (scripts/bench.mjs --editor): one folder holding a generated journal of
 * IJ_PERF_ENTRIES entries (1,000), the clock pinned, and the editor benchmark instead of the suite.
 */
const perf = process.env.IJ_PERF === '1';
async function preparePerfWorkspace() {
  const { generate } = await import('./bench/generate.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'ij-perf-'));
  const folder = join(dir, 'perf');
  generate(folder, Number(process.env.IJ_PERF_ENTRIES || 1000));
  const settings = { 'interviewJournal.today': '2026-11-23' };
  const workspaceFile = join(dir, 'perf.code-workspace');
  writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: 'perf' }], settings }, null, 2) + '\n');
  return { dir, journal: folder, workspaceFile, settings };
}

async function main() {
  await phase('build', async () => build());
  const ws = perf ? await preparePerfWorkspace() : prepareWorkspace({ prefix: 'ij-it-' });
  const resultFile = join(ws.dir, 'result.json');
  rmSync(resultFile, { force: true });
  const useElectron = !!process.env.VSCODE_EXECUTABLE || process.env.IJ_HOST === 'electron';
  let code;
  try {
    code = useElectron ? await runElectron(ws, resultFile) : await runCodeServer(ws, resultFile);
  } catch (err) {
    fail(`no VS Code host could run the suite: ${err?.stack ?? err}`);
  }
  const result = readResult(resultFile);
  if (!result) {
    fail(`the suite did not report a result (exit ${code}): the extension host never ran test/integration/index.ts to the end`);
  }
  say(`VS Code ${result.vscodeVersion} (${useElectron ? 'desktop, @vscode/test-electron' : `code-server ${CODE_SERVER_VERSION}`}): ${result.passed} passing, ${result.failed} failing`);
  for (const f of result.failures ?? []) console.log(`  failed: ${f}`);
  let ui = { passed: 0, failed: 0 };
  if (code === 0 && result.failed === 0 && result.passed > 0) {
    if (process.env.IJ_UI === '0' || perf) {
      say('UI check LEFT OUT (IJ_UI=0)');
    } else {
      const { runUiChecks } = await import('../test/integration/ui/ui-check.mjs');
      ui = await phase('UI check (package, install VSIX, Playwright)', () => runUiChecks());
    }
  }
  rmSync(ws.dir, { recursive: true, force: true });
  say(`phases: ${phases.join(', ')}`);
  const passed = result.passed + ui.passed;
  const failed = result.failed + ui.failed + (code !== 0 && result.failed === 0 ? 1 : 0);
  console.log(`integration: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

main().catch((err) => fail(err?.stack ?? String(err)));
