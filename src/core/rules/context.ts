/** What every rule is given, and what a rule module exports. */
import type { Entry } from '../entry';
import type { Settings } from '../settings';
import type { Diagnostic, Minutes, Severity } from '../types';

export interface RuleContext {
  settings: Settings;
  /** The planning clock, as a floating local moment. */
  now: Minutes;
  /**
   * Every entry of the same company (same normalised name), this one included. Never changed
   * once given: the Journal gives every entry of a company the same array, and a rule may keep
   * what it works out from it for the other entries (see plan.ts).
   */
  sameCompany: readonly Entry[];
  /** Every entry with status `offer`, any company. */
  offers: readonly Entry[];
}

/** One rule: its meta (the single place its id, severity and sources are written) and its check. */
export interface Rule<Id extends string = string> {
  readonly id: Id;
  /** The default severity; settings adjust it. */
  readonly severity: Severity;
  /** A validation rule: the only kind a closed entry gets. */
  readonly validation: boolean;
  /** The articles it comes from, by their numbers in README's Sources ('000'...). */
  readonly sources: readonly string[];
  /** Its section in docs/rules.md. */
  readonly docs: string;
  /** The front matter keys whose positions it needs (kept even when the entry drops its text). */
  readonly keys: readonly string[];
  /** Checks one entry; a validation rule reported by the reader while parsing has none. */
  check?(entry: Entry, ctx: RuleContext): Diagnostic[];
}
