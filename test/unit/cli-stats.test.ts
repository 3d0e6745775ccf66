/**
 * `interview-journal stats` in-process on the golden journal written to a temporary folder:
 * the JSON document, the text table, the HTML report, `--since`, `--group-by folder`, bad usage.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import { cli, writeJournal } from './cli-helpers';
import { GOLDEN } from './stats-fixture';

let tmp: string;
const write = (files: Record<string, string>): string => writeJournal(tmp, files);

describe('cli stats', () => {
  before(() => (tmp = mkdtempSync(join(tmpdir(), 'ij-stats-'))));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('--format json: entries, byStatus and byUrgency as the contract pins, and the rest of the model', () => {
    const dir = write(GOLDEN);
    const r = cli(['stats', '--today', '2026-11-30', '--format', 'json'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.err, '');
    const doc = JSON.parse(r.out);
    assert.equal(doc.entries, 6);
    assert.deepEqual(doc.byStatus, { active: 4, offer: 1, accepted: 0, declined: 0, rejected: 1, withdrawn: 0, closed: 0 });
    assert.deepEqual(doc.byUrgency, { overdue: 0, today: 3, soon: 1, later: 1, waiting: 0, done: 1 });
    assert.deepEqual(doc.funnel, { companies: 5, laterRounds: 2, offers: 1, accepted: 0 });
    assert.equal(doc.responseTime.median, 5.5);
    assert.equal(doc.now, '2026-11-30T12:00');
    // Paths as the other commands show them: relative to the cwd.
    assert.deepEqual(
      doc.timelines.map((t: { path: string }) => t.path),
      ['j/hooli.md', 'j/acme-onsite.md', 'j/initech.md', 'j/globex.md', 'j/acme-screen.md', 'j/umbrella.md'],
    );
    assert.equal(doc.groups, undefined);
  });

  it('text: a compact table', () => {
    const dir = write(GOLDEN);
    const r = cli(['stats', '--today', '2026-11-30'], dir);
    assert.equal(r.code, 0);
    assert.deepEqual(r.out.split('\n'), [
      'Interview Journal stats as of 2026-11-30 12:00: 6 entries',
      '',
      'Status        active 4  offer 1  rejected 1',
      'Next steps    today 3  soon 1  later 1  done 1',
      'Funnel        5 companies → 2 later rounds → 1 offers → 0 accepted',
      'Answers       median 5.5 days after the interview (middle half 3.5–7, range 2–7); 4 answered, 1 waiting',
      '              Acme 3 (2–4) · Globex 7 · Umbrella 7 · Initech waiting',
      'Messages      5 of 7 answered (71%)',
      '  by kind     thank-you 5/6  check-in 0/1',
      '  by channel  email 4/6  letter 1/1',
      'Weeks         week of     sent  received  interviews',
      '              2026-10-12     0         1           0',
      '              2026-10-19     0         0           0',
      '              2026-10-26     0         0           0',
      '              2026-11-02     0         0           0',
      '              2026-11-09     1         1           1',
      '              2026-11-16     4         0           3',
      '              2026-11-23     1         2           0',
      '              2026-11-30     0         0           1',
      'Problems      decision-date-missing 1  follow-up-too-early 1',
      '',
    ]);
  });

  it('--format html: one self-contained page with the same numbers', () => {
    const dir = write(GOLDEN);
    const r = cli(['stats', '--today', '2026-11-30', '--format', 'html'], dir);
    assert.equal(r.code, 0);
    const $ = cheerio.load(r.out);
    assert.equal($('script').length, 0);
    assert.equal($('#chart-status tbody tr').first().find('td').text(), '4');
    assert.equal($('table.timeline tbody tr').length, 6);
  });

  it('--since: only the interviews on or after that day', () => {
    const dir = write(GOLDEN);
    const doc = JSON.parse(cli(['stats', '--today', '2026-11-30', '--format', 'json', '--since', '2026-11-16'], dir).out);
    assert.equal(doc.since, '2026-11-16');
    assert.equal(doc.entries, 4);
  });

  it('--group-by folder: one group per folder inside the one given, or per path given, and the roll-up', () => {
    const dir = write({
      'alice/globex.md': GOLDEN['j/globex.md'],
      'alice/interviews/hooli.md': GOLDEN['j/hooli.md'],
      'bob/acme.md': GOLDEN['j/acme-onsite.md'],
      'loose.md': GOLDEN['j/initech.md'],
    });
    const one = JSON.parse(cli(['stats', '--today', '2026-11-30', '--format', 'json', '--group-by', 'folder'], dir).out);
    assert.equal(one.entries, 4);
    assert.deepEqual(
      one.groups.map((g: { name: string; entries: number }) => [g.name, g.entries]),
      [
        ['alice', 2],
        ['bob', 1],
        [basename(dir), 1], // the files directly in the folder given: named after it
      ],
    );
    const two = JSON.parse(cli(['stats', '--today', '2026-11-30', '--format', 'json', '--group-by', 'folder', 'alice', 'bob'], dir).out);
    assert.deepEqual(
      two.groups.map((g: { name: string; entries: number }) => [g.name, g.entries]),
      [
        ['alice', 2],
        ['bob', 1],
      ],
    );
    const text = cli(['stats', '--today', '2026-11-30', '--group-by', 'folder', 'alice', 'bob'], dir).out;
    assert.match(text, /\nalice: 2 entries\nStatus {8}active 1 {2}offer 1\n/);
  });

  it('the hostile corpus: every format stays whole (valid JSON, a page without script), no crash', () => {
    const corpus = [resolve(__dirname, '../../../test/hostile'), resolve(process.cwd(), 'test/hostile')].find((d) => existsSync(join(d, 'README.md')))!;
    const json = cli(['stats', '--today', '2026-11-30', '--format', 'json', corpus], tmp);
    assert.equal(json.code, 0, json.err);
    const doc = JSON.parse(json.out);
    assert.ok(doc.entries > 10);
    assert.equal(doc.timelines.length, doc.entries);
    const html = cli(['stats', '--today', '2026-11-30', '--format', 'html', corpus], tmp);
    assert.equal(html.code, 0);
    const $ = cheerio.load(html.out);
    assert.equal($('script').length, 0);
    assert.equal($('table.timeline tbody tr').length, doc.entries);
    // Terminal escapes in journal text never reach the page or the terminal raw.
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(html.out, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    // eslint-disable-next-line no-control-regex
    assert.doesNotMatch(cli(['stats', '--today', '2026-11-30', corpus], tmp).out, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });

  it('bad usage: one line on stderr, exit 2', () => {
    const dir = write(GOLDEN);
    for (const [argv, msg] of [
      [['stats', '--since', '2026-02-30'], "--since must be a date YYYY-MM-DD, got '2026-02-30'"],
      [['stats', '--group-by', 'company'], "--group-by must be folder, got 'company'"],
      [['stats', '--format', 'xml'], "--format must be text or json or html, got 'xml'"],
      [['check', '--format', 'html'], "--format must be text or json, got 'html'"],
      [['next', '--since', '2026-11-01'], '--since applies to stats only'],
    ] as [string[], string][]) {
      const r = cli(argv, dir);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.out, '');
      assert.equal(r.err, `interview-journal: ${msg} (see interview-journal --help)\n`);
    }
  });
});
