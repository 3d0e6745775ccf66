// `npm run package`: a production build, then a .vsix with @vscode/vsce (--no-dependencies:
// the bundles carry everything). Fails on any vsce warning, so the package stays clean, and
// prints the VSIX's path, size and files.
//   node scripts/package.mjs [--out path.vsix] [--quiet]
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './code-server.mjs';
import { LAZY_CHUNKS } from './lazy-chunks.mjs';

export function packageVsix({ out, quiet = false } = {}) {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const vsix = out ?? join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the production build failed');
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--no-dependencies', '--out', vsix], {
    cwd: ROOT,
    encoding: 'utf8',
    // vsce asks on stdin about some problems: with no stdin a question fails the run.
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CI: 'true' },
  });
  const output = `${r.stdout}${r.stderr}`;
  if (r.status !== 0) throw new Error(`vsce package failed (exit ${r.status}):\n${output}`);
  const warnings = output.split('\n').filter((l) => /warn/i.test(l));
  if (warnings.length) throw new Error(`vsce package warned (the package must be clean):\n${warnings.join('\n')}\n${output}`);
  const ls = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const files = ls.stdout.split('\n').filter(Boolean);
  // Both hosts' bundles: `main` for desktop VS Code, `browser` for vscode.dev and github.dev.
  for (const entry of [pkg.main, pkg.browser].filter(Boolean)) {
    const file = entry.replace(/^\.\//, '');
    if (!files.includes(file)) throw new Error(`the package lacks ${file} (package.json names it); see .vscodeignore`);
  }
  // The Node extension requires its lazy chunks on first use: a missing one breaks that command only.
  for (const file of Object.keys(LAZY_CHUNKS).map((n) => `dist/lazy-${n}.js`)) {
    if (!files.includes(file)) throw new Error(`the package lacks ${file}, a lazy chunk of dist/extension.js (scripts/lazy-chunks.mjs); see .vscodeignore`);
  }
  const size = statSync(vsix).size;
  if (!quiet) {
    console.log(`[package] ${relative(ROOT, vsix)}: ${(size / 1024).toFixed(1)} KiB, ${files.length} files`);
    for (const f of files) console.log(`[package]   ${f}`);
  }
  return { vsix, size, files, version: pkg.version, id: `${pkg.publisher}.${pkg.name}` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const outArg = process.argv.indexOf('--out');
    packageVsix({ out: outArg > 0 ? process.argv[outArg + 1] : undefined, quiet: process.argv.includes('--quiet') });
  } catch (err) {
    console.error(`[package] FAILED: ${err.message}`);
    process.exit(1);
  }
}
