/**
 * Hostile and malformed input: every file of test/hostile/ and the big cases generated
 * here get exactly the expected outcome, never throw, never evaluate anything, never pollute a
 * prototype, keep every range inside the document and cap diagnostics per file. The CLI, run
 * in-process over the whole corpus, exits 0 or 1, prints valid JSON, reports every file it
 * does not read (over maxFileSize, a broken link, a pipe) as file-skipped and ends on symlink loops.
 *
 * "Finishes quickly" is the mocha timeout of each test: a case that hangs fails.
 */
import { strict as assert } from 'node:assert';
import { formatDate } from '../../src/core/civil';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { runCli } from '../../src/cli/run';
import { analyze, MAX_DIAGNOSTICS_PER_FILE, type FileResult } from '../../src/core/journal';
import { calendarFromResults } from '../../src/core/ics';
import { DEFAULT_SETTINGS, settingsFromJson, type Settings } from '../../src/core/settings';
import { RULE_IDS, type Diagnostic } from '../../src/core/types';
import { ranges } from './helpers';

/** test/hostile, from the compiled test (out/test/unit) or the sources. */
const CORPUS = [resolve(__dirname, '../../../test/hostile'), resolve(process.cwd(), 'test/hostile')].find((d) => existsSync(join(d, 'README.md')))!;

const BEFORE = { today: '2026-11-10' }; // before every interview in the corpus: only validation rules
const AFTER = { today: '2026-12-15' }; // after them: the timing rules run too

/** A global that evaluating any front matter of the corpus would set. */
const FLAG = '__interviewJournalEvaluated';

function settings(clock: { today?: string; now?: string }, extra: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...extra, today: clock.today ?? '', now: clock.now ?? '' };
}

function lineLengths(text: string): number[] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.split(/\r\n|\r|\n/).map((l) => l.length);
}

/** Every invariant a result must keep, whatever the input. */
function assertSane(text: string, r: FileResult): void {
  const lens = lineLengths(text);
  assert.ok(r.diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE + 1, `${r.path}: ${r.diagnostics.length} diagnostics`);
  for (const d of r.diagnostics) {
    const where = `${r.path} ${ranges([d])[0]}`;
    assert.ok((RULE_IDS as readonly string[]).includes(d.rule), where);
    assert.ok(['error', 'warning', 'information'].includes(d.severity), where);
    assert.equal(typeof d.message, 'string', where);
    assert.ok(d.message.length > 0, where);
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0, where);
      assert.ok(p.line < lens.length, `${where}: line ${p.line + 1} of ${lens.length}`);
      assert.ok(p.character <= lens[p.line], `${where}: column ${p.character + 1} past the end of the line (${lens[p.line]})`);
    }
    const s = d.range.start;
    const e = d.range.end;
    assert.ok(s.line < e.line || (s.line === e.line && s.character <= e.character), `${where}: ends before it starts`);
  }
  if (r.entry.isEntry) {
    assert.ok(r.next, `${r.path}: an entry always has a next step`);
    assert.equal(typeof r.next.text, 'string');
  } else {
    assert.deepEqual(r.diagnostics, [], `${r.path}: not an entry, so no diagnostics`);
    assert.equal(r.next, undefined);
  }
}

function analyseOne(path: string, text: string, clock: { today?: string; now?: string } = BEFORE, extra: Partial<Settings> = {}): FileResult {
  const results = analyze([{ path, text }], settings(clock, extra));
  assert.equal(results.length, 1);
  assertSane(text, results[0]);
  return results[0];
}

/** [range and rule as helpers.ranges() writes them, a substring of the message]. */
type Expect = [string, string][];
const NOT_AN_ENTRY = 'not an entry' as const;

function assertOutcome(r: FileResult, expected: Expect | typeof NOT_AN_ENTRY): void {
  if (expected === NOT_AN_ENTRY) {
    assert.equal(r.entry.isEntry, false, `${r.path} should not be an entry`);
    assert.deepEqual(r.diagnostics, []);
    return;
  }
  assert.equal(r.entry.isEntry, true, `${r.path} should be an entry`);
  assert.deepEqual(ranges(r.diagnostics), expected.map((e) => e[0]), r.path);
  r.diagnostics.forEach((d, i) => assert.ok(d.message.includes(expected[i][1]), `${r.path} ${expected[i][0]}: "${d.message}" lacks "${expected[i][1]}"`));
}

const NOT_READ = 'is not read: only YAML front matter is supported';
const UNKNOWN_KEY = (k: string) => `Unknown front matter key "${k}"`;
const NOT_RULE = 'a list is not a rule id';

/** The expected outcome of every corpus file, analysed as `hostile/<name>` before the interview. */
const CORPUS_EXPECT: Record<string, Expect | typeof NOT_AN_ENTRY> = {
  'empty.md': NOT_AN_ENTRY,
  'dashes-only.md': NOT_AN_ENTRY,
  'empty-front-matter.md': NOT_AN_ENTRY,
  'comment-only.md': NOT_AN_ENTRY,
  'four-dashes.md': NOT_AN_ENTRY,
  'scalar-front-matter.md': NOT_AN_ENTRY,
  'interviews/empty.md': NOT_AN_ENTRY,
  'interviews/dashes-only.md': [['1:1-1:4 invalid-front-matter', 'The front matter is not closed: add a line "---" after the last key.']],
  'interviews/empty-front-matter.md': [['1:1-1:4 missing-field', 'This interview has no company']],
  'interviews/broken-without-company.md': [['2:7-2:16 invalid-front-matter', 'not valid YAML: the "[" here is never closed: end the list or map with "]" on the same line (line 2, column 7)']],
  'unclosed.md': [['1:1-1:4 invalid-front-matter', 'The front matter is not closed']],
  'yaml-bad-indent.md': [['3:1-3:17 invalid-front-matter', 'not valid YAML: this line is indented, but the line above does not open a list or a map: start the key at the beginning of the line (line 3, column 1)']],
  'yaml-colon-in-value.md': [['3:7-3:16 invalid-front-matter', 'not valid YAML: the value of "role" has ": " in it, so it must be in quotes: role: "Engineer: Senior" (line 3, column 7)']],
  'yaml-tab-indent.md': [['6:1-6:13 invalid-front-matter', 'this line is indented with a tab: YAML indents with spaces only (line 6, column 1)']],
  'yaml-unclosed-flow.md': [['5:15-5:21 invalid-front-matter', 'the "[" here is never closed: end the list or map with "}]" on the same line (line 5, column 15)']],
  'yaml-unterminated-quote.md': [['2:10-2:15 invalid-front-matter', 'the quote (") here is never closed: add the closing " at the end of the value (line 2, column 10)']],
  'duplicate-key.md': [['6:1-6:6 invalid-front-matter', 'The key "role" appears twice in the front matter (line 6): keep one.']],
  'duplicate-nested-key.md': [['8:5-8:10 invalid-front-matter', 'The key "name" appears twice']],
  'not-a-map.md': [['2:1-3:17 invalid-front-matter', 'must be a map of keys']],
  'wrong-types.md': [
    ['2:10-2:22 invalid-value', 'company must be text, not a list.'],
    ['3:7-3:24 invalid-value', 'role must be text, not a map.'],
    ['4:12-4:16 invalid-value', 'interview must be a date (YYYY-MM-DD or YYYY-MM-DD HH:mm), not true.'],
    ['5:8-5:14 invalid-value', 'round must be text, not a list.'],
    ['6:9-6:10 invalid-value', 'status 3 is not one of active, offer'],
    ['7:15-7:36 invalid-value', 'interviewers must be a list of names ("- Jason Lee"), not "Jason Lee, Maria Chen".'],
    ['8:12-8:22 invalid-value', 'recruiter must be a map (name: ..., agency: ...), not a list.'],
    ['9:14-9:18 invalid-value', 'decision_by must be a date (YYYY-MM-DD), not true.'],
    ['10:15-10:20 invalid-value', 'no_follow_up must be true or false, not "yes".'],
    ['11:11-11:23 invalid-value', 'promised must be a date (YYYY-MM-DD), not a list.'],
    ['12:17-12:19 invalid-date', 'offer_deadline "42" cannot be read as a date'],
    ['13:11-13:36 invalid-value', 'contacts must be a list of contacts'],
    ['14:9-14:34 invalid-value', 'ignore must be a list of rule ids, not a map.'],
    ['15:7-15:13 invalid-value', 'tags must be a list of words, not a map.'],
  ],
  'wrong-types-nested.md': [
    ['6:11-6:23 invalid-value', 'name must be text, not a list.'],
    ['11:5-11:9 invalid-value', 'An interviewer must be a name or a map with name: ..., not true.'],
    ['12:5-12:17 invalid-value', 'An interviewer must be a name or a map with name: ..., not a list.'],
    ['14:9-14:21 invalid-value', 'recruiter name must be text, not a map.'],
    ['16:16-16:17 invalid-date', 'promised.by "3" cannot be read as a date'],
    ['16:24-16:25 invalid-value', 'via 4 is not one of email, phone'],
    ['18:28-18:37 unknown-person', 'Jason Lee is neither an interviewer nor the recruiter'],
    ['18:44-18:45 invalid-value', 'via 1 is not one of'],
    ['18:53-18:54 invalid-value', 'kind 2 is not one of thank-you'],
    ['19:12-19:16 invalid-value', 'date must be a date (YYYY-MM-DD or YYYY-MM-DD HH:mm), not true.'],
    ['19:22-19:33 invalid-value', 'to must be text, not a list.'],
    ['19:70-19:76 invalid-value', 'note must be text, not a map.'],
  ],
  'bad-contacts.md': [
    ['8:5-8:18 invalid-value', 'Contact 1 must be a map with date, to or from, via and kind, not "emailed Jason".'],
    ['9:5-9:28 invalid-value', 'Contact 2 must be a map with date, to or from, via and kind, not a list.'],
    ['10:5-10:7 invalid-value', 'Contact 3 must be a map with date, to or from, via and kind, not the number 42.'],
    // the empty item is reported on its own dash, and the items after it keep their places
    ['11:3-11:4 invalid-value', 'Contact 4 is empty: write its date, to or from, via and kind, or remove the line.'],
    ['12:5-12:7 invalid-value', 'Contact 5 has no date'],
    ['12:5-12:7 invalid-value', 'Contact 5 has neither "to" nor "from"'],
    ['12:5-12:7 invalid-value', 'Contact 5 has no via'],
    ['12:5-12:7 invalid-value', 'Contact 5 has no kind'],
    ['13:5-13:23 invalid-value', 'Contact 6 has neither "to" nor "from"'],
    ['13:5-13:23 invalid-value', 'Contact 6 has no via'],
    ['13:5-13:23 invalid-value', 'Contact 6 has no kind'],
    ['14:39-14:43 invalid-value', 'Contact 7 has both "to" and "from"'],
    ['15:44-15:50 invalid-value', 'via "pigeon" is not one of email, phone, voicemail, letter, linkedin, text, video, in-person.'],
    ['16:57-16:62 invalid-value', 'kind "bribe" is not one of thank-you, check-in'],
    ['17:12-17:22 invalid-date', 'date: 2026-02-30 does not exist: February 2026 has 28 days.'],
    ['18:12-18:29 invalid-date', 'has a time zone; write the local time without one, e.g. 2026-11-21 09:00'],
    ['19:28-19:40 unknown-person', 'Nobody Known is neither an interviewer nor the recruiter'],
    ['19:71-19:77 unknown-field', 'Unknown contact key "colour"'],
  ],
  'invalid-utf8.md': [['6:1-6:5 unknown-field', UNKNOWN_KEY('note')]],
  'nul-in-front-matter.md': [['2:14-2:19 invalid-front-matter', 'not valid YAML: null byte is not allowed in input (line 2, column 14)']],
  'nul-in-body.md': [],
  'binary-png.md': NOT_AN_ENTRY,
  'binary-dashes.md': NOT_AN_ENTRY,
  'utf16le.md': NOT_AN_ENTRY,
  'bom-crlf.md': [
    ['4:12-4:22 invalid-date', 'interview: 2026-02-30 does not exist'],
    ['6:1-6:7 unknown-field', UNKNOWN_KEY('colour')],
  ],
  'lone-cr.md': [['6:1-6:8 unknown-field', 'Unknown front matter key "statuss": did you mean `status`?']],
  'frontmatter-js.md': [['1:1-1:6 invalid-front-matter', `Front matter in "js" ${NOT_READ}`]],
  'frontmatter-javascript.md': [['1:1-1:14 invalid-front-matter', `Front matter in "javascript" ${NOT_READ}`]],
  'frontmatter-coffee.md': [['1:1-1:10 invalid-front-matter', `Front matter in "coffee" ${NOT_READ}`]],
  'frontmatter-json.md': [['1:1-1:8 invalid-front-matter', `Front matter in "json" ${NOT_READ}`]],
  'frontmatter-toml.md': [['1:1-1:8 invalid-front-matter', `Front matter in "toml" ${NOT_READ}`]],
  'frontmatter-unknown-language.md': [['1:1-1:10 invalid-front-matter', `Front matter in "python" ${NOT_READ}`]],
  'tags-construct.md': [['3:1-3:104 invalid-front-matter', 'unknown tag !<tag:yaml.org,2002:js/function>']],
  'tags-python.md': [['3:1-3:77 invalid-front-matter', 'unknown tag !<tag:yaml.org,2002:python/object/apply:os.system>']],
  'tags-js-undefined.md': [['4:1-4:29 invalid-front-matter', 'unknown tag !<tag:yaml.org,2002:js/undefined>']],
  'tags-verbatim.md': [['3:1-3:41 invalid-front-matter', 'unknown tag !<tag:yaml.org,2002:js/regexp>']],
  'tags-core-casts.md': [['7:1-7:19 invalid-front-matter', 'unknown tag !<tag:yaml.org,2002:set>']],
  'merge-keys.md': [['10:1-10:17 invalid-front-matter', 'unidentified alias "missing"']],
  // The core schema (YAML 1.2) has no merge keys: "<<" is a key of its own, and it says so.
  'merge-keys-core.md': [
    ['2:1-2:5 unknown-field', UNKNOWN_KEY('base')],
    ['8:5-9:19 invalid-value', 'Contact 1 has no date'],
    ['8:5-9:19 invalid-value', 'Contact 1 has neither "to" nor "from"'],
    ['8:5-9:19 invalid-value', 'Contact 1 has no via'],
    ['8:5-8:7 unknown-field', 'Merge keys ("<<: *name") are not read: write the contact keys out here (date, to, from, via, kind, note).'],
  ],
  'alias-bomb.md': [
    ...'abcdefghi'.split('').map((k, i): [string, string] => [`${6 + i}:1-${6 + i}:2 unknown-field`, UNKNOWN_KEY(k)]),
    // tags: *i and contacts: *i are read through the alias: each item is reported where it is written, at the anchor.
    ...Array.from({ length: 9 }, (_, i): [string, string][] => [
      [`14:${8 + 3 * i}-14:${10 + 3 * i} invalid-value`, 'A tag must be a word, not a list.'],
      [`14:${8 + 3 * i}-14:${10 + 3 * i} invalid-value`, `Contact ${i + 1} must be a map with date, to or from, via and kind, not a list.`],
    ]).flat(),
    ['16:8-16:10 invalid-value', 'round must be text, not a list.'],
    ['18:1-18:5 unknown-field', UNKNOWN_KEY('note')],
  ],
  'alias-bomb-in-values.md': [
    ...'xyzwvu'.split('').map((k, i): [string, string] => [`${2 + i}:1-${2 + i}:2 unknown-field`, UNKNOWN_KEY(k)]),
    // interviewers: *f and ignore: *f, item by item at the anchor.
    ...Array.from({ length: 10 }, (_, i): [string, string][] => [
      [`7:${8 + 4 * i}-7:${10 + 4 * i} invalid-value`, 'An interviewer must be a name or a map with name: ..., not a list.'],
      [`7:${8 + 4 * i}-7:${10 + 4 * i} invalid-value`, NOT_RULE],
    ]).flat(),
  ],
  // ESC, BEL, CR and a right-to-left override in values (YAML escapes): read as text; the CLI never prints them raw.
  'terminal-escapes.md': [['6:1-6:10 unknown-field', 'Unknown front matter key "file\\e[2J"']],
  'proto-keys.md': [
    ['5:1-5:10 unknown-field', UNKNOWN_KEY('__proto__')],
    ['6:1-6:12 unknown-field', UNKNOWN_KEY('constructor')],
    ['7:1-7:10 unknown-field', UNKNOWN_KEY('prototype')],
    ['10:5-10:14 unknown-field', 'Unknown interviewer key "__proto__"'],
    ['11:5-11:16 unknown-field', 'Unknown interviewer key "constructor"'],
    ['14:3-14:12 unknown-field', 'Unknown recruiter key "__proto__"'],
    ['17:3-17:12 unknown-field', 'Unknown promised key "prototype"'],
    ['21:10-21:15 email-not-given', 'You emailed Jason Lee on 2026-11-21'],
    ['23:5-23:14 unknown-field', 'Unknown contact key "__proto__"'],
    ['24:5-24:16 unknown-field', 'Unknown contact key "constructor"'],
    ['25:7-25:36 invalid-value', 'tags must be a list of words, not a map.'],
  ],
  'proto-names.md': [
    ['5:9-5:17 invalid-value', 'status "toString" is not one of'],
    ['13:44-13:49 email-not-given', 'You emailed __proto__ on 2026-11-21'],
    ['14:46-14:53 invalid-value', 'via "valueOf" is not one of'],
    ['14:61-14:72 invalid-value', 'kind "constructor" is not one of'],
    ['16:28-16:36 recruiter-bypass', 'You sent a check-in to hasOwnProperty on 2026-11-23'],
    ['17:10-17:19 invalid-value', '"__proto__" is not a rule id'],
    ['17:21-17:32 invalid-value', '"constructor" is not a rule id'],
    ['17:34-17:42 invalid-value', '"toString" is not a rule id'],
  ],
};

function corpusFiles(dir = CORPUS, prefix = ''): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? corpusFiles(join(dir, n), `${prefix}${n}/`) : n.endsWith('.md') && n !== 'README.md' ? [`${prefix}${n}`] : []));
}

/** Files are read as bytes and decoded as UTF-8 the way the CLI and VS Code do (invalid bytes become U+FFFD). */
function corpusText(name: string): string {
  return readFileSync(join(CORPUS, name)).toString('utf8');
}

let protoNames: string[];
let arrayProtoNames: string[];

before(() => {
  protoNames = Object.getOwnPropertyNames(Object.prototype).sort();
  arrayProtoNames = Object.getOwnPropertyNames(Array.prototype).sort();
});

/** Nothing was evaluated and no prototype was touched: checked after every test. */
afterEach(function () {
  const t = this.currentTest?.title ?? '';
  assert.equal((globalThis as Record<string, unknown>)[FLAG], undefined, `${t}: front matter was evaluated`);
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), protoNames, `${t}: Object.prototype changed`);
  assert.deepEqual(Object.getOwnPropertyNames(Array.prototype).sort(), arrayProtoNames, `${t}: Array.prototype changed`);
  const probe: Record<string, unknown> = {};
  for (const k of ['polluted', 'phone_ok', 'company', 'isEntry']) assert.equal(probe[k], undefined, `${t}: ({}).${k} is set`);
  assert.equal(existsSync('/tmp/interview-journal-pwned'), false, `${t}: a command ran`);
});

describe('hostile corpus (engine)', () => {
  it('the corpus and the table agree: every file has an expected outcome', () => {
    assert.deepEqual(corpusFiles(), Object.keys(CORPUS_EXPECT).sort());
  });

  for (const [name, expected] of Object.entries(CORPUS_EXPECT)) {
    it(`${name}: ${expected === NOT_AN_ENTRY ? 'not an entry, no diagnostics' : expected.length === 0 ? 'an entry with no problems' : expected.map((e) => e[0]).filter((v, i, a) => a.indexOf(v) === i).join(', ')}`, () => {
      const text = corpusText(name);
      assertOutcome(analyseOne(`hostile/${name}`, text), expected);
      // The same file with CRLF line breaks gets the same diagnostics.
      const crlf = text.replace(/\r\n|\r|\n/g, '\r\n');
      const r2 = analyseOne(`hostile/${name}`, crlf);
      assert.deepEqual(r2.diagnostics, analyseOne(`hostile/${name}`, text.replace(/\r\n|\r|\n/g, '\n')).diagnostics, 'CRLF = LF');
      // After the interview the timing rules run on whatever was read: still nothing thrown.
      analyseOne(`hostile/${name}`, text, AFTER);
    });
  }

  it('the whole corpus in one journal, in both orders: same results per file, nothing thrown', () => {
    const files = corpusFiles().map((n) => ({ path: `hostile/${n}`, text: corpusText(n) }));
    for (const clock of [BEFORE, AFTER]) {
      const a = analyze(files, settings(clock));
      const b = analyze([...files].reverse(), settings(clock));
      assert.equal(a.length, files.length);
      for (const r of a) assertSane(files.find((f) => f.path === r.path)!.text, r);
      assert.deepEqual(
        b.map((r) => [r.path, r.diagnostics, r.next]),
        a.map((r) => [r.path, r.diagnostics, r.next]),
      );
    }
  });

  it('non-YAML front matter is never evaluated, even when it names a company and sits under interviews/', () => {
    for (const name of corpusFiles().filter((n) => n.startsWith('frontmatter-'))) {
      const r = analyseOne(`journal/interviews/${name}`, corpusText(name), AFTER);
      assert.equal(r.entry.isEntry, true, name);
      assert.deepEqual(ranges(r.diagnostics).map((s) => s.split(' ')[1]), ['invalid-front-matter'], name);
      assert.equal(r.entry.company, '', `${name}: nothing was read from it`);
    }
  });

  it('construct tags are refused whatever the value, and the entry is still reported', () => {
    for (const tag of ['!!js/function', '!!js/regexp', '!!js/undefined', '!!python/object:os.system', '!!python/name:os.system', '!!binary', '!!timestamp', '!!omap', '!!pairs', '!custom', '!<!foo>']) {
      const text = `---\ncompany: Acme\nrole: ${tag} "x"\ninterview: 2026-11-20\ninterviewers: [Jason Lee]\n---\n`;
      const r = analyseOne('hostile/tag.md', text);
      assert.deepEqual(ranges(r.diagnostics).map((s) => s.replace(/-.*? /, ' ')), ['3:1 invalid-front-matter'], tag);
      assert.match(r.diagnostics[0].message, /unknown tag/, tag);
    }
  });

  it('aliases are read like the anchored value, with positions at the anchor (not silently skipped)', () => {
    const people = analyseOne('hostile/alias.md', '---\ncompany: Acme\nrole: Eng\ninterview: 2026-11-20\npeople: &p [Jason Lee, Maria Chen]\ninterviewers: *p\n---\n', AFTER);
    assert.deepEqual(people.entry.interviewers.map((p) => p.name), ['Jason Lee', 'Maria Chen']);
    assert.deepEqual(ranges(people.diagnostics.filter((d) => d.rule === 'thank-you-overdue')), ['5:13-5:22 thank-you-overdue', '5:24-5:34 thank-you-overdue']);
    const contact = analyseOne(
      'hostile/alias.md',
      '---\ncompany: Acme\nrole: Eng\ninterview: 2026-11-20\ninterviewers: [Jason Lee]\nty: &t {date: 2026-11-21, to: Jason Lee, via: email, kind: thank-you}\ncontacts:\n  - *t\n---\n',
      AFTER,
    );
    assert.equal(contact.entry.contacts.length, 1);
    assert.deepEqual(contact.diagnostics.filter((d) => d.rule === 'thank-you-overdue' || d.rule === 'invalid-value'), []);
  });

  it('prototype keys and names: read as plain data, the timing rules name them like any person', () => {
    const r = analyseOne('hostile/proto-names.md', corpusText('proto-names.md'), AFTER);
    assert.equal(r.entry.company, '__proto__');
    assert.deepEqual(r.entry.interviewers.map((p) => p.name), ['__proto__', 'constructor', 'hasOwnProperty']);
    assert.equal(r.entry.recruiter?.name, 'prototype');
    // Each interviewer is judged on their own contacts: __proto__ was thanked, the others were not.
    const overdue = r.diagnostics.filter((d) => d.rule === 'thank-you-overdue').map((d) => d.message.split(' yet')[0]);
    assert.deepEqual(overdue, ['No thank-you to constructor', 'No thank-you to hasOwnProperty']);
    const keys = analyseOne('hostile/proto-keys.md', corpusText('proto-keys.md'), AFTER);
    assert.equal(keys.entry.interviewers[0].phoneOk, false, '__proto__: {phone_ok: true} must not leak into the interviewer');
    assert.equal(keys.entry.contacts.length, 1);
    // Two files of the company "__proto__" and one with status offer: the cross-file index is a Map, not an object.
    const twice = analyze(
      [
        { path: 'a.md', text: corpusText('proto-names.md') },
        { path: 'b.md', text: corpusText('proto-names.md').replace('status: toString', 'status: offer') },
        { path: 'c.md', text: '---\ncompany: constructor\nrole: x\ninterview: 2026-11-20\ninterviewers: [hasOwnProperty]\n---\n' },
      ],
      settings(AFTER),
    );
    assert.equal(twice.length, 3);
    assert.match(twice[2].next!.text, /Tell constructor about your other offer|thank-you/);
  });
});

describe('hostile settings (engine)', () => {
  const NUMERIC = ['thankYouHours', 'maxUnansweredFollowUps', 'minDaysBetweenContacts', 'informationalMinDays', 'recruiterSilenceDays', 'checkInDaysAfterDecision', 'checkInDaysWithoutDecision', 'draftMaxWords', 'maxFileSize'];
  const files = corpusFiles()
    .filter((n) => !n.startsWith('binary') && !n.startsWith('alias'))
    .map((n) => ({ path: `hostile/${n}`, text: corpusText(n) }))
    .concat([{ path: 'ok.md', text: `---\n${HEAD}decision_by: 2026-11-25\npromised: 2026-11-27\n---\n- [ ] x due:2026-12-01\n` }]);

  it('any value of a numeric setting: refused with a problem or used, never a throw, a NaN or an invalid date', () => {
    for (const key of NUMERIC) {
      for (const v of [0, 0.5, -1, 1e6, 1e6 + 1, 1e12, 1e308, Number.MAX_SAFE_INTEGER, '3', true, null, [], { a: 1 }]) {
        const { settings, problems } = settingsFromJson({ [`interviewJournal.${key}`]: v, 'interviewJournal.now': '2026-12-15T12:00' });
        const used = (settings as unknown as Record<string, unknown>)[key];
        assert.ok(used === v || (problems.length === 1 && used === (DEFAULT_SETTINGS as unknown as Record<string, unknown>)[key]) || v === null, `${key}: ${String(v)}`);
        const results = analyze(files, settings);
        const out = JSON.stringify(results.map((r) => [r.diagnostics.map((d) => d.message), r.steps])) + calendarFromResults(results, { stampMs: 0 });
        assert.doesNotMatch(out, /NaN|Infinity|Invalid Date|could not check this file/, `${key}: ${String(v)}`);
      }
    }
  });

  it('prototype keys in the settings JSON change nothing', () => {
    const json = JSON.parse('{"__proto__": {"thankYouHours": 1}, "interviewJournal": {"__proto__": {"draftMaxWords": 1}, "rules": {"__proto__": "off", "constructor": "off"}}}');
    const { settings } = settingsFromJson(json);
    assert.equal(settings.thankYouHours, DEFAULT_SETTINGS.thankYouHours);
    assert.equal(settings.draftMaxWords, DEFAULT_SETTINGS.draftMaxWords);
    assert.deepEqual(Object.keys(settings.rules), []);
  });
});

// --- generated cases ---------------------------------------------------------------------------

const HEAD = 'company: Acme\nrole: Engineer\ninterview: 2026-11-20 14:00\ninterviewers: [Jason Lee]\n';
const DEPTH = 5000;

function deepBlockMap(depth: number): string {
  const out: string[] = [];
  for (let i = 0; i < depth; i++) out.push(`${' '.repeat(i)}a:`);
  return out.join('\n') + '\n';
}

const BILLION_LAUGHS =
  'a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n' +
  'bcdefghi'
    .split('')
    .map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]\n`)
    .join('');

function contacts(n: number, line: (i: number) => string): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(line(i));
  return out.join('\n') + '\n';
}
const day = (i: number) => `2026-11-${String(21 + (i % 9)).padStart(2, '0')}`;

describe('hostile generated cases (engine)', () => {
  const nesting: [string, string, number][] = [
    ['flow sequences', `---\n${HEAD}x: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n---\n`, 6],
    ['flow maps', `---\n${HEAD}x: ${'{a: '.repeat(DEPTH)}1${'}'.repeat(DEPTH)}\n---\n`, 6],
    ['compact block sequences', `---\n${HEAD}x:\n  ${'- '.repeat(DEPTH)}x\n---\n`, 7],
    ['indented block maps (12 MB)', `---\n${HEAD}${deepBlockMap(DEPTH)}---\n`, 105],
    ['flow sequences as the company', `---\ncompany: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n---\n`, 2],
    ['unclosed flow sequences', `---\n${HEAD}x: ${'['.repeat(DEPTH)}\n---\n`, 6],
  ];
  for (const [what, text, line] of nesting) {
    it(`${DEPTH}-deep ${what}: one invalid-front-matter on line ${line}, no stack overflow`, () => {
      const r = analyseOne('hostile/deep.md', text);
      assert.equal(r.entry.isEntry, true);
      assert.deepEqual(r.diagnostics.map((d) => [d.rule, d.range.start.line + 1]), [['invalid-front-matter', line]]);
      assert.match(r.diagnostics[0].message, /nesting|deeper/);
    });
  }

  it('5,000-deep nesting in the body (lists, blockquotes in a draft): no stack overflow, the front matter still checked', () => {
    const lists = analyseOne('hostile/deep-body.md', `---\n${HEAD}---\n${'- '.repeat(DEPTH)}[ ] x due:2026-12-01\n`, AFTER);
    assert.deepEqual(lists.diagnostics.map((d) => d.rule), ['decision-date-missing', 'thank-you-overdue']);
    const quotes = analyseOne('hostile/deep-quotes.md', `---\n${HEAD}---\n## Draft\n${'>'.repeat(DEPTH)} - [ ] x [Name]\n`, AFTER);
    const other = quotes.diagnostics.filter((d) => d.rule !== 'decision-date-missing' && d.rule !== 'thank-you-overdue');
    // Either the body is read (a placeholder in the draft) or it is noted as unreadable; never a throw.
    assert.ok(
      other.length === 1 && (other[0].rule === 'draft-placeholder' || (other[0].rule === 'internal-error' && /reading the body failed/.test(other[0].message))),
      other.map((d) => `${d.rule}: ${d.message}`).join('\n'),
    );
  });

  it('billion laughs: aliases are not expanded into messages, whatever key they land on', () => {
    for (const [key, value] of [
      ['status', '*i'],
      ['ignore', '*i'],
      ['round', '*i'],
      ['company', '*i'],
      ['tags', '*i'],
      ['interviewers', '*i'],
      ['recruiter', '*i'],
      ['promised', '*i'],
      ['decision_by', '*i'],
      ['contacts', '*i'],
      ['contacts', '\n  - {date: 2026-11-21, to: Jason Lee, via: *i, kind: *i, note: *i}'],
      ['contacts', '\n  - {date: *i, to: *i, via: email, kind: thank-you}'],
    ]) {
      const head = key === 'company' ? HEAD.replace('company: Acme\n', '') : HEAD;
      const text = `---\n${head}${BILLION_LAUGHS}${key}: ${value}\n---\n`;
      const r = analyseOne('hostile/bomb.md', text, AFTER);
      for (const d of r.diagnostics) assert.ok(d.message.length < 400, `${key}: a ${d.message.length}-character message`);
    }
    const r = analyseOne('hostile/bomb.md', `---\n${HEAD}${BILLION_LAUGHS}status: *i\n---\n`);
    assert.deepEqual(only(r.diagnostics, 'invalid-value'), [['15:9', 'status a list is not one of active, offer, accepted, declined, rejected, withdrawn, closed.']]);
  });

  it(`20,000 invalid contacts: ${MAX_DIAGNOSTICS_PER_FILE} diagnostics and one summary`, () => {
    const text = `---\n${HEAD}contacts:\n${contacts(20000, (i) => `  - {date: ${day(i)}, to: Jason Lee, via: pigeon, kind: check-in}`)}---\n`;
    const r = analyseOne('hostile/contacts.md', text);
    assert.equal(r.diagnostics.length, MAX_DIAGNOSTICS_PER_FILE + 1);
    const shown = r.diagnostics.slice(0, -1);
    assert.ok(shown.every((d) => d.rule === 'invalid-value' && d.message.startsWith('via "pigeon"')));
    assert.deepEqual(shown.map((d) => d.range.start.line + 1), Array.from({ length: MAX_DIAGNOSTICS_PER_FILE }, (_, i) => 7 + i), 'the first ones, in order');
    const summary = r.diagnostics[MAX_DIAGNOSTICS_PER_FILE];
    assert.equal(summary.severity, 'information');
    assert.equal(summary.message, `${20000 - MAX_DIAGNOSTICS_PER_FILE} more problems in this file are not shown; fix the ones above first.`);
  });

  it('20,000 valid contacts (block style, both ways, every rule busy): capped, and a next step', function () {
    this.timeout(10_000);
    const kinds = ['check-in', 'informational', 'thank-you', 'reply', 'update-request'];
    const text = `---\n${HEAD}contacts:\n${contacts(20000, (i) => `  - date: ${day(i)} ${String(8 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}\n    ${i % 2 ? 'from' : 'to'}: ${i % 3 ? 'Jason Lee' : `Someone ${i}`}\n    via: ${['email', 'phone', 'linkedin', 'voicemail', 'text'][i % 5]}\n    kind: ${kinds[i % 5]}`)}---\n`;
    const r = analyseOne('hostile/contacts.md', text, AFTER);
    assert.equal(r.entry.contacts.length, 20000);
    assert.equal(r.diagnostics.length, MAX_DIAGNOSTICS_PER_FILE + 1);
    assert.match(r.diagnostics[MAX_DIAGNOSTICS_PER_FILE].message, /^\d+ more problems in this file are not shown/);
  });

  it('10,000 contacts across 5 files of one company (the cross-file rules)', function () {
    this.timeout(10_000);
    const files = Array.from({ length: 5 }, (_, f) => ({
      path: `hostile/acme-${f}.md`,
      text: `---\n${HEAD}contacts:\n${contacts(2000, (i) => `  - {date: ${day(i + f)} ${String(8 + (i % 10)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}, to: Jason Lee, via: email, kind: ${i % 2 ? 'informational' : 'check-in'}}`)}---\n`,
    }));
    const results = analyze(files, settings(AFTER));
    results.forEach((r, i) => assertSane(files[i].text, r));
    assert.ok(results.every((r) => r.diagnostics.length === MAX_DIAGNOSTICS_PER_FILE + 1));
  });

  const oneMb = 1_000_000;
  const lines: [string, string, string[]][] = [
    ['in the body', `---\n${HEAD}---\n${'x'.repeat(oneMb)}\n`, []],
    ['as a value', `---\n${HEAD}round: ${'x'.repeat(oneMb)}\n---\n`, []],
    ['as a key', `---\n${HEAD}${'k'.repeat(oneMb)}: 1\n---\n`, ['6:1-6:1000001 unknown-field']],
    ['as a status', `---\n${HEAD}status: ${'x'.repeat(oneMb)}\n---\n`, ['6:9-6:1000009 invalid-value']],
    ['as a flow list of 500,000 tags', `---\n${HEAD}tags: [${'t,'.repeat(oneMb / 2)}]\n---\n`, []],
    ['as a date', `---\n${HEAD.replace('interview: 2026-11-20 14:00\n', `interview: 2026-11-20 ${'9'.repeat(oneMb)}\n`)}---\n`, ['4:12-4:1000023 invalid-date']],
    ['of spaces in the front matter', `---\n${HEAD}${' '.repeat(oneMb)}\n---\n`, []],
    ['of dashes (it closes the front matter)', `---\n${HEAD}${'-'.repeat(oneMb)}\n`, []],
  ];
  for (const [where, text, expected] of lines) {
    it(`a 1 MB line ${where}`, () => {
      const r = analyseOne('hostile/line.md', text);
      assert.deepEqual(ranges(r.diagnostics), expected);
      // The value is quoted cut short: a 1 MB value does not make a 1 MB message.
      for (const d of r.diagnostics) assert.ok(d.message.length < 400, `a ${d.message.length}-character message`);
    });
  }

  it('a 1 MB file without a single line break, and 250,000 "---" lines', () => {
    assertOutcome(analyseOne('hostile/x.md', `---${'-'.repeat(oneMb)}`), NOT_AN_ENTRY);
    assertOutcome(analyseOne('hostile/x.md', `---\n${'---\n'.repeat(oneMb / 4)}`), NOT_AN_ENTRY);
    assertOutcome(analyseOne('hostile/interviews/x.md', `---\n${'---\n'.repeat(oneMb / 4)}`), [['1:1-1:4 missing-field', 'no company']]);
  });

  it('a 5 MB file of prose: analysed (the engine has no size limit; the CLI and the extension apply maxFileSize)', () => {
    const r = analyseOne('hostile/big.md', `---\n${HEAD}---\n${'Lorem ipsum dolor sit amet.\n'.repeat(180_000)}`, AFTER);
    assert.equal(r.entry.company, 'Acme');
  });

  it('5 MB of random bytes decoded as UTF-8, with and without a front matter opening', () => {
    let seed = 42;
    const bytes = Buffer.alloc(5_000_000);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[i] = seed >>> 24;
    }
    const text = bytes.toString('utf8');
    assertOutcome(analyseOne('hostile/random.md', text), NOT_AN_ENTRY);
    const r = analyseOne('hostile/interviews/random.md', `---\n${text.slice(0, 200_000)}\n---\n${text.slice(200_000, 400_000)}`, AFTER);
    assert.equal(r.entry.isEntry, true);
  });

  it('a draft with 150,000 emoji: capped, not a stack overflow', function () {
    this.timeout(10_000);
    const r = analyseOne('hostile/draft.md', `---\n${HEAD}---\n## Draft: thanks\n${'😀 '.repeat(150_000)}\n`, AFTER);
    assert.equal(r.diagnostics.length, MAX_DIAGNOSTICS_PER_FILE + 1);
    assert.ok(!r.diagnostics.some((d) => /could not check this file/.test(d.message)), r.diagnostics.map((d) => d.message).join('\n').slice(0, 500));
  });
});

describe('hostile bodies just under maxFileSize (body.ts)', function () {
  // Pending: remark is superlinear on these (2026-11-22: 16 s, 7 s, 11 s, 4 s). A file under the
  // 1 MB limit must not stall the editor; enable once the body reader is linear on them.
  this.timeout(3000);
  const fill = (head: string, unit: string) => {
    let b = head;
    while (b.length < 950_000) b += unit;
    return `---\n${HEAD}---\n${b}`;
  };
  // Past REMARK_BUDGET the scan's own reading is used, so these stay linear (each was 4-16 s
  // with remark on everything). What is read is still asserted.
  const cases: [string, string, (r: FileResult) => void][] = [
    ['a draft of 45,000 lines with a [Name] each', fill('## Draft\n', 'Dear [Name], thanks.\n'), (r) => {
      assert.equal(r.entry.drafts.length, 1);
      assert.ok(r.entry.drafts[0].words > 100_000, `words: ${r.entry.drafts[0].words}`);
      assert.ok(r.diagnostics.some((d) => d.rule === 'draft-too-long'));
    }],
    ['a draft of 950,000 open brackets', fill('## Draft\n', '['), (r) => {
      assert.equal(r.entry.drafts.length, 1);
      assert.equal(r.entry.tasks.length, 0);
    }],
    ['a draft of 95,000 task items with lazy continuations', fill('## Draft\n', '- [ ] x\n  '), (r) => {
      assert.equal(r.entry.drafts.length, 1);
      assert.ok(r.entry.tasks.length > 90_000, `tasks: ${r.entry.tasks.length}`);
      assert.deepEqual([...new Set(r.entry.tasks.map((t) => `${t.text}|${t.done}`))], ['x|false']);
    }],
    ['35,000 task items with a link label each', fill('', '- [ ] x [a] due:2026-11-30\n'), (r) => {
      assert.ok(r.entry.tasks.length > 30_000, `tasks: ${r.entry.tasks.length}`);
      assert.deepEqual([...new Set(r.entry.tasks.map((t) => `${t.text}|${t.done}|${t.due ? formatDate(t.due.t) : ''}`))], ['x [a]|false|2026-11-30']);
    }],
  ];
  for (const [what, text, expect] of cases) {
    it(`${what}: read in linear time, with its drafts and tasks`, () => {
      expect(analyseOne('hostile/body.md', text, AFTER));
    });
  }
});

function only(diags: Diagnostic[], rule: string): [string, string][] {
  return diags.filter((d) => d.rule === rule).map((d) => [`${d.range.start.line + 1}:${d.range.start.character + 1}`, d.message]);
}

// --- the CLI -----------------------------------------------------------------------------------

interface CliRun {
  code: number;
  out: string;
  err: string;
}

function cli(cwd: string, ...argv: string[]): CliRun {
  let out = '';
  let err = '';
  const code = runCli(argv, { cwd, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env: {} });
  return { code, out, err };
}

interface JsonDiag {
  rule: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
interface JsonFile {
  path: string;
  company: string;
  next: { text: string; due: string | null; urgency: string } | null;
  diagnostics: JsonDiag[];
}

describe('hostile corpus (CLI, in-process)', function () {
  this.timeout(20_000);
  let dir: string;
  let big: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ij-hostile-'));
    cpSync(CORPUS, join(dir, 'journal'), { recursive: true });
    const j = join(dir, 'journal');
    // The limit of the issue that set the cases below (the default is 10,000,000 bytes, tested in cli.test.ts).
    mkdirSync(join(j, '.vscode'));
    writeFileSync(join(j, '.vscode', 'settings.json'), '{ "interviewJournal.maxFileSize": 1000000 }\n');
    // Generated here rather than committed: megabytes.
    writeFileSync(join(j, 'big-5mb.md'), `---\n${HEAD}---\n${'Lorem ipsum dolor sit amet.\n'.repeat(180_000)}`);
    writeFileSync(join(j, 'line-1mb.md'), `---\n${HEAD}---\n${'x'.repeat(1_000_000)}\n`);
    writeFileSync(join(j, 'just-under-limit.md'), `---\n${HEAD}---\n${'y'.repeat(1_000_000 - 4 - HEAD.length - 4 - 1)}\n`);
    writeFileSync(join(j, 'contacts-20000.md'), `---\n${HEAD}contacts:\n${contacts(20000, (i) => `  - {date: ${day(i)}, to: Jason Lee, via: pigeon, kind: check-in}`)}---\n`);
    writeFileSync(join(j, 'deep.md'), `---\n${HEAD}x: ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}\n---\n`);
    writeFileSync(join(j, 'bomb.md'), `---\n${HEAD}${BILLION_LAUGHS}status: *i\nignore: *i\n---\n`);
    // Symlink loops: a folder linking to itself and to its parent, a file linking to itself, a dangling link.
    mkdirSync(join(j, 'loop', 'inner'), { recursive: true });
    writeFileSync(join(j, 'loop', 'inner', 'real.md'), `---\n${HEAD}---\n`);
    symlinkSync('.', join(j, 'loop', 'self'));
    symlinkSync('..', join(j, 'loop', 'inner', 'up'));
    symlinkSync(join(j, 'loop'), join(j, 'loop', 'inner', 'abs'));
    symlinkSync('self-link.md', join(j, 'self-link.md'));
    symlinkSync('nowhere.md', join(j, 'dangling.md'));
    // Not regular files: an endless device and a named pipe (reading either would never end).
    if (process.platform !== 'win32') {
      symlinkSync('/dev/zero', join(j, 'zero.md'));
      spawnSync('mkfifo', [join(j, 'fifo.md')]);
    }
    // The same journal with a raised size limit, so the 20,000 contacts are read.
    big = join(dir, 'big');
    mkdirSync(join(big, '.vscode'), { recursive: true });
    writeFileSync(join(big, '.vscode', 'settings.json'), '{ "interviewJournal.maxFileSize": 20000000 }\n');
    writeFileSync(join(big, 'contacts-20000.md'), readFileSync(join(j, 'contacts-20000.md')));
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('check --format json: exit 1 (the corpus has errors), one valid JSON document, ranges inside each file', () => {
    const r = cli(dir, 'check', '--format', 'json', '--today', '2026-12-15', 'journal');
    assert.equal(r.code, 1, r.err);
    const doc = JSON.parse(r.out) as { files: JsonFile[] };
    const paths = doc.files.map((f) => f.path.split(/[\\/]/).join('/'));
    const expectedEntries = Object.entries(CORPUS_EXPECT)
      .filter(([, e]) => e !== NOT_AN_ENTRY)
      .map(([n]) => `journal/${n}`);
    for (const p of [...expectedEntries, 'journal/deep.md', 'journal/bomb.md', 'journal/just-under-limit.md', 'journal/loop/inner/real.md']) assert.ok(paths.includes(p), `${p} missing from the JSON`);
    assert.equal(paths.filter((p) => p.endsWith('real.md')).length, 1, 'a file reached through loops is read once');
    for (const p of ['journal/empty.md', 'journal/binary-png.md']) assert.ok(!paths.includes(p), `${p} should not be listed`);
    // Found and not read: listed, each with one file-skipped warning at 1:1 and nothing else.
    const skipped = ['journal/big-5mb.md', 'journal/contacts-20000.md', 'journal/dangling.md', 'journal/line-1mb.md', 'journal/self-link.md'];
    if (process.platform !== 'win32') skipped.push('journal/fifo.md', 'journal/zero.md');
    assert.deepEqual(doc.files.filter((f) => f.diagnostics.some((d) => d.rule === 'file-skipped')).map((f) => f.path.split(/[\\/]/).join('/')).sort(), skipped.sort());
    for (const f of doc.files.filter((x) => skipped.includes(x.path.split(/[\\/]/).join('/')))) {
      assert.deepEqual(f.diagnostics.map((d) => [d.rule, d.severity, d.line, d.column, d.endLine, d.endColumn]), [['file-skipped', 'warning', 1, 1, 1, 1]], f.path);
      assert.deepEqual(f.next, { text: 'Make this file readable (see Problems)', due: null, urgency: 'today' }, f.path);
    }
    for (const f of doc.files) {
      if (skipped.includes(f.path.split(/[\\/]/).join('/'))) continue;
      const lens = lineLengths(readFileSync(join(dir, f.path), 'utf8'));
      assert.ok(f.next && typeof f.next.text === 'string', f.path);
      for (const d of f.diagnostics) {
        assert.ok(d.line >= 1 && d.line <= lens.length && d.endLine >= d.line && d.endLine <= lens.length, `${f.path} ${d.line}-${d.endLine}`);
        assert.ok(d.column >= 1 && d.column <= lens[d.line - 1] + 1 && d.endColumn <= lens[d.endLine - 1] + 1, `${f.path} ${d.line}:${d.column}`);
        assert.ok(['error', 'warning', 'information'].includes(d.severity));
      }
    }
  });

  it('files over maxFileSize, loops, self-links, dangling links, pipes and devices: reported, with a note, never read', () => {
    const r = cli(dir, 'check', '--today', '2026-11-10', 'journal');
    assert.equal(r.code, 1);
    const block = (name: string) => r.out.split('\n\n').find((b) => b.startsWith(`journal/${name}\n`)) ?? `${name}: not in the output`;
    const size = (name: string) => statSync(join(dir, 'journal', name)).size.toLocaleString('en-US');
    assert.equal(
      block('big-5mb.md'),
      `journal/big-5mb.md\n  1:1  warning  Not read: the file is ${size('big-5mb.md')} bytes, more than interviewJournal.maxFileSize (1,000,000 bytes). Nothing in it was checked: move long notes or transcripts to another file, or raise the setting.  file-skipped\n  next: Make this file readable (see Problems)`,
    );
    assert.match(block('self-link.md'), /^ {2}1:1 {2}warning {2}Not read: a symbolic link that cannot be followed \(too many levels of symbolic links\)\. .* {2}file-skipped$/m);
    assert.match(block('dangling.md'), /^ {2}1:1 {2}warning {2}Not read: a symbolic link that cannot be followed \(no such file or folder\)\. .* {2}file-skipped$/m);
    if (process.platform !== 'win32') {
      assert.match(block('fifo.md'), /^ {2}1:1 {2}warning {2}Not read: not a regular file \(a named pipe\)\. Nothing in it was checked: make the file readable\. {2}file-skipped$/m);
      assert.match(block('zero.md'), /^ {2}1:1 {2}warning {2}Not read: not a regular file \(a device\)\. .* {2}file-skipped$/m);
    }
    assert.match(r.err, /note: journal[\\/]big-5mb\.md: skipped: \d+ bytes is more than maxFileSize \(1000000\)/);
    assert.match(r.err, /note: journal[\\/]line-1mb\.md: skipped: \d+ bytes is more than maxFileSize/);
    assert.match(r.err, /note: journal[\\/]contacts-20000\.md: skipped/);
    assert.doesNotMatch(r.err, /just-under-limit/);
    assert.match(r.err, /self-link\.md: skipped \(too many levels of symbolic links\)/);
    assert.match(r.err, /dangling\.md: skipped \(no such file or folder\)/);
    assert.doesNotMatch(r.err, /internal error/);
    // A FIFO given by name is refused, never read.
    if (process.platform !== 'win32' && existsSync(join(dir, 'journal', 'fifo.md'))) {
      const fifo = cli(dir, 'check', '--today', '2026-11-10', 'journal/fifo.md');
      assert.equal(fifo.code, 2);
      assert.match(fifo.err, /cannot read journal\/fifo\.md: not a file or folder/);
    }
  });

  it('text output never carries a terminal escape or a bare CR from a journal file', () => {
    for (const cmd of ['check', 'next']) {
      const r = cli(dir, cmd, '--today', '2026-12-15', 'journal/terminal-escapes.md');
      assert.ok(r.code === 0 || r.code === 1, r.err);
      assert.match(r.out, /Bob/);
      const bad = [...r.out].filter((c) => c !== '\n' && (c.charCodeAt(0) < 32 || (c.charCodeAt(0) >= 0x7f && c.charCodeAt(0) <= 0x9f)));
      assert.deepEqual(bad, [], `${cmd}: control characters in the output`);
    }
  });

  it('next, next --format json and ics over the corpus: exit 0, valid output', () => {
    const next = cli(dir, 'next', '--today', '2026-12-15', 'journal');
    assert.equal(next.code, 0, next.err);
    const nj = cli(dir, 'next', '--format', 'json', '--today', '2026-12-15', 'journal');
    assert.equal(nj.code, 0, nj.err);
    const steps = (JSON.parse(nj.out) as { steps: unknown[] }).steps;
    assert.ok(steps.length > 20);
    const ics = cli(dir, 'ics', '--today', '2026-12-15', 'journal');
    assert.equal(ics.code, 0, ics.err);
    assert.match(ics.out, /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    for (const line of ics.out.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `ICS line longer than 75 octets: ${line}`);
    const control = [...ics.out.replace(/\r\n/g, '')].filter((c) => c.charCodeAt(0) < 32 && c !== '\t' || c.charCodeAt(0) === 127);
    assert.deepEqual(control, [], 'no control characters in the calendar');
  });

  it('every corpus file given alone: exit 0 or 1, valid JSON', () => {
    for (const name of corpusFiles()) {
      const r = cli(join(dir, 'journal'), 'check', '--format', 'json', '--today', '2026-11-10', name);
      assert.ok(r.code === 0 || r.code === 1, `${name}: exit ${r.code} ${r.err}`);
      const doc = JSON.parse(r.out) as { files: JsonFile[] };
      assert.equal(doc.files.length, CORPUS_EXPECT[name] === NOT_AN_ENTRY ? 0 : 1, name);
    }
  });

  it('with maxFileSize raised in .vscode/settings.json, 20,000 contacts give the capped diagnostics in JSON', () => {
    const r = cli(big, 'check', '--format', 'json', '--today', '2026-11-10', '.');
    assert.equal(r.code, 1, r.err);
    const doc = JSON.parse(r.out) as { files: JsonFile[] };
    assert.equal(doc.files.length, 1);
    const d = doc.files[0].diagnostics;
    assert.equal(d.length, MAX_DIAGNOSTICS_PER_FILE + 1);
    assert.match(d[d.length - 1].message, /^19800 more problems in this file are not shown/);
  });
});
