// `npm run demo`: builds, packages and launches the extension on examples/journal.
//   - `code` on PATH: desktop VS Code with the repo as the development extension;
//   - otherwise: code-server (installed into .cache/code-server on first use) with the packaged
//     VSIX installed into a fresh extensions folder, serving examples/journal on
//     http://127.0.0.1:8080 (loopback only; IJ_DEMO_PORT changes the port). Ctrl-C stops it.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, codeServerCli, codeServerVscodeVersion, startCodeServer } from './code-server.mjs';
import { packageVsix } from './package.mjs';

function portIsFree(port) {
  return new Promise((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
  });
}

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Packages the extension, installs the VSIX into a fresh code-server and serves `folder`.
 * Returns { url, folderUrl, stop() }. Used by `npm run demo` and scripts/screenshots.mjs.
 */
export async function startDemo({ port = 8080, folder = join(ROOT, 'examples', 'journal'), quiet = false, exitOnSignal = true } = {}) {
  const pkg = packageVsix({ quiet });
  if (!(await portIsFree(port))) throw new Error(`127.0.0.1:${port} is already in use: stop what listens there or set IJ_DEMO_PORT`);
  const work = mkdtempSync(join(tmpdir(), 'ij-demo-'));
  const extensionsDir = join(work, 'extensions');
  const userDataDir = join(work, 'user-data');
  codeServerCli(['--install-extension', pkg.vsix], { extensionsDir, userDataDir });
  const server = await startCodeServer({ port, extensionsDir, userDataDir, folder, exitOnSignal });
  const stop = () => {
    server.stop();
    rmSync(work, { recursive: true, force: true });
  };
  const folderUrl = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  return { ...server, folderUrl, stop, vsix: pkg.vsix };
}

async function main() {
  if (onPath('code') && process.env.IJ_DEMO_HOST !== 'code-server') {
    const b = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
    if (b.status !== 0) process.exit(1);
    packageVsix();
    console.log('[demo] opening examples/journal in VS Code with the extension under development');
    const code = spawn('code', [`--extensionDevelopmentPath=${ROOT}`, join(ROOT, 'examples', 'journal')], { stdio: 'inherit' });
    code.on('exit', (c) => process.exit(c ?? 0));
    return;
  }
  const port = Number(process.env.IJ_DEMO_PORT || 8080);
  const demo = await startDemo({ port, exitOnSignal: false });
  console.log('');
  console.log(`[demo] Interview Journal in VS Code ${codeServerVscodeVersion()} (code-server), on examples/journal:`);
  console.log(`[demo]   ${demo.folderUrl}`);
  console.log('[demo] open that URL in a browser on this machine (loopback only). Ctrl-C stops the server.');
  const quit = () => {
    demo.stop();
    process.exit(0);
  };
  process.on('SIGINT', quit);
  process.on('SIGTERM', quit);
  demo.proc.on('exit', (code) => {
    console.error(`[demo] code-server exited (${code})`);
    process.exit(code ?? 1);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err) => {
    console.error(`[demo] FAILED: ${err?.message ?? err}`);
    process.exit(1);
  });
}
