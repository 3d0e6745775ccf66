/**
 * Property tests, with fast-check on a fixed seed and a bounded number of runs: for
 * random front matter built from the journal's keys (valid and corrupted values, block and flow
 * styles, comments, odd indentation), random YAML-ish text and random bytes, the engine never
 * throws, every diagnostic range lies inside the document, the results do not depend on the
 * order of the files, and a file with CRLF line breaks gets the same diagnostics as with LF.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { calendarFromResults, stepUid } from '../../src/core/ics';
import { analyze, Journal, MAX_DIAGNOSTICS_PER_FILE, type FileResult } from '../../src/core/journal';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { CONTACT_KINDS, RULE_IDS, STATUSES, VIAS } from '../../src/core/types';

/** Same seed every run: a failure is reproducible, and the suite's time is bounded. */
const SEED = 20261122;
const params = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true });

const CLOCKS = ['2026-11-10T09:00', '2026-11-20T13:59', '2026-11-21T14:01', '2026-12-15T12:00', '2027-03-01T08:00'];

function settingsAt(now: string, extra: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...extra, now, today: '' };
}

function lineLengths(text: string): number[] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.split(/\r\n|\r|\n/).map((l) => l.length);
}

/** The invariants: ranges inside the document, known rules, a capped count, a next step for every entry. */
function assertSane(text: string, r: FileResult): void {
  const lens = lineLengths(text);
  assert.ok(r.diagnostics.length <= MAX_DIAGNOSTICS_PER_FILE + 1);
  for (const d of r.diagnostics) {
    assert.ok((RULE_IDS as readonly string[]).includes(d.rule), d.rule);
    assert.ok(d.message.length > 0);
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0, JSON.stringify(d));
      assert.ok(p.line < lens.length, `line ${p.line} of ${lens.length}: ${JSON.stringify(d)}`);
      assert.ok(p.character <= lens[p.line], `column ${p.character} past ${lens[p.line]}: ${JSON.stringify(d)}`);
    }
    const { start: s, end: e } = d.range;
    assert.ok(s.line < e.line || (s.line === e.line && s.character <= e.character), JSON.stringify(d));
  }
  if (r.entry.isEntry) assert.ok(r.next && typeof r.next.text === 'string' && r.steps.length >= 1);
  else assert.deepEqual(r.diagnostics, []);
}

function analyseAll(files: { path: string; text: string }[], now: string): FileResult[] {
  const results = analyze(files, settingsAt(now));
  assert.equal(results.length, new Set(files.map((f) => f.path)).size);
  for (const r of results) assertSane(files.find((f) => f.path === r.path)!.text, r);
  return results;
}

// --- generators ------------------------------------------------------------------------------

const NAMES = ['Jason Lee', 'Maria Chen', 'Sam Reed', 'Ana Lopez', '__proto__', 'constructor', 'O\'Brien', 'Zoë Ümlaut', '李雷'];
const COMPANIES = ['Acme', 'acme', 'Beta Corp', 'Ünïcode GmbH', 'constructor', '1999'];

const date = fc
  .record({ y: fc.constantFrom(2026, 2027, 2028), m: fc.integer({ min: 1, max: 13 }), d: fc.integer({ min: 0, max: 32 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const validDate = fc.date({ min: new Date(Date.UTC(2026, 9, 1)), max: new Date(Date.UTC(2027, 1, 28)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const time = fc.record({ h: fc.integer({ min: 0, max: 24 }), m: fc.integer({ min: 0, max: 60 }) }).map(({ h, m }) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const when = fc.oneof(
  { weight: 4, arbitrary: validDate },
  { weight: 3, arbitrary: fc.tuple(validDate, fc.constantFrom(' ', 'T'), time).map(([d, s, t]) => `${d}${s}${t}`) },
  { weight: 1, arbitrary: date },
  { weight: 1, arbitrary: fc.constantFrom('2026-11-20T14:00Z', '2026-11-20 14:00+02:00', 'tomorrow', '20/11/2026', '2028-02-29', '2026-02-29', '') },
);

/** Any YAML value, for corrupting a key. */
const junk: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 3.5, 1e21, '', ' ', 'yes', 'null', '~', '*', '&a', '!!str', '#', ': x', '- y', '"q', "'q", '|', '>', '{', '[', 'key: value'),
    fc.string({ maxLength: 12 }),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('name', 'date', 'to', 'from', 'via', 'kind', 'by', '__proto__', 'x'), tie('v'), { maxKeys: 3 }),
  ),
})).v;

const contact = fc.record(
  {
    date: fc.oneof({ weight: 5, arbitrary: when }, { weight: 1, arbitrary: junk }),
    to: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: junk }),
    from: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: junk }),
    via: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...VIAS) }, { weight: 1, arbitrary: junk }),
    kind: fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...CONTACT_KINDS) }, { weight: 1, arbitrary: junk }),
    note: fc.string({ maxLength: 20 }),
  },
  { requiredKeys: ['date', 'via', 'kind'] },
);
// Usually exactly one of to/from.
const contactValue = fc.tuple(contact, fc.integer({ min: 0, max: 9 })).map(([c, r]) => {
  const out: Record<string, unknown> = { ...c };
  if (r < 8 && 'to' in out && 'from' in out) delete out[r % 2 ? 'to' : 'from'];
  return out;
});

const interviewer = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.record({ name: fc.constantFrom(...NAMES), title: fc.constantFrom('CTO', 'Engineer'), email: fc.constantFrom('a@b.c', 'jason@acme.example'), phone_ok: fc.boolean(), linkedin_ok: fc.boolean() }, { requiredKeys: ['name'] }),
);

/** A value per journal key: usually valid, sometimes junk. */
const VALUES: Record<string, fc.Arbitrary<unknown>> = {
  company: fc.constantFrom(...COMPANIES),
  role: fc.constantFrom('Engineer', 'Designer', 'PM'),
  interview: when,
  round: fc.constantFrom('phone screen', 'onsite', 'final'),
  status: fc.oneof({ weight: 6, arbitrary: fc.constant('active') }, { weight: 3, arbitrary: fc.constantFrom(...STATUSES, 'Offer', 'pending') }),
  interviewers: fc.oneof({ weight: 6, arbitrary: fc.array(interviewer, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant([]) }),
  recruiter: fc.oneof(fc.constantFrom('Sam Reed', 'Ana Lopez'), fc.record({ name: fc.constantFrom('Sam Reed', 'Ana Lopez'), agency: fc.constant('Hays'), email: fc.constant('sam@hays.example') }, { requiredKeys: ['name'] })),
  decision_by: when,
  no_follow_up: fc.boolean(),
  promised: fc.oneof(validDate, fc.record({ by: validDate, via: fc.constantFrom(...VIAS) }, { requiredKeys: ['by'] })),
  offer_deadline: validDate,
  contacts: fc.array(contactValue, { maxLength: 8 }),
  ignore: fc.array(fc.constantFrom(...RULE_IDS, 'thank-you', 'nope'), { maxLength: 2 }),
  tags: fc.array(fc.constantFrom('remote', 'referral', '__proto__'), { maxLength: 2 }),
  colour: fc.constant('blue'),
  interviewer: fc.constant('Jason Lee'),
  __proto__: fc.constant({ polluted: true }),
};
const KEYS = Object.keys(VALUES);

const REQUIRED = ['company', 'role', 'interview', 'interviewers'];
const OPTIONAL = KEYS.filter((k) => !REQUIRED.includes(k));

/** The required keys (sometimes one missing) and some optional ones in any order; about one value in eight is junk. */
const frontMatterData = fc
  .tuple(
    fc.shuffledSubarray(OPTIONAL),
    fc.option(fc.constantFrom(...REQUIRED), { freq: 4 }),
    fc.array(fc.integer({ min: 0, max: 7 }), { minLength: KEYS.length, maxLength: KEYS.length }),
    fc.array(junk, { minLength: KEYS.length, maxLength: KEYS.length }),
  )
  .chain(([optional, dropped, dice, junkValues]) => {
    const all = [...REQUIRED.filter((k) => k !== dropped), ...optional];
    return fc.tuple(...all.map((k) => VALUES[k])).map((vals) => all.map((k, i): [string, unknown] => [k, dice[KEYS.indexOf(k)] === 0 ? junkValues[KEYS.indexOf(k)] : vals[i]]));
  });

interface Style {
  flow: boolean;
  indent: number;
  comments: boolean;
  quote: boolean;
}
const style = fc.record({ flow: fc.boolean(), indent: fc.integer({ min: 1, max: 4 }), comments: fc.boolean(), quote: fc.boolean() });

function scalar(v: unknown, s: Style): string {
  if (v === null) return s.quote ? '~' : '';
  if (typeof v === 'string') {
    // Plain when safe, else JSON (valid YAML).
    const plain = /^[A-Za-z0-9À-ž_][A-Za-z0-9À-ž_ .@'-]*$/u.test(v) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(v) && !/\s$/.test(v);
    return plain && !s.quote ? v : JSON.stringify(v);
  }
  return JSON.stringify(v);
}

/** YAML lines for a value under a key at some indentation: block or flow style, comments. */
function render(key: string, v: unknown, s: Style, pad: string): string[] {
  const k = /^[A-Za-z_][\w-]*$/.test(key) ? key : JSON.stringify(key);
  const comment = s.comments ? ' # note' : '';
  if (v === null || typeof v !== 'object') return [`${pad}${k}: ${scalar(v, s)}${comment}`.replace(/ +$/, '')];
  if (s.flow) return [`${pad}${k}: ${JSON.stringify(v)}${comment}`];
  const inner = pad + ' '.repeat(s.indent);
  if (Array.isArray(v)) {
    if (v.length === 0) return [`${pad}${k}: []`];
    const out = [`${pad}${k}:${comment}`];
    for (const item of v) {
      if (item !== null && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length > 0) {
        const lines = Object.entries(item).flatMap(([ik, iv]) => render(ik, iv, { ...s, comments: false }, `${inner}  `));
        out.push(`${inner}- ${lines[0].trimStart()}`, ...lines.slice(1));
      } else {
        out.push(`${inner}- ${item !== null && typeof item === 'object' ? JSON.stringify(item) : scalar(item, s)}`.replace(/ +$/, ''));
      }
    }
    return out;
  }
  const entries = Object.entries(v);
  if (entries.length === 0) return [`${pad}${k}: {}`];
  return [`${pad}${k}:${comment}`, ...entries.flatMap(([ik, iv]) => render(ik, iv, s, inner))];
}

const MUTATION_CHARS = [':', '-', '[', ']', '{', '}', '"', "'", '#', '&', '*', '!', '|', '>', '\t', '\n', ' ', '%', '@', '`', ',', '?', '\u0000', '\ufeff', '\r'];
const mutation = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), ch: fc.constantFrom(...MUTATION_CHARS) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ op: fc.constant('dupLine' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swapLines' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(text: string, ms: Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const at = t.length ? m.at % t.length : 0;
    if (m.op === 'insert') t = t.slice(0, at) + m.ch + t.slice(at);
    else if (m.op === 'delete') t = t.slice(0, at) + t.slice(at + m.n);
    else {
      const lines = t.split('\n');
      const i = lines.length ? m.at % lines.length : 0;
      if (m.op === 'dupLine') lines.splice(i, 0, lines[i]);
      else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1], lines[i]];
      t = lines.join('\n');
    }
  }
  return t;
}

const BODIES = [
  '',
  '# Notes\n\nWent well.\n',
  '## Draft: thank-you to Jason\n\nHi [Name], just wanted to follow up 😀\n\n## Notes\n- [ ] send portfolio due:2026-11-25\n- [x] done\n',
  '- [ ] call back due:2026-02-30\n```\n## Draft in code\n```\n',
];

/** A journal file: front matter from the keys, in some style, maybe corrupted, with a body. */
const journalFile = fc
  .tuple(frontMatterData, style, fc.array(mutation, { maxLength: 3 }), fc.constantFrom(...BODIES), fc.boolean())
  .map(([data, s, ms, body, corrupt]) => {
    const fm = data.flatMap(([k, v]) => render(k, v, s, '')).join('\n');
    const text = `---\n${fm}\n---\n${body}`;
    return corrupt ? mutate(text, ms) : text;
  });

const YAMLISH = [...'abc:- \n\t[]{}"\'#&*!|>,?%@`~0129.', ': ', '- ', '---', '...', 'company:', 'contacts:', '  - ', '<<: ', '!!js/function ', '&a ', '*a', '__proto__: ', '\r\n'];
const yamlish = fc.array(fc.constantFrom(...YAMLISH), { maxLength: 60 }).map((parts) => parts.join(''));
const randomYamlFile = fc.tuple(yamlish, fc.boolean(), fc.constantFrom('', 'js', 'yaml', 'json')).map(([y, company, lang]) => `---${lang}\n${company ? 'company: Acme\n' : ''}${y}\n---\n${y}`);
const randomBytes = fc.tuple(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('', '---\n', '---\ncompany: x\n', '\ufeff---\r\n')).map(([b, prefix]) => prefix + Buffer.from(b).toString('utf8'));

const anyFile = fc.oneof({ weight: 5, arbitrary: journalFile }, { weight: 2, arbitrary: randomYamlFile }, { weight: 1, arbitrary: randomBytes });
const folder = fc.constantFrom('journal/', 'journal/interviews/', 'notes/');
const files = fc
  .array(fc.tuple(folder, anyFile), { minLength: 1, maxLength: 5 })
  .map((fs) => fs.map(([dir, text], i) => ({ path: `${dir}f${i}.md`, text })));

// --- properties ------------------------------------------------------------------------------

describe('property: the engine on random input', function () {
  this.timeout(20_000);

  it('never throws, and every range lies inside its document (journal files built from the keys)', () => {
    fc.assert(
      fc.property(journalFile, folder, fc.constantFrom(...CLOCKS), (text, dir, now) => {
        analyseAll([{ path: `${dir}a.md`, text }], now);
      }),
      params(200),
    );
  });

  it('never throws, and every range lies inside its document (YAML-ish text and random bytes)', () => {
    fc.assert(
      fc.property(fc.oneof(randomYamlFile, randomBytes), folder, fc.constantFrom(...CLOCKS), (text, dir, now) => {
        analyseAll([{ path: `${dir}a.md`, text }], now);
      }),
      params(300),
    );
  });

  it('results do not depend on the order of the files', () => {
    fc.assert(
      fc.property(files, fc.constantFrom(...CLOCKS), fc.nat(), (fs, now, rot) => {
        const a = analyseAll(fs, now);
        const r = rot % fs.length;
        const permuted = [...fs.slice(r), ...fs.slice(0, r)].reverse();
        const b = analyseAll(permuted, now);
        const byPath = (rs: FileResult[]) => Object.fromEntries(rs.map((x) => [x.path, { diagnostics: x.diagnostics, next: x.next }]));
        assert.deepEqual(byPath(b), byPath(a));
      }),
      params(80),
    );
  });

  it('a file with CRLF line breaks gets the same diagnostics as with LF', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: journalFile }, { weight: 1, arbitrary: randomYamlFile }), folder, fc.constantFrom(...CLOCKS), (text, dir, now) => {
        const lf = text.replace(/\r\n?/g, '\n');
        const crlf = lf.replace(/\n/g, '\r\n');
        const [a] = analyseAll([{ path: `${dir}a.md`, text: lf }], now);
        const [b] = analyseAll([{ path: `${dir}a.md`, text: crlf }], now);
        assert.deepEqual(b.diagnostics, a.diagnostics);
        assert.deepEqual(b.next, a.next);
      }),
      params(200),
    );
  });

  it('the incremental index (the path the extension takes) always equals a fresh analysis, whatever the edits', () => {
    // Files of two companies, one of them sometimes with an offer, so cross-file rules and the other-offer step move.
    const edit = fc.oneof(
      { weight: 5, arbitrary: fc.record({ op: fc.constant('set' as const), file: fc.nat(3), text: fc.oneof({ weight: 4, arbitrary: journalFile }, { weight: 1, arbitrary: randomBytes }) }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant('remove' as const), file: fc.nat(3) }) },
      { weight: 1, arbitrary: fc.record({ op: fc.constant('clock' as const), now: fc.constantFrom(...CLOCKS) }) },
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let now = CLOCKS[3];
        const journal = new Journal(settingsAt(now));
        const files = new Map<string, string>();
        for (const e of edits) {
          if (e.op === 'set') {
            files.set(`j/f${e.file}.md`, e.text);
            journal.setFile(`j/f${e.file}.md`, e.text);
          } else if (e.op === 'remove') {
            files.delete(`j/f${e.file}.md`);
            journal.removeFile(`j/f${e.file}.md`);
          } else {
            now = e.now;
            journal.setSettings(settingsAt(now));
          }
          journal.refresh();
          const fresh = analyze([...files].map(([path, text]) => ({ path, text })), settingsAt(now));
          const view = (rs: FileResult[]) => rs.map((r) => ({ path: r.path, diagnostics: r.diagnostics, steps: r.steps }));
          assert.deepEqual(view(journal.all()), view(fresh));
        }
      }),
      params(60),
    );
  });

  it('the calendar cannot be injected: any company, role, name or path stays inside its own TEXT value', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.constantFrom('Acme\r\nBEGIN:VALARM\r\nTRIGGER:-PT1M', 'A;B,C\\D', 'X\nATTACH:http://evil.example/x', '\u2028DTSTART:19700101', 'é'.repeat(80), '😀'.repeat(40)),
    );
    const ALLOWED = new Set(['BEGIN', 'END', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD', 'X-WR-CALNAME', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'TRANSP', 'SUMMARY', 'DESCRIPTION', 'ACTION', 'TRIGGER']);
    fc.assert(
      fc.property(fc.array(fc.tuple(hostile, hostile, hostile, hostile), { minLength: 1, maxLength: 3 }), (entries) => {
        const files = entries.map(([company, role, person, path], i) => ({
          path: `j/${path}${i}.md`,
          // JSON strings are YAML double-quoted strings: any text gets in, escaped.
          text: `---\ncompany: ${JSON.stringify(company.trim() ? company : 'x')}\nrole: ${JSON.stringify(role)}\ninterview: 2026-12-20 10:00\ninterviewers: [${JSON.stringify(person.trim() ? person : 'y')}]\n---\n`,
        }));
        const results = analyze(files, settingsAt('2026-12-15T12:00'));
        const ics = calendarFromResults(results, { stampMs: 0 });
        assert.ok(ics.endsWith('\r\n'));
        const physical = ics.slice(0, -2).split('\r\n');
        for (const l of physical) assert.ok(Buffer.byteLength(l) <= 75, `longer than 75 octets: ${JSON.stringify(l)}`);
        const logical = ics.slice(0, -2).replace(/\r\n[ \t]/g, '').split('\r\n');
        for (const l of logical) {
          const name = /^[A-Z-]+(?=[;:])/.exec(l)?.[0];
          assert.ok(name && ALLOWED.has(name), `unexpected content line ${JSON.stringify(l)}`);
          // RFC 5545 TEXT allows HTAB, no other control character.
          assert.ok(![...l].some((c) => (c.charCodeAt(0) < 32 && c !== '\t') || c.charCodeAt(0) === 127), `control character in ${JSON.stringify(l)}`);
        }
        // One event (with one alarm) per dated pending step, the same step (file, kind, person) once.
        const events = new Set(results.filter((r) => r.entry.isEntry).flatMap((r) => r.steps.filter((st) => st.due && st.urgency !== 'done').map((st) => stepUid(r.path, st)))).size;
        assert.equal(logical.filter((l) => l === 'BEGIN:VEVENT').length, events);
        assert.equal(logical.filter((l) => l === 'END:VEVENT').length, events);
        assert.deepEqual(
          logical.filter((l) => l.startsWith('BEGIN:') || l.startsWith('END:')),
          ['BEGIN:VCALENDAR', ...Array(events).fill(['BEGIN:VEVENT', 'BEGIN:VALARM', 'END:VALARM', 'END:VEVENT']).flat(), 'END:VCALENDAR'],
        );
      }),
      params(80),
    );
  });

  it('nothing from a file leaks into Object.prototype', () => {
    fc.assert(
      fc.property(files, (fs) => {
        analyseAll(fs, CLOCKS[3]);
        const probe: Record<string, unknown> = {};
        assert.equal(probe.polluted, undefined);
      }),
      params(20),
    );
  });
});
