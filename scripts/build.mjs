// Bundles every entry point into one CommonJS file with esbuild (`vscode` stays external;
// remark and unified are ESM-only, so bundling is how they load); the Node extension leaves
// the libraries activation does not need to dist/lazy-*.js (scripts/lazy-chunks.mjs). Type
// checking is separate: `npm run typecheck`.
//   node scripts/build.mjs            the CLI and the extension (dist/), and the extension for the browser (dist/web/)
//   node scripts/build.mjs --tests    also the unit tests (out/test/unit/), the integration suite (out/test/integration/)
//                                     and its browser bundles (out/test/web/: test/integration/web/*.ts)
//   node scripts/build.mjs --tests --only=timing   just test/unit/*timing*.test.ts (then: npx mocha out/test/unit/rules-timing.test.js)
//   node scripts/build.mjs --watch
import * as esbuild from 'esbuild';
import { webHome } from './stubs/web-home-plugin.mjs';
import { lazyChunks, lazyEntryPoints } from './lazy-chunks.mjs';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const args = new Set(process.argv.slice(2));

/** gray-matter's default engines (an eval-ing `javascript` one, js-yaml 3) never enter a bundle. */
const noDefaultEngines = {
  name: 'no-gray-matter-default-engines',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/(lib\/)?engines$/ }, (a) =>
      /[\\/]gray-matter[\\/]/.test(a.importer) ? { path: new URL('./stubs/gray-matter-engines.cjs', import.meta.url).pathname } : undefined,
    );
  },
};
const production = args.has('--production');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  plugins: [noDefaultEngines],
};

function walk(dir, pattern) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p, pattern));
    else if (pattern.test(name)) out.push(p);
  }
  return out;
}

/**
 * The web worker extension host (vscode.dev, github.dev) has no Node: `platform: 'browser'`,
 * and the `worker` condition picks the markdown dependencies' worker-safe exports (their
 * `browser` ones use the DOM). gray-matter's `fs` is mapped away by its package.json; its
 * `Buffer.from` (a copy of the input it never reads back) gets the stub injected here.
 */
const webCommon = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  conditions: ['worker'],
  inject: [new URL('./stubs/buffer-browser.mjs', import.meta.url).pathname],
  plugins: [...common.plugins, webHome],
};

/** The suites' `node:assert` in the browser: the `assert` package (Node's assert for browsers). */
const browserAssert = {
  name: 'browser-assert',
  setup(build) {
    build.onResolve({ filter: /^node:assert$/ }, () => ({ path: createRequire(import.meta.url).resolve('assert/') }));
    build.onResolve({ filter: /^node:assert\/strict$/ }, () => ({ path: new URL('../test/integration/web/assert-strict.cjs', import.meta.url).pathname }));
  },
};

// What a start does not need waits in dist/lazy-*.js, required on first use by the command
// line and the Node extension alike (scripts/lazy-chunks.mjs).
const builds = [
  { ...common, entryPoints: { cli: 'src/cli/main.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' }, plugins: [...common.plugins, lazyChunks] },
  { ...common, entryPoints: lazyEntryPoints, outdir: 'dist' },
];
if (existsSync('src/vscode/extension.ts')) {
  builds.push({ ...common, entryPoints: { extension: 'src/vscode/extension.ts' }, outdir: 'dist', external: ['vscode'], plugins: [...common.plugins, lazyChunks] });
  builds.push({ ...webCommon, entryPoints: { extension: 'src/vscode/extension.ts' }, outdir: 'dist/web', external: ['vscode'] });
}
if (args.has('--tests')) {
  rmSync('out/test/unit', { recursive: true, force: true });
  // --only=WORD bundles just the unit test files whose name contains WORD (faster, and not
  // broken by another half-written test file).
  const only = [...args].find((a) => a.startsWith('--only='))?.slice(7);
  const unit = walk('test/unit', /\.test\.ts$/).filter((f) => !only || f.includes(only));
  builds.push({ ...common, sourcemap: 'inline', entryPoints: unit, outdir: 'out/test/unit', outbase: 'test/unit', external: ['mocha'] });
  const integ = walk('test/integration', /\.ts$/).filter((f) => !/[\\/]web[\\/]/.test(f));
  if (integ.length) {
    builds.push({ ...common, sourcemap: 'inline', entryPoints: integ, outdir: 'out/test/integration', outbase: 'test/integration', external: ['vscode', 'mocha'] });
  }
  // The same suites for the web worker host (scripts/vscode-test-web.mjs): mocha's browser build
  // and the suites in one file per entry; `process` is a stub for the test libraries only.
  const web = walk('test/integration/web', /^(index|perf)\.ts$/);
  if (web.length) {
    rmSync('out/test/web', { recursive: true, force: true });
    builds.push({
      ...webCommon,
      sourcemap: 'inline',
      entryPoints: web,
      outdir: 'out/test/web',
      outbase: 'test/integration/web',
      external: ['vscode'],
      inject: [...webCommon.inject, new URL('../test/integration/web/process-stub.mjs', import.meta.url).pathname],
      plugins: [...webCommon.plugins, browserAssert],
    });
  }
}

if (args.has('--watch')) {
  for (const b of builds) (await esbuild.context(b)).watch();
  console.log('watching', builds.map((b) => relative('.', b.outdir)).join(', '));
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
