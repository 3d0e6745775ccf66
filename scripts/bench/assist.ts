// The editor's assistance in a loaded journal, in-process: completion, hover and inlay hints at
// the positions people use them (a contact's to: and via:, company:, a new contact line, the
// interview date, a person), each call with everything it reads (the journal's analysis and
// plan, the company's other files). Bundled by scripts/bench.mjs; spawned as:
//   node --expose-gc assist.js <dir> <samples>
// Prints one JSON document: p50/p95/max in ms per feature.
import { readFileSync } from 'node:fs';
import { complete, hover, inlayHints, linesOf, worldOf } from '../../src/core/assist';
import { boundsOf, outline, shape } from '../../src/core/assist/outline';
import { Journal } from '../../src/core/journal';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { listFiles } from './floor.mjs';

const [dir, samplesArg] = process.argv.slice(2);
const samples = Number(samplesArg || 300);
const files: string[] = listFiles(dir);
const j = new Journal({ ...DEFAULT_SETTINGS, today: '2026-11-23' });
const texts = new Map(files.map((f) => [f, readFileSync(f, 'utf8')] as const));
for (const [f, t] of texts) j.setFile(f, t);
j.refresh();

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const stats = (xs: number[]) => ({ n: xs.length, p50: pct(xs, 50), p95: pct(xs, 95), max: Math.max(...xs) });

const out: Record<string, number[]> = { completion: [], hover: [], inlayHints: [] };
let items = 0;
for (let k = 0; k < samples + 20; k++) {
  const f = files[(k * 7919) % files.length];
  const lines = linesOf(texts.get(f)!);
  const b = boundsOf(lines);
  if (!b) continue;
  const segs = outline(lines, b).flatMap((li) => li.segs);
  const seg = (want: string) => segs.find((s) => `${shape(s.path)}/${s.key ?? ''}` === want);
  const spots = [seg('contacts/#/to'), seg('contacts/#/via'), seg('/company'), seg('/decision_by'), seg('/interview')].filter(Boolean);
  const warm = k < 20;
  for (const s of spots) {
    const t0 = performance.now();
    items += complete(lines, s!.line, s!.vEnd, worldOf(j, f)).length;
    if (!warm) out.completion.push(performance.now() - t0);
  }
  // A new contact line under contacts: (the next step's line and the snippets).
  const contacts = seg('/contacts');
  if (contacts) {
    const t0 = performance.now();
    items += complete(lines, contacts.line + 1, 2, worldOf(j, f)).length;
    if (!warm) out.completion.push(performance.now() - t0);
  }
  for (const s of [seg('/interview'), seg('contacts/#/to'), seg('interviewers/#/name')].filter(Boolean)) {
    const t0 = performance.now();
    hover(lines, s!.line, s!.vStart + 1, worldOf(j, f));
    if (!warm) out.hover.push(performance.now() - t0);
  }
  const t0 = performance.now();
  inlayHints(lines, worldOf(j, f));
  if (!warm) out.inlayHints.push(performance.now() - t0);
}
console.log(JSON.stringify({ files: files.length, items, completion: stats(out.completion), hover: stats(out.hover), inlayHints: stats(out.inlayHints) }));
