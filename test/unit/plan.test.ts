/**
 * The plan: next steps and rules are two views of it, so doing what the next step says, as it
 * says (its addressee, its channel, the fitting kind, at its due moment or now when overdue),
 * never draws a diagnostic on that contact, and moves the next step on. A fast-check property
 * over generated journals, then the cases that went wrong before the plan, one test each.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { civil, dayOf, formatDate, formatTime } from '../../src/core/civil';
import type { Step } from '../../src/core/types';
import { entry, ranges, run } from './helpers';

const SEED = 20261130;

/** `2026-11-20` or `2026-11-20 14:00` for a floating moment. */
function written(t: number, timed: boolean): string {
  return timed ? `${formatDate(t)} ${formatTime(t)}` : formatDate(t);
}

const PEOPLE = ['Jason Lee', 'Maria Diaz', 'Sam Ortiz'];
const BASE = civil(2026, 11, 2);

interface Person {
  name: string;
  email: boolean;
  phoneOk: boolean;
}

interface Gen {
  day: number;
  hour: number | null;
  people: Person[];
  recruiter: boolean;
  decision: number | null;
  noFollowUp: boolean;
  promised: { days: number; hour: number | null; via: 'email' | 'phone' | 'letter' | null } | null;
  offer: boolean;
  otherOffer: number | null;
  contacts: { days: number; hour: number | null; dir: 'to' | 'from'; who: number; via: string; kind: string }[];
  thanked: boolean;
  debriefed: boolean;
  nowDays: number;
  nowHour: number;
}

const person = fc.record({ email: fc.boolean(), phoneOk: fc.boolean() });

const gen: fc.Arbitrary<Gen> = fc.record({
  day: fc.integer({ min: 0, max: 25 }),
  hour: fc.option(fc.integer({ min: 8, max: 18 }), { nil: null }),
  people: fc.array(person, { minLength: 1, maxLength: 3 }).map((ps) => ps.map((p, i) => ({ ...p, name: PEOPLE[i] }))),
  recruiter: fc.boolean(),
  decision: fc.option(fc.integer({ min: 0, max: 12 }), { nil: null }),
  noFollowUp: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  promised: fc.option(
    fc.record({ days: fc.integer({ min: 0, max: 12 }), hour: fc.option(fc.integer({ min: 9, max: 17 }), { nil: null }), via: fc.constantFrom('email' as const, 'phone' as const, 'letter' as const, null) }),
    { nil: null },
  ),
  offer: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  otherOffer: fc.option(fc.integer({ min: -5, max: 20 }), { nil: null }),
  contacts: fc.array(
    fc.record({
      days: fc.integer({ min: -3, max: 20 }),
      hour: fc.option(fc.integer({ min: 8, max: 20 }), { nil: null }),
      dir: fc.constantFrom('to' as const, 'from' as const),
      who: fc.integer({ min: 0, max: 3 }),
      via: fc.constantFrom('email', 'letter', 'phone', 'video'),
      kind: fc.constantFrom('thank-you', 'check-in', 'update-request', 'reply', 'other', 'debrief'),
    }),
    { maxLength: 4 },
  ),
  thanked: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
  debriefed: fc.boolean(),
  nowDays: fc.integer({ min: -2, max: 30 }),
  nowHour: fc.integer({ min: 0, max: 23 }),
});

interface Journal {
  files: Record<string, string>;
  lines: string[];
  now: number;
  interview: number;
}

/** The generated entry's front matter lines (contacts last), the other files, and the clock. */
function build(g: Gen): Journal {
  const interview = BASE + g.day * 1440 + (g.hour ?? 0) * 60;
  const now = BASE + (g.day + g.nowDays) * 1440 + g.nowHour * 60;
  const lines = ['company: Acme', 'role: Engineer', `interview: ${written(interview, g.hour !== null)}`, 'interviewers:'];
  for (const p of g.people) {
    lines.push(`  - name: ${p.name}`);
    if (p.email) lines.push(`    email: ${p.name.split(' ')[0].toLowerCase()}@acme.example`);
    if (p.phoneOk) lines.push('    phone_ok: true');
  }
  if (g.recruiter) lines.push('recruiter: {name: Dana Reyes, agency: Talent Co}');
  if (g.decision !== null) lines.push(`decision_by: ${formatDate(interview + g.decision * 1440)}`);
  if (g.noFollowUp) lines.push('no_follow_up: true');
  if (g.offer) lines.push('status: offer', `offer_deadline: ${formatDate(interview + 10 * 1440)}`);
  if (g.promised) {
    const by = written(BASE + (g.day + g.promised.days) * 1440 + (g.promised.hour ?? 0) * 60, g.promised.hour !== null);
    lines.push(g.promised.via ? `promised: {by: ${by}, via: ${g.promised.via}}` : `promised: ${by}`);
  }
  const contacts = g.contacts
    .map((c) => ({ ...c, t: BASE + (g.day + c.days) * 1440 + (c.hour ?? 0) * 60 }))
    .filter((c) => c.t < now && (c.who < g.people.length || (g.recruiter && c.who === 3)));
  // Most journals thanked everyone (and debriefed) in time, so the later duties come up too.
  const after = interview + (g.hour === null ? 18 * 60 : 120);
  if (g.thanked && after < now) g.people.forEach((p, i) => contacts.push({ days: 0, hour: 1, dir: 'to', who: i, via: p.email ? 'email' : 'letter', kind: 'thank-you', t: after }));
  if (g.recruiter && g.debriefed && after + 60 < now) contacts.push({ days: 0, hour: 1, dir: 'to', who: 3, via: 'email', kind: 'debrief', t: after + 60 });
  lines.push('contacts:');
  for (const c of contacts) {
    lines.push(`  - {date: ${written(c.t, c.hour !== null)}, ${c.dir}: ${c.who === 3 ? 'Dana Reyes' : PEOPLE[c.who]}, via: ${c.via}, kind: ${c.kind}}`);
  }
  const files: Record<string, string> = {};
  if (g.otherOffer !== null) {
    const offerDay = formatDate(BASE + (g.day + g.otherOffer) * 1440);
    files['journal/globex.md'] = entry(['company: Globex Inc.', 'role: SRE', 'interview: 2026-10-01', 'status: offer', 'interviewers: [Ann Wu]', 'contacts:', `  - {date: ${offerDay}, from: Ann Wu, via: email, kind: offer}`]);
  }
  return { files, lines, now, interview };
}

function clock(t: number): string {
  return `${formatDate(t)}T${formatTime(t)}`;
}

const MESSAGES = new Set<Step['kind']>(['thank-you', 'debrief', 'answer-offer', 'other-offer', 'promised', 'check-in']);

/** The journal after doing `step` as written, and the clock it was done at. */
function perform(j: Journal, step: Step): { text: string; lines: string[]; now: number; line: number } | undefined {
  if (!MESSAGES.has(step.kind) || !step.person || !step.via || !step.contactKind || !step.due) return undefined;
  let at: string;
  let now: number;
  if (step.urgency === 'overdue') {
    at = written(j.now, true);
    now = j.now;
  } else if (step.due.timed) {
    now = Math.max(j.now, step.due.t);
    at = written(now, true);
  } else {
    now = Math.max(j.now, step.due.t + 12 * 60);
    at = formatDate(now);
  }
  const lines = [...j.lines, `  - {date: ${at}, to: ${step.person}, via: ${step.via}, kind: ${step.contactKind}}`];
  return { text: entry(lines), lines, now, line: lines.length + 1 };
}

describe('plan: doing the next step as written', function () {
  this.timeout(120_000);

  it('never draws a diagnostic on that contact, and moves the next step on (generated journals)', () => {
    let performed = 0;
    const kinds = new Set<string>();
    fc.assert(
      fc.property(gen, (g) => {
        const j = build(g);
        // Up to four steps in a row, each done as written from where the last one left off.
        for (let n = 0; n < 4; n++) {
          const before = run({ ...j.files, 'journal/acme.md': entry(j.lines) }, { now: clock(j.now) })['journal/acme.md'];
          const step = before.next!;
          const done = perform(j, step);
          if (!done) return;
          performed++;
          kinds.add(step.kind);
          const after = run({ ...j.files, 'journal/acme.md': done.text }, { now: clock(done.now) })['journal/acme.md'];
          const onIt = after.diagnostics.filter((d) => d.range.start.line + 1 === done.line);
          assert.deepEqual(ranges(onIt).map((r, i) => `${r}: ${onIt[i].message}`), [], `${step.text} (${step.urgency}) at ${clock(done.now)}\n${done.text}`);
          // Answering an offer is done by changing its status (accepted, declined): the reply itself does not move the step.
          if (step.kind === 'answer-offer') return;
          const next = after.next!;
          const same = next.kind === step.kind && next.person === step.person && (next.due?.t ?? null) === (step.due?.t ?? null) && next.via === step.via;
          assert.ok(!same, `the next step did not move on after "${step.text}":\n${done.text}`);
          j.lines = done.lines;
          j.now = done.now;
        }
      }),
      { seed: Number(process.env.PLAN_SEED ?? SEED), numRuns: Number(process.env.PLAN_RUNS ?? 600), endOnFailure: true },
    );
    assert.ok(performed > 600, `only ${performed} steps were messages done as written`);
    assert.deepEqual([...kinds].sort(), ['answer-offer', 'check-in', 'debrief', 'other-offer', 'promised', 'thank-you'], 'every kind of message step was done');
  });
});

/** A timed interview on Fri 20 Nov 2026 14:00 at Acme with Jason Lee (no email). */
function acme(lines: string[]): string {
  const has = (k: string) => lines.some((l) => l.startsWith(`${k}:`));
  return entry([
    'company: Acme',
    'role: Engineer',
    ...(has('interview') ? [] : ['interview: 2026-11-20 14:00']),
    ...(has('interviewers') ? [] : ['interviewers:', '  - Jason Lee']),
    ...lines,
  ]);
}

const THANKED = ['contacts:', '  - {date: 2026-11-20 18:00, to: Jason Lee, via: letter, kind: thank-you}'];
const GLOBEX = entry(['company: Globex', 'role: SRE', 'interview: 2026-11-10', 'status: offer', 'interviewers: [Ann Wu]', 'contacts:', '  - {date: 2026-11-25, from: Ann Wu, via: email, kind: offer}']);

/** Diagnostics as "line rule", leaving out decision-date-missing (these entries have no decision date on purpose). */
function rules(text: string, now: string, others: Record<string, string> = {}): string[] {
  const r = run({ 'journal/acme.md': text, ...others }, { now })['journal/acme.md'];
  return r.diagnostics.filter((d) => d.rule !== 'decision-date-missing').map((d) => `${d.range.start.line + 1} ${d.rule}`);
}

function nextOf(text: string, now: string, others: Record<string, string> = {}): Step {
  return run({ 'journal/acme.md': text, ...others }, { now })['journal/acme.md'].next!;
}

describe('plan: the cases that contradicted themselves', () => {
  it('a promise by phone: the step names the person and the phone, and the call draws nothing', () => {
    const text = acme(['promised: {by: 2026-11-25, via: phone}', ...THANKED]);
    const s = nextOf(text, '2026-11-24T10:00');
    assert.deepEqual([s.text, s.person, s.via, s.contactKind], ['Follow up with Jason Lee by phone as promised', 'Jason Lee', 'phone', 'check-in']);
    // kept a day before its date: a promise is "by" a date
    assert.deepEqual(rules(acme(['promised: {by: 2026-11-25, via: phone}', ...THANKED, '  - {date: 2026-11-24 10:00, to: Jason Lee, via: phone, kind: check-in}']), '2026-11-24T10:00'), []);
  });

  it('telling them about another offer is never too early, and the check-in after it keeps its date', () => {
    const told = acme([...THANKED, '  - {date: 2026-11-26 10:00, to: Jason Lee, via: letter, kind: update-request}']);
    assert.deepEqual(rules(told, '2026-11-26T10:00', { 'journal/globex.md': GLOBEX }), []);
    const s = nextOf(told, '2026-11-26T10:00', { 'journal/globex.md': GLOBEX });
    assert.deepEqual([s.kind, s.due && formatDate(s.due.t), s.urgency], ['check-in', '2026-12-04', 'waiting']);
  });

  it('no_follow_up with a recruiter: the debrief is no error, and the promise is waived, not overdue', () => {
    const text = acme(['recruiter: Dana Reyes', 'no_follow_up: true', 'promised: 2026-11-23', ...THANKED, '  - {date: 2026-11-23 10:00, to: Dana Reyes, via: phone, kind: debrief}']);
    assert.deepEqual(rules(text, '2026-11-25T10:00'), []);
    assert.equal(nextOf(text, '2026-11-25T10:00').text, 'Wait: they asked you not to follow up');
  });

  it('with a recruiter, the news of another offer goes to the recruiter', () => {
    const text = acme(['recruiter: Dana Reyes', ...THANKED, '  - {date: 2026-11-21 10:00, to: Dana Reyes, via: phone, kind: debrief}']);
    const s = nextOf(text, '2026-11-26T10:00', { 'journal/globex.md': GLOBEX });
    assert.deepEqual([s.text, s.person, s.via], ['Tell Acme about your other offer and ask for an update: email Dana Reyes (the recruiter)', 'Dana Reyes', 'email']);
  });

  it('a thank-you or check-in to someone who gave no address is a letter; with an address, an email', () => {
    assert.equal(nextOf(acme([]), '2026-11-20T15:00').text, 'Send a thank-you letter to Jason Lee');
    const withEmail = acme(['interviewers:', '  - {name: Jason Lee, email: jason@acme.example}']);
    assert.equal(nextOf(withEmail, '2026-11-20T15:00').text, 'Send a thank-you email to Jason Lee');
    assert.equal(nextOf(acme(THANKED), '2026-12-05T10:00').text, 'Check in with Jason Lee by letter');
  });

  it('the check-in is spaced from your other messages to the same party', () => {
    const text = acme([...THANKED, '  - {date: 2026-12-03, to: Jason Lee, via: letter, kind: informational}']);
    const s = nextOf(text, '2026-12-04T10:00');
    assert.deepEqual([s.kind, s.due && formatDate(s.due.t), s.urgency], ['check-in', '2026-12-05', 'waiting']);
  });

  it('the recruiter is a party of their own: a debrief does not make the next message too frequent', () => {
    const text = acme(['recruiter: Dana Reyes', 'promised: 2026-11-23', ...THANKED, '  - {date: 2026-11-22, to: Dana Reyes, via: email, kind: debrief}', '  - {date: 2026-11-23, to: Dana Reyes, via: email, kind: check-in}']);
    assert.deepEqual(rules(text, '2026-11-23T12:00'), []);
  });

  it('a reply to their message is an answer whatever the gap, even with no_follow_up', () => {
    const text = acme(['no_follow_up: true', ...THANKED, '  - {date: 2026-11-24, from: Jason Lee, via: letter, kind: other}', '  - {date: 2026-11-29, to: Jason Lee, via: letter, kind: reply}']);
    assert.deepEqual(rules(text, '2026-11-30T10:00'), []);
  });

  it('answering an offer is never following up: with no_follow_up it stays the step, and the answer draws nothing', () => {
    const text = acme(['status: offer', 'no_follow_up: true', ...THANKED]);
    assert.equal(nextOf(text, '2026-11-27T10:00').text, 'Answer the offer: write to Jason Lee');
    assert.deepEqual(rules(acme(['status: offer', 'no_follow_up: true', ...THANKED, '  - {date: 2026-11-27, to: Jason Lee, via: letter, kind: reply}']), '2026-11-27T12:00'), []);
  });

  it('a recruiter call before a timed interview is not the debrief; a thank-you before it is not the thank-you', () => {
    const text = acme(['recruiter: Dana Reyes', 'contacts:', '  - {date: 2026-11-20 09:00, from: Dana Reyes, via: phone, kind: other}', '  - {date: 2026-11-20 10:00, to: Jason Lee, via: letter, kind: thank-you}']);
    assert.deepEqual(rules(text, '2026-11-23T10:00'), ['6 thank-you-overdue', '7 recruiter-debrief']);
  });

  it('a date-only reply on the day of a timed check-in answers it', () => {
    const text = acme([...THANKED, '  - {date: 2026-12-04 10:00, to: Jason Lee, via: letter, kind: check-in}', '  - {date: 2026-12-04, from: Jason Lee, via: email, kind: reply}']);
    const s = nextOf(text, '2026-12-05T10:00');
    assert.equal(formatDate(s.due!.t), '2026-12-18', 'the next check-in counts from their answer');
  });

  it('a timed promise and the date-only thank-you flip with the step, at the same instant', () => {
    const promised = acme(['promised: 2026-11-25 12:00', ...THANKED]);
    assert.equal(nextOf(promised, '2026-11-25T12:00').urgency, 'today');
    assert.deepEqual(rules(promised, '2026-11-25T12:00'), []);
    assert.equal(nextOf(promised, '2026-11-25T12:01').urgency, 'overdue');
    assert.deepEqual(rules(promised, '2026-11-25T12:01'), ['7 promise-overdue']);
    const dateOnly = acme(['interview: 2026-11-20']);
    assert.equal(nextOf(dateOnly, '2026-11-21T23:59').urgency, 'today');
    assert.deepEqual(rules(dateOnly, '2026-11-21T23:59'), []);
    assert.equal(nextOf(dateOnly, '2026-11-22T00:00').urgency, 'overdue');
    assert.deepEqual(rules(dateOnly, '2026-11-22T00:00'), ['5 thank-you-overdue']);
  });

  it('a decision_by before the interview is a warning, and the check-in is not planned on it', () => {
    const text = acme(['decision_by: 2026-11-10', ...THANKED]);
    const d = run({ 'journal/acme.md': text }, { now: '2026-11-25T10:00' })['journal/acme.md'].diagnostics.filter((x) => x.rule === 'invalid-date');
    assert.deepEqual(ranges(d), ['7:14-7:24 invalid-date']);
    assert.equal(d[0].severity, 'warning');
    assert.equal(formatDate(nextOf(text, '2026-11-25T10:00').due!.t), '2026-12-04');
  });

  it('a new entry whose interview is over and that names nobody yet: add the interviewers and thank them', () => {
    const text = entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-20 14:00']);
    const s = nextOf(text, '2026-11-20T16:00');
    assert.deepEqual([s.kind, s.text, s.due && written(s.due.t, s.due.timed)], ['thank-you', 'Add the interviewers and thank them', '2026-11-21 14:00']);
  });

  it('step texts never repeat the due date the surfaces print beside them', () => {
    const s = nextOf(acme(THANKED), '2026-11-25T10:00');
    assert.equal(s.text, 'Wait for their decision, then check in with Jason Lee by letter');
    assert.equal(formatDate(s.due!.t), '2026-12-04');
    assert.equal(dayOf(s.due!.t) > 0, true);
  });
});

describe('reading the entry as written', () => {
  const NOW = '2026-11-23T10:00';
  const diags = (text: string, others: Record<string, string> = {}) =>
    run({ 'journal/acme.md': text, ...others }, { now: NOW })['journal/acme.md'].diagnostics.map((d) => `${ranges([d])[0]}: ${d.message}`);

  it('an empty list item is reported on its own line and moves no other item', () => {
    const text = entry([
      'company: Acme', //                                                                   2
      'role: Engineer', //                                                                  3
      'interview: 2026-11-20 14:00', //                                                     4
      'decision_by: 2026-11-27', //                                                         5
      'interviewers:', //                                                                   6
      '  - Jason Lee', //                                                                   7
      '  -', //                                                                             8
      '  - Maria Diaz', //                                                                  9
      'contacts:', //                                                                       10
      '  -', //                                                                             11
      '  - {date: 2026-11-20 18:00, to: Jason Lee, via: letter, kind: thank-you}', //       12
      '  - {date: 2026-11-20 19:00, to: Maria Diaz, via: letter, kind: thank-you}', //      13
    ]);
    assert.deepEqual(diags(text), [
      '8:3-8:4 invalid-value: An interviewer with no name: write the name or remove the line.',
      '11:3-11:4 invalid-value: Contact 1 is empty: write its date, to or from, via and kind, or remove the line.',
    ]);
    const r = run({ 'journal/acme.md': text }, { now: NOW })['journal/acme.md'];
    assert.deepEqual(r.entry.interviewers.map((p) => p.name), ['Jason Lee', 'Maria Diaz']);
    assert.equal(r.entry.contacts.length, 2);
  });

  it('`interviewers: Jason Lee` is a list of one', () => {
    const text = entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-20 14:00', 'decision_by: 2026-11-27', 'interviewers: Jason Lee']);
    assert.deepEqual(diags(text), ['6:15-6:24 thank-you-overdue: No thank-you to Jason Lee yet: it was due by Sat 21 Nov 2026 14:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.']);
  });

  it('"Acme", "Acme Inc." and "ACME, Inc." are one company (spacing across their files)', () => {
    const round = (company: string, day: string) =>
      entry([`company: ${company}`, 'role: Engineer', 'interview: 2026-11-02', 'decision_by: 2026-11-05', 'interviewers: [Jason Lee]', 'contacts:', `  - {date: ${day}, to: Jason Lee, via: letter, kind: check-in}`]);
    const r = run({ 'journal/a.md': round('Acme', '2026-11-10'), 'journal/b.md': round('Acme Inc.', '2026-11-11'), 'journal/c.md': round('ACME, Inc.', '2026-11-14') }, { now: NOW });
    const spacing = (p: string) => r[p].diagnostics.filter((d) => d.rule === 'too-frequent').map((d) => d.message.replace(/:.*/, ''));
    assert.deepEqual(spacing('journal/b.md'), ['Check-in letter to Jason Lee on Wed 11 Nov 2026 came 1 day after your check-in letter to Jason Lee on Tue 10 Nov 2026 (in a.md)']);
    assert.deepEqual(spacing('journal/c.md'), []);
    assert.equal(r['journal/a.md'].entry.companyKey, r['journal/c.md'].entry.companyKey);
  });

  it('O’Neil and O\'Neil are one person', () => {
    const text = entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-20 14:00', 'decision_by: 2026-11-27', 'interviewers: [Jason O’Neil]', 'contacts:', "  - {date: 2026-11-20 18:00, to: Jason O'Neil, via: letter, kind: thank-you}"]);
    assert.deepEqual(diags(text), []);
  });

  it('a front matter of journal keys with a misspelled company is an entry with a problem, not a note', () => {
    const text = entry(['compnay: Acme', 'role: Engineer', 'interview: 2026-11-20 14:00', 'interviewers: [Jason Lee]']);
    const r = run({ 'journal/acme.md': text }, { now: NOW })['journal/acme.md'];
    assert.equal(r.entry.isEntry, true);
    assert.deepEqual(ranges(r.diagnostics.filter((d) => d.rule === 'unknown-field')), ['2:1-2:8 unknown-field']);
    assert.match(r.diagnostics.find((d) => d.rule === 'unknown-field')!.message, /did you mean `company`\?/);
    assert.equal(r.next!.kind, 'fix');
    // a note with a company-ish key and nothing else of a journal is still no entry
    assert.equal(run({ 'notes/x.md': entry(['compnay: Acme', 'tags: [x]']) }, { now: NOW })['notes/x.md'].entry.isEntry, false);
  });

  it('did you mean: true edit distance first, never a key already there, and values by their usual names', () => {
    const typo = entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-20 14:00', 'decision_by: 2026-11-27', 'interviewrs: [Jason Lee]']);
    const fix = run({ 'journal/acme.md': typo }, { now: NOW })['journal/acme.md'].diagnostics.find((d) => d.rule === 'unknown-field')!;
    assert.deepEqual(fix.fix, { kind: 'rename-key', from: 'interviewrs', to: 'interviewers' });
    const both = entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-20 14:00', 'interviewers: [Jason Lee]', 'interviewrs: [Maria Diaz]']);
    const d = run({ 'journal/acme.md': both }, { now: NOW })['journal/acme.md'].diagnostics.find((x) => x.rule === 'unknown-field')!;
    assert.equal(d.fix, undefined, 'renaming to interviewers would make a duplicate key');
    const values = entry([
      'company: Acme',
      'role: Engineer',
      'interview: 2026-11-20 14:00',
      'interviewers: [Jason Lee]',
      'contacts:',
      '  - {date: 2026-11-20 18:00, to: Jason Lee, via: call, kind: thanks}',
      '  - {date: 2026-11-22, to: Jason Lee, via: sms, kind: follow-up}',
    ]);
    const hints = run({ 'journal/acme.md': values }, { now: NOW })['journal/acme.md'].diagnostics.filter((x) => x.rule === 'invalid-value').map((x) => /did you mean `([^`]+)`/.exec(x.message)?.[1]);
    assert.deepEqual(hints, ['phone', 'thank-you', 'text', 'check-in']);
  });

  it('words in an HTML comment are notes to self, not draft words', () => {
    const note = Array.from({ length: 200 }, (_, i) => `note${i}`).join(' ');
    const text = entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-20 14:00', 'decision_by: 2026-11-27', 'interviewers: [Jason Lee]'], `## Draft: thank-you to Jason\n\nThank you for the talk.\n\n<!-- ${note} -->\n`);
    const r = run({ 'journal/acme.md': text }, { now: NOW })['journal/acme.md'];
    assert.equal(r.entry.drafts[0].words, 5);
  });
});

describe('draft placeholders', () => {
  it('"[Your Name]" and "<my name>" are your own name, not the interviewer\'s', () => {
    const text = entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-20 14:00', 'decision_by: 2026-11-27', 'interviewers: [Jason Lee]'], '## Draft: thank-you to Jason\n\nDear [Interviewer Name], thank you.\n\n[Your Name]\n<my name>\n');
    const msgs = run({ 'journal/acme.md': text }, { now: '2026-11-20T15:00' })['journal/acme.md'].diagnostics.filter((d) => d.rule === 'draft-placeholder').map((d) => d.message.replace(/ in draft.*? with /, ' -> '));
    assert.deepEqual(msgs, [
      'Replace "[Interviewer Name]" -> the interviewer\'s name (Jason Lee) before sending.',
      'Replace "[Your Name]" -> your own name before sending.',
      'Replace "<my name>" -> your own name before sending.',
    ]);
  });
});

describe('the body, read with CommonMark\'s meaning', () => {
  const read = (body: string) => {
    const r = run({ 'journal/acme.md': entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-20 14:00', 'decision_by: 2026-11-27', 'interviewers: [Jason Lee]'], body) }, { now: '2026-11-20T15:00' })['journal/acme.md'];
    return { drafts: r.entry.drafts.map((d) => [d.title, d.words]), tasks: r.entry.tasks.map((t) => t.text) };
  };

  it('nothing inside an HTML comment, an HTML block or indented code is a task or a draft', () => {
    assert.deepEqual(read('Notes.\n\n<!--\n## Draft: old\n- [ ] hidden\n-->\n\n<div>\n- [ ] in html\n</div>\n\nText.\n\n    - [ ] code\n    ## Draft: code\n'), { drafts: [], tasks: [] });
  });

  it('a setext heading ends a draft', () => {
    assert.deepEqual(read('## Draft: thanks\n\nThank you Jason.\n\nNext steps\n----------\n\nMany more words here that are not the draft.\n').drafts, [['Draft: thanks', 3]]);
  });

  it('`## **Draft** to Jason` is a draft whatever else the body holds', () => {
    assert.deepEqual(read('## **Draft** to Jason\n\nThank you.\n').drafts, [['Draft to Jason', 2]]);
  });

  it('a "Drafts" section with one sub-heading per message checks each message', () => {
    assert.deepEqual(read('## Drafts\n\n### To Jason\n\nThank you Jason.\n\n### To Maria\n\nThank you Maria, truly.\n\n## Notes\n\nOther.\n').drafts, [
      ['To Jason', 3],
      ['To Maria', 4],
    ]);
  });
});

describe('plan: answers and promises are never spacing violations', () => {
  it('a reply answering an offer the day after another message is not too frequent', () => {
    const text = acme(['status: offer', ...THANKED, '  - {date: 2026-11-26, to: Jason Lee, via: letter, kind: other}', '  - {date: 2026-11-27, to: Jason Lee, via: letter, kind: reply}']);
    assert.deepEqual(rules(text, '2026-11-27T12:00'), []);
  });

  it('keeping a promise on its date is not too frequent, even the day after another message', () => {
    const text = acme(['promised: 2026-11-21', 'contacts:', '  - {date: 2026-11-20 09:00, to: Jason Lee, via: letter, kind: update-request}', '  - {date: 2026-11-20 18:00, to: Jason Lee, via: letter, kind: thank-you}', '  - {date: 2026-11-21, to: Jason Lee, via: letter, kind: check-in}']);
    assert.deepEqual(rules(text, '2026-11-21T12:00'), []);
    // once kept, the next message is spaced as usual
    const again = acme(['promised: 2026-11-21', 'contacts:', '  - {date: 2026-11-20 18:00, to: Jason Lee, via: letter, kind: thank-you}', '  - {date: 2026-11-21, to: Jason Lee, via: letter, kind: check-in}', '  - {date: 2026-11-22, to: Jason Lee, via: letter, kind: other}']);
    assert.deepEqual(rules(again, '2026-11-22T12:00'), ['11 too-frequent']);
  });
});
