/**
 * Every rule against its fixture, test/rules/<id>.md: a few journal files, each after a line
 * `<!-- file: PATH -->`, with the rules expected on a line marked at its end (`# expect: id`, a
 * YAML comment), or, for a line that cannot hold one, by `<!-- expect line N: id -->` right
 * after the file line. Any missing or unexpected diagnostic
 * fails. The clock is pinned (`<!-- now: ... -->` at the top, else NOW); `<!-- settings: {...} -->`
 * changes settings. The rule's messages are checked once, against test/rules/messages.snap.json
 * (UPDATE_RULE_SNAPSHOT=1 rewrites it; review the diff).
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from '../../src/core/types';
import { run } from './helpers';

const DIR = join('test', 'rules');
const SNAPSHOT = join(DIR, 'messages.snap.json');
const NOW = '2026-11-30T10:00';
/** A failure of Interview Journal itself: no journal text shows it (journal.test.ts throws from a rule). */
const NO_FIXTURE = new Set<string>(['internal-error']);

interface Fixture {
  now: string;
  settings: Record<string, unknown>;
  files: Record<string, string>;
  /** Per file, "line rule" (1-based line) for every expected diagnostic, sorted. */
  expected: Record<string, string[]>;
}

const EXPECT = /#\s*expect:\s*([a-z-]+(?:\s*,\s*[a-z-]+)*)/;

export function readFixture(text: string): Fixture {
  const fx: Fixture = { now: NOW, settings: {}, files: {}, expected: {} };
  let path: string | undefined;
  let lines: string[] = [];
  const flush = () => {
    if (path === undefined) return;
    fx.files[path] = lines.join('\n');
    fx.expected[path] = lines
      .flatMap((l, i) => (EXPECT.exec(l)?.[1].split(',') ?? []).map((id) => `${i + 1} ${id.trim()}`))
      .concat(header)
      .sort();
  };
  let header: string[] = [];
  for (const line of text.split('\n')) {
    const file = /^<!-- file: (\S+) -->$/.exec(line);
    if (file) {
      flush();
      path = file[1];
      lines = [];
      header = [];
      continue;
    }
    // `<!-- expect line N: ids -->` right after the file line: for lines that cannot hold a marker (`---`, headings, body).
    const at = /^<!-- expect line (\d+): ([a-z-]+(?:\s*,\s*[a-z-]+)*) -->$/.exec(line);
    if (path !== undefined && lines.length === 0 && at) {
      header.push(...at[2].split(',').map((id) => `${at[1]} ${id.trim()}`));
      continue;
    }
    if (path === undefined) {
      const now = /^<!-- now: (\S+) -->$/.exec(line);
      if (now) fx.now = now[1];
      const settings = /^<!-- settings: (.*) -->$/.exec(line);
      if (settings) fx.settings = JSON.parse(settings[1]) as Record<string, unknown>;
      continue;
    }
    lines.push(line);
  }
  flush();
  return fx;
}

const fixtures = readdirSync(DIR)
  .filter((n) => n.endsWith('.md'))
  .map((n) => n.slice(0, -3))
  .sort();
const snapshot = (existsSync(SNAPSHOT) ? JSON.parse(readFileSync(SNAPSHOT, 'utf8')) : {}) as Record<string, string[]>;
const messages: Record<string, string[]> = {};

describe('rule fixtures (test/rules)', () => {
  it('one fixture per rule id, and only for rule ids', () => {
    assert.deepEqual(fixtures, RULE_IDS.filter((id) => !NO_FIXTURE.has(id)).sort());
  });

  for (const id of fixtures) {
    it(`${id}: exactly the diagnostics marked in ${id}.md, its messages as in the snapshot`, () => {
      const fx = readFixture(readFileSync(join(DIR, `${id}.md`), 'utf8'));
      assert.ok(Object.keys(fx.files).length > 0, 'the fixture has files');
      assert.ok(Object.values(fx.expected).some((e) => e.some((x) => x.endsWith(` ${id}`))), `the fixture shows ${id} at least once`);
      const results = run(fx.files, { now: fx.now, settings: fx.settings });
      for (const path of Object.keys(fx.files)) {
        const got = results[path].diagnostics.map((d) => `${d.range.start.line + 1} ${d.rule}`).sort();
        assert.deepEqual(got, fx.expected[path], `${path}: diagnostics (line rule) against the expect markers`);
      }
      messages[id] = Object.keys(fx.files).flatMap((p) => results[p].diagnostics.filter((d) => d.rule === id).map((d) => `${p}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`));
      if (process.env.UPDATE_RULE_SNAPSHOT) return;
      assert.deepEqual(messages[id], snapshot[id], `${id}: messages against ${SNAPSHOT}`);
    });
  }

  after(() => {
    if (!process.env.UPDATE_RULE_SNAPSHOT) return;
    const sorted = Object.fromEntries(Object.keys(messages).sort().map((k) => [k, messages[k]]));
    writeFileSync(SNAPSHOT, `${JSON.stringify(sorted, null, 2)}\n`);
  });
});
