import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { load, CORE_SCHEMA } from 'js-yaml';
import { newEntryText } from '../../src/core/newentry';
import { addIgnore, appendContact, applyEdits, EditError, entryFileName, eolOf, insertKey, renameKey, setStatus, slugify, yamlScalar, type NewContact, type TextEdit } from '../../src/core/edits';
import { parseEntry, type Entry } from '../../src/core/entry';

const PATH = 'interviews/acme.md';

function parse(text: string): Entry {
  return parseEntry(PATH, text);
}

function frontMatterData(text: string): Record<string, unknown> {
  const e = parse(text);
  assert.ok(e.split.yaml?.ok, 'front matter parses');
  return load(e.split.matterText, { schema: CORE_SCHEMA }) as Record<string, unknown>;
}

/** Lines of a text with their line breaks kept, so CRLF survives the comparison. */
function rawLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}

/** The edit only inserted whole lines: removing those lines from the result gives back the original, byte for byte. */
function assertInsertedLines(original: string, result: string, inserted: number): void {
  const a = rawLines(original);
  const b = rawLines(result);
  assert.equal(b.length - a.length, inserted, 'number of inserted lines');
  // Find the inserted block: longest common prefix, then the rest must match the suffix.
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const rest = b.slice(i + inserted);
  assert.deepEqual(rest, a.slice(i), 'removing the inserted lines gives back the original');
  assert.equal(b.slice(0, i).concat(rest).join(''), original);
}

function apply(text: string, edits: TextEdit[]): string {
  return applyEdits(parse(text).split.text, edits);
}

const thanks: NewContact = { date: '2026-11-23', to: 'Jason Lee', via: 'email', kind: 'thank-you' };

const BLOCK = [
  '---',
  'company: Acme # the big one',
  "role: 'Staff Engineer'",
  'interview: 2026-11-20 14:00',
  'interviewers:',
  '  - Jason Lee',
  '  - name: Priya Shah',
  '    email: priya@acme.example',
  'contacts:',
  '  - date: 2026-11-20',
  '    to: Priya Shah   # sent from phone',
  '    via: email',
  '    kind: thank-you',
  '# trailing comment',
  'tags: [a, b]',
  '---',
  '# Notes',
  '',
].join('\n');

describe('edits: appendContact', () => {
  it('appends to a block list in its indentation, keeping comments and quoting', () => {
    const edits = appendContact(parse(BLOCK), thanks);
    const out = apply(BLOCK, edits);
    assert.equal(
      out,
      BLOCK.replace(
        '    kind: thank-you\n# trailing',
        '    kind: thank-you\n  - date: 2026-11-23\n    to: Jason Lee\n    via: email\n    kind: thank-you\n# trailing',
      ),
    );
    assertInsertedLines(BLOCK, out, 4);
    const before = frontMatterData(BLOCK);
    const after = frontMatterData(out);
    assert.deepEqual(after.contacts, [...(before.contacts as unknown[]), { date: '2026-11-23', to: 'Jason Lee', via: 'email', kind: 'thank-you' }]);
    const { contacts: _a, ...restA } = after;
    const { contacts: _b, ...restB } = before;
    assert.deepEqual(restA, restB);
    const e = parse(out);
    assert.equal(e.contacts.length, 2);
    assert.deepEqual(e.problems, []);
  });

  it('keeps odd indentation (dash at 0, content at 3) and the key order of the existing items', () => {
    const text = ['---', 'company: Acme', 'role: Eng', 'interview: 2026-11-20', 'interviewers: [Jason Lee]', 'contacts:', '-  kind: check-in', '   via: email', '   date: 2026-11-10', '   to: Jason Lee', '---', ''].join('\n');
    const out = apply(text, appendContact(parse(text), { date: '2026-11-23 09:30', from: 'Jason Lee', via: 'phone', kind: 'reply', note: 'Said: next week, maybe' }));
    assert.equal(
      out,
      text.replace('   to: Jason Lee\n', '   to: Jason Lee\n-  kind: reply\n   via: phone\n   date: 2026-11-23 09:30\n   from: Jason Lee\n   note: "Said: next week, maybe"\n'),
    );
    assertInsertedLines(text, out, 5);
    const e = parse(out);
    assert.deepEqual(e.problems, []);
    assert.equal(e.contacts[1].note, 'Said: next week, maybe');
    assert.equal(e.contacts[1].dir, 'from');
  });

  it('appends to a block list of flow maps as a flow map line', () => {
    const text = ['---', 'company: Acme', 'role: Eng', 'interview: 2026-11-20', 'interviewers: [Jason Lee]', 'contacts:', '    - { date: 2026-11-20, to: Jason Lee, via: email, kind: thank-you }', '---'].join('\n');
    const out = apply(text, appendContact(parse(text), { ...thanks, kind: 'check-in', note: 'a, b' }));
    assert.equal(out, text.replace('thank-you }\n', 'thank-you }\n    - { date: 2026-11-23, to: Jason Lee, via: email, kind: check-in, note: "a, b" }\n'));
    assertInsertedLines(text, out, 1);
    assert.equal(parse(out).contacts.length, 2);
    assert.deepEqual(parse(out).problems, []);
  });

  it('appends to a flow list inside the brackets', () => {
    const text = ['---', 'company: Acme', 'role: Eng', 'interview: 2026-11-20', 'interviewers: [Jason Lee]', 'contacts: [{date: 2026-11-20, to: Jason Lee, via: email, kind: thank-you}]  # all of them', '---', ''].join('\n');
    const edits = appendContact(parse(text), thanks);
    const out = apply(text, edits);
    assert.equal(out, text.replace('thank-you}]', 'thank-you}, {date: 2026-11-23, to: Jason Lee, via: email, kind: thank-you}]'));
    assert.equal(edits.length, 1);
    assert.equal(out.replace(edits[0].newText, ''), text, 'removing the inserted text gives back the original');
    assert.equal(parse(out).contacts.length, 2);
  });

  it('fills an empty flow list', () => {
    const text = '---\ncompany: Acme\nrole: Eng\ninterview: 2026-11-20\ninterviewers: [Jason Lee]\ncontacts: []\n---\n';
    const out = apply(text, appendContact(parse(text), thanks));
    assert.equal(out, text.replace('contacts: []', 'contacts: [{date: 2026-11-23, to: Jason Lee, via: email, kind: thank-you}]'));
    assert.equal(parse(out).contacts.length, 1);
  });

  it('creates contacts: before the closing --- when missing, in the indentation of interviewers', () => {
    const text = '---\ncompany: Acme\nrole: Eng\ninterview: 2026-11-20\ninterviewers:\n    - Jason Lee\n---\nbody\n';
    const out = apply(text, appendContact(parse(text), thanks));
    assert.equal(out, text.replace('Jason Lee\n---', 'Jason Lee\ncontacts:\n    - date: 2026-11-23\n      to: Jason Lee\n      via: email\n      kind: thank-you\n---'));
    assertInsertedLines(text, out, 5);
    assert.equal(parse(out).contacts.length, 1);
    assert.deepEqual(parse(out).problems, []);
  });

  it('fills an empty contacts: key', () => {
    const text = '---\ncompany: Acme\nrole: Eng\ninterview: 2026-11-20\ninterviewers: [Jason Lee]\ncontacts:\n# keep me\n---\n';
    const out = apply(text, appendContact(parse(text), thanks));
    assert.equal(out, text.replace('contacts:\n', 'contacts:\n  - date: 2026-11-23\n    to: Jason Lee\n    via: email\n    kind: thank-you\n'));
    assertInsertedLines(text, out, 4);
    assert.equal(parse(out).contacts.length, 1);
  });

  it('keeps CRLF line breaks and a BOM-less CRLF file byte for byte', () => {
    const text = BLOCK.replace(/\n/g, '\r\n');
    const out = apply(text, appendContact(parse(text), thanks));
    assert.ok(!/[^\r]\n/.test(out), 'no bare LF');
    assertInsertedLines(text, out, 4);
    assert.equal(parse(out).contacts.length, 2);
  });

  it('quotes names that would not read back as the same string', () => {
    const text = '---\ncompany: Acme\nrole: Eng\ninterview: 2026-11-20\ninterviewers: ["O\'Brien: Jr", "true"]\n---\n';
    const out = apply(text, appendContact(parse(text), { ...thanks, to: "O'Brien: Jr" }));
    const e = parse(out);
    assert.equal(e.contacts[0].who, "O'Brien: Jr");
    assert.deepEqual(e.problems, []);
    assert.equal(yamlScalar('true'), '"true"');
    assert.equal(yamlScalar('123'), '"123"');
    assert.equal(yamlScalar('Jason Lee'), 'Jason Lee');
    assert.equal(yamlScalar('a, b', true), '"a, b"');
    assert.equal(yamlScalar('#hash'), '"#hash"');
  });

  it('refuses broken front matter, bad dates and both to and from', () => {
    assert.throws(() => appendContact(parse('---\ncompany: [\n---\n'), thanks), EditError);
    assert.throws(() => appendContact(parse(BLOCK), { ...thanks, date: 'soon' }), EditError);
    assert.throws(() => appendContact(parse(BLOCK), { ...thanks, from: 'X' }), EditError);
    assert.throws(() => appendContact(parse('# just notes\n'), thanks), EditError);
  });
});

describe('edits: insertKey, renameKey, addIgnore, setStatus', () => {
  it('inserts decision_by after the interview line', () => {
    const text = '---\ncompany: Acme\ninterview: 2026-11-20   # 2pm\nrole: Eng\n---\n';
    const out = apply(text, insertKey(parse(text), 'decision_by', '2026-12-01', 'interview'));
    assert.equal(out, '---\ncompany: Acme\ninterview: 2026-11-20   # 2pm\ndecision_by: 2026-12-01\nrole: Eng\n---\n');
    assertInsertedLines(text, out, 1);
    assert.equal(frontMatterData(out).decision_by, '2026-12-01');
    assert.throws(() => insertKey(parse(out), 'decision_by', 'x', 'interview'), EditError);
  });

  it('inserts a key with a block value on the next line, before --- when the anchor is missing', () => {
    const text = '---\r\ncompany: Acme\r\n---\r\n';
    const out = apply(text, insertKey(parse(text), 'interviewers', '  - Name', 'nope'));
    assert.equal(out, '---\r\ncompany: Acme\r\ninterviewers:\r\n  - Name\r\n---\r\n');
  });

  it('renames a key in place, quoted or not, top-level or nested', () => {
    const text = '---\ncompany: Acme\ninterviwers: [Jason Lee]\ncontacts:\n  - {date: 2026-11-20, too: Jason Lee, via: email, kind: thank-you}\n"rolle": Eng\n---\n';
    const e = parse(text);
    const renames = e.problems.filter((d) => d.fix?.kind === 'rename-key');
    assert.equal(renames.length, 3);
    let out = text;
    for (const d of [...renames].reverse()) {
      const f = d.fix as { from: string; to: string };
      out = applyEdits(out, renameKey(parse(out), d.range, f.from, f.to));
    }
    assert.equal(out, '---\ncompany: Acme\ninterviewers: [Jason Lee]\ncontacts:\n  - {date: 2026-11-20, to: Jason Lee, via: email, kind: thank-you}\nrole: Eng\n---\n');
    assert.throws(() => renameKey(parse(out), renames[0].range, 'interviwers', 'interviewers'), EditError);
  });

  it('adds to ignore: in every style, creating it when missing', () => {
    const base = '---\ncompany: Acme\nrole: Eng\n';
    const cases: [string, string][] = [
      [`${base}---\n`, `${base}ignore: [email-not-given]\n---\n`],
      [`${base}ignore:\n  - too-frequent\n---\n`, `${base}ignore:\n  - too-frequent\n  - email-not-given\n---\n`],
      [`${base}ignore: [too-frequent] # why\n---\n`, `${base}ignore: [too-frequent, email-not-given] # why\n---\n`],
      [`${base}ignore: []\n---\n`, `${base}ignore: [email-not-given]\n---\n`],
      [`${base}ignore: too-frequent\n---\n`, `${base}ignore: [too-frequent, email-not-given]\n---\n`],
      [`${base}ignore:\n---\n`, `${base}ignore: [email-not-given]\n---\n`],
      [`${base}ignore: [email-not-given]\n---\n`, `${base}ignore: [email-not-given]\n---\n`],
    ];
    for (const [text, want] of cases) {
      const out = apply(text, addIgnore(parse(text), 'email-not-given'));
      assert.equal(out, want, text);
      assert.ok(parse(out).ignore.has('email-not-given'));
    }
  });

  it('sets the status in place or inserts it after the interview', () => {
    const a = '---\ncompany: Acme\nstatus: active # hopeful\nrole: Eng\n---\n';
    assert.equal(apply(a, setStatus(parse(a), 'rejected')), '---\ncompany: Acme\nstatus: rejected # hopeful\nrole: Eng\n---\n');
    assert.deepEqual(setStatus(parse(a), 'active'), []);
    const b = '---\ncompany: Acme\ninterview: 2026-11-20\nrole: Eng\n---\n';
    const out = apply(b, setStatus(parse(b), 'offer'));
    assert.equal(out, '---\ncompany: Acme\ninterview: 2026-11-20\nstatus: offer\nrole: Eng\n---\n');
    assertInsertedLines(b, out, 1);
    const c = '---\ncompany: Acme\nstatus:\n---\n';
    assert.equal(apply(c, setStatus(parse(c), 'closed')), '---\ncompany: Acme\nstatus: closed\n---\n');
    assert.throws(() => setStatus(parse(a), 'bogus' as never), EditError);
  });
});

describe('edits: new entries', () => {
  it('slugifies file names', () => {
    assert.equal(slugify('Ácme, Inc.'), 'acme-inc');
    assert.equal(entryFileName('2026-11-24 14:00', 'Acme Corp', 'Staff Engineer / Platform'), '2026-11-24-acme-corp-staff-engineer-platform.md');
    assert.equal(eolOf('a\r\nb'), '\r\n');
    assert.equal(eolOf('ab'), '\n');
  });

  it('writes a template that parses as an entry', () => {
    const text = newEntryText({ company: 'Acme: Labs', role: 'Staff Engineer', interview: '2026-11-24 14:00' });
    const e = parse(text);
    assert.equal(e.isEntry, true);
    assert.equal(e.company, 'Acme: Labs');
    assert.equal(e.role, 'Staff Engineer');
    assert.equal(e.interview?.timed, true);
    assert.deepEqual(e.problems.map((d) => d.rule), ['missing-field']);
    assert.match(text, /\n## Notes\n/);
    const out = apply(text, appendContact(e, thanks));
    assert.equal(parse(out).contacts.length, 1);
  });
});

describe('edits: more layouts', function () {
  this.timeout(30000);
  it('appends after a multi-line flow list item and after a block scalar note', () => {
    const flow = '---\ncompany: Acme\nrole: Eng\ninterview: 2026-11-20\ninterviewers: [Jason Lee]\ncontacts: [\n  {date: 2026-11-20, to: Jason Lee, via: email, kind: thank-you}\n]\n---\n';
    const out = apply(flow, appendContact(parse(flow), thanks));
    assert.equal(parse(out).contacts.length, 2);
    assert.deepEqual(parse(out).problems, []);
    const block = '---\ncompany: Acme\nrole: Eng\ninterview: 2026-11-20\ninterviewers: [Jason Lee]\ncontacts:\n  - date: 2026-11-20\n    to: Jason Lee\n    via: email\n    kind: thank-you\n    note: |\n      line one\n      line two\n\n# after\n---\n';
    const out2 = apply(block, appendContact(parse(block), thanks));
    assert.equal(out2, block.replace('      line two\n', '      line two\n  - date: 2026-11-23\n    to: Jason Lee\n    via: email\n    kind: thank-you\n'));
    assert.equal(parse(out2).contacts[0].note, 'line one\nline two\n');
    assertInsertedLines(block, out2, 4);
  });

  it('keeps a BOM and comments between items', () => {
    const text = '\ufeff---\r\ncompany: Acme\r\nrole: Eng\r\ninterview: 2026-11-20\r\ninterviewers: [Jason Lee]\r\ncontacts:\r\n  # first\r\n  - {date: 2026-11-20, to: Jason Lee, via: email, kind: thank-you} # ok\r\n  # last\r\n---\r\n';
    const e = parse(text);
    const out = applyEdits(text.slice(1), appendContact(e, thanks));
    assertInsertedLines(text.slice(1), out, 1);
    assert.equal(out, text.slice(1).replace('# ok\r\n', '# ok\r\n  - {date: 2026-11-23, to: Jason Lee, via: email, kind: thank-you}\r\n'));
  });

  it('property: any layout, any contact: parses, adds exactly the contact, removing the inserted lines gives the original', () => {
    fc.assert(
      fc.property(
        fc.record({
          crlf: fc.boolean(),
          style: fc.constantFrom('block', 'flow-items', 'flow', 'empty-key', 'missing'),
          dash: fc.integer({ min: 0, max: 4 }),
          gap: fc.integer({ min: 1, max: 3 }),
          items: fc.integer({ min: 1, max: 3 }),
          comments: fc.boolean(),
          quoted: fc.boolean(),
          name: fc.constantFrom('Jason Lee', "O'Brien", 'Zoë Ünal', 'a: b', 'true', '#1 fan', 'Ann, Jr'),
          dir: fc.constantFrom('to', 'from'),
          via: fc.constantFrom('email', 'phone', 'linkedin'),
          kind: fc.constantFrom('thank-you', 'check-in', 'reply'),
          timed: fc.boolean(),
          note: fc.option(fc.string({ maxLength: 20, unit: 'binary' }), { nil: undefined }),
        }),
        (o) => {
          const pad = ' '.repeat(o.dash);
          const inner = ' '.repeat(o.dash + 1 + o.gap);
          const lines = ['---', `company: ${o.quoted ? '"Acme"' : 'Acme'}${o.comments ? ' # employer' : ''}`, 'role: Eng', 'interview: 2026-11-20', 'interviewers:', `${pad}-${' '.repeat(o.gap)}Jason Lee`];
          const items = Array.from({ length: o.items }, (_, i) => `2026-11-${String(10 + i)}`);
          if (o.style === 'block') {
            lines.push('contacts:');
            for (const d of items) {
              if (o.comments) lines.push(`${pad}# a comment`);
              lines.push(`${pad}-${' '.repeat(o.gap)}date: ${d}`, `${inner}to: Jason Lee${o.comments ? '  # note' : ''}`, `${inner}via: email`, `${inner}kind: check-in`);
            }
          } else if (o.style === 'flow-items') {
            lines.push('contacts:');
            for (const d of items) lines.push(`${pad}-${' '.repeat(o.gap)}{date: ${d}, to: Jason Lee, via: email, kind: check-in}`);
          } else if (o.style === 'flow') {
            lines.push(`contacts: [${items.map((d) => `{date: ${d}, to: Jason Lee, via: email, kind: check-in}`).join(', ')}]${o.comments ? ' # all' : ''}`);
          } else if (o.style === 'empty-key') {
            lines.push('contacts:');
          }
          if (o.comments) lines.push('# trailing');
          lines.push('tags: [x]', '---', 'body');
          const text = lines.join(o.crlf ? '\r\n' : '\n') + (o.crlf ? '\r\n' : '\n');
          const before = parse(text);
          assert.deepEqual(before.problems.filter((p) => p.rule !== 'unknown-person'), [], text);
          const contact: NewContact = { date: o.timed ? '2026-11-23 09:05' : '2026-11-23', [o.dir]: o.name, via: o.via as NewContact['via'], kind: o.kind as NewContact['kind'], ...(o.note ? { note: o.note } : {}) };
          const edits = appendContact(before, contact);
          const out = applyEdits(text, edits);
          const after = parse(out);
          assert.deepEqual(after.problems.filter((p) => p.rule !== 'unknown-person'), [], out);
          const want = (frontMatterData(text).contacts as unknown[] | null) ?? [];
          const got = frontMatterData(out).contacts as Record<string, unknown>[];
          assert.equal(got.length, want.length + 1);
          assert.deepEqual(got.slice(0, -1), want);
          const last = got[got.length - 1];
          assert.equal(last[o.dir], o.name);
          assert.equal(last.date, contact.date);
          assert.equal(last.kind, o.kind);
          if (o.note) assert.equal(last.note, o.note);
          const { contacts: _x, ...restBefore } = frontMatterData(text);
          const { contacts: _y, ...restAfter } = frontMatterData(out);
          assert.deepEqual(restAfter, restBefore);
          if (o.style === 'flow' || false) {
            assert.equal(edits.length, 1);
            assert.equal(out.replace(edits[0].newText, ''), text);
          } else {
            const inserted = edits.reduce((n, e) => n + (e.newText.match(/\r\n|\n/g) ?? []).length, 0);
            assertInsertedLines(text, out, inserted);
          }
          if (o.crlf) assert.ok(!/[^\r]\n/.test(out), 'CRLF kept');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('edits: properties of the other edits', function () {
  this.timeout(30000);
  const layout = fc.record({
    crlf: fc.boolean(),
    comments: fc.boolean(),
    status: fc.constantFrom('none', 'active', 'empty', 'quoted'),
    ignore: fc.constantFrom('none', 'block', 'flow', 'empty-flow', 'scalar', 'empty'),
    indent: fc.integer({ min: 0, max: 4 }),
    order: fc.boolean(),
  });

  function build(o: { crlf: boolean; comments: boolean; status: string; ignore: string; indent: number; order: boolean }): string {
    const pad = ' '.repeat(o.indent);
    const head = ['company: Acme', 'role: Eng', `interview: 2026-11-20${o.comments ? ' # 2pm' : ''}`];
    if (o.order) head.reverse();
    const lines = ['---', ...head, 'interviewers:', `${pad}- Jason Lee`];
    if (o.status === 'active') lines.push(`status: active${o.comments ? ' # hopeful' : ''}`);
    if (o.status === 'empty') lines.push('status:');
    if (o.status === 'quoted') lines.push('status: "active"');
    if (o.ignore === 'block') lines.push('ignore:', `${pad}- too-frequent`);
    if (o.ignore === 'flow') lines.push(`ignore: [too-frequent]${o.comments ? ' # why' : ''}`);
    if (o.ignore === 'empty-flow') lines.push('ignore: []');
    if (o.ignore === 'scalar') lines.push('ignore: too-frequent');
    if (o.ignore === 'empty') lines.push('ignore:');
    if (o.comments) lines.push('# end');
    lines.push('---', 'body', '');
    return lines.join(o.crlf ? '\r\n' : '\n');
  }

  function sameExcept(before: string, after: string, key: string): void {
    const a = frontMatterData(before);
    const b = frontMatterData(after);
    delete a[key];
    delete b[key];
    assert.deepEqual(b, a);
  }

  it('setStatus: any layout gets exactly the new status, everything else kept', () => {
    fc.assert(
      fc.property(layout, fc.constantFrom(...(['active', 'offer', 'rejected', 'closed'] as const)), (o, status) => {
        const text = build(o);
        const out = applyEdits(text, setStatus(parse(text), status));
        assert.equal(frontMatterData(out).status, status);
        assert.equal(parse(out).status, status);
        sameExcept(text, out, 'status');
        if (o.status === 'none') assertInsertedLines(text, out, 1);
        else assert.equal(rawLines(out).length, rawLines(text).length, 'a value changed in place');
        if (o.crlf) assert.ok(!/[^\r]\n/.test(out));
      }),
      { numRuns: 200 },
    );
  });

  it('addIgnore: any layout ends up ignoring the rule and keeps the others', () => {
    fc.assert(
      fc.property(layout, fc.constantFrom('email-not-given', 'too-frequent', 'decision-date-missing'), (o, rule) => {
        const text = build(o);
        const before = parse(text);
        const out = applyEdits(text, addIgnore(before, rule));
        const after = parse(out);
        assert.ok(after.ignore.has(rule));
        for (const r of before.ignore) assert.ok(after.ignore.has(r));
        assert.equal(after.ignore.size, before.ignore.size + (before.ignore.has(rule) ? 0 : 1));
        sameExcept(text, out, 'ignore');
        assert.deepEqual(after.problems.map((d) => d.rule), before.problems.map((d) => d.rule));
        if (o.ignore === 'none') assertInsertedLines(text, out, 1);
        if (o.ignore === 'block' && rule !== 'too-frequent') assertInsertedLines(text, out, 1);
      }),
      { numRuns: 200 },
    );
  });

  it('insertKey: decision_by lands right after the interview line, whatever the key order', () => {
    fc.assert(
      fc.property(layout, (o) => {
        const text = build(o);
        const out = applyEdits(text, insertKey(parse(text), 'decision_by', '2026-11-27', 'interview'));
        assertInsertedLines(text, out, 1);
        const lines = out.split(/\r?\n/);
        assert.equal(lines[lines.findIndex((l) => l.startsWith('interview:')) + 1], 'decision_by: 2026-11-27');
        assert.equal(frontMatterData(out).decision_by, '2026-11-27');
        sameExcept(text, out, 'decision_by');
      }),
      { numRuns: 200 },
    );
  });
});
