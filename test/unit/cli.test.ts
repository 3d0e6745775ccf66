/**
 * The `interview-journal` CLI: runCli in-process on temporary journals (clock always pinned),
 * plus a few spawns of the built dist/cli.js for the real process exit codes.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { checkJson, formatCheckText, PLAIN, writeCheckJson, writeCheckText, type Row } from '../../src/cli/format';
import { cli, writeJournal, type Run } from './cli-helpers';
import { runCli } from '../../src/cli/run';
import { escapeText, foldLine, stepUid } from '../../src/core/ics';

let tmp: string;
/** Writes files (path -> text) under a fresh folder; returns the folder. */
const journal = (files: Record<string, string>): string => writeJournal(tmp, files);

const CLEAN = `---
company: Northwind
role: Platform Engineer
interview: 2026-11-20
interviewers:
  - name: Jason Lee
    email: jason.lee@northwind.example
decision_by: 2026-11-27
contacts:
  - date: 2026-11-20
    to: Jason Lee
    via: email
    kind: thank-you
---
Met the platform team.
`;

/** A timed interview, not thanked: thank-you due 2026-11-21 14:00. */
const TIMED = `---
company: Acme
role: Data Analyst
interview: 2026-11-20 14:00
interviewers: [Priya Natarajan]
decision_by: 2026-12-01
---
`;

/** One warning (unknown-field) on line 6. */
const WARN = `---
company: Globex
role: SRE
interview: 2026-11-20
interviewers: [Sam Ortiz]
salary: 100k
decision_by: 2026-11-30
contacts:
  - {date: 2026-11-20, to: Sam Ortiz, via: letter, kind: thank-you}
---
`;

/** An error: invalid-value (status). */
const ERROR = `---
company: Initech
role: Analyst
interview: 2026-11-20
status: maybe
interviewers: [Bill Lumbergh]
---
`;

const README = '# My job search\n\nNot an entry: no front matter.\n';

function lines(s: string): string[] {
  return s.split('\n').filter((l) => l !== '');
}

describe('cli', () => {
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'ij-cli-'));
  });
  after(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  describe('check: exit codes and text', () => {
    it('exits 0 and prints the next step and a tick when there are no problems', () => {
      const dir = journal({ 'northwind.md': CLEAN, 'README.md': README });
      const r = cli(['check', '--today', '2026-11-23'], dir);
      assert.equal(r.code, 0);
      assert.equal(r.err, '');
      assert.deepEqual(lines(r.out), ['northwind.md', '  next: Wait for their decision, then check in with Jason Lee by email (waiting, in 7 days)', '✔ no problems in 1 entry']);
    });

    it('defaults to the current folder and shows paths as given', () => {
      const dir = journal({ 'sub/northwind.md': CLEAN });
      assert.equal(lines(cli(['check', '--today', '2026-11-23'], dir).out)[0], 'sub/northwind.md');
      assert.equal(lines(cli(['check', '--today', '2026-11-23', 'sub'], dir).out)[0], 'sub/northwind.md');
      assert.equal(lines(cli(['check', '--today', '2026-11-23', './sub/'], dir).out)[0], 'sub/northwind.md');
      assert.equal(lines(cli(['check', '--today', '2026-11-23', 'northwind.md'], join(dir, 'sub')).out)[0], 'northwind.md');
    });

    it('prints aligned stylish lines, the rule id, and a summary; warnings alone exit 0', () => {
      const dir = journal({ 'globex.md': WARN });
      const r = cli(['check', '--today', '2026-11-23'], dir);
      assert.equal(r.code, 0);
      const out = lines(r.out);
      assert.equal(out[0], 'globex.md');
      assert.match(out[1], /^ {2}6:1 {2}warning {2}Unknown front matter key "salary".* {2}unknown-field$/);
      assert.match(out[2], /^ {2}next: Wait for their decision, then check in with Sam Ortiz by letter \(waiting, in 10 days\)$/);
      assert.equal(out[3], '✖ 1 problem (0 errors, 1 warning, 0 infos)');
    });

    it('exits 1 on an error', () => {
      const dir = journal({ 'initech.md': ERROR, 'northwind.md': CLEAN });
      const r = cli(['check', '--today', '2026-11-23'], dir);
      assert.equal(r.code, 1);
      assert.match(r.out, /^ {2}5:9 +error +status "maybe" is not one of .* +invalid-value$/m);
      assert.match(r.out, /✖ \d+ problems? \(1 error, /);
    });

    it('--max-warnings: exit 1 above the limit, 0 at it', () => {
      const dir = journal({ 'globex.md': WARN });
      const over = cli(['check', '--today', '2026-11-23', '--max-warnings', '0'], dir);
      assert.equal(over.code, 1);
      assert.match(over.out, /too many warnings: 1, the maximum is 0/);
      assert.equal(cli(['check', '--today', '2026-11-23', '--max-warnings', '1'], dir).code, 0);
      assert.equal(cli(['check', '--today', '2026-11-23', '--max-warnings=1'], dir).code, 0);
      assert.equal(cli(['check', '--today', '2026-11-23', '--max-warnings', '-1'], dir).code, 0, 'ESLint\'s -1: no limit');
      assert.equal(cli(['check', '--today', '2026-11-23', '--format', 'json', '--max-warnings', '0'], dir).code, 1);
    });

    it('bad usage and unreadable paths: one line on stderr, exit 2, nothing on stdout', () => {
      const dir = journal({ 'northwind.md': CLEAN });
      const cases: [string[], RegExp][] = [
        [['check', '--bogus'], /Unknown option '--bogus'/],
        [['frobnicate'], /unknown command 'frobnicate'/],
        [[], /missing command/],
        [['check', 'missing-folder'], /cannot read missing-folder: no such file or folder/],
        [['check', '--today', '2026-02-30'], /--today must be a date YYYY-MM-DD, got '2026-02-30'/],
        [['check', '--now', '2026-11-23'], /--now must be a local time YYYY-MM-DDTHH:mm/],
        [['check', '--format', 'xml'], /--format must be text or json/],
        [['check', '--max-warnings', 'lots'], /--max-warnings must be a whole number/],
        [['check', '--today'], /argument missing|--today/],
        [['ics', '--format', 'json'], /ics writes iCalendar/],
      ];
      for (const [argv, re] of cases) {
        const r = cli(argv, dir);
        assert.equal(r.code, 2, argv.join(' '));
        assert.equal(r.out, '', argv.join(' '));
        assert.match(r.err, re, argv.join(' '));
        assert.equal(r.err.split('\n').filter(Boolean).length, 1, `one line for ${argv.join(' ')}: ${r.err}`);
      }
    });

    it('--help and --version exit 0 on stdout', () => {
      const h = cli(['--help'], tmp);
      assert.equal(h.code, 0);
      assert.match(h.out, /^Usage: interview-journal <command>/);
      for (const flag of ['--today', '--now', '--format', '--max-warnings']) assert.ok(h.out.includes(flag), flag);
      const v = cli(['--version'], tmp);
      assert.equal(v.code, 0);
      assert.match(v.out, /^\d+\.\d+\.\d+\n$/);
    });

    it('colour only on a TTY, never with NO_COLOR, always with FORCE_COLOR', () => {
      const dir = journal({ 'globex.md': WARN });
      const esc = (r: Run) => r.out.includes('\u001b[');
      assert.equal(esc(cli(['check', '--today', '2026-11-23'], dir)), false);
      assert.equal(esc(cli(['check', '--today', '2026-11-23'], dir, { isTTY: true })), true);
      assert.equal(esc(cli(['check', '--today', '2026-11-23'], dir, { isTTY: true, env: { NO_COLOR: '1' } })), false);
      assert.equal(esc(cli(['check', '--today', '2026-11-23'], dir, { isTTY: false, env: { FORCE_COLOR: '1' } })), true);
      assert.equal(esc(cli(['check', '--today', '2026-11-23'], dir, { isTTY: true, env: { FORCE_COLOR: '0' } })), false);
      assert.equal(esc(cli(['check', '--today', '2026-11-23', '--format', 'json'], dir, { isTTY: true })), false);
    });

    it('journal text cannot put terminal escapes on the screen', () => {
      const dir = journal({ 'evil.md': WARN.replace('salary: 100k', '"sal\\e[31mary": 1') });
      const r = cli(['check', '--today', '2026-11-23'], dir);
      assert.ok(!r.out.includes('\u001b'), r.out);
    });
  });

  describe('check --format json', () => {
    it('prints exactly the documented shape', () => {
      const dir = journal({ 'globex.md': WARN, 'README.md': README });
      const r = cli(['check', '--today', '2026-11-23', '--format', 'json'], dir);
      assert.equal(r.code, 0);
      const doc = JSON.parse(r.out);
      assert.equal(doc.files.length, 1);
      const msg = doc.files[0].diagnostics[0].message;
      assert.match(msg, /salary/);
      assert.deepEqual(doc, {
        files: [
          {
            path: 'globex.md',
            company: 'Globex',
            role: 'SRE',
            status: 'active',
            next: { text: 'Wait for their decision, then check in with Sam Ortiz by letter', due: '2026-12-03', urgency: 'waiting' },
            diagnostics: [{ rule: 'unknown-field', severity: 'warning', message: msg, line: 6, column: 1, endLine: 6, endColumn: 7 }],
          },
        ],
      });
    });

    it('stays one valid JSON document with notes on stderr for hostile files', () => {
      const dir = journal({
        'empty.md': '',
        'dashes.md': '---\n',
        'binary.md': '\u0000\u0001\u0002\uFFFD\u0000---\ncompany: [',
        'broken.md': '---\ncompany: Acme\nrole: [unclosed\n---\n',
        'js.md': '---js\n{ company: "Evil", role: process.exit(3) }\n---\n',
        'proto.md': '---\ncompany: Acme\n__proto__: {polluted: true}\nconstructor: 1\n---\n',
        'big.md': `---\ncompany: Big\n---\n${'x'.repeat(3000)}\n`,
        '.vscode/settings.json': '{ "interviewJournal.maxFileSize": 2000 }',
      });
      writeFileSync(join(dir, 'invalid-utf8.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]));
      const r = cli(['check', '--today', '2026-11-23', '--format', 'json'], dir);
      assert.ok(r.code === 0 || r.code === 1, String(r.code));
      const doc = JSON.parse(r.out);
      const paths = doc.files.map((f: { path: string }) => f.path);
      assert.ok(paths.includes('broken.md'));
      assert.ok(paths.includes('js.md'));
      // Not read, but reported: one file-skipped warning (see 'skipped files' below).
      assert.deepEqual(doc.files.find((f: { path: string }) => f.path === 'big.md').diagnostics.map((d: { rule: string }) => d.rule), ['file-skipped']);
      assert.match(r.err, /^note: big\.md: skipped: \d+ bytes is more than maxFileSize \(2000\)$/m);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      const js = doc.files.find((f: { path: string }) => f.path === 'js.md');
      assert.equal(js.diagnostics[0].rule, 'invalid-front-matter');
    });
  });

  describe('skipped files', () => {
    const BIG = `---\ncompany: Big\n---\n${'x'.repeat(3000)}\n`; // 3,022 bytes
    const SETTINGS = '{ "interviewJournal.maxFileSize": 2000 }';
    const TOO_LARGE =
      'Not read: the file is 3,022 bytes, more than interviewJournal.maxFileSize (2,000 bytes). Nothing in it was checked: move long notes or transcripts to another file, or raise the setting.';

    it('a file over maxFileSize is a file of the JSON with one file-skipped warning at 1:1, the reason and the size', () => {
      const dir = journal({ 'acme.md': CLEAN, 'big.md': BIG, '.vscode/settings.json': SETTINGS });
      const r = cli(['check', '--today', '2026-11-23', '--format', 'json'], dir);
      assert.equal(r.code, 0, r.err);
      const doc = JSON.parse(r.out);
      assert.deepEqual(
        doc.files.map((f: { path: string }) => f.path),
        ['acme.md', 'big.md'],
      );
      assert.deepEqual(doc.files[1], {
        path: 'big.md',
        company: '',
        role: null,
        status: 'active',
        next: { text: 'Make this file readable (see Problems)', due: null, urgency: 'today' },
        diagnostics: [{ rule: 'file-skipped', severity: 'warning', message: TOO_LARGE, line: 1, column: 1, endLine: 1, endColumn: 1 }],
      });
      assert.equal(r.err, 'note: big.md: skipped: 3022 bytes is more than maxFileSize (2000)\n');
    });

    it('text: the file, its warning and step, and the summary counts it', () => {
      const dir = journal({ 'big.md': BIG, '.vscode/settings.json': SETTINGS });
      const r = cli(['check', '--today', '2026-11-23'], dir);
      assert.equal(r.code, 0, r.err);
      assert.equal(
        r.out,
        ['big.md', `  1:1  warning  ${TOO_LARGE}  file-skipped`, '  next: Make this file readable (see Problems)', '', '✖ 1 problem (0 errors, 1 warning, 0 infos)', ''].join('\n'),
      );
    });

    it('counts for --max-warnings: exit 1 with --max-warnings 0, 0 with 1', () => {
      const dir = journal({ 'acme.md': CLEAN, 'big.md': BIG, '.vscode/settings.json': SETTINGS });
      const strict = cli(['check', '--today', '2026-11-23', '--max-warnings', '0'], dir);
      assert.equal(strict.code, 1);
      assert.match(strict.out, /✖ too many warnings: 1, the maximum is 0 \(--max-warnings\)/);
      assert.equal(cli(['check', '--today', '2026-11-23', '--max-warnings', '1'], dir).code, 0);
      assert.equal(cli(['check', '--today', '2026-11-23', '--format', 'json', '--max-warnings', '0'], dir).code, 1);
    });

    it('at the default limit (10,000,000 bytes) a 1 MB entry is read; past it the file is reported', () => {
      const dir = journal({ 'long.md': `${CLEAN}\n${'notes '.repeat(200_000)}\n` });
      const read = JSON.parse(cli(['check', '--today', '2026-11-23', '--format', 'json'], dir).out).files[0];
      assert.equal(read.company, 'Northwind');
      assert.deepEqual(read.diagnostics, []);
      writeFileSync(join(dir, 'huge.md'), Buffer.alloc(10_000_001, 'a'));
      const r = cli(['check', '--today', '2026-11-23', '--format', 'json'], dir);
      const huge = JSON.parse(r.out).files.find((f: { path: string }) => f.path === 'huge.md');
      assert.equal(
        huge.diagnostics[0].message,
        'Not read: the file is 10,000,001 bytes, more than interviewJournal.maxFileSize (10,000,000 bytes). Nothing in it was checked: move long notes or transcripts to another file, or raise the setting.',
      );
    });

    it('next lists it with its step; ics has no event for it', () => {
      const dir = journal({ 'big.md': BIG, '.vscode/settings.json': SETTINGS });
      const next = cli(['next', '--today', '2026-11-23', '--format', 'json'], dir);
      assert.deepEqual(JSON.parse(next.out).steps, [
        { path: 'big.md', company: '', role: null, status: 'active', kind: 'fix', text: 'Make this file readable (see Problems)', due: null, urgency: 'today' },
      ]);
      assert.equal(cli(['next', '--today', '2026-11-23'], dir).out, 'today  —  big.md  Make this file readable (see Problems)\n');
      const ics = cli(['ics', '--today', '2026-11-23'], dir);
      assert.equal(ics.code, 0);
      assert.doesNotMatch(ics.out, /BEGIN:VEVENT/);
    });

    it('a dangling link and an unreadable file are reported with their reason', function () {
      if (process.platform === 'win32') this.skip();
      const dir = journal({ 'acme.md': CLEAN, 'locked.md': CLEAN });
      symlinkSync('nowhere.md', join(dir, 'dangling.md'));
      chmodSync(join(dir, 'locked.md'), 0);
      try {
        const r = cli(['check', '--today', '2026-11-23', '--format', 'json'], dir);
        const doc = JSON.parse(r.out);
        const byPath = new Map<string, { diagnostics: { rule: string; message: string; line: number; column: number }[] }>(doc.files.map((f: { path: string }) => [f.path, f]));
        assert.deepEqual([...byPath.keys()], ['acme.md', 'dangling.md', 'locked.md']);
        assert.deepEqual(byPath.get('dangling.md')!.diagnostics.map((d) => [d.rule, d.line, d.column, d.message]), [
          ['file-skipped', 1, 1, 'Not read: a symbolic link that cannot be followed (no such file or folder). Nothing in it was checked: fix or remove the link.'],
        ]);
        // root reads any file: then locked.md is simply read.
        const locked = byPath.get('locked.md')!.diagnostics;
        if (process.getuid?.() !== 0) {
          assert.deepEqual(locked.map((d) => [d.rule, d.message]), [['file-skipped', `Not read: permission denied (${Buffer.byteLength(CLEAN).toLocaleString('en-US')} bytes). Nothing in it was checked: make the file readable.`]]);
        } else {
          assert.deepEqual(locked, []);
        }
        assert.match(r.err, /^note: dangling\.md: skipped \(no such file or folder\)$/m);
      } finally {
        chmodSync(join(dir, 'locked.md'), 0o644);
      }
    });
  });

  describe('reports written in pieces', () => {
    /** Rows of n files, each with k diagnostics whose messages have non-Latin-1 text and 0-2 astral emoji. */
    function rows(n: number, k: number): Row[] {
      return Array.from({ length: n }, (_, i) => ({
        path: `f-${String(i).padStart(5, '0')}.md`,
        entry: { isEntry: true, company: `Company ${i}`, role: i % 3 ? 'Engineer' : undefined, status: 'active' as const },
        diagnostics: Array.from({ length: k }, (_, j) => ({
          rule: 'too-frequent' as const,
          severity: j % 3 === 0 ? ('error' as const) : j % 3 === 1 ? ('warning' as const) : ('information' as const),
          message: `Message ${j} — “quoted” ${'é'.repeat(j)} ${'😀'.repeat(j % 3)} ${'x'.repeat((i * 7 + j * 13) % 90)}`,
          range: { start: { line: j * 11, character: j }, end: { line: j * 11, character: j + 4 } },
        })),
        next: i % 4 ? { kind: 'check-in' as const, text: `Check in with Company ${i}`, due: null, urgency: 'waiting' as const } : undefined,
      }));
    }

    it('text: the pieces join to the whole report, each under 128 KB, and the columns count code points', () => {
      const rs = rows(3000, 9);
      const pieces: string[] = [];
      writeCheckText(rs, () => 0, PLAIN, 5, (s) => pieces.push(s));
      assert.ok(pieces.length > 10, `${pieces.length} pieces`);
      for (const p of pieces) assert.ok(p.length * 2 < 128 * 1024, `a piece of ${p.length} characters`);
      const whole = pieces.join('');
      assert.equal(whole, formatCheckText(rs, () => 0, PLAIN, 5));
      // The first file: its messages padded to the longest in code points (the emoji counts once).
      const first = whole.split('\n\n')[0].split('\n').slice(1, 10);
      const ruleAt = first.map((line) => [...line].length - 'too-frequent'.length);
      assert.deepEqual(new Set(ruleAt).size, 1, first.join('\n'));
      assert.match(whole, /✖ 27000 problems \(9000 errors, 9000 warnings, 9000 infos\)\n✖ too many warnings: 9000, the maximum is 5 \(--max-warnings\)\n$/);
    });

    it('JSON: the pieces join to JSON.stringify of the whole document, each under 128 KB', () => {
      for (const n of [0, 1, 7, 8, 9, 1001]) {
        const rs = rows(n, 9);
        const pieces: string[] = [];
        writeCheckJson(rs, (s) => pieces.push(s));
        for (const p of pieces) assert.ok(p.length * 2 < 128 * 1024, `a piece of ${p.length} characters`);
        assert.equal(pieces.join(''), checkJson(rs), `${n} files`);
      }
    });

    it('JSON: the hand-written document is what JSON.stringify writes, for any text, any number of files and problems', () => {
      const text = fc.string({ unit: 'binary', maxLength: 40 });
      const pos = fc.record({ line: fc.nat(100000), character: fc.nat(5000) });
      const row = fc.record({
        path: text,
        entry: fc.record({ isEntry: fc.constant(true), company: text, role: fc.option(text, { nil: undefined }), status: fc.constantFrom('active' as const, 'offer' as const, 'rejected' as const) }),
        diagnostics: fc.array(
          fc.record({ rule: fc.constantFrom('too-frequent' as const, 'file-skipped' as const), severity: fc.constantFrom('error' as const, 'warning' as const, 'information' as const), message: text, range: fc.record({ start: pos, end: pos }) }),
          { maxLength: 4 },
        ),
        next: fc.option(fc.record({ kind: fc.constant('check-in' as const), text, due: fc.constant(null), urgency: fc.constantFrom('waiting' as const, 'overdue' as const) }), { nil: undefined }),
      }).map((r) => r as unknown as Row);
      fc.assert(
        fc.property(fc.array(row, { maxLength: 12 }), (rs) => {
          let out = '';
          writeCheckJson(rs, (s) => (out += s));
          assert.equal(out, checkJson(rs));
        }),
        { numRuns: 500 },
      );
    });
  });

  describe('the clock', () => {
    it('--today means that day at 12:00; --now is a local time and wins over --today', () => {
      const dir = journal({ 'acme.md': TIMED });
      const at = (...flags: string[]) => JSON.parse(cli(['check', '--format', 'json', ...flags], dir).out).files[0];
      const noon = at('--today', '2026-11-21');
      assert.deepEqual(noon.next, { text: 'Send a thank-you letter to Priya Natarajan', due: '2026-11-21', urgency: 'today' });
      assert.deepEqual(noon.diagnostics, []);
      const late = at('--now', '2026-11-21T15:00');
      assert.equal(late.next.urgency, 'overdue');
      assert.deepEqual(late.diagnostics.map((d: { rule: string }) => d.rule), ['thank-you-overdue']);
      assert.equal(at('--today', '2026-11-21', '--now', '2026-11-21T15:00').next.urgency, 'overdue');
      assert.equal(at('--now', '2026-11-21T15:00', '--today', '2026-11-21').next.urgency, 'overdue');
    });

    it('the settings clock applies unless a flag is given', () => {
      const dir = journal({ 'acme.md': TIMED, '.vscode/settings.json': '{ "interviewJournal.now": "2026-11-21T15:00" }' });
      const urgency = (...flags: string[]) => JSON.parse(cli(['check', '--format', 'json', ...flags], dir).out).files[0].next.urgency;
      assert.equal(urgency(), 'overdue');
      assert.equal(urgency('--today', '2026-11-21'), 'today');
    });

    it('a bad clock setting is a warning and the real clock is used', () => {
      const dir = journal({ 'acme.md': TIMED, '.vscode/settings.json': '{ "interviewJournal.today": "next tuesday" }' });
      const r = cli(['next'], dir, { clock: () => Date.UTC(2026, 10, 21, 8, 0) / 60000 });
      assert.equal(r.code, 0);
      assert.match(r.err, /^warning: \.vscode\/settings\.json: today must be YYYY-MM-DD, got "next tuesday"; using the real clock$/m);
      assert.match(r.out, /^today {2}2026-11-21 14:00 {2}Acme — Data Analyst {2}Send a thank-you letter to Priya Natarajan$/m);
    });
  });

  describe('settings file', () => {
    const SETTINGS = `{
  // VS Code settings allow comments
  "editor.wordWrap": "on",
  /* and block comments */
  "interviewJournal.thankYouHours": 48,
  "interviewJournal.rules": {
    "unknown-field": "off",
    "thank-you-overdue": "error",
  },
}
`;
    it('changes a threshold and switches a rule off or to another severity, from a parent folder too', () => {
      const dir = journal({ 'jobs/acme.md': TIMED, 'jobs/globex.md': WARN, '.vscode/settings.json': SETTINGS });
      const r = cli(['check', '--now', '2026-11-22T13:00', '--format', 'json', 'jobs'], dir);
      assert.equal(r.err, '');
      const doc = JSON.parse(r.out);
      const byPath = Object.fromEntries(doc.files.map((f: { path: string }) => [f.path, f]));
      // thankYouHours 48: due 2026-11-22 14:00, not yet overdue at 13:00
      assert.deepEqual(byPath['jobs/acme.md'].next, { text: 'Send a thank-you letter to Priya Natarajan', due: '2026-11-22', urgency: 'today' });
      assert.deepEqual(byPath['jobs/acme.md'].diagnostics, []);
      assert.deepEqual(byPath['jobs/globex.md'].diagnostics, []);
      // past 48 hours the thank-you rule fires as an error: exit 1
      const late = cli(['check', '--now', '2026-11-22T15:00', '--format', 'json', 'jobs'], dir);
      assert.equal(late.code, 1);
      const acme = JSON.parse(late.out).files.find((f: { path: string }) => f.path === 'jobs/acme.md');
      assert.deepEqual(acme.diagnostics.map((d: { rule: string; severity: string }) => [d.rule, d.severity]), [['thank-you-overdue', 'error']]);
    });

    it('the nearest settings file wins', () => {
      const dir = journal({
        '.vscode/settings.json': '{ "interviewJournal.rules": { "unknown-field": "error" } }',
        'inner/.vscode/settings.json': '{ "interviewJournal.rules": { "unknown-field": "off" } }',
        'inner/globex.md': WARN,
      });
      assert.equal(cli(['check', '--today', '2026-11-23', 'inner'], dir).code, 0);
      assert.equal(cli(['check', '--today', '2026-11-23', 'inner/globex.md'], dir).code, 0);
      assert.equal(cli(['check', '--today', '2026-11-23'], join(dir, 'inner')).code, 0);
      assert.equal(cli(['check', '--today', '2026-11-23', '.'], dir).code, 1);
    });

    it('a broken settings file is one warning on stderr and the defaults', () => {
      const dir = journal({ 'globex.md': WARN, '.vscode/settings.json': '{ "interviewJournal.rules": { "unknown-field": "off" ' });
      const r = cli(['check', '--today', '2026-11-23', '--format', 'json'], dir);
      assert.equal(r.code, 0);
      assert.match(r.err, /^warning: \.vscode\/settings\.json: settings are not valid JSON at \d+:\d+ \(\w+\); using the defaults\n$/);
      assert.deepEqual(JSON.parse(r.out).files[0].diagnostics.map((d: { rule: string }) => d.rule), ['unknown-field']);
    });

    it('a bad value is a warning naming the key; the rest of the file applies', () => {
      const dir = journal({ 'globex.md': WARN, '.vscode/settings.json': '{ "interviewJournal.thankYouHours": "soon", "interviewJournal.rules": { "unknown-field": "off" } }' });
      const r = cli(['check', '--today', '2026-11-23'], dir);
      assert.equal(r.code, 0);
      assert.match(r.err, /^warning: \.vscode\/settings\.json: interviewJournal\.thankYouHours must be a number/m);
      assert.match(r.out, /✔ no problems in 1 entry/);
    });
  });

  describe('walking folders', () => {
    it('finds *.md in subfolders, skips node_modules, dot-folders and non-entries', () => {
      const dir = journal({
        'a.md': CLEAN,
        'deep/er/b.md': CLEAN.replace('Northwind', 'Contoso'),
        'node_modules/pkg/c.md': CLEAN,
        '.git/d.md': CLEAN,
        '.obsidian/e.md': CLEAN,
        'notes.txt': CLEAN,
        'README.md': README,
      });
      const doc = JSON.parse(cli(['check', '--today', '2026-11-23', '--format', 'json'], dir).out);
      assert.deepEqual(
        doc.files.map((f: { path: string }) => f.path),
        ['a.md', join('deep', 'er', 'b.md')],
      );
      // a dot-folder given explicitly is read
      assert.equal(JSON.parse(cli(['check', '--today', '2026-11-23', '--format', 'json', '.obsidian'], dir).out).files.length, 1);
      // so is a file given explicitly, whatever its name
      assert.equal(JSON.parse(cli(['check', '--today', '2026-11-23', '--format', 'json', 'notes.txt'], dir).out).files.length, 1);
    });

    it('ends on symlink loops and reads each real file once', function () {
      const dir = journal({ 'jobs/a.md': CLEAN, 'jobs/sub/b.md': CLEAN.replace('Northwind', 'Contoso') });
      try {
        symlinkSync(join(dir, 'jobs'), join(dir, 'jobs', 'sub', 'loop'), 'dir');
        symlinkSync('self.md', join(dir, 'jobs', 'self.md'));
        symlinkSync(join(dir, 'jobs', 'a.md'), join(dir, 'jobs', 'sub', 'alias.md'));
      } catch {
        this.skip();
      }
      const r = cli(['check', '--today', '2026-11-23', '--format', 'json', 'jobs'], dir);
      assert.equal(r.code, 0);
      const files = JSON.parse(r.out).files as { path: string; company: string; diagnostics: { rule: string; message: string }[] }[];
      assert.deepEqual(files.filter((f) => f.company).map((f) => f.company).sort(), ['Contoso', 'Northwind']);
      // The self-link is not read, and said so.
      const self = files.find((f) => f.path === 'jobs/self.md');
      assert.deepEqual(self?.diagnostics.map((d) => [d.rule, d.message]), [
        ['file-skipped', 'Not read: a symbolic link that cannot be followed (too many levels of symbolic links). Nothing in it was checked: fix or remove the link.'],
      ]);
      assert.equal(files.length, 3);
      assert.match(r.err, /^note: jobs\/self\.md: skipped \(too many levels of symbolic links\)$/m);
      // the same file given twice is read once
      const twice = JSON.parse(cli(['check', '--today', '2026-11-23', '--format', 'json', 'jobs/a.md', 'jobs/sub/alias.md', 'jobs'], dir).out).files as { path: string }[];
      assert.deepEqual(twice.map((f) => f.path), ['jobs/a.md', 'jobs/self.md', 'jobs/sub/b.md']);
    });

    it('analyses the files of one journal together (cross-file rules)', () => {
      const first = `---\ncompany: Umbrella\nrole: QA\ninterview: 2026-11-02\ninterviewers: [Ada Wong]\ndecision_by: 2026-11-05\ncontacts:\n  - {date: 2026-11-02, to: Ada Wong, via: letter, kind: thank-you}\n  - {date: 2026-11-10, to: Ada Wong, via: letter, kind: check-in}\n---\n`;
      const second = first.replace('QA', 'QA Lead').replace('2026-11-10', '2026-11-11').replace('check-in', 'update-request');
      const dir = journal({ 'one.md': first, 'two.md': second });
      const doc = JSON.parse(cli(['check', '--today', '2026-11-23', '--format', 'json'], dir).out);
      const rules = doc.files.flatMap((f: { diagnostics: { rule: string }[] }) => f.diagnostics.map((d) => d.rule));
      assert.ok(rules.includes('too-frequent'), rules.join(','));
    });
  });

  describe('next', () => {
    it('lists one step per entry, most urgent first, aligned', () => {
      const dir = journal({ 'acme.md': TIMED, 'northwind.md': CLEAN, 'globex.md': WARN, 'README.md': README });
      const r = cli(['next', '--now', '2026-11-21T15:00'], dir);
      assert.equal(r.code, 0);
      assert.deepEqual(lines(r.out), [
        'overdue  2026-11-21 14:00  Acme — Data Analyst            Send a thank-you letter to Priya Natarajan',
        'waiting  2026-11-30        Northwind — Platform Engineer  Wait for their decision, then check in with Jason Lee by email',
        'waiting  2026-12-03        Globex — SRE                   Wait for their decision, then check in with Sam Ortiz by letter',
      ]);
    });

    it('--format json', () => {
      const dir = journal({ 'acme.md': TIMED, 'northwind.md': CLEAN });
      const doc = JSON.parse(cli(['next', '--now', '2026-11-21T15:00', '--format', 'json'], dir).out);
      assert.deepEqual(doc.steps[0], {
        path: 'acme.md',
        company: 'Acme',
        role: 'Data Analyst',
        status: 'active',
        kind: 'thank-you',
        text: 'Send a thank-you letter to Priya Natarajan',
        due: '2026-11-21',
        urgency: 'overdue',
      });
      assert.deepEqual(doc.steps.map((s: { kind: string }) => s.kind), ['thank-you', 'check-in']);
    });
  });

  describe('ics', () => {
    function events(ics: string) {
      const comp = new ICAL.Component(ICAL.parse(ics));
      return comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    }

    it('is a valid calendar of dated pending steps: all-day and floating timed events', () => {
      const dir = journal({ 'acme.md': TIMED, 'northwind.md': CLEAN, 'README.md': README });
      const r = cli(['ics', '--now', '2026-11-21T15:00'], dir);
      assert.equal(r.code, 0);
      assert.ok(r.out.endsWith('\r\n'));
      assert.ok(!/[^\r]\n/.test(r.out), 'CRLF line ends only');
      const cal = new ICAL.Component(ICAL.parse(r.out));
      assert.equal(cal.getFirstPropertyValue('version'), '2.0');
      assert.equal(cal.getFirstPropertyValue('calscale'), 'GREGORIAN');
      assert.ok(String(cal.getFirstPropertyValue('prodid')).includes('Interview Journal'));
      const ev = events(r.out);
      // Every dated pending step: Acme's thank-you, Northwind's check-in and its handwritten note.
      assert.deepEqual(ev.map((e) => e.summary), [
        'Acme: Send a thank-you letter to Priya Natarajan',
        'Northwind: Wait for their decision, then check in with Jason Lee by email',
        'Northwind: Send a handwritten thank-you note to Jason Lee',
      ]);
      const acme = ev.find((e) => e.summary.startsWith('Acme'))!;
      assert.equal(acme.summary, 'Acme: Send a thank-you letter to Priya Natarajan');
      assert.equal(acme.startDate.isDate, false);
      assert.equal(acme.startDate.toString(), '2026-11-21T14:00:00');
      assert.equal(acme.startDate.zone?.tzid, 'floating');
      assert.equal(acme.description, 'Role: Data Analyst\nUrgency: overdue\nFile: acme.md');
      const nw = ev.find((e) => e.summary.startsWith('Northwind'))!;
      assert.equal(nw.startDate.isDate, true);
      assert.equal(nw.startDate.toString(), '2026-11-30');
      assert.equal(nw.endDate.toString(), '2026-12-01');
      assert.match(r.out, /\r\nDTSTAMP:20261121T150000Z\r\n/);
      assert.match(acme.uid, /^[0-9a-f]{16}@interview-journal$/);
    });

    it('gives the same output and UIDs on every run, from any cwd or path form', () => {
      const dir = journal({ 'jobs/acme.md': TIMED, 'jobs/northwind.md': CLEAN, 'jobs/.vscode/settings.json': '{"interviewJournal.today": "2026-11-23"}' });
      const a = cli(['ics'], join(dir, 'jobs')).out;
      const b = cli(['ics', 'jobs'], dir).out;
      const c = cli(['ics', resolve(dir, 'jobs', 'acme.md'), 'jobs/northwind.md'], dir).out;
      assert.equal(a, b);
      assert.equal(a, c);
      // relative to the journal folder (the one holding .vscode), not to the cwd
      assert.ok(events(a).some((e) => e.uid === stepUid('acme.md', { kind: 'thank-you', person: 'Priya Natarajan', text: '' })));
      // the UID follows the step, not the date: the steps still pending at a later clock keep their UIDs
      const later = cli(['ics', '--today', '2026-11-25'], join(dir, 'jobs')).out;
      const before = new Set(events(a).map((e) => e.uid));
      assert.ok(events(later).length > 0);
      for (const e of events(later)) assert.ok(before.has(e.uid), `${e.summary} kept its UID`);
    });

    it('folds lines at 75 octets without splitting UTF-8 characters', () => {
      const long = 'Société Générale d’Électricité — Zürich 東京 ' + '😀é'.repeat(30);
      const dir = journal({ 'sg.md': TIMED.replace('Acme', `"${long}"`) });
      const r = cli(['ics', '--now', '2026-11-21T15:00'], dir);
      const physical = r.out.split('\r\n').filter(Boolean);
      assert.ok(physical.some((l) => l.startsWith(' ')), 'something was folded');
      for (const l of physical) {
        const bytes = Buffer.from(l, 'utf8');
        assert.ok(bytes.length <= 75, `${bytes.length} octets: ${l}`);
        assert.ok(!l.includes('\uFFFD'));
      }
      assert.equal(events(r.out)[0].summary, `${long}: Send a thank-you letter to Priya Natarajan`);
      assert.equal(foldLine('x'.repeat(75)), 'x'.repeat(75));
      assert.equal(foldLine('x'.repeat(76)), `${'x'.repeat(75)}\r\n x`);
      assert.equal(foldLine(`${'x'.repeat(74)}é`), `${'x'.repeat(74)}\r\n é`);
    });

    it('escapes TEXT so a company name cannot inject properties', () => {
      const evil = 'Evil; Inc, Ltd\\\nX-INJECTED:1\nEND:VEVENT';
      const dir = journal({ 'evil.md': TIMED.replace('company: Acme', `company: ${JSON.stringify(evil)}`) });
      const r = cli(['ics', '--now', '2026-11-21T15:00'], dir);
      assert.equal(escapeText('a;b,c\\d\ne'), 'a\\;b\\,c\\\\d\\ne');
      assert.ok(r.out.includes('SUMMARY:Evil\\; Inc\\, Ltd\\\\\\nX-INJECTED:1\\nEND:VEVENT: Send'), r.out);
      assert.ok(!/^X-INJECTED/m.test(r.out));
      const ev = events(r.out);
      assert.equal(ev.length, 1);
      assert.equal(ev[0].summary, `${evil}: Send a thank-you letter to Priya Natarajan`);
      assert.equal(ev[0].component.getFirstPropertyValue('x-injected'), null);
    });

    it('an empty journal is an empty calendar', () => {
      const dir = journal({ 'README.md': README });
      const r = cli(['ics', '--today', '2026-11-23'], dir);
      assert.equal(r.code, 0);
      assert.equal(events(r.out).length, 0);
      assert.match(r.out, /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    });
  });

  describe('the pre-commit hook (examples/githooks/pre-commit)', () => {
    const hook = resolve('examples/githooks/pre-commit');
    const CLOSED = CLEAN.replace('interview: 2026-11-20', 'status: rejected\ninterview: 2026-11-20');
    it('lets a clean commit through and stops one with an error', function () {
      const env: Record<string, string | undefined> = { ...process.env, INTERVIEW_JOURNAL: `${process.execPath} ${resolve('dist/cli.js')}`, NO_COLOR: '1' };
      for (const k of Object.keys(env)) if (k.startsWith('GIT_')) delete env[k];
      const dir = journal({ 'notes.txt': 'x\n' });
      const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8', env });
      if (git('init', '-q').status !== 0) this.skip();
      mkdirSync(join(dir, '.githooks'));
      writeFileSync(join(dir, '.githooks', 'pre-commit'), readFileSync(hook), { mode: 0o755 });
      assert.equal(git('config', 'core.hooksPath', '.githooks').status, 0);
      assert.equal(git('add', 'notes.txt').status, 0);
      assert.equal(git('commit', '-qm', 'no journal files').status, 0);
      writeFileSync(join(dir, 'coho winery.md'), CLOSED);
      git('add', '.');
      const ok = git('commit', '-qm', 'clean entry');
      assert.equal(ok.status, 0, ok.stderr + ok.stdout);
      writeFileSync(join(dir, 'initech.md'), ERROR);
      git('add', 'initech.md');
      const bad = git('commit', '-qm', 'entry with an error');
      assert.equal(bad.status, 1);
      assert.match(bad.stdout + bad.stderr, /invalid-value/);
      assert.match(bad.stderr, /pre-commit: fix the errors above/);
      assert.equal(git('log', '--format=%s').stdout, 'clean entry\nno journal files\n');
    });
  });

  describe('the built command (dist/cli.js)', () => {
    const bin = resolve('dist/cli.js');
    const spawn = (args: string[], cwd: string) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } });

    before(function () {
      if (!existsSync(bin)) throw new Error('dist/cli.js is missing: run node scripts/build.mjs first (npm run test:unit does)');
    });

    it('exits 0, 1 and 2 as a process', () => {
      const ok = journal({ 'northwind.md': CLEAN });
      const bad = journal({ 'initech.md': ERROR });
      const r0 = spawn(['check', '--today', '2026-11-23'], ok);
      assert.equal(r0.status, 0, r0.stderr);
      assert.match(r0.stdout, /✔ no problems in 1 entry/);
      assert.equal(spawn(['check', '--today', '2026-11-23'], bad).status, 1);
      const r2 = spawn(['check', '--frobnicate'], ok);
      assert.equal(r2.status, 2);
      assert.equal(r2.stderr.trim().split('\n').length, 1);
      assert.equal(spawn(['check', 'nowhere'], ok).status, 2);
    });

    it('prints valid JSON and ICS', () => {
      const dir = journal({ 'acme.md': TIMED, 'northwind.md': CLEAN });
      const j = spawn(['check', '--now', '2026-11-21T15:00', '--format', 'json'], dir);
      assert.equal(JSON.parse(j.stdout).files.length, 2);
      const ics = spawn(['ics', '--now', '2026-11-21T15:00'], dir);
      assert.equal(ics.status, 0);
      // Acme's thank-you, Northwind's check-in and handwritten note.
      assert.equal(new ICAL.Component(ICAL.parse(ics.stdout)).getAllSubcomponents('vevent').length, 3);
    });
  });
});

describe('CLI: encodings and internal errors', () => {
  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'ij-cli-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('reads a file that is not valid UTF-8 with replacement characters and says so', () => {
    const dir = journal({});
    writeFileSync(join(dir, 'latin1.md'), Buffer.concat([Buffer.from('---\ncompany: Caf'), Buffer.from([0xe9]), Buffer.from('\nrole: Eng\ninterview: 2026-11-20\ninterviewers: [A]\n---\n')]));
    const r = cli(['check', '--format', 'json', '--today', '2026-11-10', '.'], dir);
    assert.equal(r.code, 0);
    assert.equal(r.err, 'note: latin1.md: not valid UTF-8: read with replacement characters (save the file as UTF-8)\n');
    assert.equal(JSON.parse(r.out).files[0].company, 'Caf\uFFFD');
  });

  it('an exception while writing the report is an internal error with exit 2, never a throw', () => {
    const dir = journal({ 'a.md': '---\ncompany: A\nrole: B\ninterview: 2026-11-20\ninterviewers: [C]\n---\n' });
    let err = '';
    const code = runCli(['check', '--today', '2026-11-10', '.'], {
      cwd: dir,
      stdout: {
        write: () => {
          throw new Error('EPIPE');
        },
      },
      stderr: { write: (s: string) => (err += s) },
      isTTY: false,
      env: {},
    });
    assert.equal(code, 2);
    assert.equal(err, 'interview-journal: internal error: EPIPE\n');
  });
});
