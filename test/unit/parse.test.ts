/** Parsing and validation: front matter, positions, dates, and the six validation rules. */
import { strict as assert } from 'node:assert';
import matter from 'gray-matter';
import { parseWhen, formatWhen } from '../../src/core/civil';
import { parseEntry } from '../../src/core/entry';
import { check, entry, ranges, run } from './helpers';

const OK = ['company: Acme', 'role: Engineer', 'interview: 2026-11-20 14:00', 'interviewers:', '  - Jason Lee'];
const T = { today: '2026-11-10' }; // before the interview: no timing rules fire

function onlyRule(rule: string, diags: ReturnType<typeof check>): ReturnType<typeof check> {
  return diags.filter((d) => d.rule === rule);
}

function lines(diags: ReturnType<typeof check>): string[] {
  return diags.map((d) => `${ranges([d])[0]} ${d.message}`);
}

describe('front matter', () => {
  it('reads a clean entry with no problems', () => {
    const r = run({ 'j/a.md': entry(OK, '# Notes\n') }, T)['j/a.md'];
    assert.equal(r.entry.isEntry, true);
    assert.equal(r.entry.company, 'Acme');
    assert.equal(r.entry.role, 'Engineer');
    assert.deepEqual(r.entry.interviewers.map((p) => p.name), ['Jason Lee']);
    assert.deepEqual(r.diagnostics, []);
  });

  it('CRLF, BOM and mixed line endings give the same positions as LF', () => {
    const lf = entry([...OK, 'colour: blue']);
    const expected = ['7:1-7:7 unknown-field'];
    assert.deepEqual(ranges(check(lf, T)), expected);
    assert.deepEqual(ranges(check(lf.replace(/\n/g, '\r\n'), T)), expected);
    assert.deepEqual(ranges(check('\ufeff' + lf.replace(/\n/g, '\r\n'), T)), expected);
    const mixed = lf.split('\n').map((l, i) => l + (i % 2 ? '\r\n' : '\n')).join('');
    assert.deepEqual(ranges(check(mixed, T)), expected);
  });

  it('tabs inside values and odd indentation keep exact columns', () => {
    const d = check(entry(['company:\tAcme', 'role: Eng', 'interview: 2026-11-20', 'interviewers:', '      - name: Jason Lee', '        titel: CTO']), T);
    assert.deepEqual(lines(d), ['7:9-7:14 unknown-field Unknown interviewer key "titel": did you mean `title`?']);
  });

  it('a markdown file without front matter, or without company, is not an entry and gets nothing', () => {
    const r = run({ 'README.md': '# My journal\n', 'notes.md': '---\ntitle: x\n---\n', 'rule.md': '---\n\nText\n' }, T);
    for (const k of Object.keys(r)) {
      assert.equal(r[k].entry.isEntry, false, k);
      assert.deepEqual(r[k].diagnostics, []);
      assert.equal(r[k].next, undefined);
    }
  });

  it('a broken YAML front matter is reported at the line and column of the error', () => {
    const text = '---\ncompany: Acme\nrole: Engineer\ninterviewers: [Jason Lee\ninterview: 2026-11-20\n---\n';
    assert.deepEqual(lines(check(text, T)), [
      '4:15-4:21 invalid-front-matter The front matter is not valid YAML: the "[" here is never closed: end the list or map with "]" on the same line (line 4, column 15).',
    ]);
  });

  it('broken front matter without company: is an entry only under an interviews folder', () => {
    const text = '---\nrole: [Engineer\n---\n';
    assert.equal(run({ 'notes/x.md': text }, T)['notes/x.md'].entry.isEntry, false);
    const r = run({ 'jobs/interviews/x.md': text }, T)['jobs/interviews/x.md'];
    assert.equal(r.entry.isEntry, true);
    assert.deepEqual(ranges(r.diagnostics), ['2:7-2:16 invalid-front-matter']);
  });

  it('a duplicate key names the key', () => {
    assert.deepEqual(lines(check(entry([...OK, 'company: Beta'].slice(0, 6)), T)), [
      '7:1-7:9 invalid-front-matter The key "company" appears twice in the front matter (line 7): keep one.',
    ]);
  });

  it('unclosed front matter is reported on the opening line', () => {
    assert.deepEqual(lines(check('---\ncompany: Acme\nrole: Eng\n', T)), [
      '1:1-1:4 invalid-front-matter The front matter is not closed: add a line "---" after the last key.',
    ]);
  });

  it('a list or a scalar as front matter is not a map', () => {
    assert.deepEqual(lines(check('---\n- company: Acme\n---\n', T)), [
      '2:1-2:16 invalid-front-matter The front matter must be a map of keys (company: ..., role: ...), not a list or a single value.',
    ]);
  });

  for (const lang of ['js', 'javascript', 'coffee', 'json', 'toml', 'constructor']) {
    it(`---${lang} front matter is reported and never evaluated`, () => {
      (globalThis as Record<string, unknown>).__ijExecuted = false;
      const text = `---${lang}\n{ company: (globalThis.__ijExecuted = true, "Acme") }\n---\n`;
      const d = check(text, T);
      assert.equal((globalThis as Record<string, unknown>).__ijExecuted, false);
      assert.deepEqual(lines(d), [
        `1:1-1:${4 + lang.length} invalid-front-matter Front matter in "${lang}" is not read: only YAML front matter is supported. Change the first line to "---" and write the keys in YAML.`,
      ]);
    });
  }

  it('gray-matter is always called with options: its content-keyed cache stays empty', () => {
    check(entry(OK), T);
    check('---js\n{ company: "Acme" }\n---\n', T);
    assert.deepEqual(Object.keys((matter as unknown as { cache: object }).cache), []);
  });

  it('YAML tags cannot construct anything', () => {
    const d = check(entry([...OK, 'tags: !!js/function "function(){}"']), T);
    assert.deepEqual(ranges(d), ['7:1-7:35 invalid-front-matter']);
  });

  it('__proto__ keys do not pollute prototypes', () => {
    const d = check(entry([...OK, '__proto__: {polluted: true}', 'constructor: x']), T);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(ranges(d), ['7:1-7:10 unknown-field', '8:1-8:12 unknown-field']);
  });
});

describe('dates', () => {
  it('date-only and date-time values are local calendar values', () => {
    const a = parseWhen('2026-11-20');
    const b = parseWhen('2026-11-20 14:00');
    const c = parseWhen('2026-11-20T14:00');
    assert.ok(a.ok && b.ok && c.ok);
    if (a.ok && b.ok && c.ok) {
      assert.equal(a.when.timed, false);
      assert.equal(formatWhen(a.when), '2026-11-20');
      assert.equal(formatWhen(b.when), '2026-11-20 14:00');
      assert.deepEqual(b.when, c.when);
    }
  });

  it('a YAML date is never shifted through UTC (the interview stays on the 20th in any TZ)', () => {
    const e = parseEntry('a.md', entry(['company: Acme', 'role: Eng', 'interview: 2026-11-20', 'interviewers: [A]']));
    assert.equal(formatWhen(e.interview!), '2026-11-20');
  });

  it('2026-02-30 is an error, not March 2nd', () => {
    assert.deepEqual(lines(check(entry(['company: Acme', 'role: Eng', 'interview: 2026-02-30', 'interviewers: [A]']), T)), [
      '4:12-4:22 invalid-date interview: 2026-02-30 does not exist: February 2026 has 28 days.',
    ]);
  });

  it('leap days exist only in leap years', () => {
    assert.equal(parseWhen('2028-02-29').ok, true);
    assert.equal(parseWhen('2026-02-29').ok, false);
  });

  it('times that do not exist, time zones and other forms are invalid-date', () => {
    const cases: [string, string][] = [
      ['2026-11-20 25:00', 'interview: "2026-11-20 25:00" is not a valid time of day.'],
      ['2026-11-20T14:00Z', 'interview: "2026-11-20T14:00Z" has a time zone; write the local time without one, e.g. 2026-11-20 14:00.'],
      ['20 Nov 2026', 'interview: "20 Nov 2026" is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:mm.'],
      ['2026-13-01', 'interview: "2026-13-01" has no month 13.'],
    ];
    for (const [value, message] of cases) {
      const d = check(entry(['company: Acme', 'role: Eng', `interview: ${value}`, 'interviewers: [A]']), T);
      assert.deepEqual(d.map((x) => [x.rule, x.message]), [['invalid-date', message]], value);
    }
  });

  it('a number where a date belongs cannot be read; true is the wrong type', () => {
    assert.deepEqual(lines(check(entry(['company: Acme', 'role: Eng', 'interview: 20261120', 'interviewers: [A]']), T)), [
      '4:12-4:20 invalid-date interview "20261120" cannot be read as a date: write it as YYYY-MM-DD.',
    ]);
    assert.deepEqual(lines(check(entry(['company: Acme', 'role: Eng', 'interview: true', 'interviewers: [A]']), T)), [
      '4:12-4:16 invalid-value interview must be a date (YYYY-MM-DD or YYYY-MM-DD HH:mm), not true.',
    ]);
  });
});

describe('validation rules', () => {
  it('missing-field: role, interview and interviewers, on the opening line', () => {
    const d = check('---\ncompany: Acme\n---\n', T);
    assert.deepEqual(lines(d), [
      '1:1-1:4 missing-field The interview at Acme has no role: add "role: <position>".',
      '1:1-1:4 missing-field The interview at Acme has no date: add "interview: YYYY-MM-DD HH:mm".',
      '1:1-1:4 missing-field No interviewers: add "interviewers:" with the name of everyone who interviewed you, so each gets a thank-you.',
    ]);
  });

  it('missing-field: an empty interviewers list', () => {
    assert.deepEqual(ranges(check(entry(['company: Acme', 'role: Eng', 'interview: 2026-11-20', 'interviewers: []']), T)), ['5:15-5:17 missing-field']);
  });

  it('invalid-value: wrong types and values outside their lists', () => {
    const d = check(
      entry(['company: [a, b]', 'role: Eng', 'interview: 2026-11-20', 'interviewers: Jason, Ann', 'status: activ', 'no_follow_up: yes', 'contacts: nope', 'ignore: [email-not-givn, nope]']),
      T,
    );
    assert.deepEqual(lines(d), [
      '2:10-2:16 invalid-value company must be text, not a list.',
      '5:15-5:25 invalid-value interviewers must be a list of names ("- Jason Lee"), not "Jason, Ann".',
      '6:9-6:14 invalid-value status "activ" is not one of active, offer, accepted, declined, rejected, withdrawn, closed: did you mean `active`?',
      '7:15-7:18 invalid-value no_follow_up must be true or false, not "yes".',
      '8:11-8:15 invalid-value contacts must be a list of contacts ("- {date: ..., to: ..., via: email, kind: thank-you}"), not "nope".',
      '9:10-9:24 invalid-value "email-not-givn" is not a rule id: did you mean `email-not-given`?',
      '9:26-9:30 invalid-value "nope" is not a rule id; see docs/rules.md.',
    ]);
  });

  it('invalid-value: contacts that are not maps, lack fields, have both to and from, or unknown via/kind', () => {
    const d = check(
      entry([
        ...OK,
        'contacts:',
        '  - 5',
        '  - {date: 2026-11-20, to: Jason Lee, from: Jason Lee, via: email, kind: reply}',
        '  - {to: Jason Lee, via: emial, kind: thanks}',
        '  - {date: 2026-11-21, via: email, kind: reply}',
      ]),
      T,
    );
    assert.deepEqual(lines(d), [
      '8:5-8:6 invalid-value Contact 1 must be a map with date, to or from, via and kind, not the number 5.',
      '9:39-9:43 invalid-value Contact 2 has both "to" and "from": keep "to" if you contacted them, "from" if they contacted you.',
      '10:5-10:46 invalid-value Contact 3 has no date: add "date: YYYY-MM-DD".',
      '10:26-10:31 invalid-value via "emial" is not one of email, phone, voicemail, letter, linkedin, text, video, in-person: did you mean `email`?',
      '10:39-10:45 invalid-value kind "thanks" is not one of thank-you, check-in, informational, update-request, debrief, reply, offer, rejection, other: did you mean `thank-you`?',
      '11:5-11:48 invalid-value Contact 4 has neither "to" nor "from": add "to: <name>" if you contacted them, "from: <name>" if they contacted you.',
    ]);
  });

  it('unknown-field: top-level and nested keys, with the nearest known key', () => {
    const d = onlyRule('unknown-field', check(
      entry(['company: Acme', 'role: Eng', 'interview: 2026-11-20', 'interviewer:', '  - A', 'interviewers: [A]', 'recruiter: {name: R, agnecy: X}', 'contacts:', '  - {date: 2026-11-20, to: A, via: email, kind: thank-you, notes: hi}', 'favourite_colour: blue']),
      T,
    ));
    assert.deepEqual(lines(d), [
      // interviewers is already there: no rename into a duplicate key
      '5:1-5:12 unknown-field Unknown front matter key "interviewer": `interviewers` is already here; merge the two or delete this one.',
      '8:22-8:28 unknown-field Unknown recruiter key "agnecy": did you mean `agency`?',
      '10:60-10:65 unknown-field Unknown contact key "notes": did you mean `note`?',
      '11:1-11:17 unknown-field Unknown front matter key "favourite_colour": the journal does not read it. Known keys: company, role, interview, round, status, interviewers, recruiter, decision_by, no_follow_up, promised, offer_deadline, contacts, ignore, tags.',
    ]);
    const fix = check(entry(['company: Acme', 'role: Eng', 'interview: 2026-11-20', 'interviewers: [A]', 'decison_by: 2026-11-27']), T)[0].fix;
    assert.deepEqual(fix, { kind: 'rename-key', from: 'decison_by', to: 'decision_by' });
  });

  it('unknown-person: a contact naming neither an interviewer nor the recruiter; names match case- and space-insensitively, and by email', () => {
    const d = check(
      entry([
        'company: Acme',
        'role: Eng',
        'interview: 2026-11-20',
        'interviewers:',
        '  - {name: Jason Lee, email: jason@acme.example}',
        'recruiter: Dana Park',
        'contacts:',
        '  - {date: 2026-11-20, to: jason  LEE, via: email, kind: thank-you}',
        '  - {date: 2026-11-20, to: jason@acme.example, via: email, kind: thank-you}',
        '  - {date: 2026-11-21, from: dana park, via: phone, kind: debrief}',
        '  - {date: 2026-11-21, to: Jasn Lee, via: email, kind: other}',
        '  - {date: 2026-11-21, to: Maria, via: email, kind: other}',
      ]),
      T,
    );
    assert.deepEqual(lines(d), [
      '12:28-12:36 unknown-person Jasn Lee is neither an interviewer nor the recruiter of this interview: did you mean Jason Lee?',
      '13:28-13:33 unknown-person Maria is neither an interviewer nor the recruiter of this interview; add them under interviewers if they interviewed you.',
    ]);
  });

  it('ignore: switches a rule off for this file, including validation rules', () => {
    const text = entry(['company: Acme', 'role: Eng', 'interview: 2026-11-20', 'interviewers: [A]', 'colour: blue', 'ignore: [unknown-field]']);
    assert.deepEqual(check(text, T), []);
  });

  it('settings: a rule set to off or to another severity', () => {
    const text = entry(['company: Acme', 'role: Eng', 'interview: 2026-11-20', 'interviewers: [A]', 'colour: blue']);
    assert.deepEqual(check(text, { ...T, settings: { rules: { 'unknown-field': 'off' } } }), []);
    assert.deepEqual(check(text, { ...T, settings: { rules: { 'unknown-field': 'error' } } }).map((d) => d.severity), ['error']);
  });

  it('closed entries get validation rules only', () => {
    const text = entry(['company: Acme', 'role: Eng', 'interview: 2026-11-01', 'interviewers: [A]', 'status: rejected', 'colour: blue']);
    const d = check(text, { today: '2026-11-23' });
    assert.deepEqual(d.map((x) => x.rule), ['unknown-field']);
  });
});

describe('body', () => {
  it('finds drafts up to the next heading of the same or a higher level, and task items with due dates', () => {
    const body = ['# Notes', '', '## Draft: thank-you to Jason', 'Hello Jason,', '', '### Subject', 'Thanks', '## Next', '- [ ] send portfolio due:2026-11-25', '- [x] done thing', '* [ ] no date'].join('\n');
    const e = parseEntry('a.md', entry(OK, body));
    assert.deepEqual(e.drafts.map((d) => [d.title, d.heading.start.line + 1, e.split.text.slice(d.start, d.end).trim()]), [
      ['Draft: thank-you to Jason', 10, 'Hello Jason,\n\n### Subject\nThanks'],
    ]);
    assert.deepEqual(e.tasks.map((t) => [t.text, t.done, t.due ? formatWhen(t.due) : null, t.line + 1]), [
      ['send portfolio', false, '2026-11-25', 16],
      ['done thing', true, null, 17],
      ['no date', false, null, 18],
    ]);
  });

  it('a task with an impossible due date is invalid-date at the date', () => {
    const d = check(entry(OK, '- [ ] call due:2026-02-30\n'), T);
    assert.deepEqual(ranges(d), ['8:16-8:26 invalid-date']);
  });
});
