/**
 * The example journal (examples/journal) is the demo and the documentation's source: between
 * its files it must show every rule id of docs/rules.md and every kind of next step of
 * docs/next-steps.md, as of its pinned day (examples/journal/.vscode/settings.json).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser/lib/esm/main.js';
import { analyze } from '../../src/core/journal';
import { settingsFromJson } from '../../src/core/settings';
import { RULE_IDS, type StepKind } from '../../src/core/types';

const DIR = join('examples', 'journal');

function load() {
  const { settings, problems } = settingsFromJson(parse(readFileSync(join(DIR, '.vscode', 'settings.json'), 'utf8')));
  assert.deepEqual(problems, []);
  assert.equal(settings.today, '2026-11-23');
  const files = readdirSync(DIR)
    .filter((n) => n.endsWith('.md'))
    .map((n) => ({ path: join(DIR, n), text: readFileSync(join(DIR, n), 'utf8') }));
  return analyze(files, settings);
}

describe('example journal', () => {
  it('has 8-12 interviews plus a deliberately broken file and a README that is not an entry', () => {
    const results = load();
    const entries = results.filter((r) => r.entry.isEntry);
    const readme = results.find((r) => r.path.endsWith('README.md'));
    assert.ok(readme && !readme.entry.isEntry, 'README.md is not an entry');
    const interviews = entries.filter((r) => r.entry.company);
    assert.ok(interviews.length >= 8 && interviews.length <= 12, `${interviews.length} interviews`);
  });

  it('shows every rule id', () => {
    const fired = new Set(load().flatMap((r) => r.diagnostics.map((d) => d.rule)));
    // internal-error is a failure of Interview Journal itself: an example cannot show it.
    const shown = RULE_IDS.filter((id) => id !== 'internal-error');
    assert.deepEqual(shown.filter((id) => !fired.has(id)), [], 'rules that never fire in the example');
    assert.deepEqual([...fired].sort(), [...shown].sort());
  });

  it('shows every kind of next step, the check-in both waiting and due', () => {
    const results = load().filter((r) => r.entry.isEntry);
    const next = new Set(results.map((r) => r.next!.kind));
    const wanted: StepKind[] = ['closed', 'prepare', 'thank-you', 'debrief', 'no-follow-up', 'answer-offer', 'other-offer', 'move-on', 'promised', 'check-in', 'task'];
    assert.deepEqual(wanted.filter((k) => !next.has(k)), [], 'kinds that are no entry\'s next step');
    const checkIns = results.filter((r) => r.next!.kind === 'check-in').map((r) => r.next!.urgency);
    assert.ok(checkIns.includes('waiting'), 'a check-in that is not due yet');
    assert.ok(checkIns.some((u) => u === 'today' || u === 'overdue' || u === 'soon'), 'a check-in that is due');
    const all = new Set(results.flatMap((r) => r.steps.map((s) => s.kind)));
    assert.ok(all.has('handwritten-note'), 'the optional handwritten note');
  });
});
