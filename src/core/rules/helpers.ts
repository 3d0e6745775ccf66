/** What several rules share: the diagnostic maker, message wording, the spacing walk, the channel walk. */
import { dayOf, endOf, formatDay, formatTime, startOfDayNumber } from '../civil';
import type { Contact, Entry, Interviewer } from '../entry';
import { companySent, decisionDate, rulePlan, thankYouDue, type Sent } from '../plan';
import type { Settings } from '../settings';
import { plainRange } from '../text';
import type { ContactKind, Diagnostic, FixData, Minutes, Range, RuleId, Via, When } from '../types';
import type { Rule, RuleContext } from './context';

/** A diagnostic of this rule, with its default severity (settings adjust it later). */
export function diag(rule: Rule<RuleId>, message: string, range: Range, fix?: FixData): Diagnostic {
  const d: Diagnostic = { rule: rule.id, severity: rule.severity, message, range: plainRange(range) };
  if (fix) d.fix = fix;
  return d;
}

/** `Sat 21 Nov 2026 14:00` for a timed value, `Sat 21 Nov 2026` for a date. */
export function formatMoment(w: When): string {
  return w.timed ? `${formatDay(w.t)} ${formatTime(w.t)}` : formatDay(w.t);
}

/** `1 hour`, `24 hours`, `3 days`. */
export function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** The end of the thank-you window, as a moment (the plan's thank-you due). */
export function thankYouDeadline(interview: When, s: Settings): Minutes {
  return endOf(thankYouDue(interview, s));
}

/** The person to ask or write to about the process: the recruiter when there is one, else the first interviewer. */
export function contactPerson(e: Entry): string {
  return e.recruiter?.name ?? e.interviewers[0]?.name ?? e.company;
}


const KIND_WORDS: Partial<Record<ContactKind, string>> = {
  'thank-you': 'thank-you',
  'check-in': 'check-in',
  'update-request': 'update request',
  informational: 'informational',
  debrief: 'debrief',
  reply: 'reply',
};

const VIA_WORDS: Record<Via, string> = {
  email: 'email',
  phone: 'call',
  voicemail: 'voicemail',
  letter: 'letter',
  linkedin: 'LinkedIn message',
  text: 'text message',
  video: 'video call',
  'in-person': 'visit',
};

/** `check-in email to Jason Lee`, `call to Dana Smith`. */
export function describeContact(c: Contact): string {
  const kind = KIND_WORDS[c.kind];
  return `${kind ? `${kind} ` : ''}${VIA_WORDS[c.via]} to ${c.who}`;
}

/** `a check-in email to ...`, `an update request email to ...`. */
export function aContact(c: Contact): string {
  const d = describeContact(c);
  return `${/^[aeiou]/i.test(d) ? 'an' : 'a'} ${d}`;
}

/** The file name of a path (either separator). */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** Why the check-in date is what it is, for messages. */
export function checkInBasis(e: Entry, s: Settings): string {
  if (e.recruiter) return `${plural(s.recruiterSilenceDays, 'day')} after the interview, through the recruiter ${e.recruiter.name}`;
  const decision = decisionDate(e);
  if (decision) return `${plural(s.checkInDaysAfterDecision, 'day')} after their decision date of ${formatDay(decision.t)}`;
  return `${plural(s.checkInDaysWithoutDecision, 'day')} after the interview, as no decision date is known`;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The filter of the informational spacing rule (too-frequent uses the plan's). */
export const INFORMATIONAL = (c: Contact): boolean => c.kind === 'informational';

/**
 * Warns on each contact of this entry that came less than `minDays` calendar days after the
 * previous one to the same company (any of its files). O(n log n) in the company's contacts,
 * once per company (companySent in plan.ts).
 */
export function spacing(
  e: Entry,
  ctx: RuleContext,
  out: Diagnostic[],
  rule: Rule<RuleId>,
  keep: ((c: Contact) => boolean) | undefined,
  minDays: number,
  what: string,
  again: string,
): void {
  const sent: Sent[] = companySent(e, ctx, keep);
  const company = e.company || 'this company';
  // The recruiter is a party of their own: a message to them does not space those to the company.
  const last = new Map<string, Sent>();
  for (let i = 0; i < sent.length; i++) {
    const cur = sent[i];
    const { entry, c } = cur;
    const party = cur.party === '' ? '' : `${cur.party}`;
    const prev = last.get(party);
    last.set(party, cur);
    if (entry !== e || !prev) continue;
    const gap = dayOf(c.when.t) - dayOf(prev.c.when.t);
    if (gap >= minDays) continue;
    // Keeping a promise on the day you named is never too frequent: the plan cannot move that date.
    if (rule.id === 'too-frequent' && e.promised && rulePlan(e, ctx).duties.some((d) => d.kind === 'promise' && d.doneBy === c)) continue;
    const where = prev.entry === e ? '' : ` (in ${fileName(prev.entry.path)})`;
    const to = cur.party ? `the recruiter ${entry.recruiter?.name ?? ''}`.trimEnd() : company;
    const when = gap === 0 ? 'the same day as' : `${plural(gap, 'day')} after`;
    const nextOk = formatDay(startOfDayNumber(dayOf(c.when.t) + Math.ceil(minDays)));
    out.push(
      diag(
        rule,
        `${capitalize(describeContact(c))} on ${formatDay(c.when.t)} came ${when} your ${describeContact(prev.c)} on ${formatDay(prev.c.when.t)}${where}: leave at least ${plural(minDays, 'day')} between ${what} to ${to}. ${again} ${nextOk}.`,
        c.range,
      ),
    );
  }
}

/** Calls to the recruiter are fine from 08:00 up to and including 18:00 on a weekday. */
export const OFFICE_OPENS = 8 * 60;
export const OFFICE_CLOSES = 18 * 60;
export const LINKEDIN_WAIT_DAYS = 7;

/** "You called Jason Lee" / "You left Jason Lee a voicemail", for phone-ish contacts. */
export function called(c: Contact, who: string): string {
  return c.via === 'voicemail' ? `You left ${who} a voicemail` : `You called ${who}`;
}

/**
 * The `to` contacts of an entry, each with the interviewer it is addressed to (undefined for
 * anyone else). The recruiter is never treated as an interviewer, even when listed as one too.
 */
export function sentTo(entry: Entry): [Contact, Interviewer | undefined][] {
  const byKey = new Map<string, Interviewer>();
  for (const p of entry.interviewers) if (!byKey.has(p.key)) byKey.set(p.key, p);
  const out: [Contact, Interviewer | undefined][] = [];
  for (const c of entry.contacts) {
    if (c.dir !== 'to') continue;
    const isRecruiter = entry.recruiter !== undefined && c.whoKey === entry.recruiter.key;
    out.push([c, isRecruiter ? undefined : byKey.get(c.whoKey)]);
  }
  return out;
}
