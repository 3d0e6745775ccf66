// `npm run bench`: how fast the engine is, next to what reading the files and parsing them
// with gray-matter costs (the floors), on deterministic synthetic journals.
//
//   node scripts/bench.mjs                      sizes 100,1000,10000, 5 runs; writes docs/performance.md
//   node scripts/bench.mjs --sizes 1000 --runs 3
//   node scripts/bench.mjs --quick              100 entries, 1 run, nothing written (keeps the script working in npm test)
//   node scripts/bench.mjs --editor             also the editor: a 1,000-entry workspace in the real VS Code of the tests
//                                               (its Node extension host, then its web worker host as on vscode.dev)
//   options: --write / --no-write, --edits N (incremental samples, default 300), --keep (leave the temp folder),
//            --profiles default,busy (the generated journals; both by default)
//
// Everything is bundled afresh into a temp folder with esbuild, with the options of
// scripts/build.mjs, so a concurrent `npm run build` cannot disturb a run. Whole processes are
// spawned with `--import scripts/bench/preload.mjs`, which reports their CPU time and peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { generate, PARAMS, PROFILES } from './bench/generate.mjs';
import { webHome } from './stubs/web-home-plugin.mjs';
import { LAZY_CHUNKS, lazyChunks, lazyEntryPoints } from './lazy-chunks.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOC = join(ROOT, 'docs', 'performance.md');
const TODAY = '2026-11-23';

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name, dflt) => {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return dflt;
  return argv[i].includes('=') ? argv[i].slice(name.length + 1) : argv[i + 1];
};
if (flag('--help') || flag('-h')) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(0, 9).join('\n').replace(/^\/\/ ?/gm, ''));
  process.exit(0);
}
const quick = flag('--quick');
const sizes = String(option('--sizes', quick ? '100' : '100,1000,10000'))
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const runs = Math.max(1, Number(option('--runs', quick ? 1 : 5)));
const edits = Math.max(10, Number(option('--edits', quick ? 20 : 300)));
const write = flag('--write') || (!quick && !flag('--no-write'));
const keep = flag('--keep');
const profiles = String(option('--profiles', 'default,busy'))
  .split(',')
  .map((s) => s.trim())
  .filter((p) => {
    if (!PROFILES[p]) throw new Error(`unknown profile '${p}': ${Object.keys(PROFILES).join(', ')}`);
    return true;
  });

// ---------------------------------------------------------------- helpers
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, d = 0) => (x === undefined || Number.isNaN(x) ? '-' : x.toFixed(d));
const log = (...a) => console.error('[bench]', ...a);

const loadAtStart = loadavg();
const tmp = mkdtempSync(join(tmpdir(), 'ij-bench-'));
process.on('exit', () => {
  if (!keep) rmSync(tmp, { recursive: true, force: true });
});

/** Spawns node with the stats preload; returns wall ms (measured here), CPU ms and peak RSS MB. */
function spawnMeasured(args, { stdout = 'ignore' } = {}) {
  const stats = join(tmp, 'stats.json');
  rmSync(stats, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'scripts', 'bench', 'preload.mjs'), ...args], {
    cwd: tmp,
    env: { ...process.env, BENCH_STATS: stats },
    stdio: ['ignore', stdout, 'pipe'],
    maxBuffer: 1 << 30,
  });
  const wallMs = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const s = JSON.parse(readFileSync(stats, 'utf8'));
  return { wallMs, cpuMs: (s.userUs + s.systemUs) / 1000, rssMb: s.maxRssKb / 1024, stdout: r.stdout };
}

function summary(samples) {
  return {
    wallMs: median(samples.map((s) => s.wallMs)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    rssMb: samples[0].rssMb === undefined ? undefined : Math.max(...samples.map((s) => s.rssMb)),
  };
}

// ---------------------------------------------------------------- build
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', legalComments: 'none' };
// As scripts/build.mjs: gray-matter's default engines (an eval-ing one, js-yaml 3) are stubbed
// out of the engine's bundles. The library floor keeps them: it parses with js-yaml 3.
const stub = join(ROOT, 'scripts', 'stubs', 'gray-matter-engines.cjs');
const engine = {
  ...common,
  plugins: existsSync(stub)
    ? [{ name: 'no-gray-matter-default-engines', setup: (b) => b.onResolve({ filter: /^\.\.?\/(lib\/)?engines$/ }, (a) => (/[\\/]gray-matter[\\/]/.test(a.importer) ? { path: stub } : undefined)) }]
    : [],
};
log(`bundling into ${tmp}`);
await Promise.all([
  // The CLI as scripts/build.mjs makes dist/cli.js, with its lazy chunks beside it.
  esbuild.build({ ...engine, sourcemap: 'linked', entryPoints: [join(ROOT, 'src/cli/main.ts')], outfile: join(tmp, 'cli.js'), banner: { js: '#!/usr/bin/env node' }, plugins: [...engine.plugins, lazyChunks] }),
  esbuild.build({ ...engine, sourcemap: 'linked', entryPoints: lazyEntryPoints, outdir: tmp }),
  // The Node extension as scripts/build.mjs splits it: the main bundle and its lazy chunks, in
  // ext-dev/ as `npm run build` writes them and in ext-min/ minified as `npm run package` does.
  ...['dev', 'min'].flatMap((k) => [
    esbuild.build({ ...engine, ...(k === 'min' ? { minify: true } : { sourcemap: 'linked' }), entryPoints: { extension: join(ROOT, 'src/vscode/extension.ts') }, outdir: join(tmp, `ext-${k}`), external: ['vscode'], plugins: [...engine.plugins, lazyChunks] }),
    esbuild.build({ ...engine, ...(k === 'min' ? { minify: true } : { sourcemap: 'linked' }), entryPoints: lazyEntryPoints, outdir: join(tmp, `ext-${k}`) }),
  ]),
  // The browser bundle as scripts/build.mjs makes dist/web/extension.js, minified as packaged.
  esbuild.build({
    ...engine,
    platform: 'browser',
    target: 'es2022',
    conditions: ['worker'],
    inject: [join(ROOT, 'scripts', 'stubs', 'buffer-browser.mjs')],
    plugins: [...engine.plugins, webHome],
    minify: true,
    entryPoints: [join(ROOT, 'src/vscode/extension.ts')],
    outfile: join(tmp, 'extension.web.min.js'),
    external: ['vscode'],
  }),
  esbuild.build({ ...common, entryPoints: [join(ROOT, 'scripts/bench/floor.mjs')], outfile: join(tmp, 'floor.js') }),
  // The in-process floor needs gray-matter's default YAML engine; the engine passes its own.
  esbuild.build({ ...common, entryPoints: [join(ROOT, 'scripts/bench/inproc.ts')], outfile: join(tmp, 'inproc.js') }),
  esbuild.build({ ...engine, entryPoints: [join(ROOT, 'scripts/bench/body-check.ts')], outfile: join(tmp, 'body-check.js') }),
  esbuild.build({ ...engine, entryPoints: [join(ROOT, 'scripts/bench/assist.ts')], outfile: join(tmp, 'assist.js') }),
]);

// ---------------------------------------------------------------- measure
const rows = [];
/** results[profile][n] */
const results = {};
const diagnosticsPerEntry = {};
const journalDir = (profile, n) => join(tmp, `journal-${profile}-${n}`);
for (const profile of profiles) {
  results[profile] = {};
  for (const n of sizes) {
    const dir = journalDir(profile, n);
    const bytes = generate(dir, n, PARAMS.seed, PROFILES[profile]);
    log(`${profile}: ${n} entries, ${(bytes / 1e6).toFixed(1)} MB (${(bytes / n / 1024).toFixed(2)} KB each)`);
    const check = (format) => [join(tmp, 'cli.js'), 'check', '--format', format, '--today', TODAY, dir];
    const s = { io: [], lib: [], cli: [], text: [] };
    for (let r = 0; r < runs; r++) {
      // Interleaved, so a burst of load elsewhere on the machine hits every measure alike.
      s.io.push(spawnMeasured([join(tmp, 'floor.js'), 'io', dir]));
      s.lib.push(spawnMeasured([join(tmp, 'floor.js'), 'lib', dir]));
      s.cli.push(spawnMeasured(check('json')));
      s.text.push(spawnMeasured(check('text')));
    }
    const cliOut = spawnMeasured(check('json'), { stdout: 'pipe' });
    const files = JSON.parse(cliOut.stdout.toString()).files;
    if (files.length !== n) throw new Error(`the CLI checked ${files.length} files of ${n}`);
    diagnosticsPerEntry[profile] = files.reduce((k, f) => k + f.diagnostics.length, 0) / n;
    const inproc = JSON.parse(spawnSync(process.execPath, ['--expose-gc', join(tmp, 'inproc.js'), 'measure', dir, String(runs)], { maxBuffer: 1 << 30 }).stdout.toString());
    const res = {
      n,
      bytes,
      io: summary(s.io),
      lib: summary(s.lib),
      cli: summary(s.cli),
      text: summary(s.text),
      inIo: summary(inproc.io),
      inLib: summary(inproc.lib),
      inAnalyze: summary(inproc.analyze),
    };
    results[profile][n] = res;
    const line = (what, m, floorIo, floorLib) => ({
      profile,
      n,
      what,
      wall: m.wallMs,
      cpu: m.cpuMs,
      perEntry: (m.wallMs * 1000) / n,
      xIo: m.wallMs / floorIo.wallMs,
      xLib: m.wallMs / floorLib.wallMs,
      xLibCpu: m.cpuMs / floorLib.cpuMs,
      rss: m.rssMb,
    });
    rows.push(
      line('process: I/O floor (read every file)', res.io, res.io, res.lib),
      line('process: library floor (read + gray-matter)', res.lib, res.io, res.lib),
      line('process: CLI `check --format json`', res.cli, res.io, res.lib),
      line('process: CLI `check --format text`', res.text, res.io, res.lib),
      line('in-process: read every file', res.inIo, res.inIo, res.inLib),
      line('in-process: read + gray-matter', res.inLib, res.inIo, res.inLib),
      line('in-process: read + analyze()', res.inAnalyze, res.inIo, res.inLib),
    );
    log(`${profile} ${n}: CLI json ${fmt(res.cli.wallMs)} ms (${fmt(res.cli.cpuMs)} ms CPU, ${fmt(res.cli.rssMb)} MB), text ${fmt(res.text.wallMs)} ms (${fmt(res.text.rssMb)} MB), library floor ${fmt(res.lib.wallMs)} ms, I/O floor ${fmt(res.io.wallMs)} ms`);
  }
}

// The body reader's shortcuts must read exactly what remark reads.
const bodyCheck = spawnSync(
  process.execPath,
  [join(tmp, 'body-check.js'), quick ? '2000' : '10000', ...profiles.map((p) => journalDir(p, Math.min(...sizes))), join(ROOT, 'test', 'hostile'), join(ROOT, 'examples')].filter((p) => !p.startsWith(ROOT) || existsSync(p)),
  { encoding: 'utf8' },
);
if (bodyCheck.status !== 0) throw new Error(bodyCheck.stderr || bodyCheck.stdout);
log(bodyCheck.stdout.trim());

const largest = Math.max(...sizes);
log(`incremental: ${edits} edits in a ${largest}-entry journal`);
const incr = JSON.parse(
  spawnSync(process.execPath, ['--expose-gc', join(tmp, 'inproc.js'), 'incremental', journalDir(profiles[0], largest), String(edits)], { maxBuffer: 1 << 30 }).stdout.toString(),
);

log(`assistance: completion, hover and inlay hints in a ${largest}-entry journal`);
const assist = JSON.parse(spawnSync(process.execPath, ['--expose-gc', join(tmp, 'assist.js'), journalDir(profiles[0], largest), String(edits)], { maxBuffer: 1 << 26 }).stdout.toString());
/** The statistics model of each profile's largest journal: the dashboard's, and with every timeline. */
const statsRuns = profiles.map((profile) => {
  log(`stats: the statistics model of a ${largest}-entry journal (${profile})`);
  return { profile, ...JSON.parse(spawnSync(process.execPath, ['--expose-gc', join(tmp, 'inproc.js'), 'stats', journalDir(profile, largest), String(runs)], { maxBuffer: 1 << 30 }).stdout.toString()) };
});

log('extension: require() of the bundle');
const requireMs = (bundle) => {
  const wall = [];
  const cpu = [];
  for (let r = 0; r < Math.max(5, runs); r++) {
    const out = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench', 'require-ext.mjs'), bundle], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(`require of ${bundle} failed: ${out.stderr}`);
    const [w, c] = out.stdout.trim().split(' ').map(Number);
    wall.push(w);
    cpu.push(c);
  }
  return { wall: median(wall), cpu: median(cpu), samples: wall.length };
};
const chunkKb = (k) => Object.keys(LAZY_CHUNKS).map((n) => `lazy-${n}.js ${fmt(statSync(join(tmp, `ext-${k}`, `lazy-${n}.js`)).size / 1024)} KB`).join(', ');
const ext = {
  devBytes: statSync(join(tmp, 'ext-dev', 'extension.js')).size,
  minBytes: statSync(join(tmp, 'ext-min', 'extension.js')).size,
  minChunks: chunkKb('min'),
  webMinBytes: statSync(join(tmp, 'extension.web.min.js')).size,
  dev: requireMs(join(tmp, 'ext-dev', 'extension.js')),
  min: requireMs(join(tmp, 'ext-min', 'extension.js')),
};

// The editor, in the real VS Code of the integration tests (scripts/vscode-test.mjs with
// IJ_PERF=1): activation to first complete problems and tree, unsaved edit to updated problems.
/** A 1,000-entry workspace in the real VS Code through one of the suite runners; its measurements. */
function editorRun(script, what) {
  log(`editor: 1,000 entries in ${what} through scripts/${script}`);
  const file = join(tmp, `${script}.perf.json`);
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', script)], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, IJ_PERF: '1', IJ_PERF_FILE: file, IJ_PERF_ENTRIES: '1000' },
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0 || !existsSync(file)) throw new Error(`the editor benchmark (${what}) failed:\n${r.stdout}\n${r.stderr}`);
  return JSON.parse(readFileSync(file, 'utf8'));
}
const editor = flag('--editor') ? editorRun('vscode-test.mjs', 'VS Code (code-server)') : undefined;
// The same journal in the web worker extension host, as on vscode.dev.
const webEditor = flag('--editor') ? editorRun('vscode-test-web.mjs', 'the web worker extension host') : undefined;

// ---------------------------------------------------------------- report
const scalingOf = (profile) => {
  const r = results[profile];
  return r[10000] && r[1000] ? { wall: r[10000].cli.wallMs / r[1000].cli.wallMs, cpu: r[10000].cli.cpuMs / r[1000].cli.cpuMs } : undefined;
};
const targets = [];
for (const profile of profiles) {
  const big = results[profile][largest];
  const scaling = scalingOf(profile);
  targets.push(
    [`${profile}: CLI check --format json ≤ 1.5 × library floor (${largest} entries, wall)`, `${fmt(big.cli.wallMs / big.lib.wallMs, 2)} × (CPU ${fmt(big.cli.cpuMs / big.lib.cpuMs, 2)} ×)`, big.cli.wallMs / big.lib.wallMs <= 1.5],
    [`${profile}: 10k / 1k time ≤ 12 (CLI, wall)`, scaling ? `${fmt(scaling.wall, 1)} (CPU ${fmt(scaling.cpu, 1)})` : 'not run', scaling ? scaling.wall <= 12 : undefined],
    [`${profile}: peak RSS ≤ 200 MB (CLI json / text, ${largest} entries)`, `${fmt(big.cli.rssMb)} / ${fmt(big.text.rssMb)} MB`, Math.max(big.cli.rssMb, big.text.rssMb) <= 200],
  );
}
targets.push(
  [`incremental re-analysis p95 ≤ 5 ms (${largest} entries)`, `p50 ${fmt(incr.p50, 2)} ms, p95 ${fmt(incr.p95, 2)} ms`, incr.p95 <= 5],
  ...['completion', 'hover', 'inlayHints'].map((k) => [`${k === 'inlayHints' ? 'inlay hints' : k} p95 ≤ 10 ms (${largest} entries, in-process)`, `p50 ${fmt(assist[k].p50, 2)} ms, p95 ${fmt(assist[k].p95, 2)} ms, max ${fmt(assist[k].max, 1)} ms (${assist[k].n} calls)`, assist[k].p95 <= 10]),
  // The dashboard's model (every number, its 200 timelines) is what is recomputed live: from
  // scratch when the dashboard opens, after a minute (every result new, every parse the same),
  // after an edit. The model with every timeline is what `stats --format json` prints, once.
  ...statsRuns.flatMap((s) => {
    const row = (when, m) => `p50 ${fmt(m.p50, 1)} ms, p95 ${fmt(m.p95, 1)} ms (${when})`;
    return [
      [`${s.profile}: statistics model ≤ 50 ms, the dashboard's (${s.entries} entries: every number, the latest 200 timelines; plans from the analysis)`, [row('from scratch', s.dashboard.cold), row('after a minute', s.dashboard.minute), row('after an edit', s.dashboard.edit)].join('; '), Math.max(s.dashboard.cold.p50, s.dashboard.minute.p50, s.dashboard.edit.p50) <= 50],
      [`${s.profile}: statistics model with every timeline, as \`stats --format json\` prints it (${s.entries} entries; no target of its own)`, `${[row('from scratch', s.every.cold), row('after a minute', s.every.minute), row('after an edit', s.every.edit)].join('; ')}; HTML report ${fmt(s.htmlP50)} ms`, undefined],
    ];
  }),
  ['require() of the extension bundle ≤ 30 ms', `${fmt(ext.min.wall, 1)} ms (CPU ${fmt(ext.min.cpu, 1)} ms) minified, as packaged; ${fmt(ext.dev.wall, 1)} ms (CPU ${fmt(ext.dev.cpu, 1)} ms) unminified (the main bundle; its lazy chunks load at first use)`, ext.min.wall <= 30],
  editor
    ? [`first complete problems ≤ 2 s after activation (${editor.entries} entries, VS Code ${editor.vscode})`, `${fmt(editor.firstProblemsMs)} ms (then the whole tree in ${fmt(editor.treeMs)} ms)`, editor.firstProblemsMs <= 2000]
    : ['first complete problems ≤ 2 s after activation (1,000 entries)', 'not measured in this run (--editor)', undefined],
  editor
    ? [`unsaved edit to updated problems ≤ 200 ms (${editor.editMs.n} edits, debounce included)`, `p50 ${fmt(editor.editMs.p50)} ms, p95 ${fmt(editor.editMs.p95)} ms, max ${fmt(editor.editMs.max)} ms`, editor.editMs.p95 <= 200]
    : ['unsaved edit to updated problems ≤ 200 ms', 'not measured in this run (--editor)', undefined],
  editor?.dashboard
    ? [`dashboard first paint ≤ 500 ms after the command (${editor.entries} entries)`, `${fmt(editor.dashboard.firstPaintMs)} ms (drawing in the page ${fmt(editor.dashboard.drawMs)} ms)`, editor.dashboard.firstPaintMs <= 500]
    : ['dashboard first paint ≤ 500 ms after the command (1,000 entries)', 'not measured in this run (--editor)', undefined],
  // No target of its own: measured beside the Node host's (every file is read through the workbench there).
  webEditor
    ? [`web worker host (vscode.dev): first complete problems after activation (${webEditor.entries} entries)`, `${fmt(webEditor.firstProblemsMs)} ms${editor ? `, ${fmt(webEditor.firstProblemsMs / editor.firstProblemsMs, 1)} × the Node host's` : ''} (then the whole tree in ${fmt(webEditor.treeMs)} ms)`, undefined]
    : ['web worker host (vscode.dev): first complete problems after activation (1,000 entries)', 'not measured in this run (--editor)', undefined],
);
const verdict = (ok) => (ok === undefined ? '-' : ok ? 'met' : '**not met**');

const table = [
  '| profile | entries | measure | wall ms | CPU ms | µs / entry | × I/O floor | × library floor (wall / CPU) | peak RSS MB |',
  '| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.profile} | ${r.n} | ${r.what} | ${fmt(r.wall)} | ${fmt(r.cpu)} | ${fmt(r.perEntry, 1)} | ${fmt(r.xIo, 2)} | ${fmt(r.xLib, 2)} / ${fmt(r.xLibCpu, 2)} | ${r.rss === undefined ? '' : fmt(r.rss)} |`),
].join('\n');
const load = loadavg().map((x) => x.toFixed(2)).join(' ');
const loadBefore = loadAtStart.map((x) => x.toFixed(2)).join(' ');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB memory, node ${process.version}, ${process.platform}`;
const command = `node scripts/bench.mjs ${argv.join(' ')}`.trim();
const report = [
  `Run: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} · ${machine} · load average before the run ${loadBefore}, after it ${load}`,
  `Command: \`${command}\` · ${runs} run(s), medians · sizes ${sizes.join(', ')} · profiles ${profiles.map((p) => `${p} (${fmt(diagnosticsPerEntry[p], 1)} diagnostics an entry)`).join(', ')}`,
  '',
  table,
  '',
  ...profiles.map((p) => {
    const sc = scalingOf(p);
    return sc ? `Scaling 10k / 1k (CLI, ${p}): wall ${fmt(sc.wall, 1)}, CPU ${fmt(sc.cpu, 1)}.` : `Scaling 10k / 1k (${p}): not run (needs --sizes with 1000 and 10000).`;
  }),
  '',
  `Incremental (${incr.files} entries loaded in ${fmt(incr.loadMs)} ms; ${incr.edits} edits, each one file's \`setFile\` + \`refresh()\`, adding a contact or changing the status): p50 ${fmt(incr.p50, 2)} ms, p95 ${fmt(incr.p95, 2)} ms, max ${fmt(incr.max, 1)} ms. ` +
    `An offer coming or going (every active entry's next step changes): p50 ${fmt(incr.offerP50, 1)} ms, p95 ${fmt(incr.offerP95, 1)} ms.`,
  '',
  `Extension bundle: ${fmt(ext.minBytes / 1024)} KB minified as \`npm run package\` ships it (require ${fmt(ext.min.wall, 1)} ms, CPU ${fmt(ext.min.cpu, 1)} ms), ${fmt(ext.devBytes / 1024)} KB as \`npm run build\` writes dist/extension.js (require ${fmt(ext.dev.wall, 1)} ms, CPU ${fmt(ext.dev.cpu, 1)} ms); \`vscode\` stubbed, medians of ${ext.min.samples} fresh processes. Required on first use, not by require(): ${ext.minChunks} (minified). Browser bundle (dist/web/extension.js, web worker host): ${fmt(ext.webMinBytes / 1024)} KB minified.`,
  '',
  '| target | measured | |',
  '| --- | --- | --- |',
  ...targets.map(([t, m, ok]) => `| ${t} | ${m} | ${verdict(ok)} |`),
].join('\n');

console.log(report);

if (write) {
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const params = (P) =>
    Object.entries(P)
      .filter(([k, v]) => P === PARAMS || PARAMS[k] !== v)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  const block = `${start}\n${report}\n\nGenerator (scripts/bench/generate.mjs): ${params(PARAMS)}; busy: ${params(PROFILES.busy)}.\n${end}`;
  const old = existsSync(DOC) ? readFileSync(DOC, 'utf8') : `# Performance\n\n${start}\n${end}\n`;
  const next = old.includes(start) && old.includes(end) ? old.slice(0, old.indexOf(start)) + block + old.slice(old.indexOf(end) + end.length) : `${old}\n${block}\n`;
  writeFileSync(DOC, next);
  log(`wrote ${DOC}`);
}
