/**
 * The shape of the statistics model (see stats.ts): what the CLI's `stats`, the HTML report and
 * the dashboard read.
 */
import type { FileResult } from './journal';
import type { DutyKind, DutyState, Plan } from './plan';
import type { ContactKind, Minutes, RuleId, Status, Urgency, Via } from './types';

/** One entry as the statistics read it: its result and its plan (from planOf / Journal.plan). */
export interface StatsItem {
  /** How the entry is shown and opened: the CLI's display path, the editor's uri string. */
  path: string;
  result: FileResult;
  /** Asked only for the timelines that are made (`Journal.plan(path)`). */
  plan: () => Plan | undefined;
}

/** One journal (a workspace folder, or a folder on the command line): one candidate. */
export interface StatsGroupInput {
  name: string;
  /** The journal's planning clock. */
  now: Minutes;
  items: readonly StatsItem[];
}

export interface StatsOptions {
  /** Only entries with an interview (without one: a contact) on or after this day's start. */
  since?: Minutes;
}

/** Sent messages of one kind or channel and how many of them got an answer. */
export interface SentAnswered<K extends string> {
  key: K;
  sent: number;
  answered: number;
}

export interface Spread {
  /** How many values (answered interviews). */
  count: number;
  median?: number;
  /** First and third quartile (linear interpolation). */
  q1?: number;
  q3?: number;
  min?: number;
  max?: number;
}

export interface CompanyResponse extends Spread {
  company: string;
  /** Interviews that are over. */
  interviews: number;
  /** Over, with no `from` contact since. */
  waiting: number;
}

export interface WeekActivity {
  /** The Monday starting the week, `YYYY-MM-DD`. */
  week: string;
  sent: number;
  received: number;
  interviews: number;
}

export interface RuleCount {
  rule: RuleId;
  error: number;
  warning: number;
  information: number;
  total: number;
}

/** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` for a time. */
export type Stamp = string;

export interface TimelineContact {
  at: Stamp;
  dir: 'to' | 'from';
  who: string;
  via: Via;
  kind: ContactKind;
}

/** A duty of the plan as a span: from its earliest moment to its due moment (either may be absent). */
export interface TimelineWindow {
  kind: DutyKind;
  to: string;
  from?: Stamp;
  until?: Stamp;
  state: DutyState;
}

export interface Timeline {
  path: string;
  group: string;
  /** Zero-based line to open the entry at (its `interview` key, else the top). */
  line: number;
  company: string;
  role?: string;
  round?: string;
  status: Status;
  urgency?: Urgency;
  next?: string;
  interview?: Stamp;
  contacts: TimelineContact[];
  windows: TimelineWindow[];
  /** The rules with a problem in this entry, once each. */
  problems: RuleId[];
  /** The plan's own dates, for markers. */
  thankYouDue?: Stamp;
  checkIn?: Stamp;
  nextCheckIn?: Stamp;
  moveOn?: Stamp;
}

/** Everything but the timelines: what each group and the roll-up have. */
export interface StatsCore {
  entries: number;
  byStatus: Record<Status, number>;
  byUrgency: Record<Urgency, number>;
  funnel: { companies: number; laterRounds: number; offers: number; accepted: number };
  responseTime: Spread & { waiting: number; byCompany: CompanyResponse[] };
  followUps: { sent: number; answered: number; byKind: SentAnswered<ContactKind>[]; byChannel: SentAnswered<Via>[] };
  weekly: WeekActivity[];
  problems: RuleCount[];
}

export interface StatsGroup extends StatsCore {
  name: string;
  now: Stamp;
}

export interface StatsModel extends StatsCore {
  /** The planning clock (of the first journal when there are several). */
  now: Stamp;
  since?: Stamp;
  timelines: Timeline[];
  /** How many entries have a timeline (`timelines` may hold only the latest, when asked). */
  timelineCount: number;
  /** One per journal when there are several (or when asked): the same numbers per candidate. */
  groups?: StatsGroup[];
}
