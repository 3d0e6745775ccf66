import { strict as assert } from 'node:assert';
import type { Settings } from '../../src/core/settings';
import type { Diagnostic, RuleId } from '../../src/core/types';
import { check, entry, only, ranges } from './helpers';

const NOW = '2026-12-01T12:00';
const CHANNEL_RULES: RuleId[] = ['phone-not-invited', 'linkedin-not-invited', 'email-not-given', 'recruiter-bypass', 'recruiter-after-hours'];

/**
 * An interview on Friday 2026-11-20 at 10:00 with three interviewers:
 * Jason Lee gave his email; Maria Gomez invited a call and a LinkedIn connection; Priya Shah gave nothing.
 * Contacts start on line 16 (1-based), one flow map a line, so columns are easy to count:
 * `  - {date: D, to: W, via: V, kind: K}` puts the date at column 12.
 */
function journal(contacts: string[], opts: { recruiter?: boolean; status?: string; ignore?: string } = {}): string {
  return entry([
    'company: Acme',
    'role: Engineer',
    'interview: 2026-11-20 10:00',
    `status: ${opts.status ?? 'active'}`,
    'interviewers:',
    '  - name: Jason Lee',
    '    email: jason@acme.com',
    '  - name: Maria Gomez',
    '    phone_ok: true',
    '    linkedin_ok: true',
    '  - Priya Shah',
    opts.recruiter ? 'recruiter: {name: Sam Rivera, agency: TalentCo, email: sam@talentco.com}' : 'tags: [x]',
    opts.ignore ? `ignore: [${opts.ignore}]` : 'decision_by: 2026-11-27',
    'contacts:',
    ...contacts.map((c) => `  - {${c}}`),
  ]);
}

/** A contact line of the journal. */
function c(date: string, dir: 'to' | 'from', who: string, via: string, kind: string): string {
  return `date: ${date}, ${dir}: ${who}, via: ${via}, kind: ${kind}`;
}

function channelDiags(text: string, settings: Partial<Settings> = {}): Diagnostic[] {
  return check(text, { now: NOW, settings }).filter((d) => CHANNEL_RULES.includes(d.rule));
}

/** 1-based column where the value of `key` starts on a contact line built by c(). */
function col(line: string, key: string): number {
  return `  - {${line}}`.indexOf(`${key}: `) + key.length + 3;
}

describe('channel rules', () => {
  describe('phone-not-invited', () => {
    it('fires on a call to an interviewer who did not invite one, on the via value', () => {
      const line = c('2026-11-24', 'to', 'Priya Shah', 'phone', 'check-in');
      const d = channelDiags(journal([line]));
      const at = col(line, 'via');
      assert.equal(at, 45);
      assert.deepEqual(ranges(d), ['16:45-16:50 phone-not-invited']);
      assert.deepEqual(only(d, 'phone-not-invited'), [
        [16, 45, 'You called Priya Shah on 2026-11-24, but Priya Shah did not ask you to call: follow up by email instead (or add "phone_ok: true" to Priya Shah if they invited a call).'],
      ]);
      assert.equal(d[0].severity, 'warning');
    });

    it('covers voicemail, and a person named by the email address they gave', () => {
      const d = channelDiags(journal([c('2026-11-24 09:30', 'to', 'jason@acme.com', 'voicemail', 'check-in')]));
      assert.deepEqual(only(d, 'phone-not-invited'), [
        [16, 55, 'You left Jason Lee a voicemail on 2026-11-24, but Jason Lee did not ask you to call: follow up by email instead (or add "phone_ok: true" to Jason Lee if they invited a call).'],
      ]);
      assert.deepEqual(ranges(d), ['16:55-16:64 phone-not-invited']);
    });

    it('does not fire when the call was invited, not to an interviewer, not a call, or from them', () => {
      const d = channelDiags(
        journal([
          c('2026-11-24', 'to', 'Maria Gomez', 'phone', 'check-in'),
          c('2026-11-25', 'to', 'Jane Unknown', 'phone', 'check-in'),
          c('2026-11-26', 'from', 'Priya Shah', 'phone', 'reply'),
          c('2026-11-27', 'to', 'Jason Lee', 'email', 'check-in'),
          c('2026-11-28', 'to', 'Jason Lee', 'text', 'other'),
          c('2026-11-20 11:00', 'to', 'Priya Shah', 'in-person', 'thank-you'),
        ]),
      );
      assert.deepEqual(d, []);
    });

    it('is off with phonePolicy "allowed"', () => {
      const text = journal([c('2026-11-24', 'to', 'Priya Shah', 'phone', 'check-in')]);
      assert.equal(only(channelDiags(text), 'phone-not-invited').length, 1);
      assert.deepEqual(channelDiags(text, { phonePolicy: 'allowed' }), []);
    });
  });

  describe('linkedin-not-invited', () => {
    const toJason = (date: string) => journal([c(date, 'to', 'Jason Lee', 'linkedin', 'other')]);

    it('fires by default on a LinkedIn contact to an interviewer who did not invite it', () => {
      const d = channelDiags(toJason('2026-11-21'));
      assert.deepEqual(only(d, 'linkedin-not-invited'), [
        [16, 44, 'You contacted Jason Lee on LinkedIn on 2026-11-21, but Jason Lee did not invite a LinkedIn connection: let them reach out to you (or add "linkedin_ok: true" to Jason Lee if they invited one).'],
      ]);
      assert.deepEqual(ranges(d), ['16:44-16:52 linkedin-not-invited']);
      // still fires weeks later under the default policy
      assert.equal(only(channelDiags(toJason('2026-12-30')), 'linkedin-not-invited').length, 1);
    });

    it('does not fire when invited, when from them, or for someone who is not an interviewer', () => {
      const d = channelDiags(
        journal([
          c('2026-11-21', 'to', 'Maria Gomez', 'linkedin', 'other'),
          c('2026-11-22', 'from', 'Jason Lee', 'linkedin', 'other'),
          c('2026-11-23', 'to', 'Jane Unknown', 'linkedin', 'other'),
        ]),
      );
      assert.deepEqual(d, []);
    });

    it('with "after-a-week", allows it from the seventh day after the interview', () => {
      const after = { linkedinPolicy: 'after-a-week' as const };
      assert.deepEqual(only(channelDiags(toJason('2026-11-26 23:59'), after), 'linkedin-not-invited'), [
        [16, 50, 'You contacted Jason Lee on LinkedIn on 2026-11-26, less than a week after the interview, and Jason Lee did not invite it: wait until 2026-11-27 before sending a connection request (or add "linkedin_ok: true" to Jason Lee if they invited one).'],
      ]);
      // the seventh day counts, even before the interview's time of day
      assert.deepEqual(channelDiags(toJason('2026-11-27 08:00'), after), []);
      assert.deepEqual(channelDiags(toJason('2026-11-27'), after), []);
    });

    it('is never reported with "off"', () => {
      assert.deepEqual(channelDiags(toJason('2026-11-21'), { linkedinPolicy: 'off' }), []);
    });
  });

  describe('email-not-given', () => {
    it('fires, as information, on an email to an interviewer who gave no address', () => {
      const line = c('2026-11-20 18:00', 'to', 'Priya Shah', 'email', 'thank-you');
      const d = channelDiags(journal([line]));
      assert.deepEqual(only(d, 'email-not-given'), [
        [16, col(line, 'via'), "You emailed Priya Shah on 2026-11-20, but Priya Shah did not give you an email address: don't look one up; write only to addresses you were given (or add \"email: ...\" to Priya Shah if they gave it to you)."],
      ]);
      assert.deepEqual(ranges(d), ['16:51-16:56 email-not-given']);
      assert.equal(d[0].severity, 'information');
    });

    it('suggests the recruiter when there is one', () => {
      const d = channelDiags(journal([c('2026-11-20', 'to', 'Priya Shah', 'email', 'thank-you')], { recruiter: true }));
      assert.deepEqual(only(d, 'email-not-given'), [
        [16, 45, "You emailed Priya Shah on 2026-11-20, but Priya Shah did not give you an email address: don't look one up; write through the recruiter Sam Rivera (or add \"email: ...\" to Priya Shah if they gave it to you)."],
      ]);
    });

    it('does not fire for an interviewer who gave an address, for the recruiter, an unknown person, or other channels', () => {
      const d = channelDiags(
        journal(
          [
            c('2026-11-20', 'to', 'Jason Lee', 'email', 'thank-you'),
            c('2026-11-20', 'to', 'jason@acme.com', 'email', 'thank-you'),
            c('2026-11-20', 'to', 'Sam Rivera', 'email', 'debrief'),
            c('2026-11-20', 'to', 'sam@talentco.com', 'email', 'debrief'),
            c('2026-11-20', 'to', 'Jane Unknown', 'email', 'thank-you'),
            c('2026-11-21', 'from', 'Priya Shah', 'email', 'reply'),
            c('2026-11-21', 'to', 'Priya Shah', 'letter', 'thank-you'),
          ],
          { recruiter: true },
        ),
      );
      assert.deepEqual(d, []);
    });
  });

  describe('recruiter-bypass', () => {
    it('fires on a check-in or update request sent to an interviewer, on the person', () => {
      const line1 = c('2026-11-25', 'to', 'Jason Lee', 'email', 'check-in');
      const line2 = c('2026-11-27', 'to', 'Maria Gomez', 'phone', 'update-request');
      const d = channelDiags(journal([line1, line2], { recruiter: true }));
      assert.equal(col(line1, 'to'), 28);
      assert.deepEqual(ranges(d), ['16:28-16:37 recruiter-bypass', '17:28-17:39 recruiter-bypass']);
      assert.deepEqual(only(d, 'recruiter-bypass'), [
        [16, 28, 'You sent a check-in to Jason Lee on 2026-11-25, but this interview came through the recruiter Sam Rivera (TalentCo): ask Sam Rivera for news instead of contacting Jason Lee directly.'],
        [17, 28, 'You sent an update request to Maria Gomez on 2026-11-27, but this interview came through the recruiter Sam Rivera (TalentCo): ask Sam Rivera for news instead of contacting Maria Gomez directly.'],
      ]);
    });

    it('does not fire without a recruiter, for other kinds, for the recruiter, or for messages from them', () => {
      assert.deepEqual(channelDiags(journal([c('2026-11-25', 'to', 'Jason Lee', 'email', 'check-in')])), []);
      const d = channelDiags(
        journal(
          [
            c('2026-11-20', 'to', 'Jason Lee', 'email', 'thank-you'),
            c('2026-11-25', 'to', 'Sam Rivera', 'email', 'check-in'),
            c('2026-11-25', 'to', 'sam@talentco.com', 'email', 'update-request'),
            c('2026-11-26', 'from', 'Jason Lee', 'email', 'check-in'),
            c('2026-11-26', 'to', 'Jason Lee', 'email', 'reply'),
            c('2026-11-27', 'to', 'Jane Unknown', 'email', 'check-in'),
          ],
          { recruiter: true },
        ),
      );
      assert.deepEqual(d, []);
    });
  });

  describe('recruiter-after-hours', () => {
    const calls = (...lines: string[]) => channelDiags(journal(lines, { recruiter: true }));

    it('fires on a call before 08:00 or after 18:00, on the date', () => {
      const d = calls(c('2026-11-23 07:59', 'to', 'Sam Rivera', 'phone', 'check-in'), c('2026-11-24 18:01', 'to', 'Sam Rivera', 'voicemail', 'check-in'));
      assert.deepEqual(ranges(d), ['16:12-16:28 recruiter-after-hours', '17:12-17:28 recruiter-after-hours']);
      assert.deepEqual(only(d, 'recruiter-after-hours'), [
        [16, 12, 'You called the recruiter Sam Rivera on 2026-11-23 at 07:59, outside office hours: keep calls to Sam Rivera for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.'],
        [17, 12, 'You left the recruiter Sam Rivera a voicemail on 2026-11-24 at 18:01, outside office hours: keep calls to Sam Rivera for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.'],
      ]);
    });

    it('fires on a Saturday or Sunday, with or without a time', () => {
      const d = calls(c('2026-11-21', 'to', 'Sam Rivera', 'phone', 'check-in'), c('2026-11-22 12:00', 'to', 'sam@talentco.com', 'phone', 'check-in'));
      assert.deepEqual(only(d, 'recruiter-after-hours'), [
        [16, 12, 'You called the recruiter Sam Rivera on 2026-11-21, a Saturday: keep calls to Sam Rivera for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.'],
        [17, 12, 'You called the recruiter Sam Rivera on 2026-11-22 at 12:00, a Sunday: keep calls to Sam Rivera for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.'],
      ]);
      assert.deepEqual(ranges(d), ['16:12-16:22 recruiter-after-hours', '17:12-17:28 recruiter-after-hours']);
    });

    it('does not fire at 08:00 or 18:00 on a weekday, for a date-only weekday call, for email, or for calls from the recruiter', () => {
      const d = calls(
        c('2026-11-23 08:00', 'to', 'Sam Rivera', 'phone', 'debrief'),
        c('2026-11-23 18:00', 'to', 'Sam Rivera', 'phone', 'check-in'),
        c('2026-11-24', 'to', 'Sam Rivera', 'voicemail', 'check-in'),
        c('2026-11-24 23:00', 'to', 'Sam Rivera', 'email', 'check-in'),
        c('2026-11-28 09:00', 'to', 'Sam Rivera', 'text', 'check-in'),
        c('2026-11-28 09:00', 'from', 'Sam Rivera', 'phone', 'reply'),
      );
      assert.deepEqual(d, []);
    });

    it('is about the recruiter only: a late call to an interviewer is a phone-not-invited matter', () => {
      const d = calls(c('2026-11-23 22:00', 'to', 'Priya Shah', 'phone', 'other'));
      assert.deepEqual(
        d.map((x) => x.rule),
        ['phone-not-invited'],
      );
    });
  });

  describe('settings, ignore and closed entries', () => {
    const lines = [c('2026-11-24', 'to', 'Priya Shah', 'phone', 'check-in'), c('2026-11-25', 'to', 'Jason Lee', 'linkedin', 'other')];

    it('reports several rules on one contact, each on its own range', () => {
      const d = channelDiags(journal([c('2026-11-21 07:00', 'to', 'Priya Shah', 'phone', 'check-in')], { recruiter: true }));
      assert.deepEqual(ranges(d), ['16:34-16:44 recruiter-bypass', '16:51-16:56 phone-not-invited']);
    });

    it('honours severity settings and `ignore:`', () => {
      const d = channelDiags(journal(lines), { rules: { 'phone-not-invited': 'error', 'linkedin-not-invited': 'off' } });
      assert.deepEqual(
        d.map((x) => [x.rule, x.severity]),
        [['phone-not-invited', 'error']],
      );
      assert.deepEqual(
        channelDiags(journal(lines, { ignore: 'phone-not-invited' })).map((x) => x.rule),
        ['linkedin-not-invited'],
      );
    });

    it('says nothing on a closed entry', () => {
      assert.equal(channelDiags(journal(lines)).length, 2);
      assert.deepEqual(channelDiags(journal(lines, { status: 'rejected' })), []);
    });
  });
});
