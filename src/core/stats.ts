/**
 * How the search is going: one statistics model computed from the journal's results (the same
 * analysis the tree and the CLI read) and each entry's plan. The CLI's `stats`, the HTML report
 * and the dashboard all draw this model; nothing here parses a file or works out a deadline.
 */
import { civil, dayOf, formatDate, formatTime, startOfDayNumber, weekday } from './civil';
import type { Contact } from './entry';
import type { FileResult } from './journal';
import type { DutyKind, DutyState, Plan } from './plan';
import { CONTACT_KINDS, RULE_IDS, STATUSES, URGENCIES, VIAS, type ContactKind, type Diagnostic, type Minutes, type RuleId, type Status, type Urgency, type Via, type When } from './types';

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

/** The weekly chart covers at most this many weeks (the latest ones). */
export const MAX_WEEKS = 104;

/** A round text that names a first contact rather than a later round. */
const FIRST_ROUND = /screen|^\s*(?:1|1st|first|one|intro\w*|initial|recruiter\w*)\s*(?:round|interview|call)?\s*$/i;

/** Each day's `YYYY-MM-DD`, made once: a journal names the same few hundred days over and over. */
const DAY_STAMPS = new Map<number, string>();

export function stamp(w: When): Stamp {
  const day = dayOf(w.t);
  let d = DAY_STAMPS.get(day);
  if (d === undefined) {
    d = formatDate(w.t);
    if (DAY_STAMPS.size >= 10_000) DAY_STAMPS.clear();
    DAY_STAMPS.set(day, d);
  }
  if (!w.timed) return d;
  return `${d}T${formatTime(w.t)}`;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
}

/** Median, quartiles and range of a list of numbers (sorted here). */
export function spread(values: readonly number[]): Spread {
  const n = values.length;
  if (n === 0) return { count: 0 };
  const v = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const x = (n - 1) * p;
    const lo = Math.floor(x);
    const hi = Math.ceil(x);
    return round1(v[lo] + (v[hi] - v[lo]) * (x - lo));
  };
  return { count: n, median: at(0.5), q1: at(0.25), q3: at(0.75), min: v[0], max: v[n - 1] };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Whether they wrote after this contact of yours (a `from` contact later in time, or the same moment and listed after it). */
function answeredAfter(c: Contact, contacts: readonly Contact[]): boolean {
  for (const o of contacts) {
    if (o.dir !== 'from') continue;
    if (o.when.t > c.when.t || (o.when.t === c.when.t && o.index > c.index)) return true;
    // A date-only answer on the day of a timed message counts (we cannot tell the order).
    if (!o.when.timed && dayOf(o.when.t) === dayOf(c.when.t) && c.when.timed) return true;
  }
  return false;
}

function hasOffer(contacts: readonly Contact[]): boolean {
  for (const c of contacts) if (c.dir === 'from' && c.kind === 'offer') return true;
  return false;
}

/** Their earliest message on or after the given day. */
function firstAnswer(contacts: readonly Contact[], day: number): Contact | undefined {
  let best: Contact | undefined;
  for (const c of contacts) if (c.dir === 'from' && dayOf(c.when.t) >= day && (!best || c.when.t < best.when.t)) best = c;
  return best;
}

/** The day number of the Monday of a moment's week. */
function mondayOf(t: Minutes): number {
  return dayOf(t) - ((weekday(t) + 6) % 7);
}

function kept(item: StatsItem, since: Minutes | undefined): boolean {
  const e = item.result.entry;
  if (!e.isEntry) return false;
  if (since === undefined) return true;
  if (e.interview) return e.interview.t >= since;
  return e.contacts.some((c) => c.when.t >= since);
}

/** The numbers of one set of entries at one clock. */
function core(items: readonly StatsItem[], now: Minutes, since: Minutes | undefined): StatsCore {
  const byStatus = zeros(STATUSES);
  const byUrgency = zeros(URGENCIES);
  const companyNames = new Map<string, string>();
  const companyEntries = new Map<string, number>();
  const later = new Set<string>();
  const offers = new Set<string>();
  const accepted = new Set<string>();
  const responses = new Map<string, { company: string; days: number[]; interviews: number; waiting: number }>();
  const allDays: number[] = [];
  let waiting = 0;
  const kind = new Map<ContactKind, { sent: number; answered: number }>();
  const via = new Map<Via, { sent: number; answered: number }>();
  let sent = 0;
  let answered = 0;
  const weeks = new Map<number, WeekActivity>();
  const rules = new Map<RuleId, RuleCount>();
  const nowWeek = mondayOf(now);
  const lastWeek = nowWeek + 7 * 8;
  const countRule = (d: Diagnostic) => {
    let rc = rules.get(d.rule);
    if (!rc) rules.set(d.rule, (rc = { rule: d.rule, error: 0, warning: 0, information: 0, total: 0 }));
    rc[d.severity]++;
    rc.total++;
  };
  const firstWeek = since === undefined ? -Infinity : mondayOf(since);
  // Most dates of an entry fall in one week: the last one looked up is kept at hand.
  let lastW = NaN;
  let lastA: WeekActivity | undefined;
  const week = (t: Minutes): WeekActivity | undefined => {
    const w = mondayOf(t);
    if (w === lastW) return lastA;
    lastW = w;
    if (w > lastWeek || w < firstWeek) return (lastA = undefined);
    let a = weeks.get(w);
    if (!a) weeks.set(w, (a = { week: formatDate(startOfDayNumber(w)), sent: 0, received: 0, interviews: 0 }));
    return (lastA = a);
  };

  for (const item of items) {
    const r = item.result;
    const e = r.entry;
    byStatus[e.status]++;
    if (r.next) byUrgency[r.next.urgency]++;
    const key = e.companyKey;
    // An entry whose front matter cannot be read names no company: counted above, not below.
    if (!key) {
      for (const d of r.diagnostics) countRule(d);
      continue;
    }
    if (!companyNames.has(key)) companyNames.set(key, e.company);
    companyEntries.set(key, (companyEntries.get(key) ?? 0) + 1);
    if (e.round !== undefined && e.round.trim() !== '' && !FIRST_ROUND.test(e.round)) later.add(key);
    if (e.status === 'offer' || e.status === 'accepted' || hasOffer(e.contacts)) offers.add(key);
    if (e.status === 'accepted') accepted.add(key);

    if (e.interview && e.interview.t <= now) {
      let cr = responses.get(key);
      if (!cr) responses.set(key, (cr = { company: e.company, days: [], interviews: 0, waiting: 0 }));
      cr.interviews++;
      const day = dayOf(e.interview.t);
      const reply = firstAnswer(e.contacts, day);
      if (reply) {
        const d = dayOf(reply.when.t) - day;
        cr.days.push(d);
        allDays.push(d);
      } else if (!e.closed) {
        cr.waiting++;
        waiting++;
      }
    }
    if (e.interview) {
      const w = week(e.interview.t);
      if (w) w.interviews++;
    }
    for (const c of e.contacts) {
      const w = week(c.when.t);
      if (c.dir === 'from') {
        if (w) w.received++;
        continue;
      }
      if (w) w.sent++;
      const ok = answeredAfter(c, e.contacts);
      sent++;
      if (ok) answered++;
      let k = kind.get(c.kind);
      if (!k) kind.set(c.kind, (k = { sent: 0, answered: 0 }));
      k.sent++;
      if (ok) k.answered++;
      let v = via.get(c.via);
      if (!v) via.set(c.via, (v = { sent: 0, answered: 0 }));
      v.sent++;
      if (ok) v.answered++;
    }
    for (const d of r.diagnostics) countRule(d);
  }
  for (const [key, n] of companyEntries) if (n > 1) later.add(key);

  // Weeks: contiguous, empty weeks included, the latest MAX_WEEKS of them.
  const weekly: WeekActivity[] = [];
  if (weeks.size) {
    const keys = [...weeks.keys()];
    const last = Math.max(...keys);
    const first = Math.max(Math.min(...keys), last - 7 * (MAX_WEEKS - 1));
    for (let w = first; w <= last; w += 7) weekly.push(weeks.get(w) ?? { week: formatDate(startOfDayNumber(w)), sent: 0, received: 0, interviews: 0 });
  }

  const byCompany: CompanyResponse[] = [...responses.values()]
    .map((c) => ({ company: c.company, interviews: c.interviews, waiting: c.waiting, ...spread(c.days) }))
    .sort((a, b) => {
      // Answered first, quickest first, then by name (code units: localeCompare is slow on thousands of companies).
      const ma = a.median ?? Infinity;
      const mb = b.median ?? Infinity;
      return ma !== mb ? (ma < mb ? -1 : 1) : a.company < b.company ? -1 : a.company > b.company ? 1 : 0;
    });

  return {
    entries: items.length,
    byStatus,
    byUrgency,
    funnel: { companies: companyNames.size, laterRounds: later.size, offers: offers.size, accepted: accepted.size },
    responseTime: { ...spread(allDays), waiting, byCompany },
    followUps: {
      sent,
      answered,
      byKind: CONTACT_KINDS.filter((k) => kind.has(k)).map((k) => ({ key: k, ...kind.get(k)! })),
      byChannel: VIAS.filter((k) => via.has(k)).map((k) => ({ key: k, ...via.get(k)! })),
    },
    weekly,
    problems: RULE_IDS.filter((id) => rules.has(id)).map((id) => rules.get(id)!),
  };
}

function rulesOf(ds: readonly Diagnostic[]): RuleId[] {
  const out: RuleId[] = [];
  for (const d of ds) if (!out.includes(d.rule)) out.push(d.rule);
  return out;
}

function timelineOf(item: StatsItem, group: string): Timeline {
  const r = item.result;
  const e = r.entry;
  const p = item.plan();
  const t: Timeline = {
    path: item.path,
    group,
    line: e.keys.get('interview')?.firstLine ?? e.keys.get('company')?.firstLine ?? 0,
    company: e.company,
    role: e.role,
    round: e.round,
    status: e.status,
    urgency: r.next?.urgency,
    next: r.next?.text,
    interview: e.interview && stamp(e.interview),
    contacts: e.contacts.map((c) => ({ at: stamp(c.when), dir: c.dir, who: c.who, via: c.via, kind: c.kind })),
    windows: [],
    problems: rulesOf(r.diagnostics),
  };
  if (p) {
    for (const d of p.duties) {
      if (!d.earliest && !d.due) continue;
      // A closed entry asks nothing more: only what was done is drawn.
      if (e.closed && d.state !== 'done') continue;
      t.windows.push({ kind: d.kind, to: d.to, from: d.earliest && stamp(d.earliest), until: d.due && stamp(d.due), state: d.state });
    }
    if (p.thankYouDue) t.thankYouDue = stamp(p.thankYouDue);
    if (p.checkIn) t.checkIn = stamp(p.checkIn);
    if (p.nextCheckIn) t.nextCheckIn = stamp(p.nextCheckIn);
    if (p.moveOn) t.moveOn = stamp(p.moveOn);
  }
  return t;
}

/**
 * The model of one or more journals: the roll-up over all of them, and with several journals
 * (or `perGroup`) the same numbers per journal. Timelines are sorted by interview, latest first.
 */
export function computeStats(groups: readonly StatsGroupInput[], opts: StatsOptions & { perGroup?: boolean; maxTimelines?: number } = {}): StatsModel {
  const since = opts.since;
  const keptGroups = groups.map((g) => ({ ...g, items: g.items.filter((i) => kept(i, since)) }));
  const all = keptGroups.flatMap((g) => g.items);
  const now = groups.length ? groups[0].now : 0;
  const model: StatsModel = {
    now: stamp({ t: now, timed: true }),
    ...(since !== undefined ? { since: formatDate(since) } : {}),
    ...core(all, now, since),
    timelines: [],
    timelineCount: 0,
  };
  // Latest interview first (undated last), then by path; only the first maxTimelines are made.
  const order: { t: number; item: StatsItem; group: string }[] = [];
  for (const g of keptGroups) for (const item of g.items) order.push({ t: item.result.entry.interview?.t ?? -Infinity, item, group: g.name });
  order.sort((a, b) => (a.t === b.t ? (a.item.path < b.item.path ? -1 : a.item.path > b.item.path ? 1 : 0) : b.t - a.t));
  const max = Math.min(order.length, opts.maxTimelines ?? Infinity);
  for (let i = 0; i < max; i++) model.timelines.push(timelineOf(order[i].item, order[i].group));
  model.timelineCount = order.length;
  if (groups.length > 1 || opts.perGroup) {
    model.groups = keptGroups.map((g) => ({ name: g.name, now: stamp({ t: g.now, timed: true }), ...core(g.items, g.now, since) }));
  }
  return model;
}

/** Minutes of a stamp (the model's dates, for drawing). */
export function minutesOf(s: Stamp): Minutes {
  const timed = s.length > 10;
  return civil(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)), timed ? Number(s.slice(11, 13)) : 0, timed ? Number(s.slice(14, 16)) : 0);
}
