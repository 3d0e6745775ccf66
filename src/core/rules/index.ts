/** Every rule, one module each; the order here is the order of RULE_IDS (and of diagnostics at one place). */
import type { Severity } from '../types';
import { rule as thankYouOverdue } from './thank-you-overdue';
import { rule as recruiterDebrief } from './recruiter-debrief';
import { rule as decisionDateMissing } from './decision-date-missing';
import { rule as followUpTooEarly } from './follow-up-too-early';
import { rule as tooManyFollowUps } from './too-many-follow-ups';
import { rule as tooFrequent } from './too-frequent';
import { rule as informationalTooOften } from './informational-too-often';
import { rule as askedNotToFollowUp } from './asked-not-to-follow-up';
import { rule as phoneNotInvited } from './phone-not-invited';
import { rule as linkedinNotInvited } from './linkedin-not-invited';
import { rule as emailNotGiven } from './email-not-given';
import { rule as recruiterBypass } from './recruiter-bypass';
import { rule as recruiterAfterHours } from './recruiter-after-hours';
import { rule as promiseOverdue } from './promise-overdue';
import { rule as draftTooLong } from './draft-too-long';
import { rule as draftFollowingUp } from './draft-following-up';
import { rule as draftEmoji } from './draft-emoji';
import { rule as draftPlaceholder } from './draft-placeholder';
import { rule as invalidFrontMatter } from './invalid-front-matter';
import { rule as missingField } from './missing-field';
import { rule as invalidValue } from './invalid-value';
import { rule as invalidDate } from './invalid-date';
import { rule as unknownField } from './unknown-field';
import { rule as unknownPerson } from './unknown-person';
import { rule as internalError } from './internal-error';

export const RULES = [
  thankYouOverdue,
  recruiterDebrief,
  decisionDateMissing,
  followUpTooEarly,
  tooManyFollowUps,
  tooFrequent,
  informationalTooOften,
  askedNotToFollowUp,
  phoneNotInvited,
  linkedinNotInvited,
  emailNotGiven,
  recruiterBypass,
  recruiterAfterHours,
  promiseOverdue,
  draftTooLong,
  draftFollowingUp,
  draftEmoji,
  draftPlaceholder,
  invalidFrontMatter,
  missingField,
  invalidValue,
  invalidDate,
  unknownField,
  unknownPerson,
  internalError,
] as const;

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

/** The validation rules: the only ones a closed entry gets. */
export const VALIDATION_RULES: ReadonlySet<RuleId> = new Set(RULES.filter((r) => r.validation).map((r) => r.id));

export const DEFAULT_SEVERITY: Readonly<Record<RuleId, Severity>> = Object.fromEntries(RULES.map((r) => [r.id, r.severity])) as Record<RuleId, Severity>;

/** The front matter keys whose positions some rule reads: with keepText: false, the only ones kept. */
export const RULE_KEYS: readonly string[] = [...new Set(RULES.flatMap((r) => r.keys))];

export type { Rule, RuleContext } from './context';
