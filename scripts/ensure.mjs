// Makes `npm test` and `npm run demo` work on a fresh machine: runs before them (npm's pretest
// and predemo hooks) and installs what is missing, with nothing but node itself.
//   - node_modules missing or older than package-lock.json: `npm ci`
//   - the real VS Code of the tests and the demo (code-server) needs Debian's chromium, ripgrep
//     and libkrb5-dev: installed with apt-get when missing and we are root, otherwise one line
//     saying what to install. (For the demo, desktop VS Code on PATH needs none of them.)
// code-server itself is installed on first use by scripts/code-server.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const what = process.argv[2] ?? 'test';
const say = (s) => console.log(`[ensure] ${s}`);
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`[ensure] ${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(1);
  }
};
const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

const stamp = join(root, 'node_modules', '.package-lock.json');
const lock = join(root, 'package-lock.json');
if (!existsSync(stamp) || statSync(stamp).mtimeMs < statSync(lock).mtimeMs) {
  say('installing the dependencies (npm ci)');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

if (what === 'demo' && onPath('code')) process.exit(0);
const missing = [];
if (!existsSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium')) missing.push('chromium');
if (!onPath('rg')) missing.push('ripgrep');
if (spawnSync('dpkg', ['-s', 'libkrb5-dev'], { stdio: 'ignore' }).status !== 0 && !existsSync('/usr/include/krb5.h')) missing.push('libkrb5-dev');
if (missing.length === 0) process.exit(0);
if (process.getuid?.() === 0 && onPath('apt-get')) {
  say(`installing ${missing.join(' ')} with apt-get (for code-server, the real VS Code of the tests)`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', ...missing]);
} else {
  console.error(`[ensure] the real VS Code of the ${what} needs: ${missing.join(', ')}. Install them (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}) and run again.`);
  process.exit(1);
}
