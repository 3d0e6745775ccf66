/** Rename, go to definition and find references for people and companies, across a company's files. */
import { strict as assert } from 'node:assert';
import { NOT_A_PERSON, definition, linesOf, prepareRename, references, rename, type TextEdit } from '../../src/core/assist';
import { ONSITE, PATHS, PHONE, cursor, journal, worldFor } from './assist-fixture';

function ctx(doc: string) {
  const c = cursor(doc);
  return { ...c, world: worldFor(journal(), PATHS.onsite, c.text) };
}

/** Applies edits to a text, last first, as VS Code applies a WorkspaceEdit. */
function apply(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  for (const e of [...edits].sort((a, b) => b.line - a.line || b.start - a.start)) lines[e.line] = lines[e.line].slice(0, e.start) + e.newText + lines[e.line].slice(e.end);
  return lines.join('\n');
}

describe('assist: rename', () => {
  it('an interviewer\'s name: every mention in this file and the company\'s other files, nothing else changed', () => {
    const phone = PHONE;
    const c = ctx(ONSITE.replace('  - Priya Shah', '  - Pri|ya Shah'));
    assert.deepEqual(prepareRename(c.lines, c.line, c.character), { line: 6, start: 4, end: 14, placeholder: 'Priya Shah' });
    const edits = rename(c.lines, c.line, c.character, 'Priya Shah-Kaur', c.world) as TextEdit[];
    assert.deepEqual(edits.map((e) => `${e.path}:${e.line}:${e.start}-${e.end}`), [`${PATHS.onsite}:6:4-14`, `${PATHS.onsite}:12:8-18`]);
    assert.equal(apply(c.text, edits), ONSITE.replace(/Priya Shah/g, 'Priya Shah-Kaur'));
    void phone;
  });

  it('a contact\'s to/from across files, flow style and quotes kept, the case of the other spelling ignored', () => {
    const c = ctx(ONSITE.replace('    to: Priya Shah', '    to: Priya Shah\n  - {date: 2026-11-21, to: "jason LEE", via: email, kind: check-in}').replace('interviewers:\n', 'interviewers:\n  - Jas|on Lee\n'));
    const edits = rename(c.lines, c.line, c.character, 'Jason Li', c.world) as TextEdit[];
    const here = apply(c.text, edits.filter((e) => e.path === PATHS.onsite));
    assert.match(here, /^ {2}- Jason Li$/m);
    assert.match(here, /to: "Jason Li", via/);
    const there = apply(PHONE, edits.filter((e) => e.path === PATHS.phone));
    assert.equal(there, PHONE.replace(/Jason Lee/g, 'Jason Li'));
    assert.deepEqual(edits.filter((e) => e.path === PATHS.globex), []);
  });

  it('a name YAML would misread is quoted', () => {
    const c = ctx(ONSITE.replace('    to: Priya Shah', '    to: Pri|ya Shah'));
    const edits = rename(c.lines, c.line, c.character, 'Priya: the lead', c.world) as TextEdit[];
    assert.ok(edits.every((e) => e.newText === '"Priya: the lead"'));
  });

  it('refused, with a clear message, on anything that is not a person', () => {
    for (const [find, marked] of [
      ['company: Acme', 'company: Ac|me'],
      ['    via: email', '    via: em|ail'],
      ['    kind: thank-you', '    ki|nd: thank-you'],
      ['## Notes', '## No|tes'],
    ]) {
      const c = ctx(ONSITE.replace(find, marked));
      assert.deepEqual(prepareRename(c.lines, c.line, c.character), { error: NOT_A_PERSON }, marked);
      assert.deepEqual(rename(c.lines, c.line, c.character, 'X', c.world), { error: NOT_A_PERSON }, marked);
    }
    const c = ctx(ONSITE.replace('    to: Priya Shah', '    to: Pri|ya Shah'));
    assert.deepEqual(rename(c.lines, c.line, c.character, ' ', c.world), { error: 'A name must be one line of text.' });
  });
});

describe('assist: definition and references', () => {
  it('from a contact\'s person to the interviewer; to another file\'s recruiter when not named here', () => {
    const c = ctx(ONSITE.replace('    to: Priya Shah', '    to: Pri|ya Shah'));
    assert.deepEqual(definition(c.lines, c.line, c.character, c.world), [{ path: PATHS.onsite, line: 6, start: 4, end: 14 }]);
    const r = ctx(ONSITE.replace('    to: Priya Shah', '    to: Rita Mor|eno'));
    assert.deepEqual(definition(r.lines, r.line, r.character, r.world), [{ path: PATHS.phone, line: 8, start: 8, end: 19 }]);
    const none = ctx(ONSITE.replace('    via: email', '    via: em|ail'));
    assert.deepEqual(definition(none.lines, none.line, none.character, none.world), []);
  });

  it('references of a person: their mentions across the company\'s files, with or without the declaration', () => {
    const c = ctx(ONSITE.replace('    to: Priya Shah', '    to: Jason L|ee'));
    const refs = references(c.lines, c.line, c.character, c.world).map((s) => `${s.path}:${s.line}:${s.start}`);
    assert.deepEqual(refs, [`${PATHS.onsite}:12:8`, `${PATHS.phone}:6:4`, `${PATHS.phone}:11:27`]);
    const contacts = references(c.lines, c.line, c.character, c.world, false).map((s) => `${s.path}:${s.line}:${s.start}`);
    assert.deepEqual(contacts, [`${PATHS.onsite}:12:8`, `${PATHS.phone}:11:27`]);
  });

  it('references of a company: its rounds', () => {
    const c = ctx(ONSITE.replace('company: Acme', 'company: Ac|me'));
    assert.deepEqual(references(c.lines, c.line, c.character, c.world), [
      { path: PATHS.onsite, line: 1, start: 9, end: 13 },
      { path: PATHS.phone, line: 1, start: 9, end: 13 },
    ]);
    assert.equal(linesOf(PHONE).line(1).slice(9, 13), 'Acme');
  });
});
