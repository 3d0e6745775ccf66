/** How often and how soon: follow-ups too early, too many, too frequent, and after being asked not to; the plan's check-in series and its spacing (plan.ts). */
import { dayOf, formatDay, startOfDayNumber } from '../civil';
import type { Contact, Entry } from '../entry';
import { answerTest, checkInDate, companySent, decisionDate, FOLLOW_UP_KINDS, lastFrom, rulePlan, tellsOfOtherOffer, unansweredFollowUps, type Sent } from '../plan';
import type { Settings } from '../settings';
import type { ContactKind, Diagnostic, RuleId, Via } from '../types';
import { diag, type RuleContext, type RuleFamily } from './context';
import { plural } from './duties';

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

export { afterInterview, answerTest } from '../plan';
import { afterInterview } from '../plan';

/** Why the check-in date is what it is, for messages. */
function checkInBasis(e: Entry, s: Settings): string {
  if (e.recruiter) return `${plural(s.recruiterSilenceDays, 'day')} after the interview, through the recruiter ${e.recruiter.name}`;
  const decision = decisionDate(e);
  if (decision) return `${plural(s.checkInDaysAfterDecision, 'day')} after their decision date of ${formatDay(decision.t)}`;
  return `${plural(s.checkInDaysWithoutDecision, 'day')} after the interview, as no decision date is known`;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Guards the check-in duty's first date: a follow-up before it is too early, unless they wrote
 * first, it keeps the promise (a promise is "by" a date: any day from the interview on), or it
 * tells them about another offer.
 */
function followUpTooEarly(e: Entry, ctx: RuleContext, out: Diagnostic[]): void {
  const base = checkInDate(e, ctx.settings);
  if (!base || !e.interview) return;
  const baseDay = dayOf(base.t);
  const promise = e.promised ? rulePlan(e, ctx).duties.find((d) => d.kind === 'promise') : undefined;
  let heardBack = false;
  for (const c of e.contacts) {
    if (c.dir === 'from') {
      if (afterInterview(e, c)) heardBack = true;
      continue;
    }
    // A check-in before the interview (asking about the schedule) is not a follow-up to it.
    if (!FOLLOW_UP_KINDS.has(c.kind) || heardBack || !afterInterview(e, c)) continue;
    const day = dayOf(c.when.t);
    if (day >= baseDay) continue;
    if (promise && (promise.doneBy === c || (e.promised && day >= dayOf(e.promised.by.t)))) continue;
    // Read last: the other entries' offers (the journal re-checks every entry when they change once a rule reads them).
    if (tellsOfOtherOffer(e, c, ctx)) continue;
    out.push(
      diag(
        'follow-up-too-early',
        `${capitalize(describeContact(c))} on ${formatDay(c.when.t)} came too early: the first check-in is due on ${formatDay(base.t)}, ${checkInBasis(e, ctx.settings)}. Give them time to decide: wait for that date before contacting them again.`,
        c.range,
      ),
    );
  }
}

/** Guards the move-on point: no follow-up beyond maxUnansweredFollowUps (telling them about another offer is news, not one of them). */
function tooManyFollowUps(e: Entry, ctx: RuleContext, out: Diagnostic[]): void {
  const max = ctx.settings.maxUnansweredFollowUps;
  let pending = unansweredFollowUps(e);
  if (pending.length <= max) return;
  // Read only here: the other entries' offers (see followUpTooEarly).
  if (pending.some((c) => c.kind === 'update-request')) pending = pending.filter((c) => !tellsOfOtherOffer(e, c, ctx));
  const from = lastFrom(e);
  const since = from ? `their last message on ${formatDay(from.when.t)}` : 'the interview';
  const company = e.company || 'this company';
  for (let i = max; i < pending.length; i++) {
    const c = pending[i];
    out.push(
      diag(
        'too-many-follow-ups',
        `${capitalize(describeContact(c))} on ${formatDay(c.when.t)} is follow-up ${i + 1} without an answer since ${since}; more than ${max} looks desperate. Stop following up with ${company} and move on: the ball is in their court.`,
        c.range,
      ),
    );
  }
}

/** The filter of the informational spacing rule (too-frequent uses the plan's). */
const INFORMATIONAL = (c: Contact): boolean => c.kind === 'informational';

/**
 * Warns on each contact of this entry that came less than `minDays` calendar days after the
 * previous one to the same company (any of its files). O(n log n) in the company's contacts,
 * once per company (see companyContactsOf).
 */
function spacing(
  e: Entry,
  ctx: RuleContext,
  out: Diagnostic[],
  rule: RuleId,
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
    if (rule === 'too-frequent' && e.promised && rulePlan(e, ctx).duties.some((d) => d.kind === 'promise' && d.doneBy === c)) continue;
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

/**
 * Guards the waived follow-up duties: with no_follow_up, nothing goes to the company after the
 * interview but thank-yous, answers to their messages and the answer to an offer. The recruiter
 * is your agent, not the company.
 */
function askedNotToFollowUp(e: Entry, out: Diagnostic[]): void {
  if (!e.noFollowUp || !e.interview) return;
  const answers = answerTest(e);
  const recruiter = e.recruiter?.key;
  for (const c of e.contacts) {
    if (c.dir !== 'to' || c.kind === 'thank-you' || !afterInterview(e, c) || answers(c)) continue;
    if (c.whoKey === recruiter) continue;
    out.push(
      diag(
        'asked-not-to-follow-up',
        `They asked you not to follow up (no_follow_up: true), yet ${aContact(c)} went out on ${formatDay(c.when.t)}. Stop contacting ${e.company || 'them'}: wait for them to reach out, and only answer their messages.`,
        c.range,
      ),
    );
  }
}

export const timing: RuleFamily = {
  name: 'timing',
  ids: ['follow-up-too-early', 'too-many-follow-ups', 'too-frequent', 'informational-too-often', 'asked-not-to-follow-up'],
  check(entry, ctx) {
    const out: Diagnostic[] = [];
    const s = ctx.settings;
    followUpTooEarly(entry, ctx, out);
    tooManyFollowUps(entry, ctx, out);
    spacing(entry, ctx, out, 'too-frequent', undefined, s.minDaysBetweenContacts, 'messages', 'Contacting them again is fine from');
    spacing(entry, ctx, out, 'informational-too-often', INFORMATIONAL, s.informationalMinDays, 'informational notes', 'The next informational note is fine from');
    askedNotToFollowUp(entry, out);
    return out;
  },
};
