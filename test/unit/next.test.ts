import { strict as assert } from 'node:assert';
import { civil, formatDate } from '../../src/core/civil';
import { compareSteps, URGENCY_ORDER, urgencyOf } from '../../src/core/next';
import type { Step } from '../../src/core/types';
import { entry, run, type RunOptions } from './helpers';

/** A step as [text, due YYYY-MM-DD or null, urgency]. */
type Brief = [string, string | null, string];

function brief(s: Step): Brief {
  return [s.text, s.due ? formatDate(s.due.t) : null, s.urgency];
}

const ACME = ['company: Acme', 'role: Backend Engineer'];
const JASON = ['interviewers:', '  - Jason Lee'];
const THANKED = ['contacts:', '  - {date: 2026-11-20 18:00, to: Jason Lee, via: email, kind: thank-you}'];
const RECRUITER = ['recruiter: {name: Dana Reyes, agency: Talent Co}'];

/** An Acme entry: interview Fri 2026-11-20 14:00 with Jason Lee unless lines override it. */
function acme(lines: string[], body = ''): string {
  const hasInterview = lines.some((l) => l.startsWith('interview:'));
  const hasPeople = lines.some((l) => l.startsWith('interviewers:'));
  return entry([...ACME, ...(hasInterview ? [] : ['interview: 2026-11-20 14:00']), ...(hasPeople ? [] : JASON), ...lines], body);
}

function steps(text: string, opts: RunOptions, others: Record<string, string> = {}): Step[] {
  return run({ 'journal/acme.md': text, ...others }, opts)['journal/acme.md'].steps;
}

function next(text: string, opts: RunOptions, others: Record<string, string> = {}): Brief {
  const r = run({ 'journal/acme.md': text, ...others }, opts)['journal/acme.md'];
  assert.ok(r.next, 'an entry always has a next step');
  assert.deepEqual(r.next, r.steps[0]);
  return brief(r.next);
}

const GLOBEX_OFFER = entry(['company: Globex', 'role: SRE', 'interview: 2026-11-10', 'status: offer', 'interviewers: [Ann Wu]', 'contacts:', '  - {date: 2026-11-20, to: Ann Wu, via: email, kind: thank-you}', '  - {date: 2026-11-25, from: Ann Wu, via: email, kind: offer}']);

describe('next step: the order of docs/next-steps.md (first match wins)', () => {
  const cases: { item: string; lines: string[]; now: string; expect: Brief; others?: Record<string, string> }[] = [
    { item: '1 closed', lines: ['status: rejected'], now: '2026-11-21T10:00', expect: ['Closed (rejected)', null, 'done'] },
    { item: '1 closed (withdrawn) even with a thank-you owed', lines: ['status: withdrawn'], now: '2026-11-25T10:00', expect: ['Closed (withdrawn)', null, 'done'] },
    { item: '2 prepare, days ahead', lines: [], now: '2026-11-18T09:00', expect: ['Prepare for the interview; ask about next steps and their timeframe', '2026-11-20', 'soon'] },
    { item: '2 prepare, a week ahead', lines: [], now: '2026-11-13T09:00', expect: ['Prepare for the interview; ask about next steps and their timeframe', '2026-11-20', 'later'] },
    { item: '2 prepare, a minute before', lines: [], now: '2026-11-20T13:59', expect: ['Prepare for the interview; ask about next steps and their timeframe', '2026-11-20', 'today'] },
    { item: '3 thank-you', lines: [], now: '2026-11-20T14:00', expect: ['Send a thank-you letter to Jason Lee', '2026-11-21', 'soon'] },
    { item: '4 debrief', lines: [...RECRUITER, ...THANKED], now: '2026-11-21T10:00', expect: ['Debrief with Dana Reyes by email', '2026-11-21', 'today'] },
    { item: '5 asked not to follow up', lines: ['no_follow_up: true', ...THANKED], now: '2026-11-23T10:00', expect: ['Wait: they asked you not to follow up', null, 'waiting'] },
    { item: '6 answer the offer', lines: ['status: offer', 'offer_deadline: 2026-12-01', ...THANKED], now: '2026-11-28T10:00', expect: ['Answer the offer: write to Jason Lee', '2026-12-01', 'soon'] },
    { item: '6 answer the offer, no deadline', lines: ['status: offer', ...THANKED], now: '2026-11-28T10:00', expect: ['Answer the offer: write to Jason Lee', null, 'later'] },
    {
      item: '7 another offer',
      lines: THANKED,
      now: '2026-11-26T10:00',
      others: { 'journal/globex.md': GLOBEX_OFFER },
      expect: ['Tell Acme about your other offer and ask for an update: write to Jason Lee', '2026-11-26', 'today'],
    },
    {
      item: '8 move on',
      lines: [...THANKED, '  - {date: 2026-12-04, to: Jason Lee, via: email, kind: check-in}', '  - {date: 2026-12-07, to: Jason Lee, via: email, kind: check-in}'],
      now: '2026-12-15T10:00',
      expect: ['Move on: no more follow-ups to Acme', null, 'waiting'],
    },
    { item: '9 promised', lines: ['promised: {by: 2026-11-27, via: phone}', ...THANKED], now: '2026-11-27T10:00', expect: ['Follow up with Jason Lee by phone as promised', '2026-11-27', 'today'] },
    { item: '9 promised, no via: email', lines: ['promised: 2026-11-27', ...THANKED], now: '2026-11-28T10:00', expect: ['Follow up with Jason Lee by letter as promised', '2026-11-27', 'overdue'] },
    { item: '10 check-in, before its date', lines: ['decision_by: 2026-11-30', ...THANKED], now: '2026-11-25T10:00', expect: ['Wait for their decision, then check in with Jason Lee by letter', '2026-12-03', 'waiting'] },
    { item: '10 check-in, on its date', lines: ['decision_by: 2026-11-30', ...THANKED], now: '2026-12-03T08:00', expect: ['Check in with Jason Lee by letter', '2026-12-03', 'today'] },
    { item: '10 check-in, past its date', lines: ['decision_by: 2026-11-30', ...THANKED], now: '2026-12-04T00:00', expect: ['Check in with Jason Lee by letter', '2026-12-03', 'overdue'] },
    {
      item: '10 check-in by phone when invited',
      lines: ['interviewers:', '  - {name: Jason Lee, phone_ok: true}', 'decision_by: 2026-11-30', ...THANKED],
      now: '2026-12-03T08:00',
      expect: ['Check in with Jason Lee by phone', '2026-12-03', 'today'],
    },
    {
      item: '10 check-in with the recruiter, interview + recruiterSilenceDays',
      lines: [...RECRUITER, ...THANKED, '  - {date: 2026-11-20 17:00, to: Dana Reyes, via: phone, kind: debrief}'],
      now: '2026-11-24T10:00',
      expect: ['Check in with Dana Reyes by email', '2026-11-24', 'today'],
    },
    { item: '10 check-in without decision_by: interview + 14 days', lines: THANKED, now: '2026-11-21T10:00', expect: ['Wait for their decision, then check in with Jason Lee by letter', '2026-12-04', 'waiting'] },
    {
      item: '10 after an unanswered check-in: minDaysBetweenContacts later',
      lines: [...THANKED, '  - {date: 2026-12-04, to: Jason Lee, via: email, kind: check-in}'],
      now: '2026-12-05T10:00',
      expect: ['Wait for their decision, then check in with Jason Lee by letter', '2026-12-06', 'waiting'],
    },
  ];
  for (const c of cases) {
    it(c.item, () => {
      assert.deepEqual(next(acme(c.lines), { now: c.now }, c.others), c.expect);
    });
  }

  it('an earlier item wins over a later one', () => {
    // the offer (5) beats no_follow_up (6): answering an offer is never following up
    assert.deepEqual(next(acme(['no_follow_up: true', 'status: offer', 'promised: 2026-11-27', ...THANKED]), { now: '2026-11-27T10:00' })[0], 'Answer the offer: write to Jason Lee');
    // no_follow_up (6) beats the promise (9)
    assert.deepEqual(next(acme(['no_follow_up: true', 'promised: 2026-11-27', ...THANKED]), { now: '2026-11-27T10:00' })[0], 'Wait: they asked you not to follow up');
    // thank-you (3) beats debrief (4) and no_follow_up (5)
    assert.deepEqual(next(acme([...RECRUITER, 'no_follow_up: true']), { now: '2026-11-21T10:00' })[0], 'Send a thank-you letter to Jason Lee');
    // the offer (6) beats another offer (7): an entry with an offer is not told about others
    const offerHere = acme(['status: offer', 'offer_deadline: 2026-12-01', ...THANKED]);
    assert.deepEqual(next(offerHere, { now: '2026-11-26T10:00' }, { 'journal/globex.md': GLOBEX_OFFER })[0], 'Answer the offer: write to Jason Lee');
    // move on (8) beats the promise (9): the promise was broken by silence, no more follow-ups
    const moved = acme(['promised: 2026-12-20', ...THANKED, '  - {date: 2026-12-04, to: Jason Lee, via: email, kind: check-in}', '  - {date: 2026-12-07, to: Jason Lee, via: email, kind: check-in}']);
    assert.deepEqual(next(moved, { now: '2026-12-15T10:00' })[0], 'Move on: no more follow-ups to Acme');
  });

  it('a closed entry is done whatever else is pending, and lists nothing else', () => {
    const s = steps(acme(['status: accepted', 'no_follow_up: true'], '- [ ] Sign the contract due:2026-11-21\n'), { now: '2026-11-25T10:00' });
    assert.deepEqual(s.map(brief), [['Closed (accepted)', null, 'done']]);
    assert.equal(s[0].kind, 'closed');
  });

  it('one thank-you step per unthanked interviewer, in the listed order, none optional', () => {
    const text = acme(['interviewers:', '  - Jason Lee', '  - {name: Maria Chen, title: CTO}', '  - Sam Ortiz', 'contacts:', '  - {date: 2026-11-20 18:00, to: Maria Chen, via: email, kind: thank-you}']);
    const s = steps(text, { now: '2026-11-21T09:00' });
    assert.deepEqual(
      s.filter((x) => x.kind === 'thank-you').map((x) => [x.text, x.person, x.optional]),
      [
        ['Send a thank-you letter to Jason Lee', 'Jason Lee', undefined],
        ['Send a thank-you letter to Sam Ortiz', 'Sam Ortiz', undefined],
      ],
    );
    assert.deepEqual(s.slice(0, 2).map((x) => x.kind), ['thank-you', 'thank-you']);
  });

  it('a late thank-you counts; one from before the interview day does not; a thank-you by email address counts', () => {
    const late = acme(['contacts:', '  - {date: 2026-11-24, to: Jason Lee, via: email, kind: thank-you}']);
    assert.notEqual(next(late, { now: '2026-11-25T10:00' })[2], 'overdue');
    assert.equal(steps(late, { now: '2026-11-25T10:00' })[0].kind, 'check-in');
    const earlier = acme(['contacts:', '  - {date: 2026-11-10, to: Jason Lee, via: email, kind: thank-you}']);
    assert.deepEqual(next(earlier, { now: '2026-11-25T10:00' }), ['Send a thank-you letter to Jason Lee', '2026-11-21', 'overdue']);
    const byAddress = acme(['interviewers:', '  - {name: Jason Lee, email: jason@acme.example}', 'contacts:', '  - {date: 2026-11-20 18:00, to: jason@acme.example, via: email, kind: thank-you}']);
    assert.equal(steps(byAddress, { now: '2026-11-21T10:00' })[0].kind, 'check-in');
  });

  it('the debrief counts a contact either way with the recruiter on or after the interview day', () => {
    const theyCalled = acme([...RECRUITER, ...THANKED, '  - {date: 2026-11-21, from: Dana Reyes, via: phone, kind: reply}']);
    assert.equal(steps(theyCalled, { now: '2026-11-21T10:00' })[0].kind, 'check-in');
    const before = acme([...RECRUITER, 'contacts:', '  - {date: 2026-11-19, to: Dana Reyes, via: phone, kind: other}', '  - {date: 2026-11-20 18:00, to: Jason Lee, via: email, kind: thank-you}']);
    assert.deepEqual(next(before, { now: '2026-11-22T10:00' }), ['Debrief with Dana Reyes by email', '2026-11-21', 'overdue']);
    assert.equal(steps(before, { now: '2026-11-22T10:00' })[0].person, 'Dana Reyes');
  });

  it('a promise is kept by any contact you made after the interview but a thank-you', () => {
    const kept = acme(['promised: 2026-11-27', ...THANKED, '  - {date: 2026-11-26, to: Jason Lee, via: email, kind: informational}']);
    assert.equal(steps(kept, { now: '2026-11-28T10:00' })[0].kind, 'check-in');
  });

  it('a missing interview date: items that need it are skipped, the check-in asks for the date', () => {
    const text = entry([...ACME, ...JASON]);
    assert.deepEqual(next(text, { now: '2026-11-21T10:00' }), ['Add the interview date so the follow-ups can be planned', null, 'later']);
  });
});

describe('next step: thank-you due at the boundaries', () => {
  it('timed interview: due interview + thankYouHours, at that minute', () => {
    const text = acme([]);
    assert.deepEqual(next(text, { now: '2026-11-21T13:59' }), ['Send a thank-you letter to Jason Lee', '2026-11-21', 'today']);
    assert.deepEqual(next(text, { now: '2026-11-21T14:00' }), ['Send a thank-you letter to Jason Lee', '2026-11-21', 'today']);
    assert.deepEqual(next(text, { now: '2026-11-21T14:01' }), ['Send a thank-you letter to Jason Lee', '2026-11-21', 'overdue']);
    const due = steps(text, { now: '2026-11-21T14:01' })[0].due;
    assert.deepEqual(due, { t: civil(2026, 11, 21, 14, 0), timed: true });
  });

  it('timed interview: thankYouHours is a setting', () => {
    const text = acme([]);
    assert.deepEqual(next(text, { now: '2026-11-22T13:59', settings: { thankYouHours: 48 } }), ['Send a thank-you letter to Jason Lee', '2026-11-22', 'today']);
    assert.deepEqual(next(text, { now: '2026-11-22T14:01', settings: { thankYouHours: 48 } })[2], 'overdue');
  });

  it('date-only interview: over at the end of its day; thank-you due by the end of the next day', () => {
    const text = acme(['interview: 2026-11-20']);
    assert.deepEqual(next(text, { now: '2026-11-20T23:59' }), ['Prepare for the interview; ask about next steps and their timeframe', '2026-11-20', 'today']);
    assert.deepEqual(next(text, { now: '2026-11-21T00:00' }), ['Send a thank-you letter to Jason Lee', '2026-11-21', 'today']);
    assert.deepEqual(next(text, { now: '2026-11-21T23:59' }), ['Send a thank-you letter to Jason Lee', '2026-11-21', 'today']);
    assert.deepEqual(next(text, { now: '2026-11-22T00:00' }), ['Send a thank-you letter to Jason Lee', '2026-11-21', 'overdue']);
    assert.deepEqual(steps(text, { now: '2026-11-22T00:00' })[0].due, { t: civil(2026, 11, 21), timed: false });
  });

  it('the debrief is due by the end of the day after a timed interview', () => {
    const text = acme([...RECRUITER, ...THANKED]);
    assert.deepEqual(next(text, { now: '2026-11-21T23:59' }), ['Debrief with Dana Reyes by email', '2026-11-21', 'today']);
    assert.deepEqual(next(text, { now: '2026-11-22T00:00' }), ['Debrief with Dana Reyes by email', '2026-11-21', 'overdue']);
  });
});

describe('next step: task items', () => {
  const waiting = ['decision_by: 2026-11-30', ...THANKED];

  it('a task due before the main step becomes the next step; the main step follows', () => {
    const s = steps(acme(waiting, '## Notes\n\n- [ ] Send the portfolio link due:2026-11-25\n- [x] Done already due:2026-11-22\n'), { now: '2026-11-24T10:00' });
    assert.deepEqual(s.map(brief), [
      ['Send the portfolio link', '2026-11-25', 'soon'],
      ['Wait for their decision, then check in with Jason Lee by letter', '2026-12-03', 'waiting'],
    ]);
    assert.equal(s[0].kind, 'task');
    assert.equal(s[0].line, 12);
    assert.equal(s[0].optional, undefined);
  });

  it('a task due after the main step stays optional, after it', () => {
    const s = steps(acme(waiting, '- [ ] Send references due:2026-12-10\n'), { now: '2026-11-24T10:00' });
    assert.deepEqual(s.map((x) => [x.kind, x.optional]), [
      ['check-in', undefined],
      ['task', true],
    ]);
  });

  it('a task due the same day as a date-only main step does not win (the main step keeps ties)', () => {
    const s = steps(acme(waiting, '- [ ] Send references due:2026-12-03\n'), { now: '2026-11-24T10:00' });
    assert.equal(s[0].kind, 'check-in');
  });

  it('a dated task wins over a main step without a due date; an undated task never wins', () => {
    const noFollow = ['no_follow_up: true', ...THANKED];
    assert.deepEqual(next(acme(noFollow, '- [ ] Apply elsewhere due:2026-12-20\n'), { now: '2026-11-24T10:00' }), ['Apply elsewhere', '2026-12-20', 'later']);
    assert.deepEqual(next(acme(noFollow, '- [ ] Apply elsewhere\n'), { now: '2026-11-24T10:00' })[0], 'Wait: they asked you not to follow up');
  });

  it('the earliest dated task wins; the other optional steps are sorted by due, undated last', () => {
    const body = '- [ ] Undated\n- [ ] Later task due:2026-11-29\n- [ ] Early task due:2026-11-26T09:00\n';
    const s = steps(acme(waiting, body), { now: '2026-11-24T10:00' });
    assert.deepEqual(s.map((x) => x.text), ['Early task', 'Wait for their decision, then check in with Jason Lee by letter', 'Later task', 'Undated']);
    assert.deepEqual(s.map((x) => x.urgency), ['soon', 'waiting', 'later', 'later']);
  });
});

describe('next step: optional handwritten note', () => {
  it('offered after a thank-you by email, due with the thank-you', () => {
    const s = steps(acme(THANKED), { now: '2026-11-21T10:00' });
    assert.deepEqual(s.map(brief), [
      ['Wait for their decision, then check in with Jason Lee by letter', '2026-12-04', 'waiting'],
      ['Send a handwritten thank-you note to Jason Lee', '2026-11-21', 'today'],
    ]);
    assert.deepEqual([s[1].kind, s[1].person, s[1].optional], ['handwritten-note', 'Jason Lee', true]);
  });

  it('not offered once a letter went out, to the unthanked, when switched off, or when closed', () => {
    const letter = acme([...THANKED, '  - {date: 2026-11-21, to: Jason Lee, via: letter, kind: thank-you}']);
    assert.equal(steps(letter, { now: '2026-11-21T10:00' }).length, 1);
    assert.equal(steps(acme([]), { now: '2026-11-21T10:00' }).some((x) => x.kind === 'handwritten-note'), false);
    assert.equal(steps(acme(THANKED), { now: '2026-11-21T10:00', settings: { suggestHandwrittenNote: false } }).length, 1);
    assert.equal(steps(acme(['status: declined', ...THANKED]), { now: '2026-11-21T10:00' }).length, 1);
  });

  it('offered until 3 days after the interview day, then dropped', () => {
    assert.deepEqual(brief(steps(acme(THANKED), { now: '2026-11-23T23:59' })[1]), ['Send a handwritten thank-you note to Jason Lee', '2026-11-21', 'overdue']);
    assert.equal(steps(acme(THANKED), { now: '2026-11-24T00:00' }).length, 1);
  });

  it('never the next step, even with the main step waiting', () => {
    const s = steps(acme(['no_follow_up: true', ...THANKED]), { now: '2026-11-21T10:00' });
    assert.deepEqual(s.map((x) => x.kind), ['no-follow-up', 'handwritten-note']);
  });
});

describe('next step: another offer', () => {
  const opts = { now: '2026-11-26T10:00' };

  it('suppressed by an update request on or after the day of the offer', () => {
    // the update request is news, not a reason to check in before the check-in date (14 days after the interview)
    const told = acme([...THANKED, '  - {date: 2026-11-25, to: Jason Lee, via: email, kind: update-request}']);
    assert.deepEqual(next(told, opts, { 'journal/globex.md': GLOBEX_OFFER }), ['Wait for their decision, then check in with Jason Lee by letter', '2026-12-04', 'waiting']);
  });

  it('not suppressed by an update request before the offer came', () => {
    const early = acme([...THANKED, '  - {date: 2026-11-24, to: Jason Lee, via: email, kind: update-request}']);
    assert.deepEqual(next(early, opts, { 'journal/globex.md': GLOBEX_OFFER }), ['Tell Acme about your other offer and ask for an update: write to Jason Lee', '2026-11-26', 'today']);
  });

  it('an offer entry without an offer contact: any update request since the interview suppresses it', () => {
    const bare = entry(['company: Globex', 'role: SRE', 'interview: 2026-11-10', 'status: offer', 'interviewers: [Ann Wu]']);
    assert.equal(next(acme(THANKED), opts, { 'journal/globex.md': bare })[0], 'Tell Acme about your other offer and ask for an update: write to Jason Lee');
    const told = acme([...THANKED, '  - {date: 2026-11-22, to: Jason Lee, via: email, kind: update-request}']);
    assert.equal(steps(told, opts, { 'journal/globex.md': bare })[0].kind, 'check-in');
  });

  it('an offer from the same company (another round) does not count', () => {
    const sameCo = entry(['company: ACME', 'role: Staff Engineer', 'interview: 2026-11-10', 'status: offer', 'interviewers: [Ann Wu]']);
    assert.equal(steps(acme(THANKED), opts, { 'journal/acme-staff.md': sameCo })[0].kind, 'check-in');
  });

  it('only active entries are told: not closed ones', () => {
    assert.equal(next(acme(['status: withdrawn', ...THANKED]), opts, { 'journal/globex.md': GLOBEX_OFFER })[0], 'Closed (withdrawn)');
  });
});

describe('urgencyOf, URGENCY_ORDER, compareSteps', () => {
  const now = civil(2026, 11, 20, 12, 0);
  it('classifies dues', () => {
    assert.equal(urgencyOf(null, now), 'later');
    assert.equal(urgencyOf({ t: civil(2026, 11, 19), timed: false }, now), 'overdue');
    assert.equal(urgencyOf({ t: civil(2026, 11, 20, 11, 59), timed: true }, now), 'overdue');
    assert.equal(urgencyOf({ t: civil(2026, 11, 20, 12, 0), timed: true }, now), 'today');
    assert.equal(urgencyOf({ t: civil(2026, 11, 20), timed: false }, now), 'today');
    assert.equal(urgencyOf({ t: civil(2026, 11, 21, 9, 0), timed: true }, now), 'soon');
    assert.equal(urgencyOf({ t: civil(2026, 11, 23), timed: false }, now), 'soon');
    assert.equal(urgencyOf({ t: civil(2026, 11, 24), timed: false }, now), 'later');
    // at midnight the previous day is over
    assert.equal(urgencyOf({ t: civil(2026, 11, 19), timed: false }, civil(2026, 11, 20)), 'overdue');
  });

  it('orders urgencies, then dues (undated last), then texts', () => {
    assert.deepEqual([...URGENCY_ORDER], ['overdue', 'today', 'soon', 'later', 'waiting', 'done']);
    const mk = (text: string, urgency: Step['urgency'], due: [number, number] | null): Step => ({
      kind: 'task',
      text,
      urgency,
      due: due ? { t: civil(2026, due[0], due[1]), timed: false } : null,
    });
    const list = [mk('d', 'done', null), mk('w', 'waiting', [12, 1]), mk('b', 'later', null), mk('a', 'later', null), mk('l', 'later', [12, 9]), mk('o', 'overdue', [11, 1]), mk('t', 'today', [11, 20])];
    assert.deepEqual(list.sort(compareSteps).map((s) => s.text), ['o', 't', 'l', 'a', 'b', 'w', 'd']);
  });
});

describe('next step: the same under any TZ', () => {
  it('gives identical steps in every zone', () => {
    const saved = process.env.TZ;
    const files = {
      'journal/acme.md': acme(['decision_by: 2026-11-30', ...THANKED], '- [ ] Portfolio due:2026-11-25\n'),
      'journal/date-only.md': acme(['interview: 2026-11-20']),
      'journal/globex.md': GLOBEX_OFFER,
    };
    const snapshot = () => {
      const r = run(files, { now: '2026-11-21T00:30' });
      return JSON.stringify(Object.values(r).map((x) => x.steps));
    };
    try {
      const results = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago'].map((tz) => {
        process.env.TZ = tz;
        return snapshot();
      });
      for (const r of results) assert.equal(r, results[0]);
      assert.ok(results[0].includes('"text":"Send a thank-you letter to Jason Lee"'));
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('next step of an unreadable entry', () => {
  it('is to fix the front matter, not a step about an unknown company', () => {
    const text = '---\ncompany: Wingtip\nrole: [Engineer\n---\n';
    const offer = '---\ncompany: Woodgrove\nrole: Eng\ninterview: 2026-11-02\ninterviewers: [A]\nstatus: offer\n---\n';
    const r = run({ 'j/broken.md': text, 'j/offer.md': offer }, { today: '2026-11-23' });
    assert.deepEqual(r['j/broken.md'].steps, [
      { kind: 'fix', text: 'Fix the front matter so this interview can be read (see Problems)', due: null, urgency: 'today' },
    ]);
  });
});
