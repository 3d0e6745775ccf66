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
  companyKey: string;
  day: number;
}
interface Offers {
  /** The offers with a day, earliest first. */
  dated: Offer[];
  /** The offers without one: how many, and how many of each company. */
  undated: number;
  undatedOf: Map<string, number>;
}
const offersOf = new WeakMap<readonly Entry[], Offers>();
function offerIndex(offers: readonly Entry[]): Offers {
  let index = offersOf.get(offers);
  if (!index) {
    index = { dated: [], undated: 0, undatedOf: new Map() };
    for (const o of offers) {
      if (o.status !== 'offer') continue;
      const day = offerDayOf(o);
      if (day !== undefined) index.dated.push({ companyKey: o.companyKey, day });
      else {
        index.undated++;
        index.undatedOf.set(o.companyKey, (index.undatedOf.get(o.companyKey) ?? 0) + 1);
      }
    }
    index.dated.sort((a, b) => a.day - b.day);
    offersOf.set(offers, index);
  }
  return index;
}

/** The day of the earliest offer of another company made after `after`, if any. */
function firstOtherOffer(index: Offers, companyKey: string, after: number): number | undefined {
  const { dated } = index;
  // The first offer after that day (binary search), then past this company's own.
  let lo = 0;
  let hi = dated.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dated[mid].day > after) hi = mid;
    else lo = mid + 1;
  }
  for (let i = lo; i < dated.length; i++) if (dated[i].companyKey !== companyKey) return dated[i].day;
  return undefined;
}

/** Whether another company has an offer without a day. */
function otherUndated(index: Offers, companyKey: string): boolean {
  return index.undated - (index.undatedOf.get(companyKey) ?? 0) > 0;
}

/** The day since which another company's offer has not been told (or undefined: none untold). */
function otherOfferSince(e: Entry, ctx: RuleContext): number | undefined {
  const interviewDay = e.interview ? dayOf(e.interview.t) : -Infinity;
  // The day of the latest update request: it tells of every offer made on or before it.
  let told = -Infinity;
  for (const c of e.contacts) if (c.dir === 'to' && c.kind === 'update-request') told = Math.max(told, dayOf(c.when.t));
  // The first offer of another company after that, unless an offer without a day (counted from
  // the interview) comes earlier still.
  const index = offerIndex(ctx.offers);
  const pendingSince = firstOtherOffer(index, e.companyKey, told);
  if (otherUndated(index, e.companyKey) && interviewDay > told && (pendingSince === undefined || interviewDay < pendingSince)) return interviewDay;
  return pendingSince;
}

/** An update request that tells this entry about another company's offer (on or after that offer): news, never too early. */
export function tellsOfOtherOffer(e: Entry, c: Contact, ctx: RuleContext): boolean {
  if (c.kind !== 'update-request') return false;
  const day = dayOf(c.when.t);
  const index = offerIndex(ctx.offers);
  const earliest = firstOtherOffer(index, e.companyKey, -Infinity);
  if (earliest !== undefined && day >= earliest) return true;
  const interviewDay = e.interview ? dayOf(e.interview.t) : -Infinity;
  return otherUndated(index, e.companyKey) && day >= interviewDay;
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
