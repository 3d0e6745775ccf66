/** The numbers of a set of entries (everything but the timelines), summed from each entry's facts. */
import { formatDate, startOfDayNumber } from './civil';
import { SEVERITIES, WEEK_RECEIVED, WEEK_SENT, mondayOf, type EntryFacts, type ResultFacts } from './stats-entry';
import type { CompanyResponse, RuleCount, SentAnswered, Spread, StatsCore, WeekActivity } from './stats-types';
import { CONTACT_KINDS, RULE_IDS, STATUSES, URGENCIES, VIAS, type ContactKind, type Minutes, type Via } from './types';

/** The weekly chart covers at most this many weeks (the latest ones). */
export const MAX_WEEKS = 104;

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) out[k] = 0;
  return out;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Median, quartiles and range of a list of numbers (sorted here). */
export function spread(values: readonly number[]): Spread {
  // A long list sorts natively in a typed array; a short one is not worth making one.
  return values.length > 32 ? spreadSorted(Float64Array.from(values).sort()) : spreadSorted([...values].sort((a, b) => a - b));
}

/** The value at a fraction of a sorted list (linear interpolation), to one decimal. */
function quantile(v: ArrayLike<number>, p: number): number {
  const x = (v.length - 1) * p;
  const lo = Math.floor(x);
  const hi = Math.ceil(x);
  return round1(v[lo] + (v[hi] - v[lo]) * (x - lo));
}

function spreadSorted(v: ArrayLike<number>): Spread {
  const n = v.length;
  if (n === 0) return { count: 0 };
  return { count: n, median: quantile(v, 0.5), q1: quantile(v, 0.25), q3: quantile(v, 0.75), min: v[0], max: v[n - 1] };
}

/** Sent and answered messages, counted by one code (kind or channel) at a time. */
function sentAnswered<K extends string>(keys: readonly K[], counts: Int32Array): SentAnswered<K>[] {
  const out: SentAnswered<K>[] = [];
  keys.forEach((key, i) => {
    if (counts[2 * i] > 0) out.push({ key, sent: counts[2 * i], answered: counts[2 * i + 1] });
  });
  return out;
}

/** Weeks: contiguous, empty weeks included, the latest MAX_WEEKS of them. */
function weeklyOf(counts: Map<number, WeekActivity>): WeekActivity[] {
  const weekly: WeekActivity[] = [];
  if (!counts.size) return weekly;
  const keys = [...counts.keys()];
  const last = Math.max(...keys);
  const first = Math.max(Math.min(...keys), last - 7 * (MAX_WEEKS - 1));
  for (let w = first; w <= last; w += 7) weekly.push(counts.get(w) ?? { week: formatDate(startOfDayNumber(w)), sent: 0, received: 0, interviews: 0 });
  return weekly;
}

/** One company's counts: its entries, the funnel's steps it reached, its answers. */
interface CompanySums {
  entries: number;
  later: boolean;
  offer: boolean;
  accepted: boolean;
  /** As written in its first entry with an interview that is over. */
  company: string;
  /** Days to their first answer, per answered interview. */
  days: number[] | undefined;
  /** Interviews that are over. */
  interviews: number;
  waiting: number;
}

/** Every count of one set of entries, summed in one pass over their facts. */
class Sums {
  readonly byStatus = zeros(STATUSES);
  readonly byUrgency = zeros(URGENCIES);
  readonly byKind = new Int32Array(2 * CONTACT_KINDS.length);
  readonly byVia = new Int32Array(2 * VIAS.length);
  readonly rules = new Int32Array(3 * RULE_IDS.length);
  sent = 0;
  answered = 0;
  /** Per normalised company: one record (one Map lookup per entry). */
  readonly companies = new Map<string, CompanySums>();
  readonly days: number[] = [];
  waiting = 0;
  readonly weeks = new Map<number, WeekActivity>();
  private readonly lastWeek: number;
  private atWeek = NaN;
  private atActivity: WeekActivity | undefined;
  private readonly firstWeek: number;

  constructor(private readonly now: Minutes, since: Minutes | undefined) {
    // Weeks from `since`'s (if any) to eight weeks after the clock's.
    this.lastWeek = mondayOf(now) + 7 * 8;
    this.firstWeek = since === undefined ? -Infinity : mondayOf(since);
  }

  add(r: ResultFacts): void {
    const f = r.entry;
    this.byStatus[f.status]++;
    if (r.urgency) this.byUrgency[r.urgency]++;
    for (const code of r.rules) this.rules[code]++;
    const codes = f.codes;
    // An entry whose front matter cannot be read names no company: counted above, not below.
    if (!f.key) return;
    let c = this.companies.get(f.key);
    if (!c) this.companies.set(f.key, (c = { entries: 0, later: false, offer: false, accepted: false, company: '', days: undefined, interviews: 0, waiting: 0 }));
    c.entries++;
    if (f.laterRound) c.later = true;
    if (f.offer) c.offer = true;
    if (f.accepted) c.accepted = true;
    if (f.interview !== undefined && f.interview <= this.now) this.response(f, c);
    for (let i = 0; i < f.sentEnd; i++) {
      const code = codes[i];
      const ok = code & 1;
      const kind = Math.floor((code >> 1) / VIAS.length);
      const via = (code >> 1) % VIAS.length;
      this.byKind[2 * kind]++;
      this.byKind[2 * kind + 1] += ok;
      this.byVia[2 * via]++;
      this.byVia[2 * via + 1] += ok;
      this.sent++;
      this.answered += ok;
    }
    for (let i = f.sentEnd; i < codes.length; i++) this.week(codes[i]);
  }

  private response(f: EntryFacts, cr: CompanySums): void {
    // Named as its first entry with an interview that is over.
    if (cr.interviews++ === 0) cr.company = f.company;
    if (f.answerDays !== undefined) {
      (cr.days ??= []).push(f.answerDays);
      this.days.push(f.answerDays);
    } else if (f.waiting) {
      cr.waiting++;
      this.waiting++;
    }
  }

  private week(code: number): void {
    const w = Math.floor(code / 3);
    if (w > this.lastWeek || w < this.firstWeek) return;
    // An entry's messages mostly fall in a few weeks: the last one looked up is kept at hand.
    let a = w === this.atWeek ? this.atActivity : this.weeks.get(w);
    if (!a) this.weeks.set(w, (a = { week: formatDate(startOfDayNumber(w)), sent: 0, received: 0, interviews: 0 }));
    this.atWeek = w;
    this.atActivity = a;
    const what = code - 3 * w;
    if (what === WEEK_SENT) a.sent++;
    else if (what === WEEK_RECEIVED) a.received++;
    else a.interviews++;
  }
}

/** Per company: answered first, quickest first, then by name. */
function byCompanyOf(sums: Sums): CompanyResponse[] {
  const out: CompanyResponse[] = [];
  for (const c of sums.companies.values()) {
    if (!c.interviews) continue;
    // The company's own list of days, sorted in place: a company has a few interviews.
    const days = c.days && c.days.length > 1 ? c.days.sort((a, b) => a - b) : (c.days ?? []);
    const n = days.length;
    out.push(n ? { company: c.company, interviews: c.interviews, waiting: c.waiting, count: n, median: quantile(days, 0.5), q1: quantile(days, 0.25), q3: quantile(days, 0.75), min: days[0], max: days[n - 1] } : { company: c.company, interviews: c.interviews, waiting: c.waiting, count: 0 });
  }
  return out.sort((a, b) => {
    // Code units: localeCompare is slow on thousands of companies.
    const ma = a.median ?? Infinity;
    const mb = b.median ?? Infinity;
    return ma !== mb ? (ma < mb ? -1 : 1) : a.company < b.company ? -1 : a.company > b.company ? 1 : 0;
  });
}

/** The numbers of one set of entries at one clock. */
export function core(facts: readonly ResultFacts[], now: Minutes, since: Minutes | undefined): StatsCore {
  const s = new Sums(now, since);
  for (const f of facts) s.add(f);
  const funnel = { companies: s.companies.size, laterRounds: 0, offers: 0, accepted: 0 };
  for (const c of s.companies.values()) {
    // A second entry with the same company is a later round too.
    if (c.later || c.entries > 1) funnel.laterRounds++;
    if (c.offer) funnel.offers++;
    if (c.accepted) funnel.accepted++;
  }
  return {
    entries: facts.length,
    byStatus: s.byStatus,
    byUrgency: s.byUrgency,
    funnel,
    responseTime: { ...spread(s.days), waiting: s.waiting, byCompany: byCompanyOf(s) },
    followUps: { sent: s.sent, answered: s.answered, byKind: sentAnswered<ContactKind>(CONTACT_KINDS, s.byKind), byChannel: sentAnswered<Via>(VIAS, s.byVia) },
    weekly: weeklyOf(s.weeks),
    problems: ruleCounts(s.rules),
  };
}

function ruleCounts(counts: Int32Array): RuleCount[] {
  const out: RuleCount[] = [];
  RULE_IDS.forEach((rule, i) => {
    const [error, warning, information] = SEVERITIES.map((_, s) => counts[3 * i + s]);
    if (error + warning + information > 0) out.push({ rule, error, warning, information, total: error + warning + information });
  });
  return out;
}
