/** Completion in the front matter and the body, at every kind of cursor position, on whole and on half-typed YAML. */
import { strict as assert } from 'node:assert';
import { complete, completion, MAX_COMPANIES, type CompletionItem } from '../../src/core/assist';
import { CONTACT_KINDS, RULE_IDS, STATUSES, VIAS } from '../../src/core/types';
import { ONSITE, PATHS, cursor, journal, worldFor } from './assist-fixture';

/** Completion at the `|` of a version of the onsite file; items in the order shown. */
function at(doc: string, explicit = false): CompletionItem[] {
  const j = journal();
  const c = cursor(doc);
  const items = complete(c.lines, c.line, c.character, worldFor(j, PATHS.onsite, c.text), { explicit });
  return [...items].sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
}
const labels = (xs: CompletionItem[]) => xs.map((x) => x.label);
/** The onsite file with one line replaced (0-based) by a line holding the cursor. */
const onsite = (line: number, text: string) => ONSITE.split('\n').map((l, i) => (i === line ? text : l)).join('\n');
/** The onsite file with lines inserted before `line`. */
const insert = (line: number, ...text: string[]) => {
  const ls = ONSITE.split('\n');
  ls.splice(line, 0, ...text);
  return ls.join('\n');
};

describe('assist: completion', () => {
  describe('keys', () => {
    it('top level: the keys not yet present, each with its meaning, replacing the word typed', () => {
      const items = at(insert(15, 'st|'));
      assert.deepEqual(labels(items.filter((x) => x.kind === 'key')), ['status', 'recruiter', 'no_follow_up', 'promised', 'offer_deadline', 'ignore', 'tags']);
      const status = items.find((x) => x.label === 'status')!;
      assert.equal(status.insert, 'status: ');
      assert.match(status.detail!, /^Where the process stands/);
      assert.deepEqual([status.line, status.start, status.end], [15, 0, 2]);
      assert.ok(labels(items).includes('ij-recruiter'), 'the recruiter snippet at the top level');
    });

    it('on an empty line at column 0 after a list: top-level keys', () => {
      const items = at(insert(15, '|'));
      assert.ok(labels(items).includes('tags'));
      assert.ok(!labels(items).includes('company'));
    });

    it('a contact map (block): the keys it lacks; to and from exclude each other', () => {
      assert.deepEqual(labels(at(onsite(14, '    |'))), ['kind', 'note']);
      assert.deepEqual(labels(at(onsite(14, '    ki|nd: thank-you'))), ['kind', 'note']);
    });

    it('a contact map (flow): the keys it lacks after { and ,', () => {
      assert.deepEqual(labels(at(insert(15, '  - {|'))), ['date', 'to', 'from', 'via', 'kind', 'note']);
      assert.deepEqual(labels(at(insert(15, '  - {date: 2026-11-21, from: Priya Shah, |}'))), ['via', 'kind', 'note']);
    });

    it('an interviewer map, the recruiter, a promised map', () => {
      assert.deepEqual(labels(at(onsite(8, '    |'))), ['title', 'email', 'phone_ok', 'linkedin_ok']);
      assert.deepEqual(labels(at(insert(10, 'recruiter:', '  name: Rita Moreno', '  |'))), ['agency', 'email', 'phone']);
      assert.deepEqual(labels(at(insert(10, 'promised: {by: 2026-12-04, |}'))), ['via']);
    });
  });

  describe('values', () => {
    it('status, via, kind with their meanings; after from: the answers first', () => {
      assert.deepEqual(labels(at(insert(15, 'status: |'))), [...STATUSES]);
      assert.deepEqual(labels(at(onsite(13, '    via: |'))), [...VIAS]);
      assert.deepEqual(labels(at(onsite(14, '    kind: th|'))), [...CONTACT_KINDS]);
      const from = at(insert(15, '  - {date: 2026-11-24, from: Priya Shah, via: email, kind: |}'));
      assert.deepEqual(labels(from).slice(0, 3), ['reply', 'offer', 'rejection']);
      assert.equal(from.length, CONTACT_KINDS.length);
      const item = at(onsite(14, '    kind: th|'))[0];
      assert.deepEqual([item.start, item.end], [10, 12], 'replaces the value typed so far');
    });

    it('right after the colon (the trigger ":"), values come with their space', () => {
      assert.deepEqual(at(onsite(13, '    via:|')).map((x) => x.insert).slice(0, 2), [' email', ' phone']);
      assert.equal(at(insert(15, '  - {date: 2026-11-24, to:|'))[0].insert, ' Priya Shah');
      const between = at(onsite(12, '    to:| Priya Shah'))[0];
      assert.deepEqual([between.insert, between.start, between.end], [' Priya Shah', 7, 18], 'replaces the space and the value');
    });

    it('booleans', () => {
      assert.deepEqual(labels(at(insert(9, '    phone_ok: |'))), ['true', 'false']);
      assert.deepEqual(labels(at(insert(15, 'no_follow_up: |'))), ['true', 'false']);
    });

    it('rule ids in ignore:, block and flow, without those listed, with their summaries', () => {
      const block = at(insert(15, 'ignore:', '  - too-frequent', '  - |'));
      assert.deepEqual(labels(block), RULE_IDS.filter((x) => x !== 'too-frequent'));
      assert.match(block[0].detail!, /thank-you/);
      const flow = at(insert(15, 'ignore: [email-not-given, |]'));
      assert.equal(flow.length, RULE_IDS.length - 1);
      assert.equal(flow[0].insert, 'thank-you-overdue', 'no dash inside [...]');
    });

    it('people in to:/from:: this entry\'s interviewers first, then the company\'s other rounds, exact spelling', () => {
      const items = at(onsite(12, '    to: |'));
      assert.deepEqual(labels(items), ['Priya Shah', 'Tom Hill', 'Jason Lee', 'Rita Moreno']);
      assert.deepEqual(items.map((x) => x.sort[0]), ['0', '0', '1', '1']);
      const flow = at(insert(15, '  - {date: 2026-11-24, to: |}'));
      assert.deepEqual(labels(flow).slice(0, 2), ['Priya Shah', 'Tom Hill']);
    });

    it('people of the other rounds when the company is spelled another way ("ACME, Inc." is Acme)', () => {
      const items = at(onsite(12, '    to: |').replace('company: Acme', 'company: ACME, Inc.'));
      assert.deepEqual(labels(items), ['Priya Shah', 'Tom Hill', 'Jason Lee', 'Rita Moreno']);
    });

    it('company: the journal\'s companies; role: and round: from the company\'s earlier rounds', () => {
      assert.deepEqual(labels(at(onsite(1, 'company: |'))), ['Acme', 'Globex']);
      assert.deepEqual(labels(at(onsite(1, 'company: a|cme'))), ['Acme'], 'those that contain what is typed, any case');
      assert.deepEqual(labels(at(onsite(2, 'role: |'))), ['Platform Engineer']);
      assert.deepEqual(labels(at(onsite(3, 'round: |'))), ['phone screen']);
    });

    it('dates: now, today, the interview; decision_by two weeks after the interview first; each with its weekday', () => {
      const d = at(onsite(11, '  - date: |'));
      assert.deepEqual(labels(d), ['2026-11-23 12:00', '2026-11-23', '2026-11-20 14:00']);
      assert.deepEqual(d.map((x) => x.description), ['now, Mon 23 Nov', 'today, Mon 23 Nov', 'the interview, Fri 20 Nov']);
      const db = at(onsite(9, 'decision_by: |'));
      assert.deepEqual(labels(db), ['2026-12-04', '2026-11-23', '2026-11-20']);
      assert.equal(db[0].description, 'two weeks after the interview, Fri 4 Dec');
      assert.deepEqual(labels(at(onsite(4, 'interview: |'))), ['2026-11-23 12:00', '2026-11-23']);
    });
  });

  describe('items and snippets', () => {
    it('under contacts:, the next step as a whole contact line first, then the contact snippets', () => {
      const items = at(insert(15, '  |'));
      assert.equal(items[0].kind, 'contact');
      assert.equal(items[0].insert, '- {date: 2026-11-23 12:00, to: Tom Hill, via: email, kind: thank-you}');
      assert.equal(items[0].label, 'thank-you to Tom Hill by email');
      const snippets = items.filter((x) => x.kind === 'snippet');
      assert.deepEqual(labels(snippets), ['ij-check-in', 'ij-contact', 'ij-debrief', 'ij-informational', 'ij-reply', 'ij-thank-you', 'ij-update-request']);
      const thanks = snippets.find((x) => x.label === 'ij-thank-you')!;
      assert.match(thanks.insert, /^- date: 2026-11-23\n {2}to: \$\{1:Tom Hill\}/, 'the journal\'s clock, not the real one; the next step\'s person');
    });

    it('the contact snippets start with this entry\'s people: ij-debrief with the recruiter, names escaped for the snippet', () => {
      const items = at(insert(15, '  |').replace('decision_by:', 'recruiter:\n  name: Dan $mith\ndecision_by:'));
      assert.match(items.find((x) => x.label === 'ij-debrief')!.insert, /\n {2}to: \$\{1:Dan \\\$mith\}\n/);
    });

    it('after a dash under contacts: the line and snippets without a second dash, and the contact keys', () => {
      const items = at(insert(15, '  - |'));
      assert.equal(items[0].insert, '{date: 2026-11-23 12:00, to: Tom Hill, via: email, kind: thank-you}');
      assert.ok(items.find((x) => x.label === 'ij-thank-you')!.insert.startsWith('date: 2026-11-23\n  to:'));
      assert.ok(labels(items).includes('date'));
    });

    it('right after a typed "-" (no space yet), items start with the space', () => {
      const items = at(insert(15, '  -|'));
      assert.equal(items[0].insert, ' {date: 2026-11-23 12:00, to: Tom Hill, via: email, kind: thank-you}');
      assert.ok(items.find((x) => x.label === 'ij-thank-you')!.insert.startsWith(' date: 2026-11-23\n  to:'));
      assert.equal(items.find((x) => x.label === 'via')!.insert, ' via: ');
    });

    it('inside contacts: [] the contact line in flow form, no block snippet', () => {
      const items = at(onsite(10, 'contacts: [|]').split('\n').filter((_, i) => i < 11 || i > 14).join('\n'));
      // Without the logged contact, Priya Shah (no email given) is thanked first, by letter.
      assert.deepEqual(labels(items), ['thank-you to Priya Shah by letter']);
      assert.equal(items[0].insert, '{date: 2026-11-23 12:00, to: Priya Shah, via: letter, kind: thank-you}');
    });

    it('under interviewers:, people from other rounds and the interviewer snippet', () => {
      const items = at(insert(9, '  - |'));
      assert.deepEqual(labels(items), ['Jason Lee', 'ij-interviewer']);
    });

    it('in the body, only ij- snippets, and only when asked for or typed', () => {
      assert.deepEqual(at(ONSITE + 'Thanks |'), []);
      assert.deepEqual(labels(at(ONSITE + 'ij-ta|')), ['ij-task']);
      const task = at(ONSITE + 'ij-|')[0];
      assert.deepEqual([task.start, task.end], [0, 3]);
      assert.match(task.insert, /due:\$\{2:2026-11-23\}/);
      assert.ok(!labels(at(ONSITE + 'ij-|')).includes('ij-thank-you'), 'no contact snippet in the body');
    });

    it('ij-entry at the start of a file without front matter, with the journal\'s date as one tab stop', () => {
      const items = at('ij|');
      assert.deepEqual(labels(items), ['ij-entry', 'ij-task']);
      assert.match(items[0].insert, /^interview: \$\{3:2026-11-23 10:00\}$/m);
      assert.match(items[0].insert, /^status: \$\{5:active\}$/m);
    });
  });

  it('a journal of thousands of companies: at most MAX_COMPANIES, the list marked incomplete', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < MAX_COMPANIES + 50; i++) files[`j/c${i}.md`] = `---\ncompany: Company ${String(i).padStart(3, '0')}\nrole: R\ninterview: 2026-11-20\ninterviewers: [A B]\n---\n`;
    const c = cursor('---\ncompany: |\n---\n');
    const r = completion(c.lines, c.line, c.character, worldFor(journal(files), 'j/new.md', c.text));
    assert.equal(r.items.length, MAX_COMPANIES);
    assert.equal(r.incomplete, true);
    const typed = cursor('---\ncompany: company 12|\n---\n');
    const t = completion(typed.lines, typed.line, typed.character, worldFor(journal(files), 'j/new.md', typed.text));
    assert.deepEqual(labels(t.items), ['Company 120', 'Company 121', 'Company 122', 'Company 123', 'Company 124', 'Company 125', 'Company 126', 'Company 127', 'Company 128', 'Company 129']);
    assert.equal(t.incomplete, false);
  });

  describe('broken and half-typed YAML', () => {
    it('an unclosed flow map, an unclosed quote, a tab, a missing closing ---', () => {
      assert.deepEqual(labels(at(insert(15, '  - {date: 2026-11-24, via: |'))), [...VIAS]);
      assert.deepEqual(labels(at(insert(15, '  - {date: 2026-11-24, to: "Pri|'))).slice(0, 2), ['Priya Shah', 'Tom Hill']);
      const open = ONSITE.split('\n').slice(0, 15).join('\n') + '\n  - date: 2026-11-24\n    via: |';
      assert.deepEqual(labels(at(open)), [...VIAS]);
    });

    it('never throws, whatever the text and the position', () => {
      const j = journal();
      const texts = ['---\n', '---\n:\n- - -\n{[{[\n"\'', '---\n  - : : :\n\t\tkey:\n---', '---\ncontacts:\n  - {date: , to: , , , }]]\n'];
      for (const t of texts) {
        const lines = t.split('\n');
        for (let l = 0; l < lines.length; l++) for (let ch = 0; ch <= lines[l].length; ch++) complete({ count: lines.length, line: (i) => lines[i] ?? '' }, l, ch, worldFor(j, 'x.md', t));
      }
    });
  });
});
