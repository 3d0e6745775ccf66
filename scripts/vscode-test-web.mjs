// `npm run test:web`: the integration suites listed in test/integration/web/index.ts, a second
// time, in VS Code's web worker extension host (the host of vscode.dev and github.dev), offline:
// code-server rendered by Debian's chromium, the user setting `remote.extensionKind` moving the
// extension from the Node host to the worker (shared/notes/web-extension-offline.md).
//
// The suite reports through the page console; a run without its closing "web: N passed, N
// failed" line is a failure. Prints "web: N passed, N failed" last.
//
// Environment: IJ_TIMEOUT=seconds (default 600), IJ_VERBOSE=1 (all workbench console output),
// IJ_PERF=1 (scripts/bench.mjs --editor: the editor benchmark on a generated journal of
// IJ_PERF_ENTRIES entries, its numbers written to IJ_PERF_FILE).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { format } from 'node:util';
import { CODE_SERVER_VERSION, QUIET_SETTINGS, ROOT, codeServerVscodeVersion, ensureCodeServer, launchChromium, prepareWorkspace, remoteUri, startCodeServer, workbenchUrl } from './code-server.mjs';

const perf = process.env.IJ_PERF === '1';
const TESTS_INDEX = join(ROOT, 'out', 'test', 'web', perf ? 'perf.js' : 'index.js');
const timeoutMs = Number(process.env.IJ_TIMEOUT || 600) * 1000;
const verbose = process.env.IJ_VERBOSE === '1';
const EXTENSION_ID = 'interview-journal.interview-journal';

function say(...a) {
  console.log('[test:web]', ...a);
}

function fail(message) {
  console.error(`[test:web] FAILED: ${message}`);
  console.log('web: 0 passed, 1 failed');
  process.exit(1);
}

// Workbench chatter that says nothing about the extension or the tests (the gallery lookup,
// vsda.js and the 404s are expected offline).
const NOISE =
  /Resolving connection token|Resolved connection token|Creating a socket|\[Service Worker\]|ChatSessionStore|Updating additional builtin extensions|Started local extension host|Overwriting extension|same-origin iframe|allow-scripts and allow-same-origin|Failed to load resource|Ignoring fetching additional builtin extensions|vsda|gallery|^\s*$/;

/** A workbench console message as the text the extension host logged (the '%c LEVEL', 'css' prefix dropped). */
async function consoleText(msg) {
  const args = await Promise.all(msg.args().map((a) => a.jsonValue().catch(() => String(a))));
  if (typeof args[0] === 'string' && args[0].startsWith('%c')) {
    const rest = args.slice(2);
    return { level: args[0].slice(2).trim(), text: rest.length ? format(...rest) : '' };
  }
  return { level: msg.type(), text: args.length ? format(...args) : msg.text() };
}

async function run() {
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--tests'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) fail('the build (node scripts/build.mjs --tests) failed');
  for (const f of [TESTS_INDEX, join(ROOT, 'dist', 'web', 'extension.js')]) if (!existsSync(f)) fail(`${f} was not built`);

  let ws;
  if (perf) {
    const { generate } = await import('./bench/generate.mjs');
    const dir = mkdtempSync(join(tmpdir(), 'ij-webperf-'));
    generate(join(dir, 'perf'), Number(process.env.IJ_PERF_ENTRIES || 1000));
    const workspaceFile = join(dir, 'perf.code-workspace');
    writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: 'perf' }], settings: { 'interviewJournal.today': '2026-11-23' } }, null, 2) + '\n');
    ws = { dir, workspaceFile };
  } else {
    ws = prepareWorkspace({ prefix: 'ij-web-' });
  }
  // The user settings of code-server's default run, plus the one that moves the extension to
  // the web worker host, and auto save off: in a web workbench it defaults to saving a second
  // after an edit, which would save the suites' unsaved edits when a step takes longer.
  const userDataDir = mkdtempSync(join(tmpdir(), 'ij-web-user-'));
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      { ...QUIET_SETTINGS, 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } },
      null,
      2,
    ),
  );

  ensureCodeServer();
  say(`host: code-server ${CODE_SERVER_VERSION} (VS Code ${codeServerVscodeVersion()}), web worker extension host, in chromium`);
  const server = await startCodeServer({ userDataDir });
  let browser;
  const lines = [];
  let code;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let exit;
    const exited = new Promise((resolve) => (exit = resolve));
    await page.exposeFunction('codeAutomationExit', (c) => exit(Number(c)));
    let chain = Promise.resolve();
    page.on('console', (msg) => {
      chain = chain.then(async () => {
        const { level, text } = await consoleText(msg).catch(() => ({ level: msg.type(), text: msg.text() }));
        lines.push(text);
        if (verbose) return void process.stdout.write(`[${level}] ${text}\n`);
        if (NOISE.test(text)) return;
        if (level === 'INFO' || level === 'ERR' || level === 'WARN' || level === 'error') process.stdout.write(`${level === 'INFO' ? '' : `[${level}] `}${text}\n`);
      });
    });
    page.on('pageerror', (err) => verbose && console.log('[page error]', err.message));
    const payload = [
      ['extensionDevelopmentPath', remoteUri(server, ROOT)],
      ['extensionTestsPath', remoteUri(server, TESTS_INDEX)],
      ['skipWelcome', 'true'],
    ];
    const t0 = Date.now();
    await page.goto(workbenchUrl(server, { workspace: ws.workspaceFile, payload }));
    let timer;
    const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    await chain;
    say(`suite (page load + tests): ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (code === 'timeout') console.error(`[test:web] the suite did not finish within ${timeoutMs / 1000} s (IJ_TIMEOUT)`);
    if (code !== 0) {
      mkdirSync(join(ROOT, 'out', 'test'), { recursive: true });
      const shot = join(ROOT, 'out', 'test', 'failure-web.png');
      await page.screenshot({ path: shot }).then(() => say(`screenshot of the workbench: ${shot}`), () => {});
    }
  } finally {
    await browser?.close().catch(() => {});
    server.stop();
    rmSync(userDataDir, { recursive: true, force: true });
  }

  // The suite's own closing line, printed in the worker: without it the suite did not report.
  const closing = lines.map((l) => /^web: (\d+) passed, (\d+) failed/.exec(l)).find(Boolean);
  if (!closing) {
    rmSync(ws.dir, { recursive: true, force: true });
    fail(`the suite did not report (exit ${code}): the web worker extension host never ran ${TESTS_INDEX} to the end`);
  }
  if (perf) {
    const line = lines.find((l) => l.startsWith('perf: '));
    if (!line) fail('the benchmark printed no numbers');
    if (process.env.IJ_PERF_FILE) writeFileSync(process.env.IJ_PERF_FILE, JSON.stringify(JSON.parse(line.slice(6)), null, 2));
  }
  rmSync(ws.dir, { recursive: true, force: true });
  const passed = Number(closing[1]);
  const failed = Number(closing[2]) + (code !== 0 && Number(closing[2]) === 0 ? 1 : 0);
  console.log(`web: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

run().catch((err) => fail(err?.stack ?? String(err)));
