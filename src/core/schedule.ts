/**
 * The follow-up calendar, kept as a name for what it always held: every date now comes from
 * the plan (plan.ts), so the rules and the next steps can never disagree.
 */
export { addDays } from './civil';
export { checkInDate, FOLLOW_UP_KINDS, isFollowUp, lastFrom, unansweredFollowUps } from './plan';
import type { Entry } from './entry';
import type { RuleContext } from './rules/context';
import { planOf } from './plan';
import type { When } from './types';

/** When the next check-in is due, after what was sent (the plan's check-in duty). */
export function nextCheckInDate(e: Entry, ctx: RuleContext): When | undefined {
  return planOf(e, ctx).nextCheckIn;
}
