/** What every rule is given. */
import type { Entry } from '../entry';
import type { Settings } from '../settings';
import type { Diagnostic, FixData, Minutes, Range, RuleId } from '../types';
import { DEFAULT_SEVERITY } from '../types';
import { plainRange } from '../text';

export interface RuleContext {
  settings: Settings;
  /** The planning clock, as a floating local moment. */
  now: Minutes;
  /**
   * Every entry of the same company (same normalised name), this one included. Never changed
   * once given: the Journal gives every entry of a company the same array, and a rule may keep
   * what it works out from it for the other entries (see timing.ts).
   */
  sameCompany: readonly Entry[];
  /** Every entry with status `offer`, any company. */
  offers: readonly Entry[];
}

/** A rule family: the ids it may report, and the function that checks one entry. */
export interface RuleFamily {
  name: string;
  ids: readonly RuleId[];
  check(entry: Entry, ctx: RuleContext): Diagnostic[];
}

/** A diagnostic with the rule's default severity (settings adjust it later). */
export function diag(rule: RuleId, message: string, range: Range, fix?: FixData): Diagnostic {
  const d: Diagnostic = { rule, severity: DEFAULT_SEVERITY[rule], message, range: plainRange(range) };
  if (fix) d.fix = fix;
  return d;
}
