import { strict as assert } from 'node:assert';
import { acme, check, entry, only, ranges } from './helpers';

const JASON_LATE = 'No thank-you to Jason Lee yet: it was due by Sat 21 Nov 2026 14:00, 24 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.';
const MARIA_LATE = 'No thank-you to Maria Diaz yet: it was due by Sat 21 Nov 2026 14:00, 24 hours after the interview. Send a short, personal thank-you email today.';

describe('rules: duties', () => {
  describe('thank-you-overdue', () => {
    it('fires on each interviewer not thanked within 24 hours of a timed interview', () => {
      const d = check(acme(), { now: '2026-11-21T14:01' });
      assert.deepEqual(only(d, 'thank-you-overdue'), [
        [6, 5, JASON_LATE],
        [7, 11, MARIA_LATE],
      ]);
      assert.deepEqual(
        ranges(d.filter((x) => x.rule === 'thank-you-overdue')),
        ['6:5-6:14 thank-you-overdue', '7:11-7:21 thank-you-overdue'],
      );
      assert.equal(d.find((x) => x.rule === 'thank-you-overdue')?.severity, 'warning');
    });

    it('offers to log a thank-you email to that interviewer', () => {
      const d = check(acme(), { now: '2026-11-21T14:01' }).filter((x) => x.rule === 'thank-you-overdue');
      assert.deepEqual(d[1].fix, { kind: 'log-contact', to: 'Maria Diaz', via: 'email', contactKind: 'thank-you' });
    });

    it('does not fire until the deadline has passed', () => {
      assert.deepEqual(only(check(acme(), { now: '2026-11-21T14:00' }), 'thank-you-overdue'), []);
      assert.deepEqual(only(check(acme(), { now: '2026-11-20T09:00' }), 'thank-you-overdue'), []);
    });

    it('is cleared per interviewer by a thank-you to them, also by email address', () => {
      const d = check(
        acme(
          'contacts:',
          '  - {date: 2026-11-20 18:00, to: Jason Lee, via: email, kind: thank-you}',
          '  - {date: 2026-11-21, to: maria@acme.com, via: letter, kind: thank-you}',
        ),
        { now: '2026-11-25T10:00' },
      );
      assert.deepEqual(only(d, 'thank-you-overdue'), []);
    });

    it('is cleared by a late thank-you (logging it today makes the warning go away)', () => {
      const d = check(acme('contacts:', '  - {date: 2026-11-25, to: Jason Lee, via: email, kind: thank-you}'), { now: '2026-11-25T10:00' });
      assert.deepEqual(only(d, 'thank-you-overdue'), [[7, 11, MARIA_LATE]]);
    });

    it('does not count a thank-you before the interview, another kind, or one from them', () => {
      const d = check(
        acme(
          'contacts:',
          '  - {date: 2026-11-18, to: Jason Lee, via: email, kind: thank-you}',
          '  - {date: 2026-11-20 18:00, to: Jason Lee, via: email, kind: check-in}',
          '  - {date: 2026-11-21, from: Maria Diaz, via: email, kind: thank-you}',
        ),
        { now: '2026-11-25T10:00' },
      );
      assert.deepEqual(
        only(d, 'thank-you-overdue').map((x) => x[0]),
        [6, 7],
      );
    });

    it('gives a date-only interview until the end of the next day', () => {
      const text = entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-20', 'interviewers: [Jason Lee]']);
      assert.deepEqual(only(check(text, { now: '2026-11-21T23:59' }), 'thank-you-overdue'), []);
      assert.deepEqual(only(check(text, { now: '2026-11-22T00:01' }), 'thank-you-overdue'), [
        [
          5,
          16,
          'No thank-you to Jason Lee yet: it was due by the end of Sat 21 Nov 2026, the day after the interview. Send a short, personal thank-you letter (they gave you no email address) today.',
        ],
      ]);
    });

    it('follows the thankYouHours setting', () => {
      assert.deepEqual(only(check(acme(), { now: '2026-11-21T14:01', settings: { thankYouHours: 48 } }), 'thank-you-overdue'), []);
      const d = check(acme(), { now: '2026-11-20T15:01', settings: { thankYouHours: 1 } });
      assert.equal(only(d, 'thank-you-overdue')[0][2], 'No thank-you to Jason Lee yet: it was due by Fri 20 Nov 2026 15:00, 1 hour after the interview. Send a short, personal thank-you letter (they gave you no email address) today.');
      const half = check(acme(), { now: '2026-11-20T15:31', settings: { thankYouHours: 1.5 } });
      assert.equal(only(half, 'thank-you-overdue')[0][2], 'No thank-you to Jason Lee yet: it was due by Fri 20 Nov 2026 15:30, 1.5 hours after the interview. Send a short, personal thank-you letter (they gave you no email address) today.');
      assert.deepEqual(only(check(acme(), { now: '2026-11-20T15:30', settings: { thankYouHours: 1.5 } }), 'thank-you-overdue'), []);
    });

    it('is silent for a closed entry and when ignored', () => {
      assert.deepEqual(only(check(acme('status: rejected'), { now: '2026-11-25T10:00' }), 'thank-you-overdue'), []);
      assert.deepEqual(only(check(acme('ignore: [thank-you-overdue]'), { now: '2026-11-25T10:00' }), 'thank-you-overdue'), []);
    });
  });

  describe('recruiter-debrief', () => {
    const withRecruiter = (...extra: string[]) => acme('recruiter:', '  name: Dana Smith', '  agency: TalentCo', ...extra);
    // Sunday just after midnight: no time for a call, so the plan's debrief (and its fix) is an email.
    const LATE =
      'No debrief with the recruiter Dana Smith (TalentCo) yet: it was due by the end of Sat 21 Nov 2026, the day after the interview. Email them (a call fits a weekday between 08:00 and 18:00) to say how it went and ask how they want you to follow up.';

    it('fires on the recruiter once the day after the interview is over', () => {
      const d = check(withRecruiter(), { now: '2026-11-22T00:01' });
      assert.deepEqual(only(d, 'recruiter-debrief'), [[10, 9, LATE]]);
      assert.deepEqual(ranges(d.filter((x) => x.rule === 'recruiter-debrief')), ['10:9-10:19 recruiter-debrief']);
      assert.deepEqual(d.find((x) => x.rule === 'recruiter-debrief')?.fix, { kind: 'log-contact', to: 'Dana Smith', via: 'email', contactKind: 'debrief' });
    });

    it('does not fire before the end of the next day', () => {
      assert.deepEqual(only(check(withRecruiter(), { now: '2026-11-21T23:59' }), 'recruiter-debrief'), []);
    });

    it('is cleared by a contact either way on or after the interview day, even a late one', () => {
      const from = withRecruiter('contacts:', '  - {date: 2026-11-20 17:00, from: Dana Smith, via: phone, kind: debrief}');
      const to = withRecruiter('contacts:', '  - {date: 2026-11-24, to: Dana Smith, via: email, kind: debrief}');
      assert.deepEqual(only(check(from, { now: '2026-11-25T10:00' }), 'recruiter-debrief'), []);
      assert.deepEqual(only(check(to, { now: '2026-11-25T10:00' }), 'recruiter-debrief'), []);
    });

    it('does not count a contact before the interview (a prep call at 09:00 before a 14:00 interview) or with someone else', () => {
      const prep = withRecruiter('contacts:', '  - {date: 2026-11-20 09:00, from: Dana Smith, via: phone, kind: other}');
      assert.equal(only(check(prep, { now: '2026-11-25T10:00' }), 'recruiter-debrief').length, 1);
      const d = check(
        withRecruiter(
          'contacts:',
          '  - {date: 2026-11-18, from: Dana Smith, via: phone, kind: other}',
          '  - {date: 2026-11-21, to: Jason Lee, via: email, kind: thank-you}',
        ),
        { now: '2026-11-25T10:00' },
      );
      assert.deepEqual(only(d, 'recruiter-debrief'), [[10, 9, LATE.replace('Email them (a call fits a weekday between 08:00 and 18:00)', 'Call them today')]]);
    });

    it('reads a bare recruiter name, and is silent without a recruiter', () => {
      const d = check(acme('recruiter: Dana Smith'), { now: '2026-11-25T10:00' });
      assert.deepEqual(only(d, 'recruiter-debrief'), [
        [
          9,
          12,
          'No debrief with the recruiter Dana Smith yet: it was due by the end of Sat 21 Nov 2026, the day after the interview. Call them today to say how it went and ask how they want you to follow up.',
        ],
      ]);
      assert.deepEqual(only(check(acme(), { now: '2026-11-25T10:00' }), 'recruiter-debrief'), []);
    });
  });

  describe('decision-date-missing', () => {
    const MSG =
      'No decision date for the interview of Fri 20 Nov 2026: ask Jason Lee when they expect to decide, and write it as "decision_by: YYYY-MM-DD". Until then the first check-in is planned for Fri 4 Dec 2026.';

    it('fires on the interview key once a timed interview has started', () => {
      const d = check(acme(), { now: '2026-11-20T14:00' });
      assert.deepEqual(only(d, 'decision-date-missing'), [[4, 1, MSG]]);
      const x = d.find((y) => y.rule === 'decision-date-missing')!;
      assert.deepEqual(ranges([x]), ['4:1-4:10 decision-date-missing']);
      assert.equal(x.severity, 'information');
      assert.deepEqual(x.fix, { kind: 'insert-key', key: 'decision_by', placeholder: '2026-11-27' });
    });

    it('waits for the interview to be over (date-only: the end of its day)', () => {
      assert.deepEqual(only(check(acme(), { now: '2026-11-20T13:59' }), 'decision-date-missing'), []);
      const text = entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-20', 'interviewers: [Jason Lee]']);
      assert.deepEqual(only(check(text, { now: '2026-11-20T23:59' }), 'decision-date-missing'), []);
      assert.equal(only(check(text, { now: '2026-11-21T00:00' }), 'decision-date-missing').length, 1);
    });

    it('asks the recruiter when there is one, and plans the check-in from the recruiter silence days', () => {
      const d = check(acme('recruiter: Dana Smith'), { now: '2026-11-21T10:00' });
      assert.deepEqual(only(d, 'decision-date-missing'), [
        [
          4,
          1,
          'No decision date for the interview of Fri 20 Nov 2026: ask Dana Smith when they expect to decide, and write it as "decision_by: YYYY-MM-DD". Until then the first check-in is planned for Tue 24 Nov 2026.',
        ],
      ]);
    });

    it('is silent with a decision_by (even an invalid one, which gets invalid-date) and for an offer', () => {
      assert.deepEqual(only(check(acme('decision_by: 2026-11-27'), { now: '2026-11-21T10:00' }), 'decision-date-missing'), []);
      const bad = check(acme('decision_by: 2026-11-31'), { now: '2026-11-21T10:00' });
      assert.deepEqual(only(bad, 'decision-date-missing'), []);
      assert.equal(only(bad, 'invalid-date').length, 1);
      assert.deepEqual(only(check(acme('status: offer'), { now: '2026-11-21T10:00' }), 'decision-date-missing'), []);
    });
  });

  describe('promise-overdue', () => {
    const MSG =
      'You promised to follow up by Fri 27 Nov 2026 and nothing has gone out since the interview: follow up with Maria Diaz by email today, as promised, and log it under contacts.';

    it('fires on the promised key once the promised day is over', () => {
      const d = check(acme('decision_by: 2026-11-25', 'promised: 2026-11-27'), { now: '2026-11-28T00:00' });
      assert.deepEqual(only(d, 'promise-overdue'), [[10, 1, MSG]]);
      const x = d.find((y) => y.rule === 'promise-overdue')!;
      assert.deepEqual(ranges([x]), ['10:1-10:9 promise-overdue']);
      // Jason Lee gave no address: the promised email goes to Maria Diaz, who did.
      assert.deepEqual(x.fix, { kind: 'log-contact', to: 'Maria Diaz', via: 'email', contactKind: 'check-in' });
    });

    it('does not fire during the promised day', () => {
      assert.deepEqual(only(check(acme('promised: 2026-11-27'), { now: '2026-11-27T23:59' }), 'promise-overdue'), []);
    });

    it('names the promised channel, and the recruiter when there is one', () => {
      const d = check(acme('recruiter: Dana Smith', 'promised: {by: 2026-11-27, via: phone}'), { now: '2026-11-30T10:00' });
      assert.deepEqual(only(d, 'promise-overdue'), [
        [
          10,
          1,
          'You promised to follow up by Fri 27 Nov 2026 (by phone) and nothing has gone out since the interview: follow up with Dana Smith by phone today, as promised, and log it under contacts.',
        ],
      ]);
      assert.deepEqual(d.find((y) => y.rule === 'promise-overdue')?.fix, { kind: 'log-contact', to: 'Dana Smith', via: 'phone', contactKind: 'check-in' });
    });

    it('is kept by any contact you made after the interview other than a thank-you, even a late one', () => {
      const onTime = acme('promised: 2026-11-27', 'contacts:', '  - {date: 2026-11-26, to: Jason Lee, via: email, kind: check-in}');
      const late = acme('promised: 2026-11-27', 'contacts:', '  - {date: 2026-11-29, to: Maria Diaz, via: email, kind: update-request}');
      assert.deepEqual(only(check(onTime, { now: '2026-11-30T10:00' }), 'promise-overdue'), []);
      assert.deepEqual(only(check(late, { now: '2026-11-30T10:00' }), 'promise-overdue'), []);
    });

    it('is not kept by a thank-you, a contact from them, or one before the interview', () => {
      const d = check(
        acme(
          'promised: 2026-11-27',
          'contacts:',
          '  - {date: 2026-11-19, to: Jason Lee, via: email, kind: other}',
          '  - {date: 2026-11-20 18:00, to: Jason Lee, via: email, kind: thank-you}',
          '  - {date: 2026-11-24, from: Jason Lee, via: email, kind: reply}',
        ),
        { now: '2026-11-30T10:00' },
      );
      assert.deepEqual(only(d, 'promise-overdue'), [[9, 1, MSG]]);
    });
  });
});
