/** Shared types of the journal engine. Pure data: no I/O, no `vscode`. */

/** A zero-based position, in UTF-16 code units, as VS Code counts them. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'information';
export type SeveritySetting = Severity | 'off';

// The rules' ids, default severities and kinds are written once, in their modules (src/core/rules/).
import type { RuleId } from './rules';
export { DEFAULT_SEVERITY, RULE_IDS, VALIDATION_RULES, type RuleId } from './rules';

/**
 * What a quick fix needs to know, attached to a diagnostic by the rule that made it.
 * The editor turns these into edits; the CLI ignores them.
 */
export type FixData =
  | { kind: 'log-contact'; to: string; via: Via; contactKind: ContactKind }
  | { kind: 'insert-key'; key: string; placeholder: string }
  | { kind: 'rename-key'; from: string; to: string };

export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  message: string;
  range: Range;
  fix?: FixData;
}

export const STATUSES = ['active', 'offer', 'accepted', 'declined', 'rejected', 'withdrawn', 'closed'] as const;
export type Status = (typeof STATUSES)[number];
export const CLOSED_STATUSES: ReadonlySet<Status> = new Set<Status>(['accepted', 'declined', 'rejected', 'withdrawn', 'closed']);

export const VIAS = ['email', 'phone', 'voicemail', 'letter', 'linkedin', 'text', 'video', 'in-person'] as const;
export type Via = (typeof VIAS)[number];

export const CONTACT_KINDS = [
  'thank-you',
  'check-in',
  'informational',
  'update-request',
  'debrief',
  'reply',
  'offer',
  'rejection',
  'other',
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/**
 * A moment in local "floating" time: minutes since 1970-01-01 00:00 on the user's wall clock.
 * Computed with Date.UTC from calendar fields, so it never depends on TZ.
 */
export type Minutes = number;

/** A date or date-time from the journal. Date-only values start at 00:00 of their day. */
export interface When {
  t: Minutes;
  timed: boolean;
}

export const URGENCIES = ['overdue', 'today', 'soon', 'later', 'waiting', 'done'] as const;
export type Urgency = (typeof URGENCIES)[number];

export type StepKind =
  | 'fix'
  | 'closed'
  | 'prepare'
  | 'thank-you'
  | 'debrief'
  | 'no-follow-up'
  | 'answer-offer'
  | 'other-offer'
  | 'move-on'
  | 'promised'
  | 'check-in'
  | 'handwritten-note'
  | 'task';

export interface Step {
  kind: StepKind;
  text: string;
  /** When it is due, as a floating moment; null when the step has no date. */
  due: When | null;
  urgency: Urgency;
  /** The person the step is about, when there is one (a thank-you, a check-in). */
  person?: string;
  /** The channel the step asks for, when it is a message (the plan's duty's channel). */
  via?: Via;
  /** The contact kind that does the step, when it is a message. */
  contactKind?: ContactKind;
  /** Zero-based line the step is about (a task item), when there is one. */
  line?: number;
  /** Optional steps never block the main sequence (handwritten note, tasks not yet due first). */
  optional?: boolean;
}
