/**
 * Which channel, to whom: phone, LinkedIn and email only when invited or given; the recruiter's role.
 *
 * Source: 002 (no email that was not given, no phone unless asked, no LinkedIn unless invited,
 * go through the agency recruiter, no calls after hours or on Saturdays), 004 (phone only if
 * allowed), 001 (LinkedIn after a week: the `after-a-week` policy).
 *
 * These rules guard the channel of every duty of the plan (plan.ts picks only channels they accept).
 * Only `to` contacts are checked (what you did); the channel rules look only at contacts
 * addressed to an interviewer (by name, or by the email address they gave).
 */
import { dayOf, formatDate, isWeekendDay, minuteOfDay } from '../civil';
import type { Contact, Entry, Interviewer } from '../entry';
import type { Diagnostic } from '../types';
import { diag, type RuleContext, type RuleFamily } from './context';
import { phoneInvited } from '../plan';

/** Calls to the recruiter are fine from 08:00 up to and including 18:00 on a weekday. */
const OFFICE_OPENS = 8 * 60;
const OFFICE_CLOSES = 18 * 60;
const LINKEDIN_WAIT_DAYS = 7;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `07:59`: pure arithmetic on the floating moment, never the machine's zone. */
function hhmm(t: number): string {
  const m = minuteOfDay(t);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Day 0 (1970-01-01) was a Thursday. */
function weekday(t: number): string {
  return WEEKDAYS[(((dayOf(t) + 4) % 7) + 7) % 7];
}

/** "You called Jason Lee" / "You left Jason Lee a voicemail", for phone-ish contacts. */
function called(c: Contact, who: string): string {
  return c.via === 'voicemail' ? `You left ${who} a voicemail` : `You called ${who}`;
}

function checkContact(entry: Entry, c: Contact, person: Interviewer | undefined, ctx: RuleContext, out: Diagnostic[]): void {
  const { settings } = ctx;
  if (person) {
    const name = person.name;
    if ((c.via === 'phone' || c.via === 'voicemail') && !phoneInvited(entry, person, settings)) {
      out.push(
        diag(
          'phone-not-invited',
          `${called(c, name)} on ${formatDate(c.when.t)}, but ${name} did not ask you to call: follow up by email instead (or add "phone_ok: true" to ${name} if they invited a call).`,
          c.viaRange,
        ),
      );
    }
    if (c.via === 'linkedin' && !person.linkedinOk && settings.linkedinPolicy !== 'off') {
      if (settings.linkedinPolicy === 'after-a-week' && entry.interview) {
        const allowedFrom = dayOf(entry.interview.t) + LINKEDIN_WAIT_DAYS;
        if (dayOf(c.when.t) < allowedFrom) {
          const from = formatDate(allowedFrom * 1440);
          out.push(
            diag(
              'linkedin-not-invited',
              `You contacted ${name} on LinkedIn on ${formatDate(c.when.t)}, less than a week after the interview, and ${name} did not invite it: wait until ${from} before sending a connection request (or add "linkedin_ok: true" to ${name} if they invited one).`,
              c.viaRange,
            ),
          );
        }
      } else {
        out.push(
          diag(
            'linkedin-not-invited',
            `You contacted ${name} on LinkedIn on ${formatDate(c.when.t)}, but ${name} did not invite a LinkedIn connection: let them reach out to you (or add "linkedin_ok: true" to ${name} if they invited one).`,
            c.viaRange,
          ),
        );
      }
    }
    if (c.via === 'email' && !person.email) {
      const through = entry.recruiter ? `write through the recruiter ${entry.recruiter.name}` : 'write only to addresses you were given';
      out.push(
        diag(
          'email-not-given',
          `You emailed ${name} on ${formatDate(c.when.t)}, but ${name} did not give you an email address: don't look one up; ${through} (or add "email: ..." to ${name} if they gave it to you).`,
          c.viaRange,
        ),
      );
    }
    if (entry.recruiter && (c.kind === 'check-in' || c.kind === 'update-request')) {
      const what = c.kind === 'check-in' ? 'a check-in' : 'an update request';
      const r = entry.recruiter;
      out.push(
        diag(
          'recruiter-bypass',
          `You sent ${what} to ${name} on ${formatDate(c.when.t)}, but this interview came through the recruiter ${r.name}${r.agency ? ` (${r.agency})` : ''}: ask ${r.name} for news instead of contacting ${name} directly.`,
          c.whoRange,
        ),
      );
    }
    return;
  }
  const r = entry.recruiter;
  if (r && c.whoKey === r.key && (c.via === 'phone' || c.via === 'voicemail')) {
    const weekend = isWeekendDay(c.when.t);
    const minute = minuteOfDay(c.when.t);
    const afterHours = c.when.timed && (minute < OFFICE_OPENS || minute > OFFICE_CLOSES);
    if (!weekend && !afterHours) return;
    const at = c.when.timed ? ` at ${hhmm(c.when.t)}` : '';
    const why = weekend ? `a ${weekday(c.when.t)}` : `outside office hours`;
    out.push(
      diag(
        'recruiter-after-hours',
        `${called(c, `the recruiter ${r.name}`)} on ${formatDate(c.when.t)}${at}, ${why}: keep calls to ${r.name} for weekdays between 08:00 and 18:00 (evenings and weekends are for emergencies), or send an email.`,
        c.dateRange,
      ),
    );
  }
}

export const channels: RuleFamily = {
  name: 'channels',
  ids: ['phone-not-invited', 'linkedin-not-invited', 'email-not-given', 'recruiter-bypass', 'recruiter-after-hours'],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    const byKey = new Map<string, Interviewer>();
    for (const p of entry.interviewers) if (!byKey.has(p.key)) byKey.set(p.key, p);
    for (const c of entry.contacts) {
      if (c.dir !== 'to') continue;
      // The recruiter is never treated as an interviewer, even when listed as one too.
      const isRecruiter = entry.recruiter !== undefined && c.whoKey === entry.recruiter.key;
      checkContact(entry, c, isRecruiter ? undefined : byKey.get(c.whoKey), ctx, out);
    }
    return out;
  },
};
