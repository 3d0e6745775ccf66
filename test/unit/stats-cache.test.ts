/**
 * The shortcuts of the statistics: a Journal that keeps its plans (keepPlans) and a StatsCache
 * kept between models must give what the plain path gives (plans worked out on demand, a fresh
 * model), on the examples and a generated journal, and after a sequence of edits: a contact,
 * an offer coming and going (other entries' plans change), a company renamed, a file removed,
 * the settings and the clock changed.
 */
import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { civil } from '../../src/core/civil';
import { Journal } from '../../src/core/journal';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { computeStats, StatsCache, type StatsGroupInput } from '../../src/core/stats';
import type { Minutes } from '../../src/core/types';
import { generatedJournal, mdFiles, ROOT } from './corpus';

/** The same files in a journal that keeps its plans and a plain one, edited alike. */
class Pair {
  now: Minutes = civil(2026, 11, 23, 10, 0);
  readonly kept: Journal;
  readonly plain: Journal;
  readonly cache = new StatsCache();

  constructor(files: { path: string; text: string }[]) {
    const settings: Settings = { ...DEFAULT_SETTINGS, today: '', now: '' };
    this.kept = new Journal(settings, () => this.now, { keepPlans: true });
    this.plain = new Journal(settings, () => this.now);
    for (const f of files) this.setFile(f.path, f.text);
    this.refresh();
  }

  setFile(path: string, text: string): void {
    this.kept.setFile(path, text);
    this.plain.setFile(path, text);
  }

  refresh(): void {
    this.kept.refresh();
    this.plain.refresh();
  }

  /** Every entry's plan in both journals, as JSON. */
  plans(): { kept: string; plain: string } {
    const of = (j: Journal) => JSON.stringify(j.paths().sort().map((p) => [p, j.plan(p)]));
    return { kept: of(this.kept), plain: of(this.plain) };
  }

  /** The model of both journals in two groups: the kept one with the kept cache, the plain one fresh. */
  models(opts: { since?: Minutes; maxTimelines?: number } = {}): { kept: string; plain: string } {
    const groups = (j: Journal): StatsGroupInput[] => {
      const items = j.all().map((result) => ({ path: result.path, result, plan: () => j.plan(result.path) }));
      const half = items.length >> 1;
      return [
        { name: 'a', now: j.now(), items: items.slice(0, half) },
        { name: 'b', now: j.now(), items: items.slice(half) },
      ];
    };
    return { kept: JSON.stringify(computeStats(groups(this.kept), { ...opts, cache: this.cache })), plain: JSON.stringify(computeStats(groups(this.plain), opts)) };
  }

  assertSame(what: string): void {
    const plans = this.plans();
    assert.equal(plans.kept, plans.plain, `plans ${what}`);
    for (const opts of [{}, { since: civil(2026, 11, 1, 0, 0) }, { maxTimelines: 3 }]) {
      const m = this.models(opts);
      assert.equal(m.kept, m.plain, `model ${what} ${JSON.stringify(opts)}`);
    }
  }
}

/** Inserts a contact before the `tags:` line, or at the end of the front matter. */
function addContact(text: string, day: number): string {
  const contact = `  - date: 2026-11-${String(day).padStart(2, '0')}\n    to: Someone New\n    via: email\n    kind: check-in\n`;
  const at = text.indexOf('\ncontacts:\n');
  assert.ok(at >= 0, 'the entry has contacts');
  return `${text.slice(0, at)}\ncontacts:\n${contact}${text.slice(at + '\ncontacts:\n'.length)}`;
}

const setStatus = (text: string, status: string) => text.replace(/\nstatus: [^\n]*/, '').replace('\ncompany:', `\nstatus: ${status}\ncompany:`);
const companyOf = (text: string) => /\ncompany: ([^\n]+)/.exec(text)![1];

/** The edits, each followed by the comparison; returns how many entries' plans the offer changed. */
function editAndCompare(files: { path: string; text: string }[]): number {
  const pair = new Pair(files);
  pair.assertSame('after loading');
  const entries = files.filter((f) => /\ncompany: /.test(f.text) && /\ncontacts:\n/.test(f.text) && !/\nstatus: /.test(f.text));
  assert.ok(entries.length >= 4, 'active entries to edit');
  const [a, b, c, d] = entries;

  pair.setFile(a.path, addContact(a.text, 21));
  // Asked before refresh(): a kept plan must not be served stale.
  assert.equal(JSON.stringify(pair.kept.plan(a.path)), JSON.stringify(pair.plain.plan(a.path)), 'a plan asked before refresh');
  pair.refresh();
  pair.assertSame('after a contact');

  const before = pair.plans().kept;
  pair.setFile(b.path, setStatus(b.text, 'offer'));
  pair.refresh();
  pair.assertSame('after an offer');
  const after = JSON.parse(pair.plans().kept) as [string, unknown][];
  const changed = (JSON.parse(before) as [string, unknown][]).filter(([p, plan], i) => p !== b.path && JSON.stringify(plan) !== JSON.stringify(after[i][1])).length;
  pair.setFile(b.path, b.text);
  pair.refresh();
  pair.assertSame('after the offer is gone');

  pair.setFile(c.path, c.text.replace(`\ncompany: ${companyOf(c.text)}`, `\ncompany: ${companyOf(d.text)}`));
  pair.refresh();
  pair.assertSame('after a company renamed to another one');

  pair.kept.removeFile(d.path);
  pair.plain.removeFile(d.path);
  pair.refresh();
  pair.assertSame('after a file removed');

  for (const j of [pair.kept, pair.plain]) j.setSettings({ ...j.getSettings(), checkInDaysWithoutDecision: 9 });
  pair.refresh();
  pair.assertSame('after the settings changed');

  pair.now += 3 * 24 * 60;
  pair.refresh();
  pair.assertSame('after the clock moved');
  return changed;
}

describe('stats shortcuts equal the plain path', function () {
  this.timeout(60_000);
  it('keepPlans keeps a plan until its entry is evaluated again; a StatsCache keeps an unchanged entry’s timeline', () => {
    const files = mdFiles(join(ROOT, 'examples', 'journal'));
    const pair = new Pair(files);
    const path = pair.kept.all().find((r) => r.entry.isEntry && r.entry.interview)!.path;
    assert.equal(pair.kept.plan(path), pair.kept.plan(path), 'the same plan object while nothing changed');
    const first = JSON.parse(pair.models().kept).timelines as unknown[];
    const model = () => computeStats([{ name: 'a', now: pair.kept.now(), items: pair.kept.all().map((result) => ({ path: result.path, result, plan: () => pair.kept.plan(result.path) })) }], { cache: pair.cache });
    const one = model();
    const two = model();
    assert.equal(one.timelines.length, first.length);
    one.timelines.forEach((t, i) => assert.equal(two.timelines[i], t, `timeline ${t.path} reused`));
    const edited = files.find((f) => f.path === path)!;
    pair.setFile(path, edited.text.replace(/\ninterview: [^\n]*/, '\ninterview: 2026-11-22'));
    pair.refresh();
    const three = model();
    const timeline = (m: typeof one) => m.timelines.find((t) => t.path === path);
    assert.ok(timeline(one));
    assert.notEqual(timeline(three), timeline(one), 'the edited entry’s timeline is made again');
    assert.equal(timeline(three)!.interview, '2026-11-22');
  });

  it('on the example journal, through a sequence of edits', () => {
    const files = mdFiles(join(ROOT, 'examples', 'journal'));
    assert.ok(files.length >= 8);
    assert.ok(editAndCompare(files) > 0, 'the offer changed other entries’ plans');
  });

  it('on a generated journal of 300 entries, through a sequence of edits', () => {
    const files = generatedJournal(300, 'busy');
    assert.equal(files.length, 300);
    assert.ok(editAndCompare(files) > 10, 'the offer changed other entries’ plans');
  });
});
