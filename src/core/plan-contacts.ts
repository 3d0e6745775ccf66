/** The plan's reading of the contacts: follow-ups, answers, and the spacing of messages to a company. */
import { dayOf } from './civil';
import type { Contact, Entry } from './entry';
import { atOrAfter, dayPlus } from './plan-moments';
import type { RuleContext } from './rules/context';
import type { When } from './types';

export const FOLLOW_UP_KINDS: ReadonlySet<string> = new Set(['check-in', 'update-request']);

export function isFollowUp(c: Contact): boolean {
  return c.dir === 'to' && FOLLOW_UP_KINDS.has(c.kind);
}

/** The last contact they made (a `from` contact), if any. */
export function lastFrom(e: Entry): Contact | undefined {
  for (let i = e.contacts.length - 1; i >= 0; i--) if (e.contacts[i].dir === 'from') return e.contacts[i];
  return undefined;
}

/** Follow-ups you sent that their last message does not answer (a date-only reply answers everything of its day), oldest first. */
export function unansweredFollowUps(e: Entry): Contact[] {
  const from = lastFrom(e);
  return e.contacts.filter((c) => isFollowUp(c) && (!from || !atOrAfter(from.when, c.when)));
}

/**
 * Which `to` contacts answer one of their messages: a `reply` after any message of theirs
 * (whatever the gap) or to an offer (status `offer`), or any contact on the day of theirs (at
 * or after it, when both carry a time) or the day after. Built once per entry in O(n).
 */
export function answerTest(e: Entry): (c: Contact) => boolean {
  const offer = e.status === 'offer';
  const days = new Map<number, { minTimed: number; dateOnly: boolean }>();
  let first: When | undefined;
  for (const f of e.contacts) {
    if (f.dir !== 'from') continue;
    if (!first || f.when.t < first.t) first = f.when;
    const d = dayOf(f.when.t);
    const slot = days.get(d) ?? { minTimed: Infinity, dateOnly: false };
    if (f.when.timed) slot.minTimed = Math.min(slot.minTimed, f.when.t);
    else slot.dateOnly = true;
    days.set(d, slot);
  }
  if (!first) return offer ? (c) => c.dir === 'to' && c.kind === 'reply' : () => false;
  const firstFrom = first;
  return (c) => {
    if (c.dir !== 'to') return false;
    if (c.kind === 'reply' && (offer || atOrAfter(c.when, firstFrom))) return true;
    const d = dayOf(c.when.t);
    if (days.has(d - 1)) return true;
    const same = days.get(d);
    if (!same) return false;
    return same.dateOnly || !c.when.timed || same.minTimed <= c.when.t;
  };
}

/** A message to the company that counts for spacing: not a thank-you, not the debrief, not an answer to theirs. */
const SPACED = (c: Contact): boolean => c.kind !== 'thank-you' && c.kind !== 'debrief';

export interface Sent {
  entry: Entry;
  c: Contact;
  /** The recruiter's key when the message went to the entry's recruiter, '' for the company. */
  party: string;
}

/** The party a contact of an entry went to: its recruiter, or the company. */
export function partyOf(e: Entry, c: Contact): string {
  return e.recruiter && c.whoKey === e.recruiter.key ? e.recruiter.key : '';
}

/**
 * The `to` contacts of a company's entries that pass the filter and do not answer one of their
 * messages, in time order (ties: file path, then position in the file).
 */
function companyContacts(entries: readonly Entry[], keep: (c: Contact) => boolean): Sent[] {
  const sent: Sent[] = [];
  for (const entry of entries) {
    const answers = answerTest(entry);
    for (const c of entry.contacts) if (c.dir === 'to' && keep(c) && !answers(c)) sent.push({ entry, c, party: partyOf(entry, c) });
  }
  sent.sort(
    (a, b) =>
      a.c.when.t - b.c.when.t ||
      (a.entry.path < b.entry.path ? -1 : a.entry.path > b.entry.path ? 1 : 0) ||
      a.c.index - b.c.index,
  );
  return sent;
}

/**
 * companyContacts of a company's entries, per filter, worked out once for all its entries: the
 * Journal gives each entry of a company the same sameCompany array, never changed once given
 * (RuleContext), and entries are not changed once parsed.
 */
const sentOf = new WeakMap<readonly Entry[], { members: Set<Entry>; byFilter: Map<(c: Contact) => boolean, Sent[]> }>();
export function companySent(e: Entry, ctx: RuleContext, keep: (c: Contact) => boolean = SPACED): Sent[] {
  const entries = ctx.sameCompany;
  let cached = sentOf.get(entries);
  if (!cached) sentOf.set(entries, (cached = { members: new Set(entries), byFilter: new Map() }));
  if (!cached.members.has(e)) return companyContacts([...entries, e], keep);
  let sent = cached.byFilter.get(keep);
  if (!sent) cached.byFilter.set(keep, (sent = companyContacts(entries, keep)));
  return sent;
}

export const SPACING_FILTER = SPACED;

/** The moment a new message to this party is no longer too frequent (undefined: any time). */
export function spacedFrom(e: Entry, ctx: RuleContext, party: string): When | undefined {
  const sent = companySent(e, ctx);
  for (let i = sent.length - 1; i >= 0; i--) {
    const s = sent[i];
    if (s.party === party && (party === '' || s.entry.recruiter?.key === party)) return dayPlus(s.c.when, ctx.settings.minDaysBetweenContacts);
  }
  return undefined;
}
