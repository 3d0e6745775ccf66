// The in-process side of the benchmark, bundled by scripts/bench.mjs with esbuild (like the
// CLI) so it measures the shipped code. Spawned as:
//   node --expose-gc inproc.js measure <dir> <runs>   I/O floor, library floor, analyze(): wall and CPU of each run
//   node --expose-gc inproc.js incremental <dir> <edits>   one edited entry in a loaded Journal: setFile + refresh
//   node --expose-gc inproc.js stats <dir> <runs>   the statistics model of a loaded Journal (plans included): from scratch, after a minute, after an edit; the HTML report
// Prints one JSON document.
import { readFileSync } from 'node:fs';
import { civil } from '../../src/core/civil';
import { analyze, Journal } from '../../src/core/journal';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { reportHtml } from '../../src/core/report-html';
import { computeStats, StatsCache } from '../../src/core/stats';
import { floorIo, floorLib, listFiles } from './floor.mjs';

const settings: Settings = { ...DEFAULT_SETTINGS, today: '2026-11-23' };
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

interface Sample {
  wallMs: number;
  cpuMs: number;
}

function timed(fn: () => unknown): Sample {
  gc();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (r === undefined) throw new Error('no result');
  return { wallMs, cpuMs: (c.user + c.system) / 1000 };
}

function measure(dir: string, runs: number): unknown {
  const files = listFiles(dir);
  const out: Record<string, Sample[]> = { io: [], lib: [], analyze: [] };
  const full = () => {
    const loaded = files.map((path: string) => ({ path, text: readFileSync(path, 'utf8') }));
    return analyze(loaded, settings).length;
  };
  for (let r = 0; r < runs; r++) {
    out.io.push(timed(() => floorIo(files)));
    out.lib.push(timed(() => floorLib(files)));
    out.analyze.push(timed(full));
  }
  return { files: files.length, ...out, heapUsedMb: process.memoryUsage().heapUsed / 1048576 };
}

/** Inserts a contact before the `tags:` line (every generated entry has one). */
function addContact(text: string, k: number): string {
  const at = text.indexOf('\ntags:');
  const who = /name: (.+)\n/.exec(text)?.[1] ?? 'Someone';
  const day = String(1 + (k % 28)).padStart(2, '0');
  return `${text.slice(0, at)}\n  - date: 2026-11-${day}\n    to: ${who}\n    via: email\n    kind: check-in\n    note: edit ${k}${text.slice(at)}`;
}

/** Sets (or replaces) the status line. */
function setStatus(text: string, status: string): string {
  const cleaned = text.replace(/\nstatus: [^\n]*/, '');
  const at = cleaned.indexOf('\ninterviewers:');
  return `${cleaned.slice(0, at)}\nstatus: ${status}${cleaned.slice(at)}`;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function incremental(dir: string, edits: number): unknown {
  const files = listFiles(dir);
  const texts = new Map(files.map((f: string) => [f, readFileSync(f, 'utf8')] as const));
  const j = new Journal(settings);
  const t0 = performance.now();
  for (const [f, t] of texts) j.setFile(f, t);
  j.refresh();
  const loadMs = performance.now() - t0;
  // Edits: a contact added (two in three), or the status set to rejected, withdrawn or back to
  // active (one in three), on files without an offer: an offer coming or going changes every
  // entry's next step ("tell them about your other offer") and is measured apart below.
  const plain = files.filter((f: string) => !/\nstatus: offer/.test(texts.get(f)!));
  const edit = (k: number): void => {
    const f = plain[(k * 7919) % plain.length];
    const old = texts.get(f)!;
    const next = k % 3 !== 2 ? addContact(old, k) : setStatus(old, ['rejected', 'withdrawn', 'active'][Math.floor(k / 3) % 3]);
    texts.set(f, next);
    j.setFile(f, next);
    j.refresh();
  };
  for (let k = 0; k < 20; k++) edit(1_000_000 + k); // warm-up
  gc();
  const ms: number[] = [];
  for (let k = 0; k < edits; k++) {
    const s = performance.now();
    edit(k);
    ms.push(performance.now() - s);
  }
  // An offer coming or going changes the next step of every active entry ("tell them about
  // your other offer"): measured apart.
  const offer: number[] = [];
  for (let k = 0; k < 20; k++) {
    const f = files[(k * 104729) % files.length];
    const old = texts.get(f)!;
    const s = performance.now();
    j.setFile(f, setStatus(old, 'offer'));
    j.refresh();
    j.setFile(f, old);
    j.refresh();
    offer.push((performance.now() - s) / 2);
  }
  return {
    files: files.length,
    loadMs,
    edits: ms.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    max: Math.max(...ms),
    offerP50: percentile(offer, 50),
    offerP95: percentile(offer, 95),
  };
}

/**
 * The statistics model of a loaded Journal that keeps its plans (as the dashboard's does). Two
 * models: the dashboard's (every number, the latest 200 timelines: what it recomputes while open)
 * and every timeline's (what `stats --format json` prints once). Each from scratch (a new
 * StatsCache: the dashboard's first model), after a minute (the clock moved: every result is new,
 * every parse the same, as every minute while VS Code is open) and after an edit (one contact
 * added, setFile + refresh untimed, the cache kept); the HTML report of the full model.
 */
function stats(dir: string, runs: number): unknown {
  const files = listFiles(dir);
  const texts = new Map(files.map((f: string) => [f, readFileSync(f, 'utf8')] as const));
  // The clock of `today: 2026-11-23`, moved by hand.
  let now = civil(2026, 11, 23, 12, 0);
  const j = new Journal({ ...settings, today: '' }, () => now, { keepPlans: true });
  for (const [f, t] of texts) j.setFile(f, t);
  j.refresh();
  const model = (cache: StatsCache, maxTimelines?: number) =>
    computeStats([{ name: 'bench', now: j.now(), items: j.all().map((result) => ({ path: result.path, result, plan: () => j.plan(result.path) })) }], { maxTimelines, cache });
  const DASH = 200;
  for (let k = 0; k < 3; k++) {
    model(new StatsCache());
    model(new StatsCache(), DASH);
  }
  const n = Math.max(runs, 10);
  const s = { cold: [] as number[], dashCold: [] as number[], html: [] as number[], minute: [] as number[], dashMinute: [] as number[], edited: [] as number[], dash: [] as number[] };
  const time = (into: number[], fn: () => unknown) => {
    const t0 = performance.now();
    const r = fn();
    into.push(performance.now() - t0);
    return r;
  };
  let entries = 0;
  // No forced collection before a sample: after one, the heap's pages are swept while the model
  // allocates, which the dashboard never meets. Each sample pays for its own garbage instead.
  gc();
  for (let r = 0; r < n; r++) {
    time(s.dashCold, () => model(new StatsCache(), DASH));
    const m = time(s.cold, () => model(new StatsCache())) as ReturnType<typeof model>;
    entries = m.entries;
    time(s.html, () => reportHtml(m));
  }
  const cache = new StatsCache();
  const dashCache = new StatsCache();
  model(cache);
  model(dashCache, DASH);
  for (let r = 0; r < n; r++) {
    now += 1;
    j.refresh();
    time(s.dashMinute, () => model(dashCache, DASH));
    time(s.minute, () => model(cache));
  }
  // After an edit: a contact added to an entry without an offer (an offer changes every entry's steps).
  const plain = files.filter((f: string) => !/\nstatus: offer/.test(texts.get(f)!));
  for (let k = 0; k < 3 * n; k++) {
    const f = plain[(k * 7919) % plain.length];
    j.setFile(f, addContact(texts.get(f)!, k));
    j.refresh();
    time(s.dash, () => model(dashCache, DASH));
    time(s.edited, () => model(cache));
  }
  const p = (xs: number[]) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95), max: Math.max(...xs) });
  return { entries, dashboard: { cold: p(s.dashCold), minute: p(s.dashMinute), edit: p(s.dash) }, every: { cold: p(s.cold), minute: p(s.minute), edit: p(s.edited) }, htmlP50: percentile(s.html, 50) };
}

const [, , mode, dir, n] = process.argv;
const result = mode === 'measure' ? measure(dir, Number(n)) : mode === 'incremental' ? incremental(dir, Number(n)) : mode === 'stats' ? stats(dir, Number(n)) : undefined;
if (!result) throw new Error(`unknown mode ${mode}`);
process.stdout.write(`${JSON.stringify(result)}\n`);
