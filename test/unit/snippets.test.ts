/**
 * The snippets: the message drafts of snippets/interview-journal.code-snippets (body only, no
 * date) and the snippets the extension offers as completion items where they belong, dated by
 * the journal's clock (src/core/assist/snippets.ts). Every body expands to text the engine
 * accepts. Each snippet is expanded the way VS Code inserts it when you only press Tab
 * (placeholders keep their default, a choice its first option), with the clock pinned to
 * 2026-11-20, then analysed in a valid entry.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLOCK_SNIPPETS, bodyOf } from '../../src/core/assist';
import { civil } from '../../src/core/civil';
import { analyze, type FileResult } from '../../src/core/journal';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { CONTACT_KINDS, STATUSES, VIAS, type RuleId } from '../../src/core/types';

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description?: string;
  scope?: string;
}

const FILE = 'snippets/interview-journal.code-snippets';

function findRoot(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, FILE))) return dir;
    if (dirname(dir) === dir) return process.cwd();
  }
}

const fileSnippets: Record<string, Snippet> = JSON.parse(readFileSync(join(findRoot(), FILE), 'utf8'));
/** The journal's clock in these tests: Fri 20 Nov 2026 at 10:00. */
const NOW = civil(2026, 11, 20, 10, 0);
const snippets: Record<string, Snippet> = { ...fileSnippets };
for (const s of CLOCK_SNIPPETS) snippets[s.name] = { prefix: s.prefix, body: bodyOf(s, NOW).split('\n'), description: s.description, scope: s.place };
const byPrefix = new Map<string, Snippet>();
for (const s of Object.values(snippets)) for (const p of [s.prefix].flat()) byPrefix.set(p, s);

function snippet(prefix: string): Snippet {
  const s = byPrefix.get(prefix);
  assert.ok(s, `no snippet with prefix ${prefix}`);
  return s;
}

// --- expansion ------------------------------------------------------------------------------

/** What the CURRENT_* variables give on 2026-11-20 at 10:00. */
const VARIABLES: Record<string, string> = {
  CURRENT_YEAR: '2026',
  CURRENT_YEAR_SHORT: '26',
  CURRENT_MONTH: '11',
  CURRENT_DATE: '20',
  CURRENT_HOUR: '10',
  CURRENT_MINUTE: '00',
  CURRENT_SECOND: '00',
};

interface Expansion {
  text: string;
  /** The default text of every placeholder, by tab stop number. */
  defaults: Map<number, string>;
  /** Every choice list, by tab stop number. */
  choices: Map<number, string[]>;
}

interface ExpandOptions {
  /** Replace a tab stop's value (by number and default) before it is inserted. */
  fill?: (n: number, value: string) => string;
}

/**
 * Expands a snippet body: `$1`, `${1}`, `${1:default}` (nested), `${1|a,b|}`, `$NAME`,
 * `${NAME}`, `${NAME:default}`, and the escapes `\$`, `\}`, `\\`. A mirror (`$1` where `${1:x}`
 * is defined elsewhere) gets the same text, as in VS Code. Unknown variables and transforms
 * throw: VS Code would insert them as text, which is a bug in the snippet.
 */
function expand(body: string | string[], opts: ExpandOptions = {}): Expansion {
  const src = [body].flat().join('\n');
  const defaults = new Map<number, string>();
  const choices = new Map<number, string[]>();
  // Pass 1 collects defaults (a mirror may come before its definition); pass 2 writes.
  for (let pass = 1; pass <= 2; pass++) {
    let i = 0;
    const value = (n: number, text: string) => (pass === 2 && opts.fill ? opts.fill(n, text) : text);
    const parse = (stop: (c: string) => boolean): string => {
      let out = '';
      while (i < src.length && !stop(src[i])) {
        const c = src[i];
        if (c === '\\' && i + 1 < src.length && '$}\\'.includes(src[i + 1])) {
          out += src[i + 1];
          i += 2;
        } else if (c === '$') {
          out += dollar();
        } else {
          out += c;
          i++;
        }
      }
      return out;
    };
    const dollar = (): string => {
      i++; // $
      const simple = /^(\d+|[A-Z_][A-Z_0-9]*)/.exec(src.slice(i));
      if (simple) {
        i += simple[0].length;
        return reference(simple[0]);
      }
      if (src[i] !== '{') return '$';
      i++; // {
      const name = /^(\d+|[A-Z_][A-Z_0-9]*)/.exec(src.slice(i));
      if (!name) throw new Error(`bad snippet syntax at ${i}: ${src.slice(i - 2, i + 20)}`);
      i += name[0].length;
      const n = /^\d+$/.test(name[0]) ? Number(name[0]) : undefined;
      const next = src[i];
      if (next === '}') {
        i++;
        return reference(name[0]);
      }
      if (next === ':') {
        i++;
        const inner = parse((ch) => ch === '}');
        i++; // }
        if (n === undefined) return name[0] in VARIABLES ? reference(name[0]) : inner;
        if (!defaults.has(n) || defaults.get(n) === '') defaults.set(n, inner);
        return value(n, defaults.get(n) ?? inner);
      }
      if (next === '|' && n !== undefined) {
        const end = src.indexOf('|}', i + 1);
        if (end < 0) throw new Error(`unclosed choice at ${i}`);
        const options = src.slice(i + 1, end).split(/(?<!\\),/).map((o) => o.replace(/\\([,|\\$}])/g, '$1'));
        i = end + 2;
        choices.set(n, options);
        if (!defaults.has(n)) defaults.set(n, options[0]);
        return value(n, options[0]);
      }
      throw new Error(`unsupported snippet syntax (transform?) at ${i}: ${src.slice(i - 3, i + 20)}`);
    };
    const reference = (name: string): string => {
      if (/^\d+$/.test(name)) {
        const n = Number(name);
        if (n === 0) return '';
        return value(n, defaults.get(n) ?? '');
      }
      if (!(name in VARIABLES)) throw new Error(`unknown snippet variable $${name}`);
      return VARIABLES[name];
    };
    const text = parse(() => false);
    if (pass === 2) return { text, defaults, choices };
  }
  throw new Error('unreachable');
}

/** Fills every `[bracketed]` default with its words, as someone writing the message would. */
const filled: ExpandOptions = { fill: (_n, v) => v.replace(/\[([^\]]*)\]/g, '$1') };

// --- the entry the other snippets are inserted into ------------------------------------------

const SETTINGS: Settings = { ...DEFAULT_SETTINGS, today: '2026-11-20' };
const VALIDATION: RuleId[] = ['invalid-front-matter', 'invalid-value', 'invalid-date', 'unknown-field', 'missing-field'];
const DRAFT_STYLE: RuleId[] = ['draft-following-up', 'draft-emoji', 'draft-too-long'];

function analyzeOne(text: string): FileResult {
  const [r] = analyze([{ path: 'interviews/2026-11-20-company-role.md', text }], SETTINGS);
  assert.ok(r, 'no result');
  return r;
}

function rulesOf(r: FileResult, rules: RuleId[]): string[] {
  return r.diagnostics.filter((d) => rules.includes(d.rule)).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.rule}: ${d.message}`);
}

function textAt(text: string, r: FileResult['diagnostics'][number]['range']): string {
  const lines = text.split(/\r?\n/);
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  return [lines[r.start.line].slice(r.start.character), ...lines.slice(r.start.line + 1, r.end.line), lines[r.end.line].slice(0, r.end.character)].join('\n');
}

const ENTRY = expand(snippet('ij-entry').body).text;

/** Indents every line by `by`: the snippet typed at that column (VS Code indents the lines after the first to match). */
function indent(text: string, by: string): string {
  return text
    .replace(/\s+$/, '')
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
}

function withFrontMatter(find: string, replace: string): string {
  assert.ok(ENTRY.includes(find), `the entry snippet has no ${JSON.stringify(find)}`);
  return ENTRY.replace(find, replace);
}

// --- tests ----------------------------------------------------------------------------------

describe('snippets', () => {
  it('have unique prefixes starting with ij-, a description and a place', () => {
    const seen = new Set<string>();
    assert.ok(Object.keys(snippets).length >= 10);
    for (const [name, s] of Object.entries(snippets)) {
      for (const p of [s.prefix].flat()) {
        assert.match(p, /^ij-[a-z][a-z-]*$/, `${name}: prefix ${p}`);
        assert.ok(!seen.has(p), `prefix ${p} is used twice`);
        seen.add(p);
      }
      assert.ok(s.description && s.description.length > 10, `${name} has no description`);
      assert.ok(s.scope && ['markdown', 'start', 'body', 'top', 'interviewers', 'contacts'].includes(s.scope), `${name}: scope ${s.scope}`);
      assert.ok(Array.isArray(s.body) && s.body.length > 0, `${name}: body`);
    }
  });

  it('the snippets file holds only body snippets without a date (VS Code offers it in the body only, with the real clock)', () => {
    for (const [name, s] of Object.entries(fileSnippets)) {
      assert.equal(s.scope, 'markdown', name);
      assert.match([s.prefix].flat()[0], /^ij-draft-/, `${name} belongs in the front matter or carries a date: offer it from the completion provider`);
      assert.doesNotMatch([s.body].flat().join('\n'), /CURRENT_|\$TODAY|\$NOW/, name);
    }
    for (const s of CLOCK_SNIPPETS) assert.ok(!(s.name in fileSnippets), `${s.name} is in both places`);
  });

  it('expand completely, with choices only from the spec lists', () => {
    for (const [name, s] of Object.entries(snippets)) {
      const e = expand(s.body);
      assert.doesNotMatch(e.text, /\$\{|\$\d|\$[A-Z_]/, `${name} leaves snippet syntax behind`);
      for (const options of e.choices.values()) {
        const lists = [STATUSES, VIAS, CONTACT_KINDS, ['to', 'from'], ['false', 'true']].map((l) => [...l] as string[]);
        assert.ok(
          lists.some((l) => options.every((o) => l.includes(o))),
          `${name}: choice ${options.join(',')} mixes values from different lists`,
        );
        assert.equal(new Set(options).size, options.length, `${name}: duplicate choice`);
      }
    }
    // ij-entry: the date and time are one tab stop (typing replaces both); status is a plain
    // placeholder (a choice list there made Tab skip the next stop; completion offers the values).
    const entry = expand(snippet('ij-entry').body);
    assert.equal(entry.defaults.get(3), '2026-11-20 10:00');
    assert.equal(entry.defaults.get(5), 'active');
    assert.equal(entry.choices.size, 0);
    assert.ok(STATUSES.includes(entry.defaults.get(5) as (typeof STATUSES)[number]));
  });

  it('the expansion helper follows VS Code: defaults, mirrors, first choice, variables, escapes', () => {
    assert.equal(expand(['${1:Jason} ${2|a,b|} $1 ${1} \\$5 $CURRENT_YEAR-${CURRENT_MONTH}-$CURRENT_DATE ${3:x ${4:y} z}$0']).text, 'Jason a Jason Jason $5 2026-11-20 x y z');
    assert.equal(expand(['$1 ${1:first}']).text, 'first first');
    assert.equal(expand(['${1:[Name]}'], filled).text, 'Name');
    assert.throws(() => expand(['$TM_FILENAME_TYPO']));
  });

  describe('ij-entry', () => {
    it('is a valid entry dated today, with no validation problems', () => {
      const r = analyzeOne(ENTRY);
      assert.equal(r.entry.isEntry, true);
      assert.deepEqual(rulesOf(r, VALIDATION), []);
      assert.equal(r.entry.company, 'Company');
      assert.equal(r.entry.role, 'Role');
      assert.equal(r.entry.status, 'active');
      assert.equal(r.entry.interview?.timed, true);
      assert.match(ENTRY, /^interview: 2026-11-20 10:00$/m);
      assert.deepEqual(
        r.entry.interviewers.map((p) => p.name),
        ['Interviewer Name'],
      );
      assert.deepEqual(r.entry.contacts, []);
      assert.match(ENTRY, /^contacts: \[\]$/m);
      assert.match(ENTRY, /^## Notes$/m);
      assert.match(ENTRY, /decision_by/);
    });

    it('stays valid with the time deleted (a date-only interview) and with every status', () => {
      const dateOnly = expand(snippet('ij-entry').body, { fill: (n, v) => (n === 3 ? '2026-11-20' : v) }).text;
      const r = analyzeOne(dateOnly);
      assert.deepEqual(rulesOf(r, VALIDATION), []);
      assert.equal(r.entry.interview?.timed, false);
      for (const status of STATUSES) {
        const s = analyzeOne(ENTRY.replace(/^status: .*$/m, `status: ${status}`));
        assert.deepEqual(rulesOf(s, VALIDATION), [], status);
        assert.equal(s.entry.status, status);
      }
    });
  });

  describe('front matter snippets', () => {
    it('ij-interviewer: a map-form interviewer, cautious by default', () => {
      const body = expand(snippet('ij-interviewer').body).text;
      const text = withFrontMatter('interviewers:\n  - Interviewer Name\n', `interviewers:\n${indent(body, '  ')}\n`);
      const r = analyzeOne(text);
      assert.deepEqual(rulesOf(r, VALIDATION), []);
      const [p] = r.entry.interviewers;
      assert.equal(p.name, 'Interviewer Name');
      assert.equal(p.title, 'Title');
      assert.equal(p.email, undefined, 'no email unless they gave it');
      assert.equal(p.phoneOk, false);
      assert.equal(p.linkedinOk, false);
    });

    it('ij-recruiter: a recruiter block', () => {
      const body = expand(snippet('ij-recruiter').body).text;
      const r = analyzeOne(withFrontMatter('contacts: []\n', `${body.trimEnd()}\ncontacts: []\n`));
      assert.deepEqual(rulesOf(r, VALIDATION), []);
      assert.equal(r.entry.recruiter?.name, 'Recruiter Name');
      assert.equal(r.entry.recruiter?.agency, 'Agency');
    });

    const contacts: [string, 'to' | 'from', string, string][] = [
      ['ij-thank-you', 'to', 'thank-you', 'email'],
      ['ij-check-in', 'to', 'check-in', 'email'],
      ['ij-informational', 'to', 'informational', 'email'],
      ['ij-update-request', 'to', 'update-request', 'email'],
      ['ij-debrief', 'to', 'debrief', 'phone'],
      ['ij-reply', 'from', 'reply', 'email'],
      ['ij-contact', 'to', 'thank-you', 'email'],
    ];
    for (const [prefix, dir, kind, via] of contacts) {
      it(`${prefix}: a ${dir} contact of kind ${kind}, dated today`, () => {
        const body = expand(snippet(prefix).body).text;
        let text = withFrontMatter('contacts: []\n', `contacts:\n${indent(body, '  ')}\n`);
        if (prefix === 'ij-debrief') text = text.replace('contacts:\n', 'recruiter:\n  name: Recruiter Name\ncontacts:\n');
        const r = analyzeOne(text);
        assert.deepEqual(rulesOf(r, VALIDATION), []);
        assert.equal(r.entry.contacts.length, 1);
        const [c] = r.entry.contacts;
        assert.equal(c.dir, dir);
        assert.equal(c.kind, kind);
        assert.equal(c.via, via);
        assert.equal(c.when.timed, false);
        assert.deepEqual(rulesOf(r, ['unknown-person']), [], 'the default names match the entry snippet');
        assert.match(body, /^- date: 2026-11-20$/m);
      });
    }
  });

  describe('body snippets', () => {
    it('ij-task: a task item due today', () => {
      const body = expand(snippet('ij-task').body).text;
      const r = analyzeOne(ENTRY + body);
      assert.deepEqual(rulesOf(r, VALIDATION), []);
      assert.equal(r.entry.tasks.length, 1);
      assert.equal(r.entry.tasks[0].done, false);
      assert.equal(r.entry.tasks[0].due?.timed, false);
      assert.equal(r.entry.tasks[0].dueError, undefined);
      assert.match(body, /due:2026-11-20$/m);
    });

    const drafts = [...byPrefix.keys()].filter((p) => p.startsWith('ij-draft-'));
    it('there is a draft for a thank-you, a check-in, an informational note and an update request', () => {
      for (const p of ['ij-draft-thank-you', 'ij-draft-check-in', 'ij-draft-informational', 'ij-draft-update-request']) assert.ok(drafts.includes(p), p);
    });

    for (const prefix of drafts) {
      it(`${prefix}: one draft under a "## Draft:" heading, brief, no "following up", no emoji`, () => {
        const e = expand(snippet(prefix).body);
        assert.match(e.text, /^## Draft: /);
        const text = ENTRY + e.text;
        const r = analyzeOne(text);
        assert.deepEqual(rulesOf(r, VALIDATION), []);
        assert.equal(r.entry.drafts.length, 1);
        assert.match(r.entry.drafts[0].title, /^Draft: /);
        assert.ok(r.entry.drafts[0].words <= SETTINGS.draftMaxWords, `${r.entry.drafts[0].words} words`);
        assert.deepEqual(rulesOf(r, DRAFT_STYLE), []);
        // draft-placeholder may only point at the deliberate [bracketed] tab-stop defaults.
        const deliberate = new Set([...e.defaults.values()].flatMap((v) => v.match(/\[[^\]]*\]/g) ?? []));
        for (const d of r.diagnostics.filter((x) => x.rule === 'draft-placeholder')) {
          assert.ok(deliberate.has(textAt(text, d.range)), `draft-placeholder on ${JSON.stringify(textAt(text, d.range))}: ${d.message}`);
        }
      });

      it(`${prefix}: once the tab stops are filled in, no draft rule fires`, () => {
        const e = expand(snippet(prefix).body, filled);
        const r = analyzeOne(ENTRY + e.text);
        assert.deepEqual(rulesOf(r, [...DRAFT_STYLE, 'draft-placeholder']), []);
      });
    }

    it('ij-draft-thank-you: subject "Thank you from <your name>" (002), something specific you discussed (001)', () => {
      const text = expand(snippet('ij-draft-thank-you').body, filled).text;
      assert.match(text, /^Subject: Thank you from Your Name$/m);
      assert.match(text, /something specific you discussed/);
    });
  });
});
