import { strict as assert } from 'node:assert';
import { civil } from '../../src/core/civil';
import { parseEntry } from '../../src/core/entry';
import { rule as tooFrequent } from '../../src/core/rules/too-frequent';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { acme, check, entry, only, ranges, run } from './helpers';

/** A flow-style contact list item. */
function c(date: string, dir: 'to' | 'from', who: string, via: string, kind: string): string {
  return `  - {date: ${date}, ${dir}: ${who}, via: ${via}, kind: ${kind}}`;
}

const NOW = { now: '2026-12-20T10:00' };

describe('rules: timing', () => {
  describe('follow-up-too-early', () => {
    const EARLY =
      'Check-in email to Jason Lee on Wed 25 Nov 2026 came too early: the first check-in is due on Fri 4 Dec 2026, 14 days after the interview, as no decision date is known. Give them time to decide: wait for that date before contacting them again.';

    it('fires on a check-in before the check-in date (14 days without a decision date)', () => {
      const d = check(acme('contacts:', c('2026-11-25', 'to', 'Jason Lee', 'email', 'check-in')), NOW);
      assert.deepEqual(only(d, 'follow-up-too-early'), [[10, 5, EARLY]]);
      assert.deepEqual(ranges(d.filter((x) => x.rule === 'follow-up-too-early')), ['10:5-10:66 follow-up-too-early']);
      assert.equal(d.find((x) => x.rule === 'follow-up-too-early')?.severity, 'warning');
    });

    it('points at the whole block-style list item', () => {
      const d = check(acme('contacts:', '  - date: 2026-11-25', '    to: Jason Lee', '    via: email', '    kind: check-in'), NOW);
      assert.deepEqual(ranges(d.filter((x) => x.rule === 'follow-up-too-early')), ['10:5-13:19 follow-up-too-early']);
    });

    it('allows a check-in on the check-in date, and other kinds before it', () => {
      const d = check(
        acme(
          'contacts:',
          c('2026-11-23', 'to', 'Jason Lee', 'email', 'informational'),
          c('2026-12-04', 'to', 'Jason Lee', 'email', 'check-in'),
        ),
        NOW,
      );
      assert.deepEqual(only(d, 'follow-up-too-early'), []);
      const dayBefore = check(acme('contacts:', c('2026-12-03 17:00', 'to', 'Jason Lee', 'email', 'check-in')), NOW);
      assert.equal(only(dayBefore, 'follow-up-too-early').length, 1);
    });

    it('counts from the decision date plus checkInDaysAfterDecision', () => {
      const early = check(acme('decision_by: 2026-11-25', 'contacts:', c('2026-11-27', 'to', 'Maria Diaz', 'email', 'update-request')), NOW);
      assert.deepEqual(only(early, 'follow-up-too-early'), [
        [
          11,
          5,
          'Update request email to Maria Diaz on Fri 27 Nov 2026 came too early: the first check-in is due on Sat 28 Nov 2026, 3 days after their decision date of Wed 25 Nov 2026. Give them time to decide: wait for that date before contacting them again.',
        ],
      ]);
      const onTime = check(acme('decision_by: 2026-11-25', 'contacts:', c('2026-11-28', 'to', 'Maria Diaz', 'email', 'update-request')), NOW);
      assert.deepEqual(only(onTime, 'follow-up-too-early'), []);
    });

    it('counts from the interview plus recruiterSilenceDays when there is a recruiter', () => {
      const d = check(acme('recruiter: Dana Smith', 'contacts:', c('2026-11-23', 'to', 'Dana Smith', 'phone', 'check-in')), NOW);
      assert.deepEqual(only(d, 'follow-up-too-early'), [
        [
          11,
          5,
          'Check-in call to Dana Smith on Mon 23 Nov 2026 came too early: the first check-in is due on Tue 24 Nov 2026, 4 days after the interview, through the recruiter Dana Smith. Give them time to decide: wait for that date before contacting them again.',
        ],
      ]);
      const ok = check(acme('recruiter: Dana Smith', 'contacts:', c('2026-11-24', 'to', 'Dana Smith', 'phone', 'check-in')), NOW);
      assert.deepEqual(only(ok, 'follow-up-too-early'), []);
    });

    it('is allowed once they wrote after the interview, but not by a message before it or after the check-in', () => {
      const answered = check(
        acme('contacts:', c('2026-11-23', 'from', 'Jason Lee', 'email', 'reply'), c('2026-11-25', 'to', 'Jason Lee', 'email', 'check-in')),
        NOW,
      );
      assert.deepEqual(only(answered, 'follow-up-too-early'), []);
      const before = check(
        acme('contacts:', c('2026-11-19', 'from', 'Jason Lee', 'email', 'other'), c('2026-11-25', 'to', 'Jason Lee', 'email', 'check-in')),
        NOW,
      );
      assert.deepEqual(only(before, 'follow-up-too-early'), [[11, 5, EARLY]]);
      const later = check(
        acme('contacts:', c('2026-11-25 09:00', 'to', 'Jason Lee', 'email', 'check-in'), c('2026-11-25 15:00', 'from', 'Jason Lee', 'email', 'reply')),
        NOW,
      );
      assert.equal(only(later, 'follow-up-too-early').length, 1);
    });

    it('is allowed when it keeps a promise, on or before the promised date (a promise is "by" a date)', () => {
      const kept = check(acme('promised: 2026-11-25', 'contacts:', c('2026-11-25', 'to', 'Jason Lee', 'email', 'check-in')), NOW);
      assert.deepEqual(only(kept, 'follow-up-too-early'), []);
      const early = check(acme('promised: 2026-11-26', 'contacts:', c('2026-11-25', 'to', 'Jason Lee', 'email', 'check-in')), NOW);
      assert.deepEqual(only(early, 'follow-up-too-early'), []);
      // the promise is kept by the first one: a second before the check-in date is too early
      const again = check(acme('promised: 2026-11-26', 'contacts:', c('2026-11-23', 'to', 'Jason Lee', 'email', 'check-in'), c('2026-11-25', 'to', 'Jason Lee', 'email', 'check-in')), NOW);
      assert.deepEqual(only(again, 'follow-up-too-early'), [[12, 5, EARLY]]);
    });
  });

  describe('too-many-follow-ups', () => {
    const follows = [
      c('2026-12-04', 'to', 'Jason Lee', 'email', 'check-in'), //        line 10
      c('2026-12-07', 'to', 'Jason Lee', 'email', 'update-request'), //  line 11
      c('2026-12-10', 'to', 'Maria Diaz', 'email', 'check-in'), //       line 12
      c('2026-12-14', 'to', 'Jason Lee', 'phone', 'check-in'), //        line 13
    ];

    it('fires on each unanswered follow-up beyond maxUnansweredFollowUps', () => {
      const d = check(acme('contacts:', ...follows), NOW);
      assert.deepEqual(only(d, 'too-many-follow-ups'), [
        [
          12,
          5,
          'Check-in email to Maria Diaz on Thu 10 Dec 2026 is follow-up 3 without an answer since the interview; more than 2 looks desperate. Stop following up with Acme and move on: the ball is in their court.',
        ],
        [
          13,
          5,
          'Check-in call to Jason Lee on Mon 14 Dec 2026 is follow-up 4 without an answer since the interview; more than 2 looks desperate. Stop following up with Acme and move on: the ball is in their court.',
        ],
      ]);
    });

    it('does not fire at the limit', () => {
      assert.deepEqual(only(check(acme('contacts:', ...follows.slice(0, 2)), NOW), 'too-many-follow-ups'), []);
    });

    it('counts only since their last message, and only check-ins and update requests', () => {
      const d = check(
        acme(
          'contacts:',
          follows[0],
          c('2026-12-05', 'from', 'Jason Lee', 'email', 'reply'),
          follows[1],
          c('2026-12-09', 'to', 'Jason Lee', 'email', 'informational'),
          follows[2],
        ),
        NOW,
      );
      assert.deepEqual(only(d, 'too-many-follow-ups'), []);
    });

    it('follows the maxUnansweredFollowUps setting and names their last message', () => {
      const d = check(
        acme('contacts:', c('2026-12-01', 'from', 'Jason Lee', 'email', 'reply'), follows[0], follows[1]),
        { ...NOW, settings: { maxUnansweredFollowUps: 1 } },
      );
      assert.deepEqual(only(d, 'too-many-follow-ups'), [
        [
          12,
          5,
          'Update request email to Jason Lee on Mon 7 Dec 2026 is follow-up 2 without an answer since their last message on Tue 1 Dec 2026; more than 1 looks desperate. Stop following up with Acme and move on: the ball is in their court.',
        ],
      ]);
    });
  });

  describe('too-frequent', () => {
    it('fires on the later of two contacts less than 2 days apart', () => {
      const d = check(
        acme('contacts:', c('2026-12-04', 'to', 'Jason Lee', 'email', 'check-in'), c('2026-12-05 09:30', 'to', 'Maria Diaz', 'email', 'update-request')),
        NOW,
      );
      assert.deepEqual(only(d, 'too-frequent'), [
        [
          11,
          5,
          'Update request email to Maria Diaz on Sat 5 Dec 2026 came 1 day after your check-in email to Jason Lee on Fri 4 Dec 2026: leave at least 2 days between messages to Acme. Contacting them again is fine from Mon 7 Dec 2026.',
        ],
      ]);
    });

    it('says "the same day" and compares each contact with the one just before it', () => {
      const d = check(
        acme(
          'contacts:',
          c('2026-12-04 09:00', 'to', 'Jason Lee', 'email', 'check-in'),
          c('2026-12-04 16:00', 'to', 'Jason Lee', 'phone', 'other'),
          c('2026-12-06', 'to', 'Jason Lee', 'letter', 'other'),
        ),
        NOW,
      );
      assert.deepEqual(only(d, 'too-frequent'), [
        [
          11,
          5,
          'Call to Jason Lee on Fri 4 Dec 2026 came the same day as your check-in email to Jason Lee on Fri 4 Dec 2026: leave at least 2 days between messages to Acme. Contacting them again is fine from Sun 6 Dec 2026.',
        ],
      ]);
    });

    it('does not fire 2 days apart, for thank-yous, or for contacts from them', () => {
      const d = check(
        acme(
          'contacts:',
          c('2026-11-20 18:00', 'to', 'Jason Lee', 'email', 'thank-you'),
          c('2026-11-21', 'to', 'Maria Diaz', 'email', 'thank-you'),
          c('2026-11-21', 'to', 'Jason Lee', 'letter', 'other'),
          c('2026-11-22', 'from', 'Jason Lee', 'email', 'reply'),
          c('2026-11-23', 'to', 'Jason Lee', 'email', 'informational'),
        ),
        NOW,
      );
      assert.deepEqual(only(d, 'too-frequent'), []);
    });

    it('does not count an answer to their message of the same or the previous day', () => {
      const d = check(
        acme(
          'contacts:',
          c('2026-12-04', 'to', 'Jason Lee', 'email', 'check-in'),
          c('2026-12-04 15:00', 'from', 'Jason Lee', 'email', 'reply'),
          c('2026-12-05 09:00', 'to', 'Jason Lee', 'email', 'reply'),
          c('2026-12-06 09:00', 'from', 'Jason Lee', 'phone', 'other'),
          c('2026-12-06 10:00', 'to', 'Jason Lee', 'phone', 'reply'),
        ),
        NOW,
      );
      assert.deepEqual(only(d, 'too-frequent'), []);
    });

    it('counts a message sent before theirs on the same day', () => {
      const d = check(
        acme(
          'contacts:',
          c('2026-12-04', 'to', 'Jason Lee', 'email', 'check-in'),
          c('2026-12-05 09:00', 'to', 'Jason Lee', 'email', 'other'),
          c('2026-12-05 15:00', 'from', 'Jason Lee', 'email', 'reply'),
        ),
        NOW,
      );
      assert.deepEqual(
        only(d, 'too-frequent').map((x) => x[0]),
        [11],
      );
    });

    it('works across the files of the same company and reports only in the later file', () => {
      const phone = entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-10', 'interviewers: [Jason Lee]', 'contacts:', c('2026-12-04', 'to', 'Jason Lee', 'email', 'check-in')]);
      const onsite = entry([
        'company: Acme',
        'role: Engineer',
        'round: onsite',
        'interview: 2026-11-20',
        'interviewers: [Maria Diaz]',
        'contacts:',
        c('2026-12-05', 'to', 'Maria Diaz', 'email', 'informational'),
      ]);
      const other = entry(['company: Globex', 'role: Engineer', 'interview: 2026-11-20', 'interviewers: [Hank]', 'contacts:', c('2026-12-04', 'to', 'Hank', 'email', 'check-in')]);
      const r = run({ 'journal/acme-phone.md': phone, 'journal/acme-onsite.md': onsite, 'journal/globex.md': other }, NOW);
      assert.deepEqual(only(r['journal/acme-phone.md'].diagnostics, 'too-frequent'), []);
      assert.deepEqual(only(r['journal/globex.md'].diagnostics, 'too-frequent'), []);
      assert.deepEqual(only(r['journal/acme-onsite.md'].diagnostics, 'too-frequent'), [
        [
          8,
          5,
          'Informational email to Maria Diaz on Sat 5 Dec 2026 came 1 day after your check-in email to Jason Lee on Fri 4 Dec 2026 (in acme-phone.md): leave at least 2 days between messages to Acme. Contacting them again is fine from Mon 7 Dec 2026.',
        ],
      ]);
    });

    it('follows the minDaysBetweenContacts setting', () => {
      const text = acme('contacts:', c('2026-12-04', 'to', 'Jason Lee', 'email', 'check-in'), c('2026-12-06', 'to', 'Jason Lee', 'email', 'other'));
      assert.deepEqual(only(check(text, NOW), 'too-frequent'), []);
      const d = check(text, { ...NOW, settings: { minDaysBetweenContacts: 3 } });
      assert.equal(
        only(d, 'too-frequent')[0][2],
        'Email to Jason Lee on Sun 6 Dec 2026 came 2 days after your check-in email to Jason Lee on Fri 4 Dec 2026: leave at least 3 days between messages to Acme. Contacting them again is fine from Wed 9 Dec 2026.',
      );
      const halfDays = check(acme('contacts:', c('2026-12-04', 'to', 'Jason Lee', 'email', 'check-in'), c('2026-12-05', 'to', 'Jason Lee', 'email', 'other')), {
        ...NOW,
        settings: { minDaysBetweenContacts: 1.5 },
      });
      assert.match(only(halfDays, 'too-frequent')[0][2], /leave at least 1\.5 days between messages to Acme\. Contacting them again is fine from Mon 7 Dec 2026\.$/);
    });

    it('stays fast with thousands of contacts across several files', () => {
      const files: Record<string, string> = {};
      for (let f = 0; f < 4; f++) {
        const items: string[] = [];
        for (let i = 0; i < 1000; i++) {
          const day = new Date(Date.UTC(2027, 0, 1) + (i * 4 + f) * 86400000).toISOString().slice(0, 10);
          items.push(c(day, 'to', 'Jason Lee', 'email', 'other'));
        }
        files[`journal/acme-${f}.md`] = entry(['company: Acme', 'role: Engineer', 'interview: 2026-12-31', 'interviewers: [Jason Lee]', 'contacts:', ...items]);
      }
      const entries = Object.entries(files).map(([path, text]) => parseEntry(path, text));
      const ctx = { settings: DEFAULT_SETTINGS, now: civil(2030, 1, 1, 10), sameCompany: entries, offers: [] };
      // The files interleave: every contact is 1 day after the company's previous one, so all but the very first warn.
      const counts = entries.map((e) => tooFrequent.check!(e, ctx).length);
      assert.deepEqual(counts, [999, 1000, 1000, 1000]);
    });
  });

  describe('informational-too-often', () => {
    it('fires on an informational note less than 7 days after the previous one', () => {
      const d = check(
        acme(
          'contacts:',
          c('2026-11-23', 'to', 'Jason Lee', 'email', 'informational'),
          c('2026-11-25', 'to', 'Jason Lee', 'email', 'other'),
          c('2026-11-27', 'to', 'Maria Diaz', 'linkedin', 'informational'),
        ),
        NOW,
      );
      assert.deepEqual(only(d, 'informational-too-often'), [
        [
          12,
          5,
          'Informational LinkedIn message to Maria Diaz on Fri 27 Nov 2026 came 4 days after your informational email to Jason Lee on Mon 23 Nov 2026: leave at least 7 days between informational notes to Acme. The next informational note is fine from Fri 4 Dec 2026.',
        ],
      ]);
      assert.deepEqual(only(d, 'too-frequent'), []);
    });

    it('does not fire 7 days apart, and follows informationalMinDays', () => {
      const text = acme('contacts:', c('2026-11-23', 'to', 'Jason Lee', 'email', 'informational'), c('2026-11-30', 'to', 'Jason Lee', 'email', 'informational'));
      assert.deepEqual(only(check(text, NOW), 'informational-too-often'), []);
      assert.equal(only(check(text, { ...NOW, settings: { informationalMinDays: 10 } }), 'informational-too-often').length, 1);
    });

    it('works across files, reporting in the file of the later note', () => {
      const a = entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-10', 'interviewers: [Jason Lee]', 'contacts:', c('2026-11-25', 'to', 'Jason Lee', 'email', 'informational')]);
      const b = entry(['company: Acme', 'role: Engineer', 'interview: 2026-11-20', 'interviewers: [Maria Diaz]', 'contacts:', c('2026-11-24', 'to', 'Maria Diaz', 'email', 'informational')]);
      const r = run({ 'journal/a.md': a, 'journal/b.md': b }, NOW);
      assert.deepEqual(only(r['journal/b.md'].diagnostics, 'informational-too-often'), []);
      assert.deepEqual(only(r['journal/a.md'].diagnostics, 'informational-too-often'), [
        [
          7,
          5,
          'Informational email to Jason Lee on Wed 25 Nov 2026 came 1 day after your informational email to Maria Diaz on Tue 24 Nov 2026 (in b.md): leave at least 7 days between informational notes to Acme. The next informational note is fine from Wed 2 Dec 2026.',
        ],
      ]);
    });
  });

  describe('asked-not-to-follow-up', () => {
    it('is an error on a contact you made after the interview', () => {
      const d = check(acme('no_follow_up: true', 'contacts:', c('2026-11-25', 'to', 'Jason Lee', 'email', 'check-in')), { now: '2026-11-26T10:00' });
      assert.deepEqual(only(d, 'asked-not-to-follow-up'), [
        [
          11,
          5,
          'They asked you not to follow up (no_follow_up: true), yet a check-in email to Jason Lee went out on Wed 25 Nov 2026. Stop contacting Acme: wait for them to reach out, and only answer their messages.',
        ],
      ]);
      assert.equal(d.find((x) => x.rule === 'asked-not-to-follow-up')?.severity, 'error');
    });

    it('counts a contact at or after the interview time on the interview day, not one before it', () => {
      const d = check(
        acme(
          'no_follow_up: true',
          'contacts:',
          c('2026-11-19', 'to', 'Jason Lee', 'email', 'other'),
          c('2026-11-20 13:00', 'to', 'Jason Lee', 'phone', 'other'),
          c('2026-11-20 14:00', 'to', 'Maria Diaz', 'email', 'informational'),
        ),
        { now: '2026-11-26T10:00' },
      );
      assert.deepEqual(
        only(d, 'asked-not-to-follow-up').map((x) => x.slice(0, 2)),
        [[13, 5]],
      );
      assert.match(only(d, 'asked-not-to-follow-up')[0][2], /yet an informational email to Maria Diaz went out on Fri 20 Nov 2026\./);
    });

    it('allows thank-yous and answers to their messages', () => {
      const d = check(
        acme(
          'no_follow_up: true',
          'contacts:',
          c('2026-11-20 18:00', 'to', 'Jason Lee', 'email', 'thank-you'),
          c('2026-11-26', 'from', 'Jason Lee', 'email', 'other'),
          c('2026-11-27', 'to', 'Jason Lee', 'email', 'reply'),
        ),
        { now: '2026-11-28T10:00' },
      );
      assert.deepEqual(only(d, 'asked-not-to-follow-up'), []);
    });

    it('does not fire without no_follow_up: true', () => {
      const d = check(acme('no_follow_up: false', 'contacts:', c('2026-11-25', 'to', 'Jason Lee', 'email', 'check-in')), { now: '2026-11-26T10:00' });
      assert.deepEqual(only(d, 'asked-not-to-follow-up'), []);
    });
  });
});

describe('follow-up-too-early: contacts before the interview', () => {
  it('does not judge an update request sent before the interview', () => {
    const text = entry([
      'company: Adventure Works',
      'role: Engineering Manager',
      'interview: 2026-11-16 10:00',
      'interviewers: [Hannah Becker]',
      'decision_by: 2026-11-30',
      'contacts:',
      '  - {date: 2026-11-12, to: Hannah Becker, via: email, kind: update-request}',
      '  - {date: 2026-11-18, to: Hannah Becker, via: email, kind: check-in}',
    ]);
    assert.deepEqual(only(check(text, { today: '2026-11-23' }), 'follow-up-too-early').map(([l]) => l), [9]);
  });
});
