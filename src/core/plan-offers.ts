/** The other-offer duty: telling an active process about another company's offer. */
import { dayOf } from './civil';
import type { Contact, Entry } from './entry';
import type { Duty } from './plan';
import { addressee } from './plan-channels';
import { spacedFrom } from './plan-contacts';
import { stateOf } from './plan-duties';
import { dateOnly, later } from './plan-moments';
import type { RuleContext } from './rules/context';

/**
 * Another company's offer this active entry has not yet been told about: no update request on or
 * after that offer's latest `from` offer contact (or, without one, since the interview). It is
 * news, not a nag: it comes before moving on and never counts as one follow-up too many.
 */
export function otherOfferDuty(e: Entry, ctx: RuleContext): Duty | undefined {
  if (e.status !== 'active' || e.noFollowUp || ctx.offers.length === 0) return undefined;
  const since = otherOfferSince(e, ctx);
  if (since === undefined) return undefined;
  const now = ctx.now;
  const today = dateOnly(dayOf(now));
  const probe = addressee(e, ctx.settings, { t: now, timed: true });
  // Not before the offer came (an offer logged ahead of the clock), nor too soon after the last message.
  const spaced = spacedFrom(e, ctx, probe.viaRecruiter ? e.recruiter!.key : '');
  const from = Number.isFinite(since) && since > dayOf(now) ? later(dateOnly(since), spaced) : spaced;
  const due = later(today, from);
  const who = due === today ? probe : addressee(e, ctx.settings, due);
  return { kind: 'other-offer', ...who, contactKind: 'update-request', earliest: from, due, state: stateOf(undefined, from, now) };
}

/** The offers of a journal with the day each was made (its latest `from` offer contact), worked out once per offers array. */
interface Offer {
  entry: Entry;
  companyKey: string;
  day: number | undefined;
}
const offersOf = new WeakMap<readonly Entry[], Offer[]>();
/** The offers, those with a day first (earliest first), then those without. */
function offerList(offers: readonly Entry[]): Offer[] {
  let list = offersOf.get(offers);
  if (!list) {
    list = [];
    for (const o of offers) if (o.status === 'offer') list.push({ entry: o, companyKey: o.companyKey, day: offerDayOf(o) });
    list.sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity));
    offersOf.set(offers, list);
  }
  return list;
}

/** The day from which an update request tells this entry about another offer, when one is pending untold; undefined otherwise. */
function otherOfferSince(e: Entry, ctx: RuleContext): number | undefined {
  const interviewDay = e.interview ? dayOf(e.interview.t) : -Infinity;
  // The day of the latest update request: it tells of every offer made on or before it.
  let told = -Infinity;
  for (const c of e.contacts) if (c.dir === 'to' && c.kind === 'update-request') told = Math.max(told, dayOf(c.when.t));
  // Offers with a day come earliest first: the first untold one of another company is the answer,
  // unless an offer without a day (since the interview) comes earlier still.
  let pendingSince: number | undefined;
  let undated = false;
  for (const o of offerList(ctx.offers)) {
    if (o.entry === e || o.companyKey === e.companyKey) continue;
    if (o.day === undefined) {
      undated = true;
      break;
    }
    if (o.day > told && pendingSince === undefined) {
      pendingSince = o.day;
      if (interviewDay >= pendingSince || interviewDay <= told) break;
    }
  }
  if (undated && interviewDay > told && (pendingSince === undefined || interviewDay < pendingSince)) pendingSince = interviewDay;
  return pendingSince;
}

/** An update request that tells this entry about another company's offer (on or after that offer): news, never too early. */
export function tellsOfOtherOffer(e: Entry, c: Contact, ctx: RuleContext): boolean {
  if (c.kind !== 'update-request') return false;
  const interviewDay = e.interview ? dayOf(e.interview.t) : -Infinity;
  const day = dayOf(c.when.t);
  return offerList(ctx.offers).some((o) => o.entry !== e && o.companyKey !== e.companyKey && day >= (o.day ?? interviewDay));
}

/**
 * The day of an entry's latest `from` offer contact, worked out once per entry (an Entry is not
 * changed once parsed: an edit makes a new one), not once per active entry that asks.
 */
const offerDays = new WeakMap<Entry, number | undefined>();
function offerDayOf(o: Entry): number | undefined {
  if (offerDays.has(o)) return offerDays.get(o);
  let offerDay: number | undefined;
  for (const c of o.contacts) if (c.dir === 'from' && c.kind === 'offer') offerDay = Math.max(offerDay ?? -Infinity, dayOf(c.when.t));
  offerDays.set(o, offerDay);
  return offerDay;
}
