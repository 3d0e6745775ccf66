/** What you owe after an interview: thank-yous, the recruiter debrief, the decision date, kept promises. */
import { dayOf, endOf, endOfNextDay, formatDate, formatDay, MINUTES_PER_DAY, minuteOfDay, startOfDayNumber } from '../civil';
import type { Contact, Entry } from '../entry';
import { checkInDate } from '../schedule';
import type { Settings } from '../settings';
import type { Diagnostic, Minutes, When } from '../types';
import { diag, type RuleContext, type RuleFamily } from './context';

/** `14:00` */
export function formatClock(t: Minutes): string {
  const m = minuteOfDay(t);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** `Sat 21 Nov 2026 14:00` for a timed value, `Sat 21 Nov 2026` for a date. */
export function formatMoment(w: When): string {
  return w.timed ? `${formatDay(w.t)} ${formatClock(w.t)}` : formatDay(w.t);
}

/** `1 hour`, `24 hours`, `3 days`. */
export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** A contact dated on or after the interview day (any contact when the interview date is unknown). */
export function onOrAfterInterviewDay(e: Entry, c: Contact): boolean {
  return !e.interview || dayOf(c.when.t) >= dayOf(e.interview.t);
}

/**
 * When the thank-you to each interviewer is due: `thankYouHours` after a timed interview, the end
 * of the next day after a date-only one.
 */
export function thankYouDeadline(interview: When, s: Settings): Minutes {
  return interview.timed ? interview.t + Math.round(s.thankYouHours * 60) : endOfNextDay(interview);
}

/** The person to ask or write to about the process: the recruiter when there is one, else the first interviewer. */
export function contactPerson(e: Entry): string {
  return e.recruiter?.name ?? e.interviewers[0]?.name ?? e.company;
}

function thankYouOverdue(e: Entry, ctx: RuleContext, out: Diagnostic[]): void {
  const interview = e.interview;
  if (!interview) return;
  const deadline = thankYouDeadline(interview, ctx.settings);
  if (ctx.now <= deadline) return;
  const thanked = new Set<string>();
  for (const c of e.contacts) if (c.dir === 'to' && c.kind === 'thank-you' && onOrAfterInterviewDay(e, c)) thanked.add(c.whoKey);
  const due = interview.timed
    ? `it was due by ${formatMoment({ t: deadline, timed: true })}, ${plural(ctx.settings.thankYouHours, 'hour')} after the interview`
    : `it was due by the end of ${formatDay(deadline - MINUTES_PER_DAY)}, the day after the interview`;
  for (const p of e.interviewers) {
    if (thanked.has(p.key)) continue;
    out.push(
      diag('thank-you-overdue', `No thank-you to ${p.name} yet: ${due}. Send a short, personal thank-you email today.`, p.range, {
        kind: 'log-contact',
        to: p.name,
        via: 'email',
        contactKind: 'thank-you',
      }),
    );
  }
}

function recruiterDebrief(e: Entry, ctx: RuleContext, out: Diagnostic[]): void {
  const r = e.recruiter;
  const interview = e.interview;
  if (!r || !interview) return;
  const deadline = endOfNextDay(interview);
  if (ctx.now <= deadline) return;
  if (e.contacts.some((c) => c.whoKey === r.key && onOrAfterInterviewDay(e, c))) return;
  const who = r.agency ? `${r.name} (${r.agency})` : r.name;
  out.push(
    diag(
      'recruiter-debrief',
      `No debrief with the recruiter ${who} yet: it was due by the end of ${formatDay(deadline - MINUTES_PER_DAY)}, the day after the interview. Call them today to say how it went and ask how they want you to follow up.`,
      r.range,
      { kind: 'log-contact', to: r.name, via: 'phone', contactKind: 'debrief' },
    ),
  );
}

function decisionDateMissing(e: Entry, ctx: RuleContext, out: Diagnostic[]): void {
  const interview = e.interview;
  const span = e.keys.get('interview');
  if (!interview || !span || e.status !== 'active') return;
  if (e.decisionBy || e.keys.has('decision_by')) return;
  if (ctx.now < endOf(interview)) return;
  const checkIn = checkInDate(e, ctx.settings);
  const plan = checkIn ? ` Until then the first check-in is planned for ${formatDay(checkIn.t)}.` : '';
  out.push(
    diag(
      'decision-date-missing',
      `No decision date for the interview of ${formatDay(interview.t)}: ask ${contactPerson(e)} when they expect to decide, and write it as "decision_by: YYYY-MM-DD".${plan}`,
      span.key,
      { kind: 'insert-key', key: 'decision_by', placeholder: formatDate(startOfDayNumber(dayOf(interview.t) + 7)) },
    ),
  );
}

function promiseOverdue(e: Entry, ctx: RuleContext, out: Diagnostic[]): void {
  const p = e.promised;
  if (!p) return;
  const over = startOfDayNumber(dayOf(p.by.t) + 1);
  if (ctx.now < over) return;
  if (e.contacts.some((c) => c.dir === 'to' && c.kind !== 'thank-you' && onOrAfterInterviewDay(e, c))) return;
  const person = contactPerson(e);
  const via = p.via ?? 'email';
  out.push(
    diag(
      'promise-overdue',
      `You promised to follow up by ${formatDay(p.by.t)}${p.via ? ` (by ${p.via})` : ''} and nothing has gone to ${person} since the interview: follow up today as promised, and log it under contacts.`,
      p.range,
      { kind: 'log-contact', to: person, via, contactKind: 'check-in' },
    ),
  );
}

export const duties: RuleFamily = {
  name: 'duties',
  ids: ['thank-you-overdue', 'recruiter-debrief', 'decision-date-missing', 'promise-overdue'],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    thankYouOverdue(entry, ctx, out);
    recruiterDebrief(entry, ctx, out);
    decisionDateMissing(entry, ctx, out);
    promiseOverdue(entry, ctx, out);
    return out;
  },
};
