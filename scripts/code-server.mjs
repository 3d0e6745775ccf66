// A real VS Code for headless machines: code-server (the VS Code server and workbench, from
// the npm registry) rendered by Debian's chromium through playwright-core. Shared by
// scripts/vscode-test.mjs, scripts/demo.mjs, scripts/screenshots.mjs and test/integration/ui/.
// The recipe and why each step is there: shared/notes/real-vscode-offline.md.
//
// code-server is NOT a dependency of the project: it is installed on first use into the
// ignored folder .cache/code-server (about 1.5 minutes, 300 MB) and reused after that.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { URLSearchParams, fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CODE_SERVER_VERSION = '4.100.3';
export const CACHE = join(ROOT, '.cache', 'code-server');
/**
 * User settings of every code-server run here: no tips, updates, telemetry or gallery, and no
 * auto save (a web workbench saves a second after an edit by default, which would save the
 * unsaved edits the suites make on purpose).
 */
export const QUIET_SETTINGS = {
  'files.autoSave': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
};
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PKG = join(CACHE, 'node_modules', 'code-server');
const ENTRY = join(PKG, 'out', 'node', 'entry.js');
// @vscode/ripgrep's version in code-server 4.100.3's tree and the rg archive it fetches.
const RIPGREP_CACHE = `vscode-ripgrep-cache-1.15.11`;
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export function log(...a) {
  console.log('[vscode]', ...a);
}

// Written once `npm install` has finished, postinstall scripts included: a half-done install
// (another process still at it, or one that was interrupted) has no marker.
const MARKER = join(CACHE, `.installed-${CODE_SERVER_VERSION}`);

function installed() {
  return existsSync(MARKER) && existsSync(ENTRY);
}

/** Installs code-server into .cache/code-server unless it is already there. */
export function ensureCodeServer() {
  if (installed()) return ENTRY;
  // Two runs at once (two terminals, or tests beside the demo) must not install over each
  // other: the first takes the lock, the others wait for its install.
  const lock = `${CACHE}.lock`;
  mkdirSync(dirname(CACHE), { recursive: true });
  const waitUntil = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (installed()) return ENTRY;
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue;
      }
      if (age > 10 * 60_000 || Date.now() > waitUntil) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
  try {
    if (installed()) return ENTRY;
    return installCodeServer();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function installCodeServer() {
  const t0 = Date.now();
  log(`installing code-server ${CODE_SERVER_VERSION} into ${CACHE} (first use only, about 1.5 minutes)`);
  // @vscode/ripgrep's postinstall downloads rg from GitHub unless its download cache has the
  // archive: give it Debian's rg.
  const rg = ['/usr/bin/rg', '/bin/rg'].find((p) => existsSync(p));
  if (!rg) {
    throw new Error('ripgrep is missing: install it first (apt-get install -y ripgrep); code-server\'s @vscode/ripgrep cannot download rg here');
  }
  const cacheDir = join(tmpdir(), RIPGREP_CACHE);
  mkdirSync(cacheDir, { recursive: true });
  if (!existsSync(join(cacheDir, RIPGREP_ARCHIVE))) {
    const pack = mkdtempSync(join(tmpdir(), 'ij-rgpack-'));
    cpSync(rg, join(pack, 'rg'));
    const tar = spawnSync('tar', ['czf', join(cacheDir, RIPGREP_ARCHIVE), '-C', pack, 'rg'], { stdio: 'inherit' });
    rmSync(pack, { recursive: true, force: true });
    if (tar.status !== 0) throw new Error('could not build the ripgrep cache archive');
  }
  rmSync(CACHE, { recursive: true, force: true });
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(join(CACHE, 'package.json'), JSON.stringify({ name: 'code-server-cache', private: true }, null, 2) + '\n');
  const res = spawnSync(
    'npm',
    ['install', '--prefix', CACHE, '--no-audit', '--no-fund', '--no-save', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true' },
    },
  );
  if (res.status !== 0 || !existsSync(ENTRY) || JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8')).version !== CODE_SERVER_VERSION) {
    throw new Error(`npm install code-server@${CODE_SERVER_VERSION} failed (exit ${res.status}); see the output above`);
  }
  writeFileSync(MARKER, `${new Date().toISOString()}\n`);
  log(`code-server installed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return ENTRY;
}

export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

function canConnect(port) {
  return new Promise((res) => {
    const c = connect(port, '127.0.0.1');
    c.on('connect', () => {
      c.destroy();
      res(true);
    });
    c.on('error', () => res(false));
  });
}

/** Runs the code-server CLI once (e.g. --install-extension) and returns its output. */
export function codeServerCli(args, { extensionsDir, userDataDir } = {}) {
  const entry = ensureCodeServer();
  const full = [entry, ...(userDataDir ? ['--user-data-dir', userDataDir] : []), ...(extensionsDir ? ['--extensions-dir', extensionsDir] : []), ...args];
  const r = spawnSync(process.execPath, full, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (exit ${r.status}):\n${out}`);
  return out;
}

/**
 * Starts code-server on 127.0.0.1 (loopback only) and waits until it listens.
 * Returns { port, url, proc, stop() }. stop() kills the whole process group.
 */
export async function startCodeServer({ port, userDataDir, extensionsDir, folder, env = {}, quiet = true, timeoutMs = 60_000, exitOnSignal = true } = {}) {
  const entry = ensureCodeServer();
  port ??= await freePort();
  userDataDir ??= mkdtempSync(join(tmpdir(), 'ij-cs-user-'));
  extensionsDir ??= mkdtempSync(join(tmpdir(), 'ij-cs-ext-'));
  // Settings that keep the workbench quiet and deterministic for tests and screenshots.
  const settingsDir = join(userDataDir, 'User');
  mkdirSync(settingsDir, { recursive: true });
  const settingsFile = join(settingsDir, 'settings.json');
  if (!existsSync(settingsFile)) {
    writeFileSync(
      settingsFile,
      JSON.stringify(
        { ...QUIET_SETTINGS, 'workbench.colorTheme': 'Default Dark Modern' },
        null,
        2,
      ),
    );
  }
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...(folder ? [folder] : []),
  ];
  const t0 = Date.now();
  const proc = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, // EXTENSIONS_GALLERY={} : no extension gallery, so the workbench makes no outside requests.
    env: { ...process.env, EXTENSIONS_GALLERY: '{}', ...env },
  });
  let output = '';
  const onData = (d) => {
    output += d;
    if (!quiet) process.stdout.write(d);
  };
  proc.stdout.on('data', onData);
  proc.stderr.on('data', onData);
  let exited = null;
  proc.on('exit', (code, sig) => (exited = { code, sig }));
  const stop = () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    try {
      process.kill(-proc.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    setTimeout(() => {
      try {
        process.kill(-proc.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, 3000).unref();
  };
  // Never leave a server behind, whatever ends this process (Ctrl-C included).
  process.once('exit', stop);
  if (exitOnSignal) {
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.once(sig, () => {
        stop();
        process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
      });
    }
  }
  while (!(await canConnect(port))) {
    if (exited) throw new Error(`code-server exited (${exited.code ?? exited.sig}) before listening:\n${output}`);
    if (Date.now() - t0 > timeoutMs) {
      stop();
      throw new Error(`code-server did not listen on 127.0.0.1:${port} within ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const startedMs = Date.now() - t0;
  return { port, url: `http://127.0.0.1:${port}`, proc, stop, userDataDir, extensionsDir, startedMs, output: () => output };
}

/** Launches Debian's chromium with playwright-core. Never downloads a browser. */
export async function launchChromium({ headless = true } = {}) {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH. ` +
        'The integration tests need a real browser to render code-server; none is downloaded.',
    );
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The workbench URL for a folder or .code-workspace file, with an optional test payload. */
export function workbenchUrl(server, { folder, workspace, payload } = {}) {
  const q = new URLSearchParams();
  if (folder) q.set('folder', folder);
  if (workspace) q.set('workspace', workspace);
  if (payload) q.set('payload', JSON.stringify(payload));
  return `${server.url}/?${q.toString()}`;
}

/** A vscode-remote:// URI for a path on the server's machine, as the test payload needs. */
export function remoteUri(server, path) {
  return `vscode-remote://127.0.0.1:${server.port}${path}`;
}

/** The VS Code version code-server ships. */
export function codeServerVscodeVersion() {
  try {
    return JSON.parse(readFileSync(join(PKG, 'lib', 'vscode', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}

/**
 * A fresh workspace for a test run or a UI check, in a temp folder (tests edit files):
 *   <tmp>/journal/   a copy of examples/journal
 *   <tmp>/second/    a second small journal folder (one entry), for multi-root tests
 *   <tmp>/interview-journal.code-workspace   opens both; its settings repeat
 *                    examples/journal/.vscode/settings.json (window-scoped settings such as a
 *                    pinned clock are read only from the workspace file in a multi-root window)
 */
export function prepareWorkspace({ prefix = 'ij-ws-' } = {}) {
  const src = join(ROOT, 'examples', 'journal');
  if (!existsSync(src)) throw new Error(`examples/journal is missing: the integration tests run on a copy of it`);
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const journal = join(dir, 'journal');
  const second = join(dir, 'second');
  cpSync(src, journal, { recursive: true });
  mkdirSync(join(second, 'interviews'), { recursive: true });
  writeFileSync(
    join(second, 'interviews', '2026-11-18-alpine-ski-house-onsite.md'),
    [
      '---',
      'company: Alpine Ski House',
      'role: Staff Engineer',
      'interview: 2026-11-18 10:00',
      'interviewers:',
      '  - Priya Raman',
      'status: waiting',
      '---',
      '',
      'Onsite loop, four sessions. Second folder of the multi-root test workspace.',
      '',
    ].join('\n'),
  );
  let settings = {};
  const settingsFile = join(journal, '.vscode', 'settings.json');
  if (existsSync(settingsFile)) {
    const require = createRequire(import.meta.url);
    const { parse } = require('jsonc-parser');
    settings = parse(readFileSync(settingsFile, 'utf8')) ?? {};
    mkdirSync(join(second, '.vscode'), { recursive: true });
    cpSync(settingsFile, join(second, '.vscode', 'settings.json'));
  }
  const workspaceFile = join(dir, 'interview-journal.code-workspace');
  writeFileSync(workspaceFile, JSON.stringify({ folders: [{ path: 'journal' }, { path: 'second' }], settings }, null, 2) + '\n');
  return { dir, journal, second, workspaceFile, settings };
}

// `node scripts/code-server.mjs install`: install code-server now (as .ci/run does before
// `npm test`, so that every test that wants VS Code's own files finds them).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv[2] === 'install') {
  ensureCodeServer();
  log(`code-server ${CODE_SERVER_VERSION} (VS Code ${codeServerVscodeVersion()}) is in ${CACHE}`);
}
